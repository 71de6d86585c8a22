// Every error a user can meet through the core's typed API, produced by the sandbox over real sockets: the
// Elasticsearch error (status, type, reason) arrives intact and the user-facing message says what happened.
#include "AwaitJob.h"
#include "SandboxClient.h"
#include "core/ccr/CcrApi.h"
#include "core/es/EsClient.h"
#include "core/es/StaticCredentialProvider.h"
#include "sandbox/Sandbox.h"

#include <QNetworkAccessManager>
#include <QTest>

using namespace duper;
using duper::test::await;

class CoreErrorsTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void followErrors_data();
    void followErrors();
    void followParameterValidation();
    void malformedValuesInTheBody();
    void pauseResumeUnfollowErrors();
    void authenticationAndAuthorization();
    void overloadedAndFailingCluster();
    void hangingClusterTimesOut();
    void stoppedClusterIsUnreachable();

private:
    void startSandbox(const sandbox::SandboxOptions& options);
    std::unique_ptr<EsClient> clientFor(std::shared_ptr<const CredentialProvider> credentials, int timeoutMs = 10000);
    FollowRequest followRequest(const QString& leader, const QString& remote = QStringLiteral("leader"));

    std::unique_ptr<test::SandboxClient> m_fixture;
    sandbox::Sandbox* m_sandbox = nullptr;
    EsClient* m_client = nullptr;
    CcrApi* m_api = nullptr;
};

void CoreErrorsTest::startSandbox(const sandbox::SandboxOptions& options)
{
    m_fixture = std::make_unique<test::SandboxClient>(options);
    QVERIFY2(m_fixture->started(), qPrintable(m_fixture->errorString()));
    m_sandbox = &m_fixture->sandbox();
    m_client = &m_fixture->client();
    m_api = &m_fixture->api();
}

std::unique_ptr<EsClient> CoreErrorsTest::clientFor(std::shared_ptr<const CredentialProvider> credentials,
                                                    int timeoutMs)
{
    return m_fixture->makeClient(std::move(credentials), timeoutMs);
}

FollowRequest CoreErrorsTest::followRequest(const QString& leader, const QString& remote)
{
    FollowRequest request;
    request.remoteCluster = remote;
    request.leaderIndex = leader;
    return request;
}

void CoreErrorsTest::init()
{
    startSandbox(test::SandboxClient::defaultOptions());
    m_sandbox->createLeaderIndex(QStringLiteral("orders"));
    m_sandbox->createLeaderIndex(QStringLiteral("no-soft-deletes"), 1, false);
}

void CoreErrorsTest::cleanup()
{
    m_fixture.reset();
}

void CoreErrorsTest::followErrors_data()
{
    QTest::addColumn<QString>("follower");
    QTest::addColumn<QString>("leader");
    QTest::addColumn<QString>("remote");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("reason");

    QTest::newRow("unknown remote") << "copy"
                                    << "orders"
                                    << "nowhere" << 404 << "no_such_remote_cluster_exception"
                                    << "no such remote cluster: [nowhere]";
    QTest::newRow("leader without soft deletes") << "copy"
                                                 << "no-soft-deletes"
                                                 << "leader" << 400 << "illegal_argument_exception"
                                                 << "leader index [no-soft-deletes] does not have soft deletes enabled";
    QTest::newRow("follower name with #") << "bad#name"
                                          << "orders"
                                          << "leader" << 400 << "invalid_index_name_exception"
                                          << "Invalid index name [bad#name], must not contain '#'";
    QTest::newRow("uppercase follower name") << "Copy"
                                             << "orders"
                                             << "leader" << 400 << "invalid_index_name_exception"
                                             << "Invalid index name [Copy], must be lowercase";
}

void CoreErrorsTest::followErrors()
{
    QFETCH(QString, follower);
    QFETCH(QString, leader);
    QFETCH(QString, remote);
    QFETCH(int, status);
    QFETCH(QString, type);
    QFETCH(QString, reason);

    auto job = await(m_api->follow(follower, followRequest(leader, remote)));
    QVERIFY(job->hasError());
    QCOMPARE(job->error().kind(), EsError::Kind::Http);
    QCOMPARE(job->error().httpStatus(), status);
    QCOMPARE(job->error().cause().type, type);
    QCOMPARE(job->error().cause().reason, reason);
    QVERIFY(!job->error().cause().rootCause.isEmpty());
    QVERIFY2(job->error().userMessage().contains(reason), qPrintable(job->error().userMessage()));
}

