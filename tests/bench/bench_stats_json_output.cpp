// Sizes issue 13's "--json as a stream" proposal for `duper stats --json`: 10,000 followers' parsed follow stats
// written out (a) the way src/cli did it before — a QJsonObject per follower (StatusCommands.cpp statsJson), then
// QJsonDocument::toJson(Indented), QString::fromUtf8 and a QTextStream — and (b) by a streaming writer that appends
// the same bytes to a 64 KiB buffer (the CLI now has cli/JsonStreamWriter). It checks that both produce identical
// bytes, then prints the median time and the peak RSS each adds. A copy of the old field list, so it measures the
// method, not the CLI's exact output (now in Elasticsearch's key order).

#include "FollowerBodyGenerator.h"
#include "ProcessMeters.h"
#include "core/ccr/FollowStatsResponse.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <algorithm>
#include <cstdio>
#include <cstring>

using namespace duper;
using duper::bench::ProcessMeters;

namespace {

// (a) The old method, condensed from StatusCommands.cpp (statsJson with shard level) and Output::printJson.
void writeWithDom(const QList<FollowerStats>& followers, QIODevice* device)
{
    QJsonArray array;
    for (const FollowerStats& follower : followers) {
        qint64 written = 0;
        qint64 failedReads = 0;
        QStringList fatal;
        QJsonArray shardArray;
        for (const ShardFollowStats& shard : follower.shards) {
            written += shard.operationsWritten;
            failedReads += shard.failedReadRequests;
            if (shard.fatalException)
                fatal.append(shard.fatalException->reason);
            shardArray.append(
                QJsonObject{{QStringLiteral("shard_id"), shard.shardId},
                            {QStringLiteral("leader_global_checkpoint"), shard.leaderGlobalCheckpoint},
                            {QStringLiteral("follower_global_checkpoint"), shard.followerGlobalCheckpoint},
                            {QStringLiteral("operations_written"), shard.operationsWritten},
                            {QStringLiteral("failed_read_requests"), shard.failedReadRequests},
                            {QStringLiteral("fatal_exception"),
                             shard.fatalException ? QJsonValue(shard.fatalException->reason) : QJsonValue()}});
        }
        array.append(QJsonObject{{QStringLiteral("index"), follower.index},
                                 {QStringLiteral("remote_cluster"),
                                  follower.shards.isEmpty() ? QString() : follower.shards.first().remoteCluster},
                                 {QStringLiteral("leader_index"),
                                  follower.shards.isEmpty() ? QString() : follower.shards.first().leaderIndex},
                                 {QStringLiteral("shards"), follower.shards.size()},
                                 {QStringLiteral("operations_written"), written},
                                 {QStringLiteral("global_checkpoint_lag"), follower.globalCheckpointLag()},
                                 {QStringLiteral("failed_read_requests"), failedReads},
                                 {QStringLiteral("fatal_exception"),
                                  fatal.isEmpty() ? QJsonValue() : QJsonValue(fatal.join(QStringLiteral("; ")))},
                                 {QStringLiteral("shard_stats"), shardArray}});
    }
    QTextStream out(device);
    out << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("indices"), array}}).toJson());
    out.flush();
}

// (b) The same bytes, streamed: keys in QJsonObject's (alphabetical) order, QJsonDocument's indentation.
class StreamWriter
{
public:
    explicit StreamWriter(QIODevice* device) : m_device(device) { m_buffer.reserve(kChunk + 4096); }
    ~StreamWriter() { flush(); }

    void raw(const char* text) { m_buffer.append(text); }
    void indent(int level) { m_buffer.append(4 * level, ' '); }
    void key(int level, const char* name)
    {
        indent(level);
        m_buffer.append('"').append(name).append("\": ");
    }
    void number(int level, const char* name, qint64 value, bool last = false)
    {
        key(level, name);
        m_buffer.append(QByteArray::number(value)).append(last ? "\n" : ",\n");
        maybeFlush();
    }
    void string(int level, const char* name, const QString* value, bool last = false)
    {
        key(level, name);
        if (!value) {
            m_buffer.append("null");
        } else {
            m_buffer.append('"');
            for (const char c : value->toUtf8()) {
                if (c == '"' || c == '\\')
                    m_buffer.append('\\').append(c);
                else if (uchar(c) < 0x20) {
                    char escaped[8];
                    std::snprintf(escaped, sizeof escaped, "\\u%04x", unsigned(uchar(c)));
                    m_buffer.append(escaped);
                } else
                    m_buffer.append(c);
            }
            m_buffer.append('"');
        }
        m_buffer.append(last ? "\n" : ",\n");
    }
    void flush()
    {
        m_device->write(m_buffer);
        m_buffer.clear();
    }

private:
    static constexpr qsizetype kChunk = 64 * 1024;
    void maybeFlush()
    {
        if (m_buffer.size() >= kChunk)
            flush();
    }
    QIODevice* m_device;
    QByteArray m_buffer;
};

