// The core's typed API against the sandbox over real sockets: the whole life of a follower index, auto-follow, and
// remote clusters configured through cluster settings.
#include "AwaitJob.h"
#include "SandboxClient.h"
#include "core/ccr/CcrApi.h"
#include "core/es/EsClient.h"
#include "sandbox/Sandbox.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTest>

using namespace duper;
using duper::test::await;

class CoreLifecycleTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void followPauseResumeUnfollow();
    void autoFollowPicksUpNewLeaderIndex();
    void remoteClusterAddedThroughClusterSettings();
    void remoteClusterWhereNothingListens();

private:
    const ShardFollowStats* shardStats(const QString& follower, int shard = 0);
    qint64 followerCount(const QString& index);

    std::unique_ptr<test::SandboxClient> m_fixture;
    sandbox::Sandbox* m_sandbox = nullptr;
    EsClient* m_client = nullptr;
    CcrApi* m_api = nullptr;
    std::unique_ptr<FollowStatsJob> m_lastStats;
};

void CoreLifecycleTest::init()
{
    m_fixture = std::make_unique<test::SandboxClient>();
    QVERIFY2(m_fixture->started(), qPrintable(m_fixture->errorString()));
    m_sandbox = &m_fixture->sandbox();
    m_client = &m_fixture->client();
    m_api = &m_fixture->api();
}

void CoreLifecycleTest::cleanup()
{
    m_lastStats.reset();
    m_fixture.reset();
}

const ShardFollowStats* CoreLifecycleTest::shardStats(const QString& follower, int shard)
{
    m_lastStats = await(m_api->followStats({follower}));
    if (m_lastStats->hasError())
        return nullptr;
    for (const FollowerStats& stats : m_lastStats->result()->indices) {
        if (stats.index != follower)
            continue;
        for (const ShardFollowStats& shardStats : stats.shards) {
            if (shardStats.shardId == shard)
                return &shardStats;
        }
    }
    return nullptr;
}

qint64 CoreLifecycleTest::followerCount(const QString& index)
{
    auto job = await(m_client->send(EsRequest::get({index, QStringLiteral("_count")})));
    return job->hasError() ? -1
                           : QJsonDocument::fromJson(job->body()).object().value(QLatin1String("count")).toInteger(-1);
}

