// The sandbox's cluster outage over real sockets on port 0: a down cluster refuses connections and drops the open
// ones, the other cluster sees its remote disconnected and its followers get read failures, and coming back answers
// on the same port with the data intact and replication resuming. Also failback's shape: the leader cluster follows
// an index of the follower cluster through a remote alias pointing at the follower's transport address.
#include "sandbox/Sandbox.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <memory>

using namespace duper;
using Which = sandbox::Sandbox::Which;

namespace {

struct Answer
{
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    int status = 0;
    QJsonObject json;
};

} // namespace

class TestSandboxOutage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void downRefusesConnectionsAndComesBackOnTheSamePort();
    void downDropsOpenConnections();
    void leaderDownDisconnectsRemoteAndFailsReads();
    void followerDownStopsTicking();
    void leaderFollowsAnIndexOfTheFollowerCluster();

private:
    Answer call(const QUrl& base, const QByteArray& method, const QString& path, const QByteArray& body = {});
    QJsonObject firstShardStats(const QString& follower);

    QNetworkAccessManager m_network;
    std::unique_ptr<sandbox::Sandbox> m_sandbox;
};

void TestSandboxOutage::init()
{
    sandbox::SandboxOptions options;
    options.tickIntervalMs = 0; // only advance() moves replication
    options.followers = 1;
    m_sandbox = std::make_unique<sandbox::Sandbox>(options);
    QString error;
    QVERIFY2(m_sandbox->start(&error), qPrintable(error));
}

void TestSandboxOutage::cleanup()
{
    m_sandbox.reset();
}

Answer TestSandboxOutage::call(const QUrl& base, const QByteArray& method, const QString& path, const QByteArray& body)
{
    QNetworkRequest request(base.resolved(QUrl(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(5000);
    QNetworkReply* reply = m_network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Answer answer;
    answer.error = reply->error();
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.json = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return answer;
}

QJsonObject TestSandboxOutage::firstShardStats(const QString& follower)
{
    const Answer stats = call(m_sandbox->followerUrl(), "GET", QStringLiteral("/%1/_ccr/stats").arg(follower));
    return stats.json.value(QLatin1String("indices"))
        .toArray()
        .at(0)
        .toObject()
        .value(QLatin1String("shards"))
        .toArray()
        .at(0)
        .toObject();
}

void TestSandboxOutage::downRefusesConnectionsAndComesBackOnTheSamePort()
{
    const QUrl leaderUrl = m_sandbox->leaderUrl();
    m_sandbox->indexLeaderDocuments(QStringLiteral("leader-00001"), 7);
    QCOMPARE(call(leaderUrl, "GET", QStringLiteral("/")).status, 200);

    QSignalSpy changed(m_sandbox.get(), &sandbox::Sandbox::clusterDownChanged);
    QVERIFY(m_sandbox->setClusterDown(Which::Leader, true));
    QVERIFY(m_sandbox->isClusterDown(Which::Leader));
    QVERIFY(!m_sandbox->isClusterDown(Which::Follower));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).value<Which>(), Which::Leader);
    QCOMPARE(changed.at(0).at(1).toBool(), true);
    QCOMPARE(call(leaderUrl, "GET", QStringLiteral("/")).error, QNetworkReply::ConnectionRefusedError);
    // The follower cluster still answers.
    QCOMPARE(call(m_sandbox->followerUrl(), "GET", QStringLiteral("/")).status, 200);
    // Asking again for the same state changes nothing.
    QVERIFY(m_sandbox->setClusterDown(Which::Leader, true));
    QCOMPARE(changed.size(), 1);

    QVERIFY(m_sandbox->setClusterDown(Which::Leader, false));
    QCOMPARE(changed.size(), 2);
    QCOMPARE(changed.at(1).at(1).toBool(), false);
    QCOMPARE(m_sandbox->leaderUrl(), leaderUrl);
    const Answer count = call(leaderUrl, "GET", QStringLiteral("/leader-00001/_count"));
    QCOMPARE(count.status, 200);
    QCOMPARE(count.json.value(QLatin1String("count")).toInt(), 7);
}

void TestSandboxOutage::downDropsOpenConnections()
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_sandbox->followerUrl().port());
    QVERIFY(socket.waitForConnected(5000));
    QTest::qWait(50); // lets the server accept the connection before the outage
    QVERIFY(m_sandbox->setClusterDown(Which::Follower, true));
    QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 5000);
    QCOMPARE(call(m_sandbox->followerUrl(), "GET", QStringLiteral("/")).error, QNetworkReply::ConnectionRefusedError);
    QVERIFY(m_sandbox->setClusterDown(Which::Follower, false));
    QCOMPARE(call(m_sandbox->followerUrl(), "GET", QStringLiteral("/")).status, 200);
}

