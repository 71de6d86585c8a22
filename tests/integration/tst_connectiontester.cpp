// "Test connection" against an in-process sandbox over real sockets: the four checks (GET /, license, privileges,
// remote clusters) in one report, with the words a user reads when something is missing or wrong.
#include "SandboxClient.h"
#include "core/connections/ConnectionTester.h"
#include "core/connections/ProfileCredentialFactory.h"
#include "core/session/ClusterSession.h"
#include "sandbox/Sandbox.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace duper;
using Status = ConnectionTestReport::Status;

class ConnectionTesterTest : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void allFourChecksOk();
    void passwordRequired();
    void apiKey();
    void restrictedUserMissesManageCcr();
    void basicLicenseHasNoCcr();
    void firstUrlDeadSecondWorks();
    void noUrlAnswers();
    void disconnectedRemoteAndMissingDefaultAlias();
    void testsAnOpenedSessionWithItsCredentials();

private:
    void startSandbox(const sandbox::SandboxOptions& options = test::SandboxClient::defaultOptions());
    ConnectionProfile profile(ConnectionProfile::AuthKind auth = ConnectionProfile::AuthKind::None,
                              const QString& user = {}) const;
    ConnectionTestReport run(const ConnectionProfile& profile, const QString& secret = {});
    static QUrl deadUrl();

    std::unique_ptr<test::SandboxClient> m_fixture;
};

void ConnectionTesterTest::startSandbox(const sandbox::SandboxOptions& options)
{
    m_fixture = std::make_unique<test::SandboxClient>(options);
    QVERIFY2(m_fixture->started(), qPrintable(m_fixture->errorString()));
}

void ConnectionTesterTest::cleanup()
{
    m_fixture.reset();
}

ConnectionProfile ConnectionTesterTest::profile(ConnectionProfile::AuthKind auth, const QString& user) const
{
    ConnectionProfile p = ConnectionProfile::create(QStringLiteral("sandbox follower"));
    p.urls = {m_fixture->sandbox().followerUrl()};
    p.authKind = auth;
    p.username = user;
    p.requestTimeoutMs = 5000;
    return p;
}

ConnectionTestReport ConnectionTesterTest::run(const ConnectionProfile& profile, const QString& secret)
{
    ConnectionTester tester(&m_fixture->network());
    QSignalSpy spy(&tester, &ConnectionTester::finished);
    tester.start(profile, secret);
    [&spy]() { QVERIFY(spy.wait(10000)); }();
    QCoreApplication::processEvents(); // a second finished() would be delivered now
    [&spy]() { QCOMPARE(spy.count(), 1); }();
    if (spy.isEmpty())
        return {};
    const auto report = spy.at(0).at(0).value<ConnectionTestReport>();
    [&]() { QCOMPARE(report.overall(), tester.report().overall()); }();
    return report;
}

QUrl ConnectionTesterTest::deadUrl()
{
    // A port that was just free: nothing listens there.
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return QUrl(QStringLiteral("http://127.0.0.1:1"));
    const quint16 port = probe.serverPort();
    probe.close();
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
}

void ConnectionTesterTest::allFourChecksOk()
{
    startSandbox();
    const ConnectionTestReport report = run(profile());
    QCOMPARE(report.connection.status, Status::Ok);
    QCOMPARE(report.license.status, Status::Ok);
    QCOMPARE(report.privileges.status, Status::Ok);
    QCOMPARE(report.remoteClusters.status, Status::Ok);
    QCOMPARE(report.overall(), Status::Ok);
    QCOMPARE(report.clusterName, QStringLiteral("follower"));
    QVERIFY(!report.version.isEmpty());
    QVERIFY2(report.connection.text.contains(QStringLiteral("“follower”")), qPrintable(report.connection.text));
    QVERIFY(report.connection.text.contains(report.version));
    QVERIFY(!report.licenseType.isEmpty());
    QVERIFY(report.missingPrivileges.isEmpty());
    QCOMPARE(report.remoteClustersTotal, 1);
    QCOMPARE(report.remoteClustersConnected, 1);
    QCOMPARE(report.remoteClusterAliases, QStringList{QStringLiteral("leader")});
    QVERIFY2(report.remoteClusters.text.contains(QLatin1String("leader")), qPrintable(report.remoteClusters.text));
    QCOMPARE(report.url, m_fixture->sandbox().followerUrl());
    QCOMPARE(report.lines().size(), 4);
}

