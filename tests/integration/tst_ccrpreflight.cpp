// CcrPreflight against the sandbox over real sockets: a restricted user (no manage_ccr, manage_follow_index, write)
// is told exactly what is missing on the follower before a follow or a failover, a full user nothing; without a
// leader connection the leader side is "could not check"; an API-key remote whose cross-cluster key does not cover
// the leader index is named as missing, one that covers it is not, and a key Duper does not keep is "could not
// check".
#include "ApiKeyRemote.h"
#include "AwaitJob.h"
#include "SandboxClient.h"
#include "TestSession.h"
#include "core/ccr/CcrApi.h"
#include "core/connections/InMemorySecretStore.h"
#include "core/es/StaticCredentialProvider.h"
#include "core/followers/CcrPreflight.h"
#include "core/security/CrossClusterKeySecret.h"

#include <QSignalSpy>
#include <QTest>

using namespace duper;
using Action = CcrPreflightRequest::Action;
using Side = CcrPreflightFinding::Side;

namespace {

const QString kViewer = QStringLiteral("viewer");
const QString kViewerPassword = QStringLiteral("viewer-pw");
const QString kAdmin = QStringLiteral("elastic");
const QString kAdminPassword = QStringLiteral("admin-pw");

bool lacks(const CcrPreflightResult& result, Side side, const QString& privilege, const QString& target = {})
{
    for (const CcrPreflightFinding& finding : result.missing)
        if (finding.side == side && finding.privilege == privilege && finding.target == target)
            return true;
    return false;
}

} // namespace

class CcrPreflightTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void restrictedUserIsToldWhatIsMissing();
    void fullUserLacksNothing();
    void failoverChecksOnlyTheFollower();
    void apiKeyNotCoveringTheIndexIsNamed();
    void apiKeyNotInKeychainCouldNotBeChecked();

private:
    void open(const QString& user, const QString& password, bool withLeader);
    CcrPreflightResult run(const CcrPreflightRequest& request);
    static CcrPreflightRequest followRequest(const QString& leader, const QString& alias = QStringLiteral("leader"));

    std::unique_ptr<test::SandboxClient> m_fixture;
    std::unique_ptr<EsClient> m_followerClient;
    std::unique_ptr<EsClient> m_leaderClient;
    std::unique_ptr<ClusterSession> m_follower;
    std::unique_ptr<ClusterSession> m_leader;
    std::unique_ptr<InMemorySecretStore> m_secrets; // fresh per test: no key carried over
};

void CcrPreflightTest::init()
{
    sandbox::SandboxOptions options = test::SandboxClient::defaultOptions();
    options.users = {{kAdmin, kAdminPassword}};
    options.restrictedUsers = {{kViewer, kViewerPassword}};
    m_fixture = std::make_unique<test::SandboxClient>(options);
    QVERIFY2(m_fixture->started(), qPrintable(m_fixture->errorString()));
    m_secrets = std::make_unique<InMemorySecretStore>();
}

void CcrPreflightTest::cleanup()
{
    m_follower.reset();
    m_leader.reset();
    m_followerClient.reset();
    m_leaderClient.reset();
    m_fixture.reset();
}

void CcrPreflightTest::open(const QString& user, const QString& password, bool withLeader)
{
    const auto credentials = StaticCredentialProvider::basic(user, password);
    m_followerClient = m_fixture->makeClient(credentials);
    m_follower = test::makeSession(*m_followerClient, QStringLiteral("follower"), nullptr);
    if (withLeader) {
        EsEndpoint endpoint;
        endpoint.baseUrl = m_fixture->sandbox().leaderUrl();
        m_leaderClient = std::make_unique<EsClient>(&m_fixture->network(), endpoint, credentials);
        m_leader = test::makeSession(*m_leaderClient, QStringLiteral("leader"), nullptr);
    }
}

CcrPreflightRequest CcrPreflightTest::followRequest(const QString& leader, const QString& alias)
{
    CcrPreflightRequest request;
    request.action = Action::FollowOne;
    request.remoteAlias = alias;
    request.leaderIndices = {leader};
    request.followerIndices = {leader + QStringLiteral("-copy")};
    return request;
}

CcrPreflightResult CcrPreflightTest::run(const CcrPreflightRequest& request)
{
    CcrPreflight preflight(m_follower.get(), m_leader.get(), m_secrets.get(), request);
    QSignalSpy finished(&preflight, &CcrPreflight::finished);
    preflight.start();
    if (!finished.wait(10000))
        qWarning("the preflight did not finish");
    return preflight.result();
}

