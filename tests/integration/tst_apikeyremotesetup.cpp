// ApiKeyRemoteSetup on the sandbox over real sockets: the whole set-up of a remote secured by a cross-cluster API key
// (key created on the leader, credential stored by the emulator, secure settings reloaded, alias added on the
// leader's remote cluster server address, connected with cluster_credentials), a follower index following through
// the alias, a rerun reporting the steps already done, failing steps named and resumed after the fix, the manual
// keystore path waiting for keystoreDone(), and a connected alias replaced only when the caller agrees.
#include "AwaitJob.h"
#include "SandboxClient.h"
#include "TestSession.h"
#include "core/ccr/CcrApi.h"
#include "core/security/ApiKeyRemoteSetup.h"
#include "core/security/SecurityApi.h"
#include "core/session/ClusterSession.h"
#include "sandbox/EmulatedIndex.h"

#include <QSignalSpy>
#include <QTest>

using namespace duper;
using duper::test::await;
using State = ApiKeyRemoteStepState;
using Step = ApiKeyRemoteStep;

namespace {

const QString kAlias = QStringLiteral("secure");

} // namespace

class ApiKeyRemoteSetupTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void setsUpFollowsAndRerunFindsItDone();
    void refusedKeyCreationIsNamedAndRerunCreatesIt();
    void wrongAddressFailsVerificationAndRerunContinues();
    void manualKeystoreWaitsForTheUser();
    void nodeFailingReloadIsNamedAndRerunContinues();
    void connectedAliasIsReplacedOnlyWhenAgreed();
    void reusedKeyNotCoveringThePatternsFailsVerification();

private:
    ApiKeyRemoteSetupSpec spec() const;
    // Runs a setup to its end; the created key (if any) lands in m_kept.
    std::unique_ptr<ApiKeyRemoteSetup> run(const ApiKeyRemoteSetupSpec& spec);
    QList<State> states(const ApiKeyRemoteSetup& setup) const;
    // No detail or error of any step holds the key.
    void expectNoSecret(const ApiKeyRemoteSetup& setup, const QString& key);
    const RemoteClusterInfo* remote(const QString& alias);

    std::unique_ptr<test::SandboxClient> m_fixture;
    std::unique_ptr<EsClient> m_leaderClient;
    std::unique_ptr<ClusterSession> m_leader;
    std::unique_ptr<ClusterSession> m_follower;
    std::optional<RemoteInfoResponse> m_remoteInfo;
    QString m_kept;
};

void ApiKeyRemoteSetupTest::init()
{
    m_fixture = std::make_unique<test::SandboxClient>();
    QVERIFY2(m_fixture->started(), qPrintable(m_fixture->errorString()));
    EsEndpoint endpoint;
    endpoint.baseUrl = m_fixture->sandbox().leaderUrl();
    m_leaderClient = std::make_unique<EsClient>(&m_fixture->network(), endpoint, nullptr);
    m_leader = test::makeSession(*m_leaderClient, QStringLiteral("leader"), nullptr);
    m_follower = test::makeSession(m_fixture->client(), QStringLiteral("follower"), nullptr);
    m_kept.clear();
}

void ApiKeyRemoteSetupTest::cleanup()
{
    m_leader.reset();
    m_follower.reset();
    m_leaderClient.reset();
    m_fixture.reset();
}

ApiKeyRemoteSetupSpec ApiKeyRemoteSetupTest::spec() const
{
    ApiKeyRemoteSetupSpec spec;
    spec.alias = kAlias;
    spec.replication = {QStringLiteral("logs-*")};
    spec.verifyAttempts = 3;
    spec.verifyIntervalMs = 10;
    return spec;
}

std::unique_ptr<ApiKeyRemoteSetup> ApiKeyRemoteSetupTest::run(const ApiKeyRemoteSetupSpec& spec)
{
    auto setup = std::make_unique<ApiKeyRemoteSetup>(m_leader.get(), m_follower.get(), spec);
    setup->setKeepKey([this](const CreatedApiKey& key, std::function<void(const QString&)> done) {
        m_kept = key.encoded;
        done({});
    });
    QSignalSpy finished(setup.get(), &ApiKeyRemoteSetup::finished);
    setup->start();
    if (!setup->isFinished() && !finished.wait(10000))
        qWarning("the setup did not finish");
    return setup;
}

