#pragma once

#include <QByteArray>
#include <QString>

namespace duper::test {

// Builds realistic, deterministic Elasticsearch bodies for N follower indices: GET /_all/_ccr/info,
// GET /_all/_ccr/stats and GET /_ccr/stats, compact like a real cluster sends them. Paused followers have no
// `parameters` in follow_info and no entry in the stats (as in ES). The same options always give the same bytes.
class FollowerBodyGenerator
{
public:
    struct Options
    {
        int followers = 100;
        int pausedEvery = 0;                  // every n-th follower (n > 0) is paused
        int maxShards = 1;                    // shards per follower cycle through 1..maxShards
        int readExceptionEvery = 0;           // every n-th active follower has a read exception on shard 0
        int fatalEvery = 0;                   // every n-th active follower has a fatal_exception on shard 0
        int customParametersEvery = 7;        // every n-th follower reports non-default parameters
        bool totalGlobalCheckpointLag = true; // 8.x field; off = the 7.x shape
        quint32 seed = 42;
    };

    explicit FollowerBodyGenerator(Options options) : m_options(options) {}
    FollowerBodyGenerator() : FollowerBodyGenerator(Options()) {}

    const Options& options() const { return m_options; }

    QByteArray followInfoBody() const;
    QByteArray followStatsBody() const;
    QByteArray ccrStatsBody() const;

    // What the bodies contain, so tests can check parsed values against the generator.
    static QString followerName(int follower); // "follower-000042"
    static QString leaderName(int follower);   // "leader-000042"
    static QString remoteName(int follower);   // "leader-cluster-0" .. "leader-cluster-2"
    bool isPaused(int follower) const;
    int shardCount(int follower) const;
    int activeFollowers() const;
    qint64 leaderGlobalCheckpoint(int follower, int shard) const;
    qint64 followerGlobalCheckpoint(int follower, int shard) const;
    bool hasReadException(int follower) const;
    bool hasFatalException(int follower) const;

private:
    void appendFollowStatsIndices(QByteArray& out) const;
    void appendShardStats(QByteArray& out, int follower, int shard) const;

    Options m_options;
};

} // namespace duper::test
