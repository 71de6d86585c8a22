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
    JsonReader reader(QStringLiteral("has_privileges"));
    QJsonObject root;
    QJsonObject cluster;
    QJsonObject index;
    PrivilegesResponse response;
    bool ok = reader.open(body, root) && reader.optString(root, QStringLiteral("username"), {}, response.username) &&
              reader.optBool(root, QStringLiteral("has_all_requested"), {}, response.hasAllRequested) &&
              reader.optObject(root, QStringLiteral("cluster"), {}, cluster) &&
              reader.optObject(root, QStringLiteral("index"), {}, index) &&
              readGrants(reader, cluster, QStringLiteral("cluster"), response.cluster);
    for (auto it = index.begin(); ok && it != index.end(); ++it) {
        const QString path = JsonReader::join(QStringLiteral("index"), it.key());
        if (!it.value().isObject()) {
            ok = reader.fail(path, QCoreApplication::translate("duper::Parsers", "is not an object"));
            break;
        }
        QMap<QString, bool> grants;
        ok = readGrants(reader, it.value().toObject(), path, grants);
        response.index.insert(it.key(), grants);
    }
    if (!ok) {
        reader.reportTo(error);
        return std::nullopt;
    }
    return response;
}

} // namespace duper