QList<State> ApiKeyRemoteSetupTest::states(const ApiKeyRemoteSetup& setup) const
{
    QList<State> result;
    for (int i = 0; i < kApiKeyRemoteStepCount; ++i)
        result.append(setup.status(Step(i)).state);
    return result;
}

void ApiKeyRemoteSetupTest::expectNoSecret(const ApiKeyRemoteSetup& setup, const QString& key)
{
    QVERIFY(!key.isEmpty());
    for (int i = 0; i < kApiKeyRemoteStepCount; ++i) {
        const ApiKeyRemoteStepStatus& status = setup.status(Step(i));
        QVERIFY(!status.detail.contains(key) && !status.error.contains(key));
    }
    for (const ApiKeyRemoteSetup::NodeCommand& command : setup.keystoreCommands())
        QVERIFY(!command.command.contains(key));
}

const RemoteClusterInfo* ApiKeyRemoteSetupTest::remote(const QString& alias)
{
    auto job = await(m_follower->api()->remoteInfo());
    m_remoteInfo = job->takeResult();
    return m_remoteInfo ? m_remoteInfo->find(alias) : nullptr;
}

void ApiKeyRemoteSetupTest::setsUpFollowsAndRerunFindsItDone()
{
    sandbox::Sandbox& sandbox = m_fixture->sandbox();
    sandbox.createLeaderIndex(QStringLiteral("logs-1"));
    sandbox.indexLeaderDocuments(QStringLiteral("logs-1"), 4);

    auto first = run(spec());
    QVERIFY(first->succeeded());
    QCOMPARE(states(*first), QList<State>(kApiKeyRemoteStepCount, State::Done));
    QVERIFY(first->usesEmulator());
    QCOMPARE(first->status(Step::StoreCredential).detail, QStringLiteral("stored by the emulator"));
    QCOMPARE(first->target().mode, RemoteClusterMode::Proxy);
    QCOMPARE(first->target().proxyAddress, sandbox.leader().remoteClusterServerAddress());
    QCOMPARE(first->keystoreCommands().size(), 1);
    QCOMPARE(first->keystoreCommands().at(0).node, sandbox.follower().nodeName());
    QCOMPARE(first->keystoreCommands().at(0).command,
             QStringLiteral("bin/elasticsearch-keystore add cluster.remote.secure.credentials"));
    expectNoSecret(*first, m_kept);
    QCOMPARE(sandbox.follower().keystore().remoteCredentials(kAlias), std::optional<QString>(m_kept));
    const RemoteClusterInfo* info = remote(kAlias);
    QVERIFY(info);
    QVERIFY(info->connected);
    QCOMPARE(info->clusterCredentials, std::optional<QString>(QStringLiteral("::es_redacted::")));
    // Verify read the key back from the leader and says what it allows.
    const QString verified = first->status(Step::Verify).detail;
    QVERIFY2(verified.contains(QLatin1String("allows replicating logs-*")), qPrintable(verified));
    QVERIFY(verified.contains(QLatin1String("never expires")));

    // A follower index follows through the alias.
    FollowRequest follow;
    follow.remoteCluster = kAlias;
    follow.leaderIndex = QStringLiteral("logs-1");
    auto followed = await(m_follower->api()->follow(QStringLiteral("logs-1-copy"), follow));
    QVERIFY2(!followed->hasError(), qPrintable(followed->error().userMessage()));
    sandbox.advance(3);
    QVERIFY(sandbox.follower().index(QStringLiteral("logs-1-copy")));
    QCOMPARE(sandbox.follower().index(QStringLiteral("logs-1-copy"))->documentCount(), 4);

    // Again with the kept key: nothing left to do but verify.
    ApiKeyRemoteSetupSpec again = spec();
    again.existingKey = m_kept;
    const QString key = m_kept;
    m_kept.clear();
    auto second = run(again);
    QVERIFY(second->succeeded());
    QCOMPARE(states(*second), (QList<State>{State::AlreadyDone, State::Done, State::AlreadyDone, State::AlreadyDone,
                                            State::AlreadyDone, State::Done}));
    QVERIFY(m_kept.isEmpty()); // no second key
    QCOMPARE(sandbox.leader().apiKeys().all().size(), 1);
    expectNoSecret(*second, key);
}

