#include "sandbox/SettingsRoutes.h"

#include "core/values/WildcardMatch.h"
#include "sandbox/Cluster.h"
#include "sandbox/Router.h"

#include <QDateTime>

namespace duper::sandbox {

namespace {

// What `index.version.created` 8512000 stands for, as human=true spells it.
const QString kCreatedVersion = QStringLiteral("8.15.0");

// The defaults include_defaults reports for settings an index does not set itself: the ones clients read around
// CCR (soft deletes, retention leases, blocks, the following-index marker), with Elasticsearch 8.15's values.
FlatSettings::Map defaultSettings()
{
    FlatSettings::Map defaults;
    const auto add = [&defaults](const char* key, const char* value) {
        defaults.insert(QString::fromLatin1(key), QString::fromLatin1(value));
    };
    add("index.auto_expand_replicas", "false");
    add("index.blocks.metadata", "false");
    add("index.blocks.read", "false");
    add("index.blocks.read_only", "false");
    add("index.blocks.read_only_allow_delete", "false");
    add("index.blocks.write", "false");
    add("index.codec", "default");
    add("index.hidden", "false");
    add("index.lifecycle.name", "");
    add("index.max_result_window", "10000");
    add("index.mode", "standard");
    add("index.priority", "1");
    add("index.refresh_interval", "1s");
    add("index.routing.allocation.enable", "all");
    add("index.soft_deletes.enabled", "true");
    add("index.soft_deletes.retention_lease.period", "12h");
    add("index.translog.durability", "REQUEST");
    add("index.xpack.ccr.following_index", "false");
    return defaults;
}

// IndexMetadata.addHumanReadableSettings: the creation date and created version spelled out next to the raw ones.
void addHumanReadable(FlatSettings::Map& settings)
{
    bool ok = false;
    const qint64 created = settings.value(QStringLiteral("index.creation_date")).toString().toLongLong(&ok);
    if (ok) {
        settings.insert(
            QStringLiteral("index.creation_date_string"),
            QDateTime::fromMSecsSinceEpoch(created, Qt::UTC).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ")));
    }
    if (settings.contains(QStringLiteral("index.version.created")))
        settings.insert(QStringLiteral("index.version.created_string"), kCreatedVersion);
}

FlatSettings::Map matching(const FlatSettings::Map& settings, const QStringList& names)
{
    if (names.isEmpty())
        return settings;
    FlatSettings::Map result;
    for (auto it = settings.begin(); it != settings.end(); ++it) {
        if (WildcardMatch::matchesAny(names, it.key()))
            result.insert(it.key(), it.value());
    }
    return result;
}

void writeMap(JsonWriter& w, const FlatSettings::Map& settings, bool flat)
{
    flat ? FlatSettings::writeFlat(w, settings) : FlatSettings::writeNested(w, settings);
}

RestResponse getSettings(Cluster& cluster, const RestRequest& request, const QString& expression, const QString& names)
{
    RestError error;
    const QStringList indices = cluster.resolve(expression, &error);
    if (!error.isNull())
        return error.toResponse();
    const QStringList patterns = names.split(QLatin1Char(','), Qt::SkipEmptyParts);
    const bool flat = request.queryFlag(QStringLiteral("flat_settings"));
    const bool human = request.queryFlag(QStringLiteral("human"));
    const bool withDefaults = request.queryFlag(QStringLiteral("include_defaults"));
    JsonWriter w;
    w.beginObject();
    for (const QString& name : indices) {
        const EmulatedIndex* index = cluster.index(name);
        FlatSettings::Map settings = index->settings();
        if (human)
            addHumanReadable(settings);
        w.key(name).beginObject().key(QLatin1String("settings"));
        writeMap(w, matching(settings, patterns), flat);
        if (withDefaults) {
            FlatSettings::Map defaults = defaultSettings();
            for (auto it = settings.begin(); it != settings.end(); ++it)
                defaults.remove(it.key());
            w.key(QLatin1String("defaults"));
            writeMap(w, matching(defaults, patterns), flat);
        }
        w.endObject();
    }
    w.endObject();
    return RestResponse::json(w.take());
}

} // namespace

void SettingsRoutes::install(Router& router, Cluster& cluster)
{
    Cluster* c = &cluster;
    const QString get = QStringLiteral("GET");
    router.add(get, QStringLiteral("/_settings"),
               [c](const RestRequest& r, const QStringList&) { return getSettings(*c, r, QString(), QString()); });
    router.add(get, QStringLiteral("/_settings/{name}"),
               [c](const RestRequest& r, const QStringList& p) { return getSettings(*c, r, QString(), p.at(0)); });
    router.add(get, QStringLiteral("/{index}/_settings"),
               [c](const RestRequest& r, const QStringList& p) { return getSettings(*c, r, p.at(0), QString()); });
    router.add(get, QStringLiteral("/{index}/_settings/{name}"),
               [c](const RestRequest& r, const QStringList& p) { return getSettings(*c, r, p.at(0), p.at(1)); });
}

} // namespace duper::sandbox