void CoreErrorsTest::followParameterValidation()
{
    // Missing leader index; then into an index that already exists and is open.
    auto missing = await(m_api->follow(QStringLiteral("copy"), followRequest(QStringLiteral("absent"))));
    QVERIFY(missing->hasError());
    QVERIFY(missing->error().httpStatus() == 404 || missing->error().httpStatus() == 400);
    QVERIFY(missing->error().cause().reason.contains(QLatin1String("absent")));

    QVERIFY(!await(m_client->send(EsRequest::put({QStringLiteral("taken")})))->hasError());
    auto exists = await(m_api->follow(QStringLiteral("taken"), followRequest(QStringLiteral("orders"))));
    QCOMPARE(exists->error().httpStatus(), 500);
    QCOMPARE(exists->error().cause().type, QStringLiteral("snapshot_restore_exception"));
    QVERIFY(exists->error().cause().reason.contains(QLatin1String("an open index with same name already exists")));

    // Limits the core also checks before sending (validate()); sent anyway here to see the cluster's answer.
    FollowRequest request = followRequest(QStringLiteral("orders"));
    QVERIFY(!request.parameters.setFromText(FollowParameter::MaxRetryDelay, QStringLiteral("10m")));
    request.parameters.maxReadRequestOperationCount = 0;
    QCOMPARE(request.parameters.validate().size(), 2);
    auto invalid = await(m_api->follow(QStringLiteral("copy"), request));
    QCOMPARE(invalid->error().httpStatus(), 400);
    QCOMPARE(invalid->error().cause().type, QStringLiteral("action_request_validation_exception"));
    QCOMPARE(invalid->error().cause().reason,
             QStringLiteral("Validation Failed: 1: max_read_request_operation_count must be larger than 0;2: "
                            "[max_retry_delay] must be less than [5m] but was [10m];"));
}

void CoreErrorsTest::malformedValuesInTheBody()
{
    // What another client could send: a size without a unit and a fractional time.
    auto badSize = await(m_client->send(
        EsRequest::put({QStringLiteral("copy"), QStringLiteral("_ccr"), QStringLiteral("follow")})
            .setJsonBody(
                R"({"remote_cluster":"leader","leader_index":"orders","max_read_request_size":"32 furlongs"})")));
    QCOMPARE(badSize->error().httpStatus(), 400);
    QVERIFY2(badSize->error().userMessage().contains(QLatin1String("max_read_request_size")),
             qPrintable(badSize->error().userMessage()));

    auto badTime = await(m_client->send(
        EsRequest::put({QStringLiteral("copy"), QStringLiteral("_ccr"), QStringLiteral("follow")})
            .setJsonBody(R"({"remote_cluster":"leader","leader_index":"orders","read_poll_timeout":"1.5s"})")));
    QCOMPARE(badTime->error().httpStatus(), 400);
    QVERIFY2(badTime->error().userMessage().contains(QLatin1String("1.5s")),
             qPrintable(badTime->error().userMessage()));
}

void CoreErrorsTest::pauseResumeUnfollowErrors()
{
    auto missing = await(m_api->pauseFollow(QStringLiteral("absent")));
    QCOMPARE(missing->error().httpStatus(), 404);
    QCOMPARE(missing->error().cause().type, QStringLiteral("index_not_found_exception"));

    QVERIFY(!await(m_api->follow(QStringLiteral("copy"), followRequest(QStringLiteral("orders"))))->hasError());
    m_sandbox->advance(2);

    auto openUnfollow = await(m_api->unfollow(QStringLiteral("copy")));
    QCOMPARE(openUnfollow->error().httpStatus(), 400);
    QCOMPARE(
        openUnfollow->error().cause().reason,
        QStringLiteral("cannot convert the follower index [copy] to a non-follower, because it has not been closed"));

    QVERIFY(!await(m_api->pauseFollow(QStringLiteral("copy")))->hasError());
    auto pausedAgain = await(m_api->pauseFollow(QStringLiteral("copy")));
    QCOMPARE(pausedAgain->error().httpStatus(), 400);
    QCOMPARE(pausedAgain->error().cause().reason, QStringLiteral("no shard follow tasks for [copy]"));

    QVERIFY(!await(m_api->resumeFollow(QStringLiteral("copy")))->hasError());
    auto resumedAgain = await(m_api->resumeFollow(QStringLiteral("copy")));
    QVERIFY(resumedAgain->hasError());
    QVERIFY(resumedAgain->error().httpStatus() >= 400);

    QVERIFY(!await(m_client->send(EsRequest::put({QStringLiteral("plain")})))->hasError());
    auto notFollower = await(m_api->unfollow(QStringLiteral("plain")));
    QCOMPARE(notFollower->error().cause().reason, QStringLiteral("index [plain] is not a follower index"));
}

