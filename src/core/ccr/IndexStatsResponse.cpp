#include "core/ccr/IndexStatsResponse.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace duper {

qint64 IndexStatsResponse::Index::maxSeqNo() const
{
    return maxSeqNos.isEmpty() ? -1 : *std::max_element(maxSeqNos.cbegin(), maxSeqNos.cend());
}

std::optional<IndexStatsResponse> IndexStatsResponse::parse(const QByteArray& body, QString* error)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    const QJsonValue indices = document.object().value(QStringLiteral("indices"));
    if (!document.isObject() || !indices.isObject()) {
        if (error)
            *error = QCoreApplication::translate("duper::IndexStatsResponse", "index stats: no \"indices\" object");
        return std::nullopt;
    }
    IndexStatsResponse response;
    const QJsonObject all = indices.toObject();
    for (auto it = all.constBegin(); it != all.constEnd(); ++it) {
        const QJsonObject stats = it.value().toObject();
        Index index;
        index.documents = stats.value(QStringLiteral("primaries"))
                              .toObject()
                              .value(QStringLiteral("docs"))
                              .toObject()
                              .value(QStringLiteral("count"))
                              .toInteger();
        const QJsonObject shards = stats.value(QStringLiteral("shards")).toObject();
        index.maxSeqNos.fill(-1, shards.size());
        for (auto shard = shards.constBegin(); shard != shards.constEnd(); ++shard) {
            const qsizetype number = shard.key().toLongLong();
            if (number < 0 || number >= index.maxSeqNos.size())
                continue;
            for (const QJsonValue& copy : shard.value().toArray()) {
                const QJsonObject object = copy.toObject();
                if (!object.value(QStringLiteral("routing")).toObject().value(QStringLiteral("primary")).toBool())
                    continue;
                index.maxSeqNos[number] =
                    object.value(QStringLiteral("seq_no")).toObject().value(QStringLiteral("max_seq_no")).toInteger(-1);
            }
        }
        response.indices.insert(it.key(), index);
    }
    return response;
}

} // namespace duper