void TestSandboxOutage::leaderDownDisconnectsRemoteAndFailsReads()
{
    const QString follower = QStringLiteral("follower-00001");
    m_sandbox->indexLeaderDocuments(QStringLiteral("leader-00001"), 10);
    m_sandbox->advance(2);
    QCOMPARE(firstShardStats(follower).value(QLatin1String("follower_global_checkpoint")).toInt(), 9);
    const QString transport = m_sandbox->leader().transportAddress();

    QVERIFY(m_sandbox->setClusterDown(Which::Leader, true));
    const QJsonObject remote = call(m_sandbox->followerUrl(), "GET", QStringLiteral("/_remote/info"))
                                   .json.value(m_sandbox->options().remoteAlias)
                                   .toObject();
    QCOMPARE(remote.value(QLatin1String("connected")).toBool(true), false);
    // Nothing answers on the leader's transport port either.
    QTcpSocket probe;
    probe.connectToHost(QHostAddress::LocalHost, m_sandbox->leader().transportPort());
    QVERIFY(!probe.waitForConnected(2000));

    m_sandbox->advance(3);
    QJsonObject shard = firstShardStats(follower);
    QCOMPARE(shard.value(QLatin1String("failed_read_requests")).toInt(), 3);
    const QJsonObject exception = shard.value(QLatin1String("read_exceptions"))
                                      .toArray()
                                      .at(0)
                                      .toObject()
                                      .value(QLatin1String("exception"))
                                      .toObject();
    QCOMPARE(exception.value(QLatin1String("type")).toString(), QStringLiteral("node_disconnected_exception"));
    QCOMPARE(shard.value(QLatin1String("follower_global_checkpoint")).toInt(), 9);

    // Back: same transport address, remote connected, replication resumes and catches up with new writes.
    QVERIFY(m_sandbox->setClusterDown(Which::Leader, false));
    QCOMPARE(m_sandbox->leader().transportAddress(), transport);
    QVERIFY(call(m_sandbox->followerUrl(), "GET", QStringLiteral("/_remote/info"))
                .json.value(m_sandbox->options().remoteAlias)
                .toObject()
                .value(QLatin1String("connected"))
                .toBool());
    m_sandbox->indexLeaderDocuments(QStringLiteral("leader-00001"), 5);
    m_sandbox->advance(2);
    shard = firstShardStats(follower);
    QVERIFY(shard.value(QLatin1String("read_exceptions")).toArray().isEmpty());
    QCOMPARE(shard.value(QLatin1String("follower_global_checkpoint")).toInt(), 14);
}

void TestSandboxOutage::followerDownStopsTicking()
{
    const qint64 before = m_sandbox->follower().nowMs();
    QVERIFY(m_sandbox->setClusterDown(Which::Follower, true));
    m_sandbox->indexLeaderDocuments(QStringLiteral("leader-00001"), 4);
    m_sandbox->advance(3);
    QCOMPARE(m_sandbox->follower().nowMs(), before);
    QVERIFY(m_sandbox->leader().nowMs() > 0);
    QVERIFY(m_sandbox->setClusterDown(Which::Follower, false));
    m_sandbox->advance(1);
    QVERIFY(m_sandbox->follower().nowMs() > before);
    QCOMPARE(
        firstShardStats(QStringLiteral("follower-00001")).value(QLatin1String("follower_global_checkpoint")).toInt(),
        3);
}

void TestSandboxOutage::leaderFollowsAnIndexOfTheFollowerCluster()
{
    const QUrl leaderUrl = m_sandbox->leaderUrl();
    const QUrl followerUrl = m_sandbox->followerUrl();
    // A plain index written on the follower cluster (as after a failover).
    QCOMPARE(call(followerUrl, "PUT", QStringLiteral("/orders")).status, 200);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(call(followerUrl, "PUT", QStringLiteral("/orders/_doc/%1").arg(i), R"({"n":1})").status, 201);

    const QByteArray remote = QStringLiteral(R"({"persistent":{"cluster.remote.dr.seeds":["%1"]}})")
                                  .arg(m_sandbox->follower().transportAddress())
                                  .toUtf8();
    QCOMPARE(call(leaderUrl, "PUT", QStringLiteral("/_cluster/settings"), remote).status, 200);
    QVERIFY(call(leaderUrl, "GET", QStringLiteral("/_remote/info"))
                .json.value(QLatin1String("dr"))
                .toObject()
                .value(QLatin1String("connected"))
                .toBool());

    const Answer follow = call(leaderUrl, "PUT", QStringLiteral("/orders/_ccr/follow?wait_for_active_shards=1"),
                               R"({"remote_cluster":"dr","leader_index":"orders"})");
    QVERIFY2(follow.status == 200, QJsonDocument(follow.json).toJson().constData());
    m_sandbox->advance(2);
    const Answer count = call(leaderUrl, "GET", QStringLiteral("/orders/_count"));
    QCOMPARE(count.status, 200);
    QCOMPARE(count.json.value(QLatin1String("count")).toInt(), 3);
    const Answer info = call(leaderUrl, "GET", QStringLiteral("/orders/_ccr/info"));
    QCOMPARE(info.json.value(QLatin1String("follower_indices"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QLatin1String("remote_cluster"))
                 .toString(),
             QStringLiteral("dr"));
}

QTEST_MAIN(TestSandboxOutage)
#include "tst_sandbox_outage.moc"
