#include "core/ccr/CloseIndexResponse.h"

#include "core/json/JsonReader.h"

#include <QCoreApplication>

namespace duper {

std::optional<CloseIndexResponse> CloseIndexResponse::parse(const QByteArray& body, QString* error)
{
    JsonReader reader(QStringLiteral("close_index"));
    QJsonObject root;
    CloseIndexResponse response;
    QJsonObject indices;
    bool ok = reader.open(body, root) &&
              reader.optBool(root, QStringLiteral("acknowledged"), {}, response.acknowledged) &&
              reader.optBool(root, QStringLiteral("shards_acknowledged"), {}, response.shardsAcknowledged) &&
              reader.optObject(root, QStringLiteral("indices"), {}, indices);
    for (auto it = indices.begin(); ok && it != indices.end(); ++it) {
        const QString path = JsonReader::join(QStringLiteral("indices"), it.key());
        if (!it.value().isObject()) {
            ok = reader.fail(path, QCoreApplication::translate("duper::Parsers", "is not an object"));
            break;
        }
        const QJsonObject entry = it.value().toObject();
        bool closed = false;
        QJsonObject shards;
        ok = reader.optBool(entry, QStringLiteral("closed"), path, closed) &&
             reader.optObject(entry, QStringLiteral("shards"), path, shards);
        response.closed.insert(it.key(), closed);
        if (!shards.isEmpty())
            response.shardFailures.insert(it.key(), shards);
    }
    if (!ok) {
        reader.reportTo(error);
        return std::nullopt;
    }
    return response;
}

} // namespace duper
