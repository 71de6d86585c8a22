#include "sandbox/StatsRoutes.h"

#include "core/values/ByteSize.h"
#include "sandbox/Cluster.h"
#include "sandbox/Router.h"

namespace duper::sandbox {

namespace {

// Every metric RestIndicesStatsAction accepts; the sandbox fills in docs, store and indexing and leaves the others
// out, as it has nothing to report for them.
const QStringList kMetrics = {
    QStringLiteral("docs"),        QStringLiteral("store"),        QStringLiteral("indexing"),
    QStringLiteral("get"),         QStringLiteral("search"),       QStringLiteral("merge"),
    QStringLiteral("refresh"),     QStringLiteral("flush"),        QStringLiteral("warmer"),
    QStringLiteral("query_cache"), QStringLiteral("fielddata"),    QStringLiteral("completion"),
    QStringLiteral("segments"),    QStringLiteral("translog"),     QStringLiteral("request_cache"),
    QStringLiteral("recovery"),    QStringLiteral("bulk"),         QStringLiteral("shard_stats"),
    QStringLiteral("mappings"),    QStringLiteral("dense_vector"), QStringLiteral("sparse_vector")};

// The numbers of one index (or of all of them, summed).
struct Totals
{
    qint64 docs = 0;
    qint64 bytes = 0;
    qint64 operations = 0;

    void add(const EmulatedIndex& index)
    {
        docs += index.documentCount();
        bytes += index.storeBytes() + 225; // an empty index's segment files, as _cat/indices reports
        for (int shard = 0; shard < index.shardCount(); ++shard)
            operations += index.maxSeqNo(shard) + 1;
    }
};

class StatsWriter
{
public:
    StatsWriter(JsonWriter& w, const QStringList& metrics, bool human) : m_w(w), m_metrics(metrics), m_human(human) {}

    bool wants(const QString& metric) const { return m_metrics.contains(metric); }

    // "primaries" and "total": one node holds only primaries, so both carry the same numbers.
    void sections(const Totals& totals)
    {
        for (const char* name : {"primaries", "total"}) {
            m_w.key(QLatin1String(name)).beginObject();
            section(totals);
            m_w.endObject();
        }
    }

private:
    // humanReadableField: the spelled-out value first, when asked for, then the raw one.
    void bytes(const char* human, const char* raw, qint64 value)
    {
        if (m_human)
            m_w.key(QLatin1String(human)).value(ByteSize::fromBytes(value).toHumanString());
        m_w.key(QLatin1String(raw)).value(value);
    }
    void millis(const char* human, const char* raw)
    {
        if (m_human)
            m_w.key(QLatin1String(human)).value(QLatin1String("0s"));
        m_w.key(QLatin1String(raw)).value(0);
    }

    void section(const Totals& t)
    {
        if (wants(QStringLiteral("docs"))) {
            m_w.key(QLatin1String("docs")).beginObject();
            m_w.key(QLatin1String("count")).value(t.docs).key(QLatin1String("deleted")).value(0);
            bytes("total_size", "total_size_in_bytes", t.bytes);
            m_w.endObject();
        }
        if (wants(QStringLiteral("store"))) {
            m_w.key(QLatin1String("store")).beginObject();
            bytes("size", "size_in_bytes", t.bytes);
            bytes("total_data_set_size", "total_data_set_size_in_bytes", t.bytes);
            bytes("reserved", "reserved_in_bytes", 0);
            m_w.endObject();
        }
        if (wants(QStringLiteral("indexing"))) {
            m_w.key(QLatin1String("indexing")).beginObject();
            m_w.key(QLatin1String("index_total")).value(t.operations);
            millis("index_time", "index_time_in_millis");
            m_w.key(QLatin1String("index_current")).value(0).key(QLatin1String("index_failed")).value(0);
            m_w.key(QLatin1String("delete_total")).value(0);
            millis("delete_time", "delete_time_in_millis");
            m_w.key(QLatin1String("delete_current")).value(0).key(QLatin1String("noop_update_total")).value(0);
            m_w.key(QLatin1String("is_throttled")).value(false);
            millis("throttle_time", "throttle_time_in_millis");
            m_w.key(QLatin1String("write_load")).value(0.0);
            m_w.endObject();
        }
    }