void CoreErrorsTest::authenticationAndAuthorization()
{
    sandbox::SandboxOptions options = test::SandboxClient::defaultOptions();
    options.users = {{QStringLiteral("elastic"), QStringLiteral("s3cret-pw")}};
    options.restrictedUsers = {{QStringLiteral("viewer"), QStringLiteral("viewer-pw")}};
    startSandbox(options);

    auto anonymous = await(m_api->followInfo());
    QCOMPARE(anonymous->error().httpStatus(), 401);
    QCOMPARE(anonymous->error().cause().type, QStringLiteral("security_exception"));

    auto wrongClient = clientFor(StaticCredentialProvider::basic(QStringLiteral("elastic"), QStringLiteral("nope")));
    CcrApi wrongApi(wrongClient.get());
    auto wrong = await(wrongApi.followInfo());
    QCOMPARE(wrong->error().httpStatus(), 401);
    QVERIFY(!wrong->error().userMessage().contains(QLatin1String("nope"))); // never echo a secret

    auto rightClient =
        clientFor(StaticCredentialProvider::basic(QStringLiteral("elastic"), QStringLiteral("s3cret-pw")));
    CcrApi rightApi(rightClient.get());
    auto right = await(rightApi.followInfo());
    QVERIFY2(!right->hasError(), qPrintable(right->error().userMessage()));

    auto viewerClient =
        clientFor(StaticCredentialProvider::basic(QStringLiteral("viewer"), QStringLiteral("viewer-pw")));
    CcrApi viewerApi(viewerClient.get());
    auto denied = await(viewerApi.putAutoFollowPattern(QStringLiteral("p"), AutoFollowPattern{}));
    QCOMPARE(denied->error().httpStatus(), 403);
    QCOMPARE(denied->error().cause().type, QStringLiteral("security_exception"));
    QVERIFY(denied->error().cause().reason.contains(QLatin1String("viewer")));
    QVERIFY(!denied->error().userMessage().isEmpty());
}

void CoreErrorsTest::overloadedAndFailingCluster()
{
    m_sandbox->faults().errorRate = 1.0;
    QSet<int> statuses;
    for (int attempt = 0; attempt < 4; ++attempt) {
        auto job = await(m_api->followInfo());
        QVERIFY(job->hasError());
        QCOMPARE(job->error().kind(), EsError::Kind::Http);
        statuses.insert(job->error().httpStatus());
        QVERIFY(!job->error().userMessage().isEmpty());
    }
    QCOMPARE(statuses, (QSet<int>{429, 503}));
    m_sandbox->faults().errorRate = 0.0;
    QVERIFY(!await(m_api->followInfo())->hasError());
}

void CoreErrorsTest::hangingClusterTimesOut()
{
    m_sandbox->faults().hang = true;
    auto client = clientFor(nullptr, 300);
    CcrApi api(client.get());
    QElapsedTimer clock;
    clock.start();
    auto job = await(api.followInfo(), 5000);
    QVERIFY(job->isFinished());
    QCOMPARE(job->error().kind(), EsError::Kind::Timeout);
    QVERIFY(clock.elapsed() < 4000);
    QVERIFY(!job->error().userMessage().isEmpty());
}

void CoreErrorsTest::stoppedClusterIsUnreachable()
{
    const QUrl url = m_sandbox->followerUrl();
    m_fixture.reset(); // nothing listens on that port any more
    QNetworkAccessManager network;
    EsEndpoint endpoint;
    endpoint.baseUrl = url;
    EsClient client(&network, endpoint);
    CcrApi api(&client);
    auto job = await(api.followInfo());
    QCOMPARE(job->error().kind(), EsError::Kind::ConnectionRefused);
    QVERIFY(job->error().userMessage().contains(QString::number(url.port())));
}

QTEST_GUILESS_MAIN(CoreErrorsTest)
#include "tst_core_errors.moc"
