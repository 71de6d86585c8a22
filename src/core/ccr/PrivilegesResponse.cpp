#include "core/ccr/PrivilegesResponse.h"

#include "core/json/JsonReader.h"

#include <QCoreApplication>

namespace duper {

namespace {

bool readGrants(JsonReader& reader, const QJsonObject& object, const QString& path, QMap<QString, bool>& out)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!it.value().isBool())
            return reader.fail(JsonReader::join(path, it.key()),
                               QCoreApplication::translate("duper::Parsers", "is not a boolean"));
        out.insert(it.key(), it.value().toBool());
    }
    return true;
}

} // namespace

std::optional<PrivilegesResponse> PrivilegesResponse::parse(const QByteArray& body, QString* error)
{
    return parseJsonObject<PrivilegesResponse>(
        QStringLiteral("has_privileges"), body, error,
        [](JsonReader& reader, const QJsonObject& root, PrivilegesResponse& response) {
            QJsonObject cluster;
            QJsonObject index;
            if (!reader.optString(root, QStringLiteral("username"), {}, response.username) ||
                !reader.optBool(root, QStringLiteral("has_all_requested"), {}, response.hasAllRequested) ||
                !reader.optObject(root, QStringLiteral("cluster"), {}, cluster) ||
                !reader.optObject(root, QStringLiteral("index"), {}, index) ||
                !readGrants(reader, cluster, QStringLiteral("cluster"), response.cluster))
                return false;
            for (auto it = index.begin(); it != index.end(); ++it) {
                const QString path = JsonReader::join(QStringLiteral("index"), it.key());
                if (!it.value().isObject())
                    return reader.fail(path, QCoreApplication::translate("duper::Parsers", "is not an object"));
                QMap<QString, bool> grants;
                if (!readGrants(reader, it.value().toObject(), path, grants))
                    return false;
                response.index.insert(it.key(), grants);
            }
            return true;
        });
}

} // namespace duper
