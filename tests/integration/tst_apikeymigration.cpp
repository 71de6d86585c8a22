// ApiKeyMigration on the sandbox over real sockets: a certificate remote (seeds on the leader's transport address)
// with two followers and an auto-follow pattern is migrated in place — planned read-only, the key created, followers
// and pattern paused, the alias switched to the remote cluster server with the credential, resumed, verified — and
// the followers keep replicating through the key. A forced failure (the credential never reaches the keystore, so
// the verification fails) rolls back: the alias on its transport address again with no proxy keys left, followers
// and pattern resumed. A run that finds an earlier run's state resumes what that one paused and nothing else.
#include "AwaitJob.h"
#include "SandboxClient.h"
#include "TestSession.h"
#include "core/ccr/CcrApi.h"
#include "core/security/ApiKeyMigration.h"
#include "core/security/ApiKeyMigrationPlanner.h"
#include "core/session/ClusterSession.h"
#include "sandbox/EmulatedIndex.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace duper;
using duper::test::await;
using State = ApiKeyRemoteStepState;
using Step = ApiKeyMigrationStep;

namespace {

const QString kAlias = QStringLiteral("leader");
const QString kFirst = QStringLiteral("follower-00001");
const QString kSecond = QStringLiteral("follower-00002");

} // namespace

class ApiKeyMigrationTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void migratesAndFollowersReplicateThroughTheKey();
    void failedVerificationRollsBack();
    void secondRunResumesWhatTheFirstPaused();

private:
    ApiKeyMigrationPlan plan();
    ApiKeyRemoteSetupSpec spec() const;
    std::unique_ptr<ApiKeyMigration> run(const ApiKeyMigrationPlan& plan, const ApiKeyRemoteSetupSpec& spec);
    void putPattern();
    FollowerStatus status(const QString& follower);
    bool patternActive();
    RemoteClusterSettings settings();
    RemoteClusterInfo remote();

    std::unique_ptr<test::SandboxClient> m_fixture;
    std::unique_ptr<EsClient> m_leaderClient;
    std::unique_ptr<ClusterSession> m_leader;
    std::unique_ptr<ClusterSession> m_follower;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_kept;
};

void ApiKeyMigrationTest::init()
{
    sandbox::SandboxOptions options = test::SandboxClient::defaultOptions();
    options.followers = 2;
    m_fixture = std::make_unique<test::SandboxClient>(options);
    QVERIFY2(m_fixture->started(), qPrintable(m_fixture->errorString()));
    EsEndpoint endpoint;
    endpoint.baseUrl = m_fixture->sandbox().leaderUrl();
    m_leaderClient = std::make_unique<EsClient>(&m_fixture->network(), endpoint, nullptr);
    m_leader = test::makeSession(*m_leaderClient, QStringLiteral("leader"), nullptr);
    m_follower = test::makeSession(m_fixture->client(), QStringLiteral("follower"), nullptr);
    m_dir = std::make_unique<QTemporaryDir>();
    m_kept.clear();
    putPattern();
}

void ApiKeyMigrationTest::cleanup()
{
    m_leader.reset();
    m_follower.reset();
    m_leaderClient.reset();
    m_fixture.reset();
    m_dir.reset();
}

void ApiKeyMigrationTest::putPattern()
{
    AutoFollowPattern pattern;
    pattern.remoteCluster = kAlias;
    pattern.leaderIndexPatterns = {QStringLiteral("logs-*")};
    pattern.followIndexPattern = QStringLiteral("{{leader_index}}-copy");
    auto job = await(m_fixture->api().putAutoFollowPattern(QStringLiteral("logs"), pattern));
    QVERIFY2(!job->hasError(), qPrintable(job->error().userMessage()));
}

ApiKeyMigrationPlan ApiKeyMigrationTest::plan()
{
    ApiKeyMigrationPlanner planner(m_follower.get(), kAlias, ApiKeyMigrationStateStore(m_dir->path()));
    QSignalSpy finished(&planner, &ApiKeyMigrationPlanner::finished);
    planner.start();
    if (!finished.wait(10000) || !planner.plan())
        qWarning("no plan: %s", qPrintable(planner.error().userMessage()));
    return planner.plan().value_or(ApiKeyMigrationPlan{});
}