void CoreLifecycleTest::followPauseResumeUnfollow()
{
    m_sandbox->createLeaderIndex(QStringLiteral("orders"));
    m_sandbox->indexLeaderDocuments(QStringLiteral("orders"), 20);

    FollowRequest request;
    request.remoteCluster = QStringLiteral("leader");
    request.leaderIndex = QStringLiteral("orders");
    auto follow = await(m_api->follow(QStringLiteral("orders-copy"), request));
    QVERIFY2(!follow->hasError(), qPrintable(follow->error().userMessage()));
    QVERIFY(follow->result()->followIndexCreated);

    // The follow copies the leader's 20 documents (a restore); later operations are replicated one by one, so the
    // stats count those 100. The documents arrive on the follower.
    m_sandbox->indexLeaderDocuments(QStringLiteral("orders"), 100);
    m_sandbox->advance(20);
    const ShardFollowStats* stats = shardStats(QStringLiteral("orders-copy"));
    QVERIFY(stats);
    QCOMPARE(stats->leaderGlobalCheckpoint, 119);
    QCOMPARE(stats->followerGlobalCheckpoint, 119);
    QCOMPARE(stats->operationsWritten, 100);
    QVERIFY(stats->successfulReadRequests > 0);
    QVERIFY(stats->readExceptions.isEmpty());
    QVERIFY(!stats->fatalException);
    QCOMPARE(followerCount(QStringLiteral("orders-copy")), 120);

    auto info = await(m_api->followInfo({QStringLiteral("orders-copy")}));
    QVERIFY(!info->hasError());
    QCOMPARE(info->result()->followers.size(), 1);
    const FollowerInfo active = info->result()->followers.first();
    QCOMPARE(active.status, FollowerStatus::Active);
    QCOMPARE(active.leaderIndex, QStringLiteral("orders"));
    QCOMPARE(active.remoteCluster, QStringLiteral("leader"));
    QCOMPARE(active.parameters.effectiveText(FollowParameter::MaxReadRequestOperationCount), QStringLiteral("5120"));

    // Paused: no shard stats any more, and new leader documents do not arrive.
    auto pause = await(m_api->pauseFollow(QStringLiteral("orders-copy")));
    QVERIFY2(!pause->hasError(), qPrintable(pause->error().userMessage()));
    m_sandbox->indexLeaderDocuments(QStringLiteral("orders"), 30);
    m_sandbox->advance(10);
    QVERIFY(!shardStats(QStringLiteral("orders-copy")));
    QCOMPARE(followerCount(QStringLiteral("orders-copy")), 120);
    info = await(m_api->followInfo({QStringLiteral("orders-copy")}));
    QCOMPARE(info->result()->followers.first().status, FollowerStatus::Paused);
    QVERIFY(!info->result()->followers.first().hasParameters);

    // Resume with new parameters: they are in force, and reads are bounded by them.
    FollowParameters parameters;
    QVERIFY(!parameters.setFromText(FollowParameter::MaxReadRequestOperationCount, QStringLiteral("10")));
    QVERIFY(!parameters.setFromText(FollowParameter::MaxOutstandingReadRequests, QStringLiteral("1")));
    auto resume = await(m_api->resumeFollow(QStringLiteral("orders-copy"), parameters));
    QVERIFY2(!resume->hasError(), qPrintable(resume->error().userMessage()));
    info = await(m_api->followInfo({QStringLiteral("orders-copy")}));
    QCOMPARE(info->result()->followers.first().status, FollowerStatus::Active);
    QCOMPARE(info->result()->followers.first().parameters.maxReadRequestOperationCount, 10);
    QCOMPARE(info->result()->followers.first().parameters.effectiveText(FollowParameter::MaxReadRequestSize),
             QStringLiteral("32mb"));

    m_sandbox->advance(1);
    stats = shardStats(QStringLiteral("orders-copy"));
    QVERIFY(stats);
    QVERIFY2(stats->operationsWritten <= 10, "one tick with one outstanding read of at most 10 operations");
    m_sandbox->advance(20);
    stats = shardStats(QStringLiteral("orders-copy"));
    QVERIFY(stats);
    QCOMPARE(stats->followerGlobalCheckpoint, 149);
    QCOMPARE(followerCount(QStringLiteral("orders-copy")), 150);
}

void CoreLifecycleTest::autoFollowPicksUpNewLeaderIndex()
{
    AutoFollowPattern pattern;
    pattern.remoteCluster = QStringLiteral("leader");
    pattern.leaderIndexPatterns = {QStringLiteral("metrics-*")};
    pattern.leaderIndexExclusionPatterns = {QStringLiteral("metrics-private-*")};
    pattern.followIndexPattern = QStringLiteral("{{leader_index}}-copy");
    auto put = await(m_api->putAutoFollowPattern(QStringLiteral("metrics"), pattern));
    QVERIFY2(!put->hasError(), qPrintable(put->error().userMessage()));

    auto patterns = await(m_api->autoFollowPatterns(QStringLiteral("metrics")));
    QVERIFY(!patterns->hasError());
    QCOMPARE(patterns->result()->patterns.size(), 1);
    QCOMPARE(patterns->result()->patterns.first().leaderIndexExclusionPatterns,
             QStringList{QStringLiteral("metrics-private-*")});
    QVERIFY(patterns->result()->patterns.first().active);

    m_sandbox->createLeaderIndex(QStringLiteral("metrics-eu"));
    m_sandbox->createLeaderIndex(QStringLiteral("metrics-private-hr"));
    m_sandbox->indexLeaderDocuments(QStringLiteral("metrics-eu"), 5);
    m_sandbox->advance(10);

    auto info = await(m_api->followInfo());
    QVERIFY(!info->hasError());
    QStringList followers;
    for (const FollowerInfo& follower : info->result()->followers)
        followers << follower.followerIndex;
    QCOMPARE(followers, QStringList{QStringLiteral("metrics-eu-copy")});
    QCOMPARE(followerCount(QStringLiteral("metrics-eu-copy")), 5);

    auto stats = await(m_api->ccrStats());
    QVERIFY(!stats->hasError());
    QCOMPARE(stats->result()->autoFollowStats.numberOfSuccessfulFollowIndices, 1);

    auto pausePattern = await(m_api->pauseAutoFollowPattern(QStringLiteral("metrics")));
    QVERIFY(!pausePattern->hasError());
    patterns = await(m_api->autoFollowPatterns(QStringLiteral("metrics")));
    QVERIFY(!patterns->result()->patterns.first().active);
    auto remove = await(m_api->deleteAutoFollowPattern(QStringLiteral("metrics")));
    QVERIFY(!remove->hasError());
    patterns = await(m_api->autoFollowPatterns(QStringLiteral("metrics")));
    QCOMPARE(patterns->error().httpStatus(), 404);
    QCOMPARE(patterns->error().cause().type, QStringLiteral("resource_not_found_exception"));
}