void ApiKeyRemoteSetupTest::refusedKeyCreationIsNamedAndRerunCreatesIt()
{
    sandbox::Sandbox& sandbox = m_fixture->sandbox();
    QVERIFY(sandbox.setClusterDown(sandbox::Sandbox::Which::Leader, true));
    auto failed = run(spec());
    QVERIFY(!failed->succeeded());
    QCOMPARE(failed->failedStep(), std::optional<Step>(Step::CreateKey));
    QVERIFY2(failed->status(Step::CreateKey)
                 .error.startsWith(QLatin1String("the leader cluster did not create the cross-cluster API key")),
             qPrintable(failed->status(Step::CreateKey).error));
    QVERIFY(failed->status(Step::CreateKey).esError.isError());
    QCOMPARE(failed->status(Step::ReadNodes).state, State::Pending);
    QVERIFY(m_kept.isEmpty());

    QVERIFY(sandbox.setClusterDown(sandbox::Sandbox::Which::Leader, false));
    auto fixed = run(spec());
    QVERIFY(fixed->succeeded());
    QCOMPARE(fixed->status(Step::CreateKey).state, State::Done);
    QVERIFY(!m_kept.isEmpty());
}

void ApiKeyRemoteSetupTest::wrongAddressFailsVerificationAndRerunContinues()
{
    ApiKeyRemoteSetupSpec wrong = spec();
    wrong.proxyAddress = QStringLiteral("127.0.0.1:1");
    auto failed = run(wrong);
    QVERIFY(!failed->succeeded());
    QCOMPARE(failed->failedStep(), std::optional<Step>(Step::Verify));
    const QString error = failed->status(Step::Verify).error;
    QVERIFY2(error.contains(QLatin1String("remote cluster secure does not connect to proxy mode on 127.0.0.1:1")),
             qPrintable(error));
    QVERIFY(!m_kept.isEmpty());
    expectNoSecret(*failed, m_kept);

    // Fixed (the leader's own address) with the key kept by the first run: no new key, the alias is moved.
    ApiKeyRemoteSetupSpec fixed = spec();
    fixed.existingKey = m_kept;
    auto resumed = run(fixed);
    QVERIFY(resumed->succeeded());
    QCOMPARE(states(*resumed),
             (QList<State>{State::AlreadyDone, State::Done, State::Done, State::Done, State::Done, State::Done}));
    QCOMPARE(m_fixture->sandbox().leader().apiKeys().all().size(), 1);
    QVERIFY(remote(kAlias) && remote(kAlias)->connected);
}

void ApiKeyRemoteSetupTest::manualKeystoreWaitsForTheUser()
{
    ApiKeyRemoteSetupSpec manual = spec();
    manual.credential = ApiKeyRemoteSetupSpec::Credential::Manual;
    ApiKeyRemoteSetup setup(m_leader.get(), m_follower.get(), manual);
    QString key;
    setup.setKeepKey([&key](const CreatedApiKey& created, std::function<void(const QString&)> done) {
        key = created.encoded;
        done({});
    });
    QSignalSpy waiting(&setup, &ApiKeyRemoteSetup::keystoreCommandsReady);
    QSignalSpy finished(&setup, &ApiKeyRemoteSetup::finished);
    setup.start();
    QVERIFY(waiting.wait(10000));
    QVERIFY(!setup.usesEmulator());
    QCOMPARE(setup.status(Step::StoreCredential).state, State::Waiting);
    QCOMPARE(setup.status(Step::ReloadSettings).state, State::Pending);
    QVERIFY(!m_fixture->sandbox().follower().keystore().remoteCredentials(kAlias));
    QCOMPARE(setup.keystoreCommands().size(), 1);
    expectNoSecret(setup, key);

    // The user's `elasticsearch-keystore add` on the node.
    m_fixture->sandbox().follower().keystore().store(QStringLiteral("cluster.remote.secure.credentials"), key);
    setup.keystoreDone();
    QVERIFY(finished.wait(10000));
    QVERIFY(setup.succeeded());
    QCOMPARE(setup.status(Step::StoreCredential).state, State::Done);
}