ApiKeyRemoteSetupSpec ApiKeyMigrationTest::spec() const
{
    ApiKeyRemoteSetupSpec spec;
    spec.replication = {QStringLiteral("leader-*"), QStringLiteral("logs-*")};
    spec.verifyAttempts = 3;
    spec.verifyIntervalMs = 10;
    return spec;
}

std::unique_ptr<ApiKeyMigration> ApiKeyMigrationTest::run(const ApiKeyMigrationPlan& plan,
                                                          const ApiKeyRemoteSetupSpec& spec)
{
    auto migration = std::make_unique<ApiKeyMigration>(m_leader.get(), m_follower.get(), plan, spec,
                                                       ApiKeyMigrationStateStore(m_dir->path()));
    migration->setKeepKey([this](const CreatedApiKey& key, std::function<void(const QString&)> done) {
        m_kept = key.encoded;
        done({});
    });
    QSignalSpy finished(migration.get(), &ApiKeyMigration::finished);
    migration->start();
    if (!migration->isFinished() && !finished.wait(10000))
        qWarning("the migration did not finish");
    return migration;
}

FollowerStatus ApiKeyMigrationTest::status(const QString& follower)
{
    auto job = await(m_follower->api()->followInfo({follower}));
    if (!job->result() || job->result()->followers.isEmpty())
        return FollowerStatus::Paused;
    return job->result()->followers.first().status;
}

bool ApiKeyMigrationTest::patternActive()
{
    auto job = await(m_follower->api()->autoFollowPatterns(QStringLiteral("logs")));
    return job->result() && !job->result()->patterns.isEmpty() && job->result()->patterns.first().active;
}

RemoteClusterSettings ApiKeyMigrationTest::settings()
{
    auto job = await(m_follower->api()->clusterSettings());
    const RemoteClusterSettings* found = job->result() ? job->result()->find(kAlias) : nullptr;
    return found ? *found : RemoteClusterSettings{};
}

RemoteClusterInfo ApiKeyMigrationTest::remote()
{
    auto job = await(m_follower->api()->remoteInfo());
    const RemoteClusterInfo* found = job->result() ? job->result()->find(kAlias) : nullptr;
    return found ? *found : RemoteClusterInfo{};
}

void ApiKeyMigrationTest::migratesAndFollowersReplicateThroughTheKey()
{
    sandbox::Sandbox& sandbox = m_fixture->sandbox();
    const ApiKeyMigrationPlan planned = plan();
    QVERIFY(planned.problems.isEmpty());
    QCOMPARE(planned.followersToPause, (QStringList{kFirst, kSecond}));
    QCOMPARE(planned.patternsToPause, QStringList{QStringLiteral("logs")});
    QCOMPARE(planned.previous.seeds, QStringList{sandbox.leader().transportAddress()});
    // Planning sent nothing that changes the cluster.
    QCOMPARE(status(kFirst), FollowerStatus::Active);
    QVERIFY(!remote().clusterCredentials);

    auto migration = run(planned, spec());
    QVERIFY2(migration->succeeded(), QJsonDocument(migration->toJson()).toJson().constData());
    for (Step step : {Step::CreateKey, Step::Pause, Step::Switch, Step::Resume, Step::Verify})
        QCOMPARE(migration->status(step).state, State::Done);
    QCOMPARE(migration->status(Step::Rollback).state, State::Pending);
    QVERIFY(!m_kept.isEmpty());
    QVERIFY(!QJsonDocument(migration->toJson()).toJson().contains(m_kept.toUtf8()));

    const RemoteClusterSettings now = settings();
    QCOMPARE(now.mode, std::optional(RemoteClusterMode::Proxy));
    QCOMPARE(now.proxyAddress, sandbox.leader().remoteClusterServerAddress());
    QVERIFY(now.seeds.isEmpty());
    const RemoteClusterInfo info = remote();
    QVERIFY(info.connected);
    QCOMPARE(info.clusterCredentials, std::optional<QString>(QStringLiteral("::es_redacted::")));
    QCOMPARE(status(kFirst), FollowerStatus::Active);
    QCOMPARE(status(kSecond), FollowerStatus::Active);
    QVERIFY(patternActive());
    QVERIFY(!ApiKeyMigrationStateStore(m_dir->path()).load(planned.cluster, kAlias));

    // The followers keep replicating, now through the key.
    const qint64 before = sandbox.follower().index(kFirst)->documentCount();
    sandbox.indexLeaderDocuments(QStringLiteral("leader-00001"), 5);
    sandbox.advance(3);
    QCOMPARE(sandbox.follower().index(kFirst)->documentCount(), before + 5);

    // Planned again: nothing left to migrate.
    QVERIFY(plan().alreadyMigrated);
}