void writeStreamed(const QList<FollowerStats>& followers, QIODevice* device)
{
    StreamWriter w(device);
    w.raw("{\n    \"indices\": [\n");
    for (qsizetype i = 0; i < followers.size(); ++i) {
        const FollowerStats& follower = followers.at(i);
        qint64 written = 0;
        qint64 failedReads = 0;
        QString fatal;
        for (const ShardFollowStats& shard : follower.shards) {
            written += shard.operationsWritten;
            failedReads += shard.failedReadRequests;
            if (shard.fatalException)
                fatal += (fatal.isEmpty() ? QString() : QStringLiteral("; ")) + shard.fatalException->reason;
        }
        const bool hasShards = !follower.shards.isEmpty();
        const QString none;
        w.indent(2);
        w.raw("{\n");
        w.number(3, "failed_read_requests", failedReads);
        w.string(3, "fatal_exception", fatal.isEmpty() ? nullptr : &fatal);
        w.number(3, "global_checkpoint_lag", follower.globalCheckpointLag());
        w.string(3, "index", &follower.index);
        w.string(3, "leader_index", hasShards ? &follower.shards.first().leaderIndex : &none);
        w.number(3, "operations_written", written);
        w.string(3, "remote_cluster", hasShards ? &follower.shards.first().remoteCluster : &none);
        w.key(3, "shard_stats");
        w.raw("[\n");
        for (qsizetype s = 0; s < follower.shards.size(); ++s) {
            const ShardFollowStats& shard = follower.shards.at(s);
            w.indent(4);
            w.raw("{\n");
            w.number(5, "failed_read_requests", shard.failedReadRequests);
            w.string(5, "fatal_exception", shard.fatalException ? &shard.fatalException->reason : nullptr);
            w.number(5, "follower_global_checkpoint", shard.followerGlobalCheckpoint);
            w.number(5, "leader_global_checkpoint", shard.leaderGlobalCheckpoint);
            w.number(5, "operations_written", shard.operationsWritten);
            w.number(5, "shard_id", shard.shardId, true);
            w.indent(4);
            w.raw(s + 1 < follower.shards.size() ? "},\n" : "}\n");
        }
        w.indent(3);
        w.raw("],\n");
        w.number(3, "shards", follower.shards.size(), true);
        w.indent(2);
        w.raw(i + 1 < followers.size() ? "},\n" : "}\n");
    }
    w.raw("    ]\n}\n");
}

template <typename Write> double medianMs(int runs, Write write, QIODevice* device)
{
    QList<double> times;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        write(device);
        times.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

} // namespace

int main(int argc, char** argv)
{
    const bool quick = argc > 1 && std::strcmp(argv[1], "--quick") == 0;
    test::FollowerBodyGenerator::Options options;
    options.followers = quick ? 1'000 : 10'000;
    options.pausedEvery = 10;
    options.readExceptionEvery = 50;
    options.fatalEvery = 500;
    const test::FollowerBodyGenerator generator(options);
    QString error;
    std::optional<FollowStatsResponse> stats = FollowStatsResponse::parse(generator.followStatsBody(), &error);
    if (!stats) {
        std::fprintf(stderr, "bench_stats_json_output: %s\n", qPrintable(error));
        return 1;
    }
    QList<FollowerStats> followers = std::move(stats->indices);
    std::sort(followers.begin(), followers.end(),
              [](const FollowerStats& a, const FollowerStats& b) { return a.index < b.index; });

    // Same bytes, or the comparison means nothing.
    QByteArray dom;
    QByteArray streamed;
    {
        QBuffer a(&dom);
        a.open(QIODevice::WriteOnly);
        writeWithDom(followers, &a);
        QBuffer b(&streamed);
        b.open(QIODevice::WriteOnly);
        writeStreamed(followers, &b);
    }
    if (dom != streamed) {
        qsizetype at = 0;
        while (at < dom.size() && at < streamed.size() && dom.at(at) == streamed.at(at))
            ++at;
        std::fprintf(stderr, "bench_stats_json_output: outputs differ at byte %lld:\nDOM: %s\nstream: %s\n",
                     static_cast<long long>(at), dom.mid(std::max<qsizetype>(0, at - 60), 120).constData(),
                     streamed.mid(std::max<qsizetype>(0, at - 60), 120).constData());
        return 1;
    }

    QFile null(QStringLiteral("/dev/null"));
    if (!null.open(QIODevice::WriteOnly))
        return 1;
    const int runs = quick ? 3 : 7;
    const qint64 base = ProcessMeters::statusKb("VmHWM:");
    ProcessMeters::resetPeakRss();
    const double domMs = medianMs(
        runs, [&](QIODevice* d) { writeWithDom(followers, d); }, &null);
    const qint64 domPeak = ProcessMeters::statusKb("VmHWM:");
    ProcessMeters::resetPeakRss();
    const double streamMs = medianMs(
        runs, [&](QIODevice* d) { writeStreamed(followers, d); }, &null);
    const qint64 streamPeak = ProcessMeters::statusKb("VmHWM:");
    std::printf("stats-json-output %d followers (%.1f MB of JSON): QJsonObject + toJson %.1f ms, peak RSS %.0f MB; "
                "streamed %.1f ms, peak RSS %.0f MB (%.1fx faster; RSS before %.0f MB)\n",
                options.followers, double(dom.size()) / 1e6, domMs, double(domPeak) / 1024.0, streamMs,
                double(streamPeak) / 1024.0, domMs / std::max(streamMs, 0.001), double(base) / 1024.0);
    return 0;
}
