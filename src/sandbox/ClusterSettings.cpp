#include "sandbox/ClusterSettings.h"

#include <QJsonArray>
#include <QSet>

namespace duper::sandbox {

namespace {

const QString kRemotePrefix = QStringLiteral("cluster.remote.");

// "cluster.remote.<alias>.<suffix>" -> {alias, suffix}; empty alias when the key is not a remote key.
QPair<QString, QString> splitRemoteKey(const QString& key)
{
    if (!key.startsWith(kRemotePrefix))
        return {};
    const QString rest = key.mid(kRemotePrefix.size());
    const qsizetype dot = rest.indexOf(QLatin1Char('.'));
    if (dot <= 0)
        return {};
    return {rest.left(dot), rest.mid(dot + 1)};
}

QStringList listValue(const QJsonValue& v)
{
    QStringList out;
    if (v.isArray()) {
        for (const QJsonValue& item : v.toArray())
            out.append(item.toString());
    } else if (v.isString()) {
        for (const QString& part : v.toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
            out.append(part.trimmed());
    }
    return out;
}

} // namespace

FlatSettings::Map ClusterSettings::merged() const
{
    FlatSettings::Map m = m_persistent;
    for (auto it = m_transient.begin(); it != m_transient.end(); ++it)
        m.insert(it.key(), it.value());
    return m;
}

bool ClusterSettings::flag(const QString& key, bool fallback) const
{
    const QJsonValue value = merged().value(key);
    if (value.isBool())
        return value.toBool();
    if (value.isString())
        return value.toString() == u"true";
    return fallback;
}

std::optional<RestError> ClusterSettings::validate(const FlatSettings::Map& merged)
{
    static const QSet<QString> known = {QStringLiteral("mode"),
                                        QStringLiteral("seeds"),
                                        QStringLiteral("proxy_address"),
                                        QStringLiteral("skip_unavailable"),
                                        QStringLiteral("node_connections"),
                                        QStringLiteral("proxy_socket_connections"),
                                        QStringLiteral("server_name"),
                                        QStringLiteral("transport.ping_schedule"),
                                        QStringLiteral("transport.compress"),
                                        QStringLiteral("transport.compression_scheme"),
                                        QStringLiteral("credentials")};
    for (auto it = merged.begin(); it != merged.end(); ++it) {
        const auto [alias, suffix] = splitRemoteKey(it.key());
        if (alias.isEmpty())
            continue;
        if (!known.contains(suffix))
            return RestError::illegalArgument(QStringLiteral("persistent setting [%1], not recognized").arg(it.key()));
        // Booleans.parseBoolean: nothing but "true" and "false" (1e300 arrives as "1.0E300").
        if (suffix == u"skip_unavailable" && it.value().toString() != u"true" && it.value().toString() != u"false")
            return RestError::illegalArgument(
                QStringLiteral("Failed to parse value [%1] as only [true] or [false] are allowed.")
                    .arg(it.value().toString()));
        const QString modeKey = kRemotePrefix + alias + QStringLiteral(".mode");
        const QString mode = merged.value(modeKey).toString().toLower();
        if (suffix == u"mode" && mode != u"sniff" && mode != u"proxy")
            return RestError::illegalArgument(
                QStringLiteral(
                    "No enum constant org.elasticsearch.transport.RemoteConnectionStrategy.ConnectionStrategy.%1")
                    .arg(it.value().toString().toUpper()));
        const bool proxy = mode == u"proxy";
        static const QSet<QString> sniffOnly = {QStringLiteral("seeds"), QStringLiteral("node_connections")};
        static const QSet<QString> proxyOnly = {
            QStringLiteral("proxy_address"), QStringLiteral("proxy_socket_connections"), QStringLiteral("server_name")};
        if ((proxy && sniffOnly.contains(suffix)) || (!proxy && proxyOnly.contains(suffix))) {
            return RestError::illegalArgument(
                QStringLiteral("Setting \"%1\" cannot be used with the configured \"%2\" [required=%3, configured=%4]")
                    .arg(it.key(), modeKey, proxy ? QStringLiteral("SNIFF") : QStringLiteral("PROXY"),
                         proxy ? QStringLiteral("PROXY") : QStringLiteral("SNIFF")));
        }
    }
    return std::nullopt;
}

QByteArray ClusterSettings::update(const QJsonObject& body, bool flat, RestError* error)
{
    const FlatSettings::Map persistent = FlatSettings::flatten(body.value(QLatin1String("persistent")).toObject());
    const FlatSettings::Map transient = FlatSettings::flatten(body.value(QLatin1String("transient")).toObject());
    FlatSettings::Map newPersistent = m_persistent;
    FlatSettings::Map newTransient = m_transient;
    auto apply = [](FlatSettings::Map& target, const FlatSettings::Map& changes) {
        for (auto it = changes.begin(); it != changes.end(); ++it) {
            if (it.value().isNull()) {
                // null removes the key, and with a trailing wildcard everything under it
                if (it.key().endsWith(QLatin1String(".*"))) {
                    const QString prefix = it.key().chopped(1);
                    for (auto k = target.begin(); k != target.end();)
                        k = k.key().startsWith(prefix) ? target.erase(k) : std::next(k);
                } else {
                    target.remove(it.key());
                }
            } else {
                target.insert(it.key(), it.value());
            }
        }
    };
    apply(newPersistent, persistent);
    apply(newTransient, transient);
    FlatSettings::Map all = newPersistent;
    for (auto it = newTransient.begin(); it != newTransient.end(); ++it)
        all.insert(it.key(), it.value());
    if (auto failure = validate(all)) {
        *error = *failure;
        return {};
    }
    m_persistent = newPersistent;
    m_transient = newTransient;
    // The echo leaves out removed keys, like ES.
    auto withoutNulls = [](FlatSettings::Map m) {
        for (auto it = m.begin(); it != m.end();)
            it = it.value().isNull() ? m.erase(it) : std::next(it);
        return m;
    };
    JsonWriter w;
    w.beginObject().key(QLatin1String("acknowledged")).value(true);
    w.key(QLatin1String("persistent"));
    flat ? FlatSettings::writeFlat(w, withoutNulls(persistent))
         : FlatSettings::writeNested(w, withoutNulls(persistent));
    w.key(QLatin1String("transient"));
    flat ? FlatSettings::writeFlat(w, withoutNulls(transient)) : FlatSettings::writeNested(w, withoutNulls(transient));
    w.endObject();
    return w.take();
}

QByteArray ClusterSettings::render(bool flat, bool includeDefaults) const
{
    JsonWriter w;
    w.beginObject();
    w.key(QLatin1String("persistent"));
    flat ? FlatSettings::writeFlat(w, m_persistent) : FlatSettings::writeNested(w, m_persistent);
    w.key(QLatin1String("transient"));
    flat ? FlatSettings::writeFlat(w, m_transient) : FlatSettings::writeNested(w, m_transient);
    if (includeDefaults) {
        FlatSettings::Map defaults;
        defaults.insert(QStringLiteral("cluster.remote.initial_connect_timeout"), QStringLiteral("30s"));
        defaults.insert(QStringLiteral("cluster.remote.connections_per_cluster"), QStringLiteral("3"));
        w.key(QLatin1String("defaults"));
        flat ? FlatSettings::writeFlat(w, defaults) : FlatSettings::writeNested(w, defaults);
    }
    w.endObject();
    return w.take();
}

QMap<QString, RemoteConnection> ClusterSettings::remotes() const
{
    const FlatSettings::Map all = merged();
    QMap<QString, RemoteConnection> out;
    for (auto it = all.begin(); it != all.end(); ++it) {
        const auto [alias, suffix] = splitRemoteKey(it.key());
        if (alias.isEmpty())
            continue;
        RemoteConnection& r = out[alias];
        r.alias = alias;
        if (suffix == u"mode")
            r.proxyMode = it.value().toString().toLower() == u"proxy";
        else if (suffix == u"seeds")
            r.seeds = listValue(it.value());
        else if (suffix == u"proxy_address")
            r.proxyAddress = it.value().toString();
        else if (suffix == u"server_name")
            r.serverName = it.value().toString();
        else if (suffix == u"skip_unavailable")
            r.skipUnavailable = it.value().toString() == u"true";
        else if (suffix == u"node_connections")
            r.nodeConnections = it.value().toString().toInt();
        else if (suffix == u"proxy_socket_connections")
            r.proxySocketConnections = it.value().toString().toInt();
    }
    // A remote is only configured when it has somewhere to connect to.
    for (auto it = out.begin(); it != out.end();) {
        const bool configured = it->proxyMode ? !it->proxyAddress.isEmpty() : !it->seeds.isEmpty();
        it = configured ? std::next(it) : out.erase(it);
    }
    return out;
}

} // namespace duper::sandbox