void ApiKeyMigrationTest::failedVerificationRollsBack()
{
    sandbox::Sandbox& sandbox = m_fixture->sandbox();
    const ApiKeyMigrationPlan planned = plan();
    // Forced failure: the user claims the keystore command ran, but no node has the credential.
    ApiKeyRemoteSetupSpec manual = spec();
    manual.credential = ApiKeyRemoteSetupSpec::Credential::Manual;
    manual.keystoreDone = true;
    auto migration = run(planned, manual);
    QVERIFY(!migration->succeeded());
    QVERIFY(migration->rolledBack());
    QCOMPARE(migration->failedStep(), std::optional(Step::Switch));
    QVERIFY2(migration->status(Step::Switch).error.contains(QLatin1String("no credential in force")),
             qPrintable(migration->status(Step::Switch).error));
    QCOMPARE(migration->status(Step::Resume).state, State::Pending);
    const QString detail = migration->status(Step::Rollback).detail;
    QVERIFY2(detail.startsWith(QStringLiteral("remote cluster leader is back on sniff mode on %1")
                                   .arg(sandbox.leader().transportAddress())),
             qPrintable(detail));

    // The saved settings as they were: seeds on the transport address, no mode or proxy key left behind.
    const RemoteClusterSettings back = settings();
    QCOMPARE(back.seeds, QStringList{sandbox.leader().transportAddress()});
    QVERIFY(!back.mode);
    QVERIFY(back.proxyAddress.isEmpty());
    const RemoteClusterInfo info = remote();
    QVERIFY(info.connected);
    QVERIFY(!info.clusterCredentials);
    QCOMPARE(status(kFirst), FollowerStatus::Active);
    QCOMPARE(status(kSecond), FollowerStatus::Active);
    QVERIFY(patternActive());
    QVERIFY(!ApiKeyMigrationStateStore(m_dir->path()).load(planned.cluster, kAlias));

    const qint64 before = sandbox.follower().index(kSecond)->documentCount();
    sandbox.indexLeaderDocuments(QStringLiteral("leader-00002"), 2);
    sandbox.advance(3);
    QCOMPARE(sandbox.follower().index(kSecond)->documentCount(), before + 2);
}

void ApiKeyMigrationTest::secondRunResumesWhatTheFirstPaused()
{
    // An earlier run paused the first follower and the pattern, kept its state, and stopped; the user paused the
    // second follower on their own.
    const ApiKeyMigrationPlan first = plan();
    ApiKeyMigrationState earlier = first.state();
    earlier.pausedFollowers = {kFirst};
    QVERIFY(ApiKeyMigrationStateStore(m_dir->path()).save(first.cluster, earlier));
    QVERIFY(!await(m_follower->api()->pauseFollow(kFirst))->hasError());
    QVERIFY(!await(m_follower->api()->pauseFollow(kSecond))->hasError());
    QVERIFY(!await(m_follower->api()->pauseAutoFollowPattern(QStringLiteral("logs")))->hasError());

    const ApiKeyMigrationPlan second = plan();
    QVERIFY(second.resumed);
    QVERIFY(second.followersToPause.isEmpty());
    QCOMPARE(second.followersPausedEarlier, QStringList{kFirst});
    QCOMPARE(second.leftPaused, QStringList{kSecond});
    auto migration = run(second, spec());
    QVERIFY2(migration->succeeded(), QJsonDocument(migration->toJson()).toJson().constData());
    QCOMPARE(migration->status(Step::Pause).state, State::AlreadyDone);
    QCOMPARE(status(kFirst), FollowerStatus::Active);
    QCOMPARE(status(kSecond), FollowerStatus::Paused); // not ours to resume
    QVERIFY(patternActive());
    QVERIFY(remote().clusterCredentials);
}

QTEST_GUILESS_MAIN(ApiKeyMigrationTest)
#include "tst_apikeymigration.moc"
