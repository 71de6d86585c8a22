#include "FollowStatsComparison.h"

#include <QTest>

namespace duper::test {

void compareShards(const ShardFollowStats& a, const ShardFollowStats& b)
{
    QCOMPARE(a.remoteCluster, b.remoteCluster);
    QCOMPARE(a.leaderIndex, b.leaderIndex);
    QCOMPARE(a.followerIndex, b.followerIndex);
    QCOMPARE(a.shardId, b.shardId);
    QCOMPARE(a.leaderGlobalCheckpoint, b.leaderGlobalCheckpoint);
    QCOMPARE(a.leaderMaxSeqNo, b.leaderMaxSeqNo);
    QCOMPARE(a.followerGlobalCheckpoint, b.followerGlobalCheckpoint);
    QCOMPARE(a.followerMaxSeqNo, b.followerMaxSeqNo);
    QCOMPARE(a.lastRequestedSeqNo, b.lastRequestedSeqNo);
    QCOMPARE(a.outstandingReadRequests, b.outstandingReadRequests);
    QCOMPARE(a.outstandingWriteRequests, b.outstandingWriteRequests);
    QCOMPARE(a.writeBufferOperationCount, b.writeBufferOperationCount);
    QCOMPARE(a.writeBufferSizeInBytes, b.writeBufferSizeInBytes);
    QCOMPARE(a.followerMappingVersion, b.followerMappingVersion);
    QCOMPARE(a.followerSettingsVersion, b.followerSettingsVersion);
    QCOMPARE(a.followerAliasesVersion, b.followerAliasesVersion);
    QCOMPARE(a.totalReadTimeMillis, b.totalReadTimeMillis);
    QCOMPARE(a.totalReadRemoteExecTimeMillis, b.totalReadRemoteExecTimeMillis);
    QCOMPARE(a.successfulReadRequests, b.successfulReadRequests);
    QCOMPARE(a.failedReadRequests, b.failedReadRequests);
    QCOMPARE(a.operationsRead, b.operationsRead);
    QCOMPARE(a.bytesRead, b.bytesRead);
    QCOMPARE(a.totalWriteTimeMillis, b.totalWriteTimeMillis);
    QCOMPARE(a.successfulWriteRequests, b.successfulWriteRequests);
    QCOMPARE(a.failedWriteRequests, b.failedWriteRequests);
    QCOMPARE(a.operationsWritten, b.operationsWritten);
    QCOMPARE(a.timeSinceLastReadMillis, b.timeSinceLastReadMillis);
    QCOMPARE(a.readExceptions.size(), b.readExceptions.size());
    for (qsizetype i = 0; i < a.readExceptions.size(); ++i) {
        QCOMPARE(a.readExceptions.at(i).fromSeqNo, b.readExceptions.at(i).fromSeqNo);
        QCOMPARE(a.readExceptions.at(i).retries, b.readExceptions.at(i).retries);
        QCOMPARE(a.readExceptions.at(i).exception.reason, b.readExceptions.at(i).exception.reason);
    }
    QCOMPARE(bool(a.fatalException), bool(b.fatalException));
    if (a.fatalException)
        QCOMPARE(a.fatalException->reason, b.fatalException->reason);
}

void compareFollowerStats(const QList<FollowerStats>& a, const QList<FollowerStats>& b)
{
    QCOMPARE(a.size(), b.size());
    for (qsizetype i = 0; i < a.size(); ++i) {
        QCOMPARE(a.at(i).index, b.at(i).index);
        QCOMPARE(a.at(i).totalGlobalCheckpointLag, b.at(i).totalGlobalCheckpointLag);
        QCOMPARE(a.at(i).shards.size(), b.at(i).shards.size());
        for (qsizetype shard = 0; shard < a.at(i).shards.size(); ++shard) {
            compareShards(a.at(i).shards.at(shard), b.at(i).shards.at(shard));
            if (QTest::currentTestFailed())
                return;
        }
    }
}

} // namespace duper::test
