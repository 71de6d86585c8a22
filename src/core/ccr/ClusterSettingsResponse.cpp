#include "core/ccr/ClusterSettingsResponse.h"

#include "core/json/JsonReader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QMap>

namespace duper {

namespace {

// {"cluster": {"remote": {"a": {"seeds": [...]}}}} and {"cluster.remote.a.seeds": [...]} both become
// "cluster.remote.a.seeds" -> [...]. Arrays are leaves.
void flatten(const QJsonObject& object, const QString& prefix, QList<std::pair<QString, QJsonValue>>& out)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = prefix.isEmpty() ? it.key() : prefix + QLatin1Char('.') + it.key();
        if (it.value().isObject())
            flatten(it.value().toObject(), key, out);
        else
            out.append({key, it.value()});
    }
}

struct RemoteEntry
{
    RemoteClusterSettings settings;
    int values = 0;
    int nulls = 0;
};

bool readSection(JsonReader& reader, const QJsonObject& section, const QString& sectionName, bool persistent,
                 QList<RemoteClusterSettings>& out)
{
    QList<std::pair<QString, QJsonValue>> flat;
    flatten(section, QString(), flat);
    QMap<QString, RemoteEntry> remotes;
    for (const auto& [key, value] : flat) {
        QString rest;
        for (const QLatin1String prefix : {QLatin1String("cluster.remote."), QLatin1String("search.remote.")}) {
            if (key.startsWith(prefix))
                rest = key.mid(prefix.size());
        }
        const qsizetype dot = rest.indexOf(QLatin1Char('.'));
        if (dot <= 0)
            continue;
        const QString alias = rest.left(dot);
        const QString setting = rest.mid(dot + 1);
        static const QStringList known = {QStringLiteral("mode"),
                                          QStringLiteral("seeds"),
                                          QStringLiteral("proxy_address"),
                                          QStringLiteral("server_name"),
                                          QStringLiteral("skip_unavailable"),
                                          QStringLiteral("node_connections"),
                                          QStringLiteral("proxy_socket_connections")};
        if (!known.contains(setting))
            continue;
        RemoteEntry& entry = remotes[alias];
        entry.settings.alias = alias;
        entry.settings.persistent = persistent;
        if (value.isNull()) {
            ++entry.nulls;
            continue;
        }
        ++entry.values;
        QJsonObject single;
        single.insert(setting, value);
        const QString path = JsonReader::join(sectionName, key);
        RemoteClusterSettings& s = entry.settings;
        if (setting == u"mode") {
            QString text;
            if (!reader.optString(single, setting, JsonReader::join(sectionName, rest.left(dot)), text))
                return false;
            s.mode = RemoteClusterModeText::fromString(text);
            if (!s.mode)
                return reader.fail(
                    path,
                    QCoreApplication::translate("duper::Parsers", "is \"%1\", not \"sniff\" or \"proxy\"").arg(text));
        } else if (setting == u"seeds") {
            if (!reader.optStringList(single, setting, path, s.seeds, true))
                return false;
        } else if (setting == u"proxy_address") {
            if (!reader.optString(single, setting, path, s.proxyAddress))
                return false;
        } else if (setting == u"server_name") {
            QString text;
            if (!reader.optString(single, setting, path, text))
                return false;
            s.serverName = text;
        } else if (setting == u"skip_unavailable") {
            bool flag = false;
            if (!reader.optBool(single, setting, path, flag))
                return false;
            s.skipUnavailable = flag;
        } else {
            int number = 0;
            if (!reader.optInt(single, setting, path, number))
                return false;
            (setting == u"node_connections" ? s.nodeConnections : s.proxySocketConnections) = number;
        }
    }
    for (RemoteEntry& entry : remotes) {
        entry.settings.remove = entry.values == 0 && entry.nulls > 0;
        out.append(entry.settings);
    }
    return true;
}

} // namespace

std::optional<ClusterSettingsResponse> ClusterSettingsResponse::fromJson(const QJsonObject& object, QString* error)
{
    JsonReader reader(QStringLiteral("cluster_settings"));
    ClusterSettingsResponse response;
    QJsonObject persistent;
    QJsonObject transient;
    const QString persistentName = QStringLiteral("persistent");
    const QString transientName = QStringLiteral("transient");
    if (!reader.optBool(object, QStringLiteral("acknowledged"), {}, response.acknowledged) ||
        !reader.optObject(object, persistentName, {}, persistent) ||
        !reader.optObject(object, transientName, {}, transient) ||
        !readSection(reader, persistent, persistentName, true, response.remotes) ||
        !readSection(reader, transient, transientName, false, response.remotes)) {
        reader.reportTo(error);
        return std::nullopt;
    }
    return response;
}

std::optional<ClusterSettingsResponse> ClusterSettingsResponse::parse(const QByteArray& body, QString* error)
{
    JsonReader reader(QStringLiteral("cluster_settings"));
    QJsonObject root;
    if (!reader.open(body, root)) {
        reader.reportTo(error);
        return std::nullopt;
    }
    return fromJson(root, error);
}

} // namespace duper