void ConnectionTesterTest::passwordRequired()
{
    sandbox::SandboxOptions options = test::SandboxClient::defaultOptions();
    options.users = {{QStringLiteral("elastic"), QStringLiteral("right-password")}};
    startSandbox(options);

    const ConnectionTestReport anonymous = run(profile());
    QCOMPARE(anonymous.connection.status, Status::Failed);
    QVERIFY2(anonymous.connection.text.contains(QLatin1String("needs credentials")),
             qPrintable(anonymous.connection.text));
    QCOMPARE(anonymous.license.status, Status::NotRun);
    QCOMPARE(anonymous.privileges.status, Status::NotRun);
    QCOMPARE(anonymous.remoteClusters.status, Status::NotRun);
    QCOMPARE(anonymous.overall(), Status::Failed);

    const ConnectionProfile basic = profile(ConnectionProfile::AuthKind::Basic, QStringLiteral("elastic"));
    const ConnectionTestReport wrong = run(basic, QStringLiteral("wrong-password"));
    QCOMPARE(wrong.connection.status, Status::Failed);
    QVERIFY2(wrong.connection.text.contains(QLatin1String("rejected the credentials")),
             qPrintable(wrong.connection.text));
    QVERIFY(!wrong.connection.text.contains(QLatin1String("wrong-password")));
    QVERIFY(wrong.urlErrors.size() == 1);

    const ConnectionTestReport right = run(basic, QStringLiteral("right-password"));
    QCOMPARE(right.overall(), Status::Ok);
    QCOMPARE(right.username, QStringLiteral("elastic"));
    for (const QString& line : right.lines())
        QVERIFY(!line.contains(QLatin1String("right-password")));
}

void ConnectionTesterTest::apiKey()
{
    sandbox::SandboxOptions options = test::SandboxClient::defaultOptions();
    options.apiKeys = {{QStringLiteral("key-id"), QStringLiteral("key-secret")}};
    startSandbox(options);
    const ConnectionProfile keyed = profile(ConnectionProfile::AuthKind::ApiKey);
    QCOMPARE(run(keyed, QStringLiteral("key-id:key-secret")).overall(), Status::Ok);
    const QString encoded = QString::fromLatin1(QByteArray("key-id:key-secret").toBase64());
    QCOMPARE(run(keyed, encoded).overall(), Status::Ok);
    QCOMPARE(run(keyed, QStringLiteral("key-id:nope")).connection.status, Status::Failed);
}

void ConnectionTesterTest::restrictedUserMissesManageCcr()
{
    sandbox::SandboxOptions options = test::SandboxClient::defaultOptions();
    options.restrictedUsers = {{QStringLiteral("viewer"), QStringLiteral("viewer-pw")}};
    startSandbox(options);
    const ConnectionTestReport report =
        run(profile(ConnectionProfile::AuthKind::Basic, QStringLiteral("viewer")), QStringLiteral("viewer-pw"));
    QCOMPARE(report.connection.status, Status::Ok);
    QCOMPARE(report.privileges.status, Status::Warning);
    QCOMPARE(report.overall(), Status::Warning);
    QStringList missing;
    for (const ConnectionTestReport::MissingPrivilege& privilege : report.missingPrivileges) {
        missing << privilege.privilege;
        QVERIFY(!privilege.prevents.isEmpty());
    }
    QVERIFY2(missing.contains(QStringLiteral("manage_ccr")), qPrintable(missing.join(u',')));
    QVERIFY(!missing.contains(QStringLiteral("monitor")));
    const QString text = report.privileges.text;
    QVERIFY2(text.contains(QLatin1String("viewer")) && text.contains(QLatin1String("manage_ccr")) &&
                 text.contains(QLatin1String("following, pausing, resuming and unfollowing")),
             qPrintable(text));
}

void ConnectionTesterTest::basicLicenseHasNoCcr()
{
    startSandbox();
    m_fixture->sandbox().follower().setLicenseType(QStringLiteral("basic"));
    const ConnectionTestReport report = run(profile());
    QCOMPARE(report.connection.status, Status::Ok);
    QCOMPARE(report.license.status, Status::Failed);
    QCOMPARE(report.licenseType, QStringLiteral("basic"));
    QVERIFY2(report.license.text.contains(QStringLiteral("“basic”")) &&
                 report.license.text.contains(QLatin1String("platinum, enterprise or trial")),
             qPrintable(report.license.text));
    QCOMPARE(report.privileges.status, Status::Ok); // the other checks still ran
    QCOMPARE(report.remoteClusters.status, Status::Ok);
    QCOMPARE(report.overall(), Status::Failed);
}