void CcrPreflightTest::restrictedUserIsToldWhatIsMissing()
{
    open(kViewer, kViewerPassword, true);
    const CcrPreflightResult result = run(followRequest(QStringLiteral("orders")));
    QVERIFY(lacks(result, Side::Follower, QStringLiteral("manage_ccr")));
    QVERIFY(lacks(result, Side::Follower, QStringLiteral("write"), QStringLiteral("orders-copy")));
    QVERIFY(lacks(result, Side::Follower, QStringLiteral("manage_follow_index"), QStringLiteral("orders-copy")));
    QVERIFY(!lacks(result, Side::Follower, QStringLiteral("read"), QStringLiteral("orders-copy")));
    // The sandbox's restricted user may read on the leader: read_ccr, monitor and read are granted.
    QVERIFY(!lacks(result, Side::Leader, QStringLiteral("read_ccr")));
    QCOMPARE(result.missing.size(), 3);
    QVERIFY2(result.couldNotCheck.isEmpty(), qPrintable(result.couldNotCheck.join(u'\n')));
    for (const QString& text : result.missingTexts())
        QVERIFY(text.contains(QLatin1String("needed")));

    // What the preflight predicted is what Elasticsearch refuses.
    FollowRequest follow;
    follow.remoteCluster = QStringLiteral("leader");
    follow.leaderIndex = QStringLiteral("orders");
    const auto job = test::await(m_follower->api()->follow(QStringLiteral("orders-copy"), follow));
    QCOMPARE(job->error().httpStatus(), 403);
}

void CcrPreflightTest::fullUserLacksNothing()
{
    open(kAdmin, kAdminPassword, false);
    CcrPreflightRequest request = followRequest(QStringLiteral("orders"));
    request.action = Action::AutoFollow;
    request.leaderIndices = {QStringLiteral("logs-*")};
    request.followerIndices = {QStringLiteral("{{leader_index}}-copy")};
    const CcrPreflightResult result = run(request);
    QVERIFY(!result.hasMissing());
    // No leader connection: the leader side is named as not checked, not as missing.
    QCOMPARE(result.couldNotCheck.size(), 1);
    QVERIFY(result.couldNotCheck.first().contains(QLatin1String("read_ccr")));
}

void CcrPreflightTest::failoverChecksOnlyTheFollower()
{
    open(kViewer, kViewerPassword, false);
    CcrPreflightRequest request;
    request.action = Action::Failover;
    request.followerIndices = {QStringLiteral("orders-copy")};
    const CcrPreflightResult result = run(request);
    QVERIFY(lacks(result, Side::Follower, QStringLiteral("manage_ccr")));
    QVERIFY(lacks(result, Side::Follower, QStringLiteral("manage_follow_index"), QStringLiteral("orders-copy")));
    QVERIFY(lacks(result, Side::Follower, QStringLiteral("manage"), QStringLiteral("orders-copy")));
    QVERIFY(!lacks(result, Side::Follower, QStringLiteral("write"), QStringLiteral("orders-copy")));
    QVERIFY(result.couldNotCheck.isEmpty()); // nothing is asked of the leader
}

void CcrPreflightTest::apiKeyNotCoveringTheIndexIsNamed()
{
    open(kAdmin, kAdminPassword, true);
    const QString alias = QStringLiteral("secure");
    const QString encoded = test::addApiKeyRemote(m_fixture->sandbox(), alias, true, {QStringLiteral("logs-*")});
    bool written = false;
    m_secrets->write(CrossClusterKeySecret::ownerId(alias), CrossClusterKeySecret::kind, encoded, nullptr,
                     [&written](const SecretResult& r) { written = r.ok(); });
    QTRY_VERIFY(written);

    CcrPreflightResult result = run(followRequest(QStringLiteral("orders"), alias));
    QVERIFY(lacks(result, Side::Leader, QStringLiteral("access.replication"), QStringLiteral("orders")));
    QCOMPARE(result.missing.size(), 1);
    QVERIFY(result.missing.first().reason.contains(QLatin1String("logs-*")));
    // The follower user's remote_indices privilege is not readable over REST.
    QVERIFY(result.couldNotCheck.join(u'\n').contains(QLatin1String("cross_cluster_replication")));

    result = run(followRequest(QStringLiteral("logs-2024"), alias));
    QVERIFY(!result.hasMissing());

    CcrPreflightRequest pattern = followRequest(QStringLiteral("logs-app-*"), alias);
    pattern.action = Action::AutoFollow;
    pattern.followerIndices = {};
    QVERIFY(!run(pattern).hasMissing());
    pattern.leaderIndices = {QStringLiteral("*")};
    QVERIFY(lacks(run(pattern), Side::Leader, QStringLiteral("access.replication"), QStringLiteral("*")));
}

void CcrPreflightTest::apiKeyNotInKeychainCouldNotBeChecked()
{
    open(kAdmin, kAdminPassword, true);
    const QString alias = QStringLiteral("secure");
    test::addApiKeyRemote(m_fixture->sandbox(), alias, true, {QStringLiteral("logs-*")});
    const CcrPreflightResult result = run(followRequest(QStringLiteral("orders"), alias));
    QVERIFY(!result.hasMissing());
    QVERIFY(result.couldNotCheck.join(u'\n').contains(QLatin1String("keychain")));
}

QTEST_GUILESS_MAIN(CcrPreflightTest)
#include "tst_ccrpreflight.moc"
