#include "ScriptedHttpServer.h"
#include "TestPaths.h"
#include "core/ccr/CcrApi.h"
#include "core/es/EsClient.h"
#include "core/es/StaticCredentialProvider.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <memory>

using namespace duper;
using duper::test::RecordedRequest;
using duper::test::ScriptedHttpServer;
using duper::test::ScriptedResponse;

namespace {

QByteArray example(const QString& relative)
{
    const QString dir = duper::test::esExamplesDir();
    QFile file(dir + QLatin1Char('/') + relative);
    if (dir.isEmpty() || !file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QJsonObject object(const QByteArray& json)
{
    return QJsonDocument::fromJson(json).object();
}

// Keeps the job (owned by the client) and waits for its finished(); true when it finished without error.
bool finishedOk(EsJob* job)
{
    job->setAutoDelete(false);
    QSignalSpy spy(job, &EsJob::finished);
    if (!job->isFinished() && !spy.wait(5000))
        return false;
    return !job->hasError();
}

} // namespace

// Every `if (example.isEmpty()) QSKIP` below: the shared es-examples folder is absent on this machine.
#define EXAMPLE(var, path)                                                                                             \
    const QByteArray var = example(QStringLiteral(path));                                                              \
    if (var.isEmpty())                                                                                                 \
        QSKIP("es-examples not available: " path);

class CcrApiRequestsTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void follow();
    void followWithoutWaitHasNoQuery();
    void followEncodesIndexName();
    void pauseFollow();
    void pauseFollowErrorIsTyped();
    void resumeFollowWithoutParametersHasNoBody();
    void resumeFollowWithParameters();
    void unfollow();
    void followInfo();
    void followStats();
    void ccrStats();
    void forgetFollower();
    void putAutoFollowPattern();
    void autoFollowPatterns();
    void deletePauseResumeAutoFollowPattern();
    void openAndCloseIndex();
    void resolveIndex();
    void remoteInfo();
    void clusterSettings();
    void putRemoteCluster();
    void clusterInfo();
    void license();
    void hasPrivileges();
    void jobsChainWithOnFinished();

private:
    const RecordedRequest& last() const { return m_server->requests().last(); }
    void respond(const QByteArray& body, int status = 200) { m_server->enqueue(ScriptedResponse::json(status, body)); }

    std::unique_ptr<QNetworkAccessManager> m_manager;
    std::unique_ptr<ScriptedHttpServer> m_server;
    std::unique_ptr<EsClient> m_client;
    std::unique_ptr<CcrApi> m_api;
};

void CcrApiRequestsTest::init()
{
    m_manager = std::make_unique<QNetworkAccessManager>();
    m_server = std::make_unique<ScriptedHttpServer>();
    QVERIFY(m_server->listen());
    EsEndpoint endpoint;
    endpoint.baseUrl = m_server->url();
    endpoint.transferTimeoutMs = 5000;
    m_client = std::make_unique<EsClient>(
        m_manager.get(), endpoint,
        StaticCredentialProvider::basic(QStringLiteral("elastic"), QStringLiteral("changeme")));
    m_api = std::make_unique<CcrApi>(m_client.get());
}

void CcrApiRequestsTest::cleanup()
{
    m_api.reset();
    m_client.reset();
    m_server.reset();
    m_manager.reset();
}

void CcrApiRequestsTest::follow()
{
    EXAMPLE(requestJson, "ccr.follow/spec-create-follow-index-request-example1.json");
    EXAMPLE(responseJson, "ccr.follow/spec-create-follow-index-response-example1.json");
    QString error;
    const std::optional<FollowRequest> request = FollowRequest::fromJson(object(requestJson), &error);
    QVERIFY2(request, qPrintable(error));
    respond(responseJson);

    FollowJob* job = m_api->follow(QStringLiteral("follower_index"), *request, QStringLiteral("1"));
    QVERIFY(finishedOk(job));
    QCOMPARE(last().method, QByteArray("PUT"));
    QCOMPARE(last().path, QByteArray("/follower_index/_ccr/follow"));
    QCOMPARE(last().query, QByteArray("wait_for_active_shards=1"));
    QCOMPARE(last().header("Content-Type"), QByteArray("application/json"));
    QCOMPARE(last().header("Authorization"), QByteArray("Basic ZWxhc3RpYzpjaGFuZ2VtZQ=="));
    const QJsonObject body = last().json().object();
    QCOMPARE(body.value(QStringLiteral("remote_cluster")).toString(), QStringLiteral("remote_cluster"));
    QCOMPARE(body.value(QStringLiteral("leader_index")).toString(), QStringLiteral("leader_index"));
    QCOMPARE(body.value(QStringLiteral("settings")).toObject(),
             object(requestJson).value(QStringLiteral("settings")).toObject());
    QVERIFY(body.value(QStringLiteral("max_read_request_operation_count")).isDouble());
    QCOMPARE(body.value(QStringLiteral("max_read_request_operation_count")).toInt(), 1024);
    QVERIFY(body.value(QStringLiteral("max_read_request_size")).isString()); // ES parses sizes from strings only
    QCOMPARE(body.value(QStringLiteral("max_retry_delay")).toString(), QStringLiteral("10s"));
    QCOMPARE(body.value(QStringLiteral("read_poll_timeout")).toString(), QStringLiteral("30s"));
    QVERIFY(!body.contains(QStringLiteral("wait_for_active_shards")));

    QVERIFY(job->result());
    QVERIFY(job->result()->followIndexCreated);
    QVERIFY(job->result()->followIndexShardsAcked);
    QVERIFY(job->result()->indexFollowingStarted);
}

void CcrApiRequestsTest::followWithoutWaitHasNoQuery()
{
    respond(R"({"follow_index_created":true,"follow_index_shards_acked":false,"index_following_started":false})");
    FollowRequest request;
    request.remoteCluster = QStringLiteral("leader");
    request.leaderIndex = QStringLiteral("logs");
    FollowJob* job = m_api->follow(QStringLiteral("logs-copy"), request);
    QVERIFY(finishedOk(job));
    QCOMPARE(last().target, QByteArray("/logs-copy/_ccr/follow"));
    QCOMPARE(last().json().object(), QJsonObject({{QStringLiteral("remote_cluster"), QStringLiteral("leader")},
                                                  {QStringLiteral("leader_index"), QStringLiteral("logs")}}));
    QVERIFY(job->result()->followIndexCreated);
    QVERIFY(!job->result()->indexFollowingStarted);

    // wait_for_active_shards carried by the request's parameters is used when no override is given.
    respond(R"({"follow_index_created":true,"follow_index_shards_acked":true,"index_following_started":true})");
    request.parameters.waitForActiveShards = QStringLiteral("all");
    QVERIFY(finishedOk(m_api->follow(QStringLiteral("logs-copy"), request)));
    QCOMPARE(last().query, QByteArray("wait_for_active_shards=all"));
}

void CcrApiRequestsTest::followEncodesIndexName()
{
    respond(R"({"acknowledged":true})");
    QVERIFY(finishedOk(m_api->pauseFollow(QStringLiteral("odd+name%é"))));
    QCOMPARE(last().path, QByteArray("/odd%2Bname%25%C3%A9/_ccr/pause_follow"));
}

void CcrApiRequestsTest::pauseFollow()
{
    EXAMPLE(responseJson, "ccr.pause_follow/spec-pause-follow-index-response-example1.json");
    respond(responseJson);
    AcknowledgedJob* job = m_api->pauseFollow(QStringLiteral("follower_index"));
    QVERIFY(finishedOk(job));
    QCOMPARE(last().method, QByteArray("POST"));
    QCOMPARE(last().target, QByteArray("/follower_index/_ccr/pause_follow"));
    QVERIFY(last().body.isEmpty());
    QVERIFY(job->result()->acknowledged);
}

void CcrApiRequestsTest::pauseFollowErrorIsTyped()
{
    EXAMPLE(errorJson, "ccr.pause_follow/src-error-already-paused.json");
    respond(errorJson, 400);
    AcknowledgedJob* job = m_api->pauseFollow(QStringLiteral("follower_index"));
    QVERIFY(!finishedOk(job));
    QVERIFY(!job->result());
    QCOMPARE(job->error().kind(), EsError::Kind::Http);
    QCOMPARE(job->error().httpStatus(), 400);
    QCOMPARE(job->error().cause().type, QStringLiteral("illegal_argument_exception"));
    QVERIFY(job->error().cause().reason.contains(QStringLiteral("no shard follow tasks")));
    QVERIFY(job->error().userMessage().contains(job->error().cause().reason));
}

void CcrApiRequestsTest::resumeFollowWithoutParametersHasNoBody()
{
    respond(R"({"acknowledged":true})");
    AcknowledgedJob* job = m_api->resumeFollow(QStringLiteral("follower_index"));
    QVERIFY(finishedOk(job));
    QCOMPARE(last().method, QByteArray("POST"));
    QCOMPARE(last().target, QByteArray("/follower_index/_ccr/resume_follow"));
    QVERIFY(last().body.isEmpty());
    QVERIFY(!last().hasHeader("Content-Type"));
    QVERIFY(job->result()->acknowledged);
}

void CcrApiRequestsTest::resumeFollowWithParameters()
{
    EXAMPLE(requestJson, "ccr.resume_follow/spec-resume-follow-index-request-example1.json");
    EXAMPLE(responseJson, "ccr.resume_follow/spec-resume-follow-index-response-example1.json");
    const FollowParameters parameters = FollowParameters::fromJson(object(requestJson));
    respond(responseJson);
    AcknowledgedJob* job = m_api->resumeFollow(QStringLiteral("follower_index"), parameters);
    QVERIFY(finishedOk(job));
    QCOMPARE(last().target, QByteArray("/follower_index/_ccr/resume_follow"));
    const QJsonObject body = last().json().object();
    QCOMPARE(body.size(), 10);
    QCOMPARE(body.value(QStringLiteral("max_outstanding_write_requests")).toInt(), 8);
    QCOMPARE(body.value(QStringLiteral("max_retry_delay")).toString(), QStringLiteral("10s"));
    QVERIFY(job->result()->acknowledged);

    FollowParameters one;
    one.maxRetryDelay = TimeValue::of(2, TimeValue::Unit::Seconds);
    respond(R"({"acknowledged":true})");
    QVERIFY(finishedOk(m_api->resumeFollow(QStringLiteral("f"), one)));
    QCOMPARE(last().json().object(), QJsonObject({{QStringLiteral("max_retry_delay"), QStringLiteral("2s")}}));
}

void CcrApiRequestsTest::unfollow()
{
    EXAMPLE(responseJson, "ccr.unfollow/spec-unfollow-index-response-example1.json");
    respond(responseJson);
    AcknowledgedJob* job = m_api->unfollow(QStringLiteral("follower_index"));
    QVERIFY(finishedOk(job));
    QCOMPARE(last().method, QByteArray("POST"));
    QCOMPARE(last().target, QByteArray("/follower_index/_ccr/unfollow"));
    QVERIFY(last().body.isEmpty());
    QVERIFY(job->result()->acknowledged);
}

void CcrApiRequestsTest::followInfo()
{
    EXAMPLE(responseJson, "ccr.follow_info/spec-follow-info-response-example1.json");
    respond(responseJson);
    FollowInfoJob* job = m_api->followInfo();
    QVERIFY(finishedOk(job));
    QCOMPARE(last().method, QByteArray("GET"));
    QCOMPARE(last().target, QByteArray("/_all/_ccr/info"));
    QVERIFY(!job->result()->followers.isEmpty());
    const FollowerInfo& first = job->result()->followers.first();
    QCOMPARE(first.followerIndex, QStringLiteral("follower_index"));
    QCOMPARE(first.remoteCluster, QStringLiteral("remote_cluster"));
    QCOMPARE(first.status, FollowerStatus::Active);
    QVERIFY(first.hasParameters);

    respond(responseJson);
    QVERIFY(finishedOk(m_api->followInfo({QStringLiteral("a"), QStringLiteral("b-*")})));
    QCOMPARE(last().target, QByteArray("/a,b-*/_ccr/info"));
}

void CcrApiRequestsTest::followStats()
{
    EXAMPLE(responseJson, "ccr.follow_stats/spec-follow-index-stats-response-example1.json");
    respond(responseJson);
    FollowStatsJob* job = m_api->followStats({QStringLiteral("follower_index")});
    QVERIFY(finishedOk(job));
    QCOMPARE(last().method, QByteArray("GET"));
    QCOMPARE(last().target, QByteArray("/follower_index/_ccr/stats"));
    QCOMPARE(job->result()->indices.size(), 1);
    QCOMPARE(job->result()->indices.first().index, QStringLiteral("follower_index"));
    QVERIFY(!job->result()->indices.first().shards.isEmpty());
}

void CcrApiRequestsTest::ccrStats()
{
    EXAMPLE(responseJson, "ccr.stats/spec-ccr-stats-response-example1.json");
    respond(responseJson);
    CcrStatsJob* job = m_api->ccrStats();
    QVERIFY(finishedOk(job));
    QCOMPARE(last().target, QByteArray("/_ccr/stats"));
    QCOMPARE(job->result()->autoFollowStats.numberOfSuccessfulFollowIndices, 1);
    QCOMPARE(job->result()->followStats.indices.size(), 1);
    QCOMPARE(job->result()->followStats.indices.first().shards.first().leaderGlobalCheckpoint, 1024);
}

void CcrApiRequestsTest::forgetFollower()
{
    EXAMPLE(requestJson, "ccr.forget_follower/spec-forget-follower-index-request-example1.json");
    EXAMPLE(responseJson, "ccr.forget_follower/spec-forget-follower-index-response-example1.json");
    ForgetFollowerRequest request;
    request.followerCluster = QStringLiteral("<follower_cluster>");
    request.followerIndex = QStringLiteral("<follower_index>");
    request.followerIndexUuid = QStringLiteral("<follower_index_uuid>");
    request.leaderRemoteCluster = QStringLiteral("<leader_remote_cluster>");
    respond(responseJson);
    ForgetFollowerJob* job = m_api->forgetFollower(QStringLiteral("leader_index"), request);
    QVERIFY(finishedOk(job));
    QCOMPARE(last().method, QByteArray("POST"));
    QCOMPARE(last().target, QByteArray("/leader_index/_ccr/forget_follower"));
    QCOMPARE(last().json().object(), object(requestJson));
    QCOMPARE(job->result()->total, 1);
    QCOMPARE(job->result()->successful, 1);
    QCOMPARE(job->result()->failed, 0);
}

void CcrApiRequestsTest::putAutoFollowPattern()
{
    EXAMPLE(responseJson, "ccr.put_auto_follow_pattern/spec-put-auto-follow-pattern-response-example1.json");
    AutoFollowPattern pattern;
    pattern.remoteCluster = QStringLiteral("remote_cluster");
    pattern.leaderIndexPatterns = {QStringLiteral("leader_index*")};
    pattern.leaderIndexExclusionPatterns = {QStringLiteral("leader_index_001")};
    pattern.followIndexPattern = QStringLiteral("{{leader_index}}-follower");
    pattern.parameters.maxOutstandingReadRequests = 16;
    respond(responseJson);
    AcknowledgedJob* job = m_api->putAutoFollowPattern(QStringLiteral("my_pattern"), pattern);
    QVERIFY(finishedOk(job));
    QCOMPARE(last().method, QByteArray("PUT"));
    QCOMPARE(last().target, QByteArray("/_ccr/auto_follow/my_pattern"));
    const QJsonObject body = last().json().object();
    QCOMPARE(body.value(QStringLiteral("remote_cluster")).toString(), QStringLiteral("remote_cluster"));
    QCOMPARE(body.value(QStringLiteral("leader_index_patterns")).toArray(),
             QJsonArray{QStringLiteral("leader_index*")});
    QCOMPARE(body.value(QStringLiteral("leader_index_exclusion_patterns")).toArray(),
             QJsonArray{QStringLiteral("leader_index_001")});
    QCOMPARE(body.value(QStringLiteral("follow_index_pattern")).toString(),
             QStringLiteral("{{leader_index}}-follower"));
    QCOMPARE(body.value(QStringLiteral("max_outstanding_read_requests")).toInt(), 16);
    QVERIFY(!body.contains(QStringLiteral("name")));
    QVERIFY(!body.contains(QStringLiteral("active")));
    QVERIFY(job->result()->acknowledged);
}

void CcrApiRequestsTest::autoFollowPatterns()
{
    EXAMPLE(responseJson, "ccr.get_auto_follow_pattern/spec-get-auto-follow-pattern-response-example1.json");
    EXAMPLE(emptyJson, "ccr.get_auto_follow_pattern/src-empty-response.json");
    respond(emptyJson);
    AutoFollowPatternsJob* all = m_api->autoFollowPatterns();
    QVERIFY(finishedOk(all));
    QCOMPARE(last().method, QByteArray("GET"));
    QCOMPARE(last().target, QByteArray("/_ccr/auto_follow"));
    QVERIFY(all->result()->patterns.isEmpty());

    respond(responseJson);
    AutoFollowPatternsJob* one = m_api->autoFollowPatterns(QStringLiteral("my_auto_follow_pattern"));
    QVERIFY(finishedOk(one));
    QCOMPARE(last().target, QByteArray("/_ccr/auto_follow/my_auto_follow_pattern"));
    QCOMPARE(one->result()->patterns.size(), 1);
    const AutoFollowPattern& pattern = one->result()->patterns.first();
    QCOMPARE(pattern.name, QStringLiteral("my_auto_follow_pattern"));
    QVERIFY(pattern.active);
    QCOMPARE(pattern.leaderIndexExclusionPatterns, QStringList{QStringLiteral("leader_index_001")});
}

void CcrApiRequestsTest::deletePauseResumeAutoFollowPattern()
{
    EXAMPLE(deleted, "ccr.delete_auto_follow_pattern/spec-delete-auto-follow-pattern-response-example1.json");
    EXAMPLE(paused, "ccr.pause_auto_follow_pattern/spec-pause-auto-follow-pattern-response-example1.json");
    EXAMPLE(resumed, "ccr.resume_auto_follow_pattern/spec-resume-auto-follow-pattern-response-example1.json");

    respond(deleted);
    AcknowledgedJob* job = m_api->deleteAutoFollowPattern(QStringLiteral("p1"));
    QVERIFY(finishedOk(job));
    QCOMPARE(last().method, QByteArray("DELETE"));
    QCOMPARE(last().target, QByteArray("/_ccr/auto_follow/p1"));
    QVERIFY(job->result()->acknowledged);

    respond(paused);
    job = m_api->pauseAutoFollowPattern(QStringLiteral("p1"));
    QVERIFY(finishedOk(job));
    QCOMPARE(last().method, QByteArray("POST"));
    QCOMPARE(last().target, QByteArray("/_ccr/auto_follow/p1/pause"));
    QVERIFY(job->result()->acknowledged);

    respond(resumed);
    job = m_api->resumeAutoFollowPattern(QStringLiteral("p1"));
    QVERIFY(finishedOk(job));
    QCOMPARE(last().method, QByteArray("POST"));
    QCOMPARE(last().target, QByteArray("/_ccr/auto_follow/p1/resume"));
    QVERIFY(job->result()->acknowledged);
}

void CcrApiRequestsTest::openAndCloseIndex()
{
    EXAMPLE(closeJson, "indices.close/spec-close-index-response-example1.json");
    EXAMPLE(openJson, "indices.open/spec-indices-open-response-example1.json");
    respond(closeJson);
    CloseIndexJob* close = m_api->closeIndex(QStringLiteral("my-index-000001"));
    QVERIFY(finishedOk(close));
    QCOMPARE(last().method, QByteArray("POST"));
    QCOMPARE(last().target, QByteArray("/my-index-000001/_close"));
    QVERIFY(close->result()->acknowledged);
    QVERIFY(close->result()->closed.value(QStringLiteral("my-index-000001")));

    respond(openJson);
    OpenIndexJob* open = m_api->openIndex(QStringLiteral("my-index-000001"));
    QVERIFY(finishedOk(open));
    QCOMPARE(last().method, QByteArray("POST"));
    QCOMPARE(last().target, QByteArray("/my-index-000001/_open"));
    QVERIFY(open->result()->acknowledged);
    QCOMPARE(open->result()->shardsAcknowledged,
             object(openJson).value(QStringLiteral("shards_acknowledged")).toBool());
}

void CcrApiRequestsTest::resolveIndex()
{
    respond(R"({"indices":[{"name":"leader:logs-1","attributes":["open"]},{"name":"leader:logs-2",)"
            R"("attributes":["closed"]}],"aliases":[],"data_streams":[]})");
    ResolveIndexJob* job = m_api->resolveIndex(QStringLiteral("leader:logs-*"));
    QVERIFY(finishedOk(job));
    QCOMPARE(last().method, QByteArray("GET"));
    QCOMPARE(last().target, QByteArray("/_resolve/index/leader:logs-*"));
    QCOMPARE(job->result()->indices.size(), 2);
    QCOMPARE(job->result()->indices.at(0).name, QStringLiteral("leader:logs-1"));
    QVERIFY(job->result()->indices.at(0).isOpen());
    QVERIFY(!job->result()->indices.at(1).isOpen());
}

void CcrApiRequestsTest::remoteInfo()
{
    EXAMPLE(responseJson, "cluster.remote_info/docs-sniff-connected.json");
    respond(responseJson);
    RemoteInfoJob* job = m_api->remoteInfo();
    QVERIFY(finishedOk(job));
    QCOMPARE(last().method, QByteArray("GET"));
    QCOMPARE(last().target, QByteArray("/_remote/info"));
    QCOMPARE(job->result()->remotes.size(), 1);
    QCOMPARE(job->result()->remotes.first().alias, QStringLiteral("leader"));
    QVERIFY(job->result()->remotes.first().connected);
    QCOMPARE(job->result()->remotes.first().seeds, QStringList{QStringLiteral("127.0.0.1:9300")});
}

void CcrApiRequestsTest::clusterSettings()
{
    EXAMPLE(nested, "cluster.put_settings/docs-remote-seeds-nested-request.json");
    respond(nested);
    ClusterSettingsJob* job = m_api->clusterSettings();
    QVERIFY(finishedOk(job));
    QCOMPARE(last().method, QByteArray("GET"));
    QCOMPARE(last().path, QByteArray("/_cluster/settings"));
    QCOMPARE(last().query, QByteArray("include_defaults=false"));
    const RemoteClusterSettings* leader = job->result()->find(QStringLiteral("leader"));
    QVERIFY(leader);
    QCOMPARE(leader->seeds, QStringList{QStringLiteral("127.0.0.1:9300")});
}

void CcrApiRequestsTest::putRemoteCluster()
{
    RemoteClusterSettings settings;
    settings.alias = QStringLiteral("leader");
    settings.seeds = {QStringLiteral("127.0.0.1:9300")};
    settings.skipUnavailable = true;
    respond(R"({"acknowledged":true,"persistent":{"cluster":{"remote":{"leader":{"seeds":["127.0.0.1:9300"],)"
            R"("skip_unavailable":"true"}}}},"transient":{}})");
    ClusterSettingsJob* job = m_api->putRemoteCluster(settings);
    QVERIFY(finishedOk(job));
    QCOMPARE(last().method, QByteArray("PUT"));
    QCOMPARE(last().target, QByteArray("/_cluster/settings"));
    const QJsonObject persistent = last().json().object().value(QStringLiteral("persistent")).toObject();
    QCOMPARE(persistent.value(QStringLiteral("cluster.remote.leader.seeds")).toArray(),
             QJsonArray{QStringLiteral("127.0.0.1:9300")});
    QCOMPARE(persistent.value(QStringLiteral("cluster.remote.leader.skip_unavailable")).toBool(), true);
    QVERIFY(job->result()->acknowledged);
    QVERIFY(job->result()->find(QStringLiteral("leader")));

    // Removing a remote writes nulls.
    settings.remove = true;
    respond(R"({"acknowledged":true,"persistent":{},"transient":{}})");
    QVERIFY(finishedOk(m_api->putRemoteCluster(settings)));
    const QJsonObject removed = last().json().object().value(QStringLiteral("persistent")).toObject();
    QVERIFY(removed.value(QStringLiteral("cluster.remote.leader.seeds")).isNull());
}

void CcrApiRequestsTest::clusterInfo()
{
    respond(R"({"name":"node-1","cluster_name":"follower","cluster_uuid":"2xbbGjIbQ0aQnNwV7WZkOw",)"
            R"("version":{"number":"8.17.0","build_flavor":"default"},"tagline":"You Know, for Search"})");
    ClusterInfoJob* job = m_api->clusterInfo();
    QVERIFY(finishedOk(job));
    QCOMPARE(last().method, QByteArray("GET"));
    QCOMPARE(last().target, QByteArray("/"));
    QCOMPARE(job->result()->clusterName, QStringLiteral("follower"));
    QCOMPARE(job->result()->versionNumber, QStringLiteral("8.17.0"));
}

void CcrApiRequestsTest::license()
{
    respond(R"({"license":{"status":"active","uid":"cbff45e7-c553-41f7-ae4f-9205eabd80xx","type":"trial",)"
            R"("issue_date_in_millis":1700000000000,"expiry_date_in_millis":1702592000000}})");
    LicenseJob* job = m_api->license();
    QVERIFY(finishedOk(job));
    QCOMPARE(last().method, QByteArray("GET"));
    QCOMPARE(last().target, QByteArray("/_license"));
    QCOMPARE(job->result()->type, QStringLiteral("trial"));
    QCOMPARE(job->result()->status, QStringLiteral("active"));
    QVERIFY(job->result()->allowsCcr());
}

void CcrApiRequestsTest::hasPrivileges()
{
    respond(R"({"username":"ccr_user","has_all_requested":false,"cluster":{"manage_ccr":true,"monitor":false},)"
            R"("index":{"logs-copy":{"manage_follow_index":true,"read":false}},"application":{}})");
    PrivilegesJob* job = m_api->hasPrivileges(
        {QStringLiteral("manage_ccr"), QStringLiteral("monitor")},
        {{QStringLiteral("logs-copy"), {QStringLiteral("manage_follow_index"), QStringLiteral("read")}}});
    QVERIFY(finishedOk(job));
    QCOMPARE(last().method, QByteArray("POST"));
    QCOMPARE(last().target, QByteArray("/_security/user/_has_privileges"));
    const QJsonObject expected =
        object(R"({"cluster":["manage_ccr","monitor"],)"
               R"("index":[{"names":["logs-copy"],"privileges":["manage_follow_index","read"]}]})");
    QCOMPARE(last().json().object(), expected);
    QCOMPARE(job->result()->username, QStringLiteral("ccr_user"));
    QVERIFY(!job->result()->hasAllRequested);
    QCOMPARE(job->result()->cluster.value(QStringLiteral("manage_ccr")), true);
    QCOMPARE(job->result()->cluster.value(QStringLiteral("monitor")), false);
    QCOMPARE(job->result()->index.value(QStringLiteral("logs-copy")).value(QStringLiteral("read")), false);
}

void CcrApiRequestsTest::jobsChainWithOnFinished()
{
    // pause -> close -> unfollow, each started from the previous job's callback; auto-deleted jobs.
    respond(R"({"acknowledged":true})");
    respond(R"({"acknowledged":true,"shards_acknowledged":true,"indices":{"f":{"closed":true}}})");
    respond(R"({"acknowledged":true})");
    QStringList steps;
    bool done = false;
    m_api->pauseFollow(QStringLiteral("f"))->onFinished(this, [&](AcknowledgedJob* pause) {
        steps << QStringLiteral("pause:%1").arg(pause->result() && pause->result()->acknowledged);
        m_api->closeIndex(QStringLiteral("f"))->onFinished(this, [&](CloseIndexJob* close) {
            steps << QStringLiteral("close:%1")
                         .arg(close->result() && close->result()->closed.value(QStringLiteral("f")));
            m_api->unfollow(QStringLiteral("f"))->onFinished(this, [&](AcknowledgedJob* unfollow) {
                steps << QStringLiteral("unfollow:%1").arg(!unfollow->hasError());
                done = true;
            });
        });
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 5000);
    QCOMPARE(steps, QStringList({QStringLiteral("pause:1"), QStringLiteral("close:1"), QStringLiteral("unfollow:1")}));
    QCOMPARE(m_server->requests().size(), 3);
    QCOMPARE(m_server->requests().at(1).target, QByteArray("/f/_close"));
    QCOMPARE(last().target, QByteArray("/f/_ccr/unfollow"));
}

QTEST_GUILESS_MAIN(CcrApiRequestsTest)
#include "tst_ccrapi_requests.moc"