    JsonWriter& m_w;
    const QStringList& m_metrics;
    bool m_human;
};

void writeShards(JsonWriter& w, const EmulatedIndex& index)
{
    w.key(QLatin1String("shards")).beginObject();
    for (int shard = 0; shard < index.shardCount(); ++shard) {
        const qint64 max = index.maxSeqNo(shard);
        w.key(QString::number(shard)).beginArray().beginObject();
        w.key(QLatin1String("routing")).beginObject().key(QLatin1String("primary")).value(true).endObject();
        w.key(QLatin1String("seq_no")).beginObject();
        w.key(QLatin1String("max_seq_no")).value(max).key(QLatin1String("local_checkpoint")).value(max);
        w.key(QLatin1String("global_checkpoint")).value(max).endObject();
        w.endObject().endArray();
    }
    w.endObject();
}

// Closed indices are left out, as in Elasticsearch.
RestResponse indexStats(Cluster& cluster, const RestRequest& request, const QString& expression, const QString& metric)
{
    QStringList metrics = metric.split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (metrics.isEmpty() || metrics.contains(QStringLiteral("_all")))
        metrics = kMetrics;
    for (const QString& m : metrics) {
        if (!kMetrics.contains(m)) {
            return RestError::illegalArgument(
                       QStringLiteral("request [%1] contains unrecognized metric: [%2]").arg(request.path, m))
                .toResponse();
        }
    }
    RestError error;
    const QStringList names = cluster.resolve(expression, &error);
    if (!error.isNull())
        return error.toResponse();
    QList<const EmulatedIndex*> open;
    Totals all;
    int shards = 0;
    for (const QString& name : names) {
        const EmulatedIndex* index = cluster.index(name);
        if (!index->isOpen())
            continue;
        open.append(index);
        all.add(*index);
        shards += index->shardCount();
    }
    const QString level = request.queryValue(QStringLiteral("level"));
    JsonWriter w;
    StatsWriter stats(w, metrics, request.queryFlag(QStringLiteral("human")));
    w.beginObject().key(QLatin1String("_shards")).beginObject();
    w.key(QLatin1String("total")).value(shards).key(QLatin1String("successful")).value(shards);
    w.key(QLatin1String("failed")).value(0).endObject();
    w.key(QLatin1String("_all")).beginObject();
    stats.sections(all);
    w.endObject();
    if (level != u"cluster") {
        w.key(QLatin1String("indices")).beginObject();
        for (const EmulatedIndex* index : open) {
            Totals totals;
            totals.add(*index);
            w.key(index->name()).beginObject();
            w.key(QLatin1String("uuid")).value(index->uuid());
            w.key(QLatin1String("health")).value(QLatin1String("green"));
            w.key(QLatin1String("status")).value(QLatin1String("open"));
            stats.sections(totals);
            if (level == u"shards")
                writeShards(w, *index);
            w.endObject();
        }
        w.endObject();
    }
    w.endObject();
    return RestResponse::json(w.take());
}

} // namespace

void StatsRoutes::install(Router& router, Cluster& cluster)
{
    Cluster* c = &cluster;
    const QString get = QStringLiteral("GET");
    const QString all = QStringLiteral("_all");
    router.add(get, QStringLiteral("/_stats"),
               [c, all](const RestRequest& r, const QStringList&) { return indexStats(*c, r, all, QString()); });
    router.add(get, QStringLiteral("/_stats/{metric}"),
               [c, all](const RestRequest& r, const QStringList& p) { return indexStats(*c, r, all, p.at(0)); });
    router.add(get, QStringLiteral("/{index}/_stats"),
               [c](const RestRequest& r, const QStringList& p) { return indexStats(*c, r, p.at(0), QString()); });
    router.add(get, QStringLiteral("/{index}/_stats/{metric}"),
               [c](const RestRequest& r, const QStringList& p) { return indexStats(*c, r, p.at(0), p.at(1)); });
}

} // namespace duper::sandbox