void ConnectionTesterTest::firstUrlDeadSecondWorks()
{
    startSandbox();
    ConnectionProfile p = profile();
    const QUrl dead = deadUrl();
    p.urls = {dead, m_fixture->sandbox().followerUrl()};
    const ConnectionTestReport report = run(p);
    QCOMPARE(report.overall(), Status::Ok);
    QCOMPARE(report.url, m_fixture->sandbox().followerUrl());
    QCOMPARE(report.urlErrors.size(), 1);
    QVERIFY2(report.urlErrors.first().contains(QString::number(dead.port())), qPrintable(report.urlErrors.first()));
}

void ConnectionTesterTest::noUrlAnswers()
{
    startSandbox();
    ConnectionProfile p = profile();
    p.urls = {deadUrl(), deadUrl()};
    const ConnectionTestReport report = run(p);
    QCOMPARE(report.connection.status, Status::Failed);
    QVERIFY2(report.connection.text.contains(QLatin1String("None of the 2 URLs answered")) &&
                 report.connection.text.contains(QLatin1String("Nothing is listening")),
             qPrintable(report.connection.text));
    QCOMPARE(report.urlErrors.size(), 2);
    QCOMPARE(report.license.status, Status::NotRun);

    ConnectionProfile empty = profile();
    empty.urls.clear();
    QCOMPARE(run(empty).connection.status, Status::Failed);
}

void ConnectionTesterTest::disconnectedRemoteAndMissingDefaultAlias()
{
    sandbox::SandboxOptions options = test::SandboxClient::defaultOptions();
    startSandbox(options);
    // A second remote whose address nobody listens on stays disconnected.
    RemoteClusterSettings remote;
    remote.alias = QStringLiteral("nowhere");
    remote.seeds = {QStringLiteral("127.0.0.1:1")};
    auto job = m_fixture->api().putRemoteCluster(remote);
    job->setAutoDelete(false);
    QSignalSpy done(job, &EsJob::finished);
    QVERIFY(job->isFinished() || done.wait(5000));
    QVERIFY2(!job->hasError(), qPrintable(job->error().userMessage()));
    delete job;

    ConnectionProfile p = profile();
    p.defaultRemoteCluster = QStringLiteral("elsewhere");
    const ConnectionTestReport report = run(p);
    QCOMPARE(report.remoteClustersTotal, 2);
    QCOMPARE(report.remoteClustersConnected, 1);
    QCOMPARE(report.remoteClusters.status, Status::Warning);
    QVERIFY2(report.remoteClusters.text.contains(QLatin1String("not connected: nowhere")) &&
                 report.remoteClusters.text.contains(QStringLiteral("“elsewhere”")),
             qPrintable(report.remoteClusters.text));
}

void ConnectionTesterTest::testsAnOpenedSessionWithItsCredentials()
{
    sandbox::SandboxOptions options = test::SandboxClient::defaultOptions();
    options.users = {{QStringLiteral("elastic"), QStringLiteral("right-password")}};
    startSandbox(options);
    ConnectionProfile basic = profile(ConnectionProfile::AuthKind::Basic, QStringLiteral("elastic"));
    basic.urls.prepend(deadUrl()); // each URL on its own: the dead one is reported
    auto* client = new EsClient(&m_fixture->network(), basic.failoverEndpoint(),
                                ProfileCredentialFactory::create(basic, QStringLiteral("right-password")));
    auto session = std::make_unique<ClusterSession>(basic, client, nullptr);
    client->setParent(session.get());

    ConnectionTester tester(&m_fixture->network());
    QSignalSpy spy(&tester, &ConnectionTester::finished);
    tester.start(*session);
    session.reset(); // the tester took what it needs
    QVERIFY(spy.wait(10000));
    const auto report = spy.at(0).at(0).value<ConnectionTestReport>();
    QCOMPARE(report.overall(), Status::Ok);
    QCOMPARE(report.username, QStringLiteral("elastic"));
    QCOMPARE(report.url, m_fixture->sandbox().followerUrl());
    QCOMPARE(report.urlErrors.size(), 1);
}

QTEST_GUILESS_MAIN(ConnectionTesterTest)
#include "tst_connectiontester.moc"