void CoreLifecycleTest::remoteClusterAddedThroughClusterSettings()
{
    // The follower's own transport address: a cluster may be its own remote, as Elasticsearch allows.
    RemoteClusterSettings self;
    self.alias = QStringLiteral("self");
    self.mode = RemoteClusterMode::Sniff;
    self.seeds = {m_sandbox->follower().transportAddress()};
    auto put = await(m_api->putRemoteCluster(self));
    QVERIFY2(!put->hasError(), qPrintable(put->error().userMessage()));

    auto remotes = await(m_api->remoteInfo());
    QVERIFY(!remotes->hasError());
    const RemoteClusterInfo* found = nullptr;
    for (const RemoteClusterInfo& remote : remotes->result()->remotes) {
        if (remote.alias == QLatin1String("self"))
            found = &remote;
    }
    QVERIFY(found);
    QVERIFY(found->connected);
    QCOMPARE(found->seeds, self.seeds);

    // Follow a local index through the "self" remote.
    auto create = await(m_client->send(EsRequest::put({QStringLiteral("local-source")})));
    QVERIFY2(!create->hasError(), qPrintable(create->error().userMessage()));
    FollowRequest request;
    request.remoteCluster = QStringLiteral("self");
    request.leaderIndex = QStringLiteral("local-source");
    auto follow = await(m_api->follow(QStringLiteral("local-copy"), request));
    QVERIFY2(!follow->hasError(), qPrintable(follow->error().userMessage()));
    auto info = await(m_api->followInfo({QStringLiteral("local-copy")}));
    QCOMPARE(info->result()->followers.first().remoteCluster, QStringLiteral("self"));
}

void CoreLifecycleTest::remoteClusterWhereNothingListens()
{
    RemoteClusterSettings dead;
    dead.alias = QStringLiteral("nowhere");
    dead.mode = RemoteClusterMode::Proxy;
    dead.proxyAddress = QStringLiteral("127.0.0.1:1"); // nothing listens on port 1
    auto put = await(m_api->putRemoteCluster(dead));
    QVERIFY2(!put->hasError(), qPrintable(put->error().userMessage()));

    auto remotes = await(m_api->remoteInfo());
    const RemoteClusterInfo* found = nullptr;
    for (const RemoteClusterInfo& remote : remotes->result()->remotes) {
        if (remote.alias == QLatin1String("nowhere"))
            found = &remote;
    }
    QVERIFY(found);
    QVERIFY(!found->connected);
    QCOMPARE(found->mode, RemoteClusterMode::Proxy);

    m_sandbox->createLeaderIndex(QStringLiteral("orders"));
    FollowRequest request;
    request.remoteCluster = QStringLiteral("nowhere");
    request.leaderIndex = QStringLiteral("orders");
    auto follow = await(m_api->follow(QStringLiteral("orders-copy"), request));
    QVERIFY(follow->hasError());
    QCOMPARE(follow->error().kind(), EsError::Kind::Http);
    QVERIFY(!follow->error().userMessage().isEmpty());

    // Removing it makes the alias unknown again.
    dead.remove = true;
    put = await(m_api->putRemoteCluster(dead));
    QVERIFY(!put->hasError());
    follow = await(m_api->follow(QStringLiteral("orders-copy"), request));
    QCOMPARE(follow->error().httpStatus(), 404);
    QCOMPARE(follow->error().cause().type, QStringLiteral("no_such_remote_cluster_exception"));
}

QTEST_GUILESS_MAIN(CoreLifecycleTest)
#include "tst_core_lifecycle.moc"