void ApiKeyRemoteSetupTest::nodeFailingReloadIsNamedAndRerunContinues()
{
    sandbox::Sandbox& sandbox = m_fixture->sandbox();
    sandbox.faults().failingKeystoreReload = true;
    auto failed = run(spec());
    QCOMPARE(failed->failedStep(), std::optional<Step>(Step::ReloadSettings));
    const ApiKeyRemoteStepStatus& reload = failed->status(Step::ReloadSettings);
    QCOMPARE(reload.failedOn, sandbox.follower().nodeName());
    QVERIFY2(reload.error.contains(QLatin1String("1 of 1 node(s) could not reload")), qPrintable(reload.error));
    QVERIFY(reload.error.contains(QLatin1String("Keystore has been corrupted or tampered with")));
    QCOMPARE(failed->status(Step::AddRemote).state, State::Pending); // the alias is not touched before a reload
    QVERIFY(!remote(kAlias));
    QVERIFY(!sandbox.follower().keystore().remoteCredentials(kAlias)); // stored, but not in force
    expectNoSecret(*failed, m_kept);

    // The node's keystore is repaired: the rerun reuses the kept key and goes on from the reload.
    sandbox.faults().failingKeystoreReload = false;
    ApiKeyRemoteSetupSpec again = spec();
    again.existingKey = m_kept;
    auto resumed = run(again);
    QVERIFY(resumed->succeeded());
    QCOMPARE(resumed->status(Step::CreateKey).state, State::AlreadyDone);
    QCOMPARE(resumed->status(Step::ReloadSettings).state, State::Done);
    QCOMPARE(sandbox.leader().apiKeys().all().size(), 1);
    QVERIFY(remote(kAlias) && remote(kAlias)->connected);
}

void ApiKeyRemoteSetupTest::connectedAliasIsReplacedOnlyWhenAgreed()
{
    // "leader" is the sandbox's certificate remote, connected on the transport address.
    ApiKeyRemoteSetupSpec replace = spec();
    replace.alias = QStringLiteral("leader");
    auto refused = run(replace);
    QCOMPARE(refused->failedStep(), std::optional<Step>(Step::AddRemote));
    QCOMPARE(refused->status(Step::AddRemote).failedOn, QStringLiteral("confirmation"));
    QVERIFY(refused->status(Step::AddRemote).error.contains(QLatin1String("confirm replacing it")));
    QVERIFY(remote(QStringLiteral("leader")));
    QCOMPARE(remote(QStringLiteral("leader"))->mode, RemoteClusterMode::Sniff); // still the certificate remote

    replace.existingKey = m_kept;
    replace.replaceExisting = true;
    auto agreed = run(replace);
    QVERIFY(agreed->succeeded());
    QCOMPARE(remote(QStringLiteral("leader"))->proxyAddress,
             m_fixture->sandbox().leader().remoteClusterServerAddress());
}

void ApiKeyRemoteSetupTest::reusedKeyNotCoveringThePatternsFailsVerification()
{
    auto first = run(spec());
    QVERIFY(first->succeeded());

    // The alias connects with the kept key, but the key does not cover "orders": following it would be refused.
    ApiKeyRemoteSetupSpec wider = spec();
    wider.existingKey = m_kept;
    wider.replication = {QStringLiteral("logs-*"), QStringLiteral("orders")};
    auto second = run(wider);
    QVERIFY(!second->succeeded());
    QCOMPARE(second->failedStep(), std::optional<Step>(Step::Verify));
    const QString error = second->status(Step::Verify).error;
    QVERIFY2(error.contains(QLatin1String("only allows replicating logs-*, not orders")), qPrintable(error));
    expectNoSecret(*second, wider.existingKey);

    // An invalidated key: the leader refuses it, and Verify says so instead of waiting on a broken connection.
    const QString id = first->status(Step::CreateKey).detail.section(QLatin1String("(id "), 1).chopped(1);
    QVERIFY(!id.isEmpty());
    QVERIFY(!await(SecurityApi(m_leader->client()).invalidateApiKeys({id}))->hasError());
    ApiKeyRemoteSetupSpec again = spec();
    again.existingKey = m_kept;
    auto third = run(again);
    QVERIFY(!third->succeeded());
    QCOMPARE(third->failedStep(), std::optional<Step>(Step::Verify));
}

QTEST_GUILESS_MAIN(ApiKeyRemoteSetupTest)
#include "tst_apikeyremotesetup.moc"
