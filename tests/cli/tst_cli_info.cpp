// `duper info` tells the same status as the window: a follower whose shard task stopped on a fatal_exception is
// "error" (Elasticsearch still calls it active), next to an active and a paused one. The in-process sandbox injects
// the fatal error.
#include "CliSandboxFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>
#include <algorithm>
#include <memory>

using namespace duper::test;

class CliInfoTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void tableShowsErrorStatus();
    void jsonKeepsElasticsearchStatusAndAddsState();
    void filteredToOneFollower();
    void jsonKeepsElasticsearchKeyOrder();
    void statsJsonKeepsKeyOrderAndMatchesTable();
    void jsonParametersPerFollower();
    void filteredStatsLoseNothingShown();

private:
    CliRunner::Result duper(QStringList arguments) const { return m_fixture->run(arguments); }
    QJsonObject infoOf(const QJsonObject& body, const QString& index) const;

    std::unique_ptr<CliSandboxFixture> m_fixture;
};

void CliInfoTest::init()
{
    m_fixture = std::make_unique<CliSandboxFixture>();
    QVERIFY2(m_fixture->start(), qPrintable(m_fixture->errorString()));
    for (const QString& leader : {QStringLiteral("orders"), QStringLiteral("logs"), QStringLiteral("events")}) {
        m_fixture->sandbox().createLeaderIndex(leader);
        m_fixture->sandbox().indexLeaderDocuments(leader, 10);
        const auto follow = duper({QStringLiteral("follow"), QStringLiteral("-f"), leader + QStringLiteral("-copy"),
                                   QStringLiteral("-l"), leader});
        QCOMPARE(follow.exitCode, 0);
    }
    QCOMPARE(duper({QStringLiteral("pause"), QStringLiteral("-f"), QStringLiteral("events-copy")}).exitCode, 0);
    m_fixture->sandbox().faults().fatalFollowers.insert(QStringLiteral("orders-copy"));
    m_fixture->sandbox().indexLeaderDocuments(QStringLiteral("orders"), 5);
    m_fixture->sandbox().advance(2);
}

void CliInfoTest::cleanup()
{
    m_fixture.reset();
}

QJsonObject CliInfoTest::infoOf(const QJsonObject& body, const QString& index) const
{
    for (const QJsonValue& value : body.value(QLatin1String("follower_indices")).toArray())
        if (value.toObject().value(QLatin1String("follower_index")).toString() == index)
            return value.toObject();
    return {};
}

void CliInfoTest::tableShowsErrorStatus()
{
    const auto table = duper({QStringLiteral("info")});
    QCOMPARE(table.exitCode, 0);
    const QStringList lines = table.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QVERIFY(lines.at(0).startsWith(QLatin1String("FOLLOWER")));
    QCOMPARE(lines.at(1).simplified(), QStringLiteral("events-copy paused leader events"));
    QCOMPARE(lines.at(2).simplified(), QStringLiteral("logs-copy active leader logs"));
    QCOMPARE(lines.at(3).simplified(), QStringLiteral("orders-copy error leader orders"));
    // Why, on stderr: the shard and Elasticsearch's reason, as the window's error line.
    QVERIFY2(table.errText().contains(QLatin1String("orders-copy: shard 0: Operations are no longer available")),
             qPrintable(table.errText()));
    QVERIFY(!table.errText().contains(QLatin1String("logs-copy")));
}

void CliInfoTest::jsonKeepsElasticsearchStatusAndAddsState()
{
    const auto result = duper({QStringLiteral("info"), QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 0);
    const QJsonObject orders = infoOf(result.object(), QStringLiteral("orders-copy"));
    QCOMPARE(orders.value(QLatin1String("status")).toString(), QStringLiteral("active")); // Elasticsearch's word
    QCOMPARE(orders.value(QLatin1String("state")).toString(), QStringLiteral("error"));
    QVERIFY(orders.value(QLatin1String("error")).toString().contains(QLatin1String("shard 0:")));
    const QJsonObject logs = infoOf(result.object(), QStringLiteral("logs-copy"));
    QCOMPARE(logs.value(QLatin1String("status")).toString(), QStringLiteral("active"));
    QCOMPARE(logs.value(QLatin1String("state")).toString(), QStringLiteral("active"));
    QVERIFY(!logs.contains(QLatin1String("error")));
    QVERIFY(logs.contains(QLatin1String("parameters")));
    const QJsonObject events = infoOf(result.object(), QStringLiteral("events-copy"));
    QCOMPARE(events.value(QLatin1String("status")).toString(), QStringLiteral("paused"));
    QCOMPARE(events.value(QLatin1String("state")).toString(), QStringLiteral("paused"));
}

void CliInfoTest::filteredToOneFollower()
{
    // A paused follower alone has no shard tasks: info still answers (ES refuses stats naming only it).
    auto paused = duper({QStringLiteral("info"), QStringLiteral("-i"), QStringLiteral("events-copy")});
    QCOMPARE(paused.exitCode, 0);
    QStringList lines = paused.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(1).simplified(), QStringLiteral("events-copy paused leader events"));

    auto failed = duper({QStringLiteral("info"), QStringLiteral("-i"), QStringLiteral("orders-copy")});
    QCOMPARE(failed.exitCode, 0);
    lines = failed.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(1).simplified(), QStringLiteral("orders-copy error leader orders"));
}

namespace {

// Where `"key": ` occurs in `text` from `from` on, each after the one before; -1 for a key missing or out of order.
qsizetype keysInOrder(const QByteArray& text, qsizetype from, const QList<QByteArray>& keys)
{
    qsizetype at = from;
    for (const QByteArray& key : keys) {
        at = text.indexOf('"' + key + "\": ", at);
        if (at < 0)
            return -1;
    }
    return at;
}

} // namespace

void CliInfoTest::jsonKeepsElasticsearchKeyOrder()
{
    // Streamed, not sorted as a QJsonObject would: follow info's order, Duper's "state" and "error" after "status".
    const auto result = duper({QStringLiteral("info"), QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.startsWith("{\n    \"follower_indices\": [\n"));
    const qsizetype logs = result.out.indexOf("\"logs-copy\"");
    QVERIFY(logs > 0);
    const qsizetype object = result.out.lastIndexOf('{', logs);
    QVERIFY2(
        keysInOrder(result.out, object,
                    {"follower_index", "remote_cluster", "leader_index", "status", "state", "parameters",
                     "max_read_request_operation_count", "max_read_request_size", "max_outstanding_read_requests",
                     "max_write_request_operation_count", "max_write_request_size", "max_outstanding_write_requests",
                     "max_write_buffer_count", "max_write_buffer_size", "max_retry_delay", "read_poll_timeout"}) > 0,
        result.out.constData());
    const qsizetype orders = result.out.lastIndexOf('{', result.out.indexOf("\"orders-copy\""));
    QVERIFY(keysInOrder(result.out, orders, {"follower_index", "status", "state", "error", "parameters"}) > 0);
    // Counts are numbers, sizes and times Elasticsearch's text.
    const QJsonObject parameters =
        infoOf(result.object(), QStringLiteral("logs-copy")).value(QLatin1String("parameters")).toObject();
    QVERIFY(parameters.value(QLatin1String("max_read_request_operation_count")).isDouble());
    QVERIFY(parameters.value(QLatin1String("max_read_request_size")).isString());
    QVERIFY(parameters.value(QLatin1String("read_poll_timeout")).isString());
}

void CliInfoTest::statsJsonKeepsKeyOrderAndMatchesTable()
{
    const auto json = duper({QStringLiteral("stats"), QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 0);
    const qsizetype orders = json.out.lastIndexOf('{', json.out.indexOf("\"orders-copy\""));
    QVERIFY2(keysInOrder(json.out, orders,
                         {"index", "remote_cluster", "leader_index", "shards", "operations_written",
                          "global_checkpoint_lag", "failed_read_requests", "fatal_exception", "shard_stats", "shard_id",
                          "leader_global_checkpoint", "follower_global_checkpoint", "operations_written",
                          "failed_read_requests", "fatal_exception"}) > 0,
             json.out.constData());
    QJsonObject row;
    for (const QJsonValue& value : json.object().value(QLatin1String("indices")).toArray())
        if (value.toObject().value(QLatin1String("index")).toString() == u"orders-copy")
            row = value.toObject();
    QVERIFY(row.value(QLatin1String("fatal_exception")).toString().contains(QLatin1String("no longer available")));
    QCOMPARE(row.value(QLatin1String("shard_stats")).toArray().size(), 1);

    // The table shows the same sums.
    const auto table = duper({QStringLiteral("stats")});
    QCOMPARE(table.exitCode, 0);
    const QStringList lines = table.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const QString expected = QStringLiteral("orders-copy 1 %1 %2 %3")
                                 .arg(row.value(QLatin1String("operations_written")).toInteger())
                                 .arg(row.value(QLatin1String("global_checkpoint_lag")).toInteger())
                                 .arg(row.value(QLatin1String("failed_read_requests")).toInteger());
    QVERIFY2(std::any_of(lines.cbegin(), lines.cend(),
                         [&](const QString& line) { return line.simplified().startsWith(expected); }),
             qPrintable(table.outText()));

    // Cluster level: Elasticsearch's auto_follow_stats first, its counters in ES's order, no shard_stats.
    const auto cluster = duper(
        {QStringLiteral("stats"), QStringLiteral("--level"), QStringLiteral("cluster"), QStringLiteral("--json")});
    QCOMPARE(cluster.exitCode, 0);
    QVERIFY2(keysInOrder(cluster.out, 0,
                         {"auto_follow_stats", "number_of_failed_follow_indices",
                          "number_of_failed_remote_cluster_state_requests", "number_of_successful_follow_indices",
                          "indices", "index"}) > 0,
             cluster.out.constData());
    QVERIFY(!cluster.out.contains("shard_stats"));
}

void CliInfoTest::jsonParametersPerFollower()
{
    // Followers sharing parameters are rendered once; one with its own must still show its own, and the next the
    // shared ones again.
    m_fixture->sandbox().createLeaderIndex(QStringLiteral("metrics"));
    QCOMPARE(
        duper({QStringLiteral("follow"), QStringLiteral("-f"), QStringLiteral("metrics-copy"), QStringLiteral("-l"),
               QStringLiteral("metrics"), QStringLiteral("--max_read_request_operation_count"), QStringLiteral("1234")})
            .exitCode,
        0);
    m_fixture->sandbox().createLeaderIndex(QStringLiteral("news"));
    QCOMPARE(duper({QStringLiteral("follow"), QStringLiteral("-f"), QStringLiteral("news-copy"), QStringLiteral("-l"),
                    QStringLiteral("news")})
                 .exitCode,
             0);
    const auto result = duper({QStringLiteral("info"), QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 0);
    const auto count = [&](const QString& index) {
        return infoOf(result.object(), index)
            .value(QLatin1String("parameters"))
            .toObject()
            .value(QLatin1String("max_read_request_operation_count"))
            .toInt();
    };
    QCOMPARE(count(QStringLiteral("logs-copy")), 5120);
    QCOMPARE(count(QStringLiteral("metrics-copy")), 1234);
    QCOMPARE(count(QStringLiteral("news-copy")), 5120);
}

void CliInfoTest::filteredStatsLoseNothingShown()
{
    // info and stats ask for the follow stats with filter_path (StatusFilterPath): what they print must equal what
    // the full, unfiltered stats say. Replicated operations first, so that the counters are not all 0.
    m_fixture->sandbox().indexLeaderDocuments(QStringLiteral("logs"), 7);
    m_fixture->sandbox().advance(2);
    QNetworkAccessManager network;
    QNetworkReply* reply = network.get(QNetworkRequest(QUrl(m_fixture->url() + QStringLiteral("/_all/_ccr/stats"))));
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
    const QJsonArray full =
        QJsonDocument::fromJson(reply->readAll()).object().value(QLatin1String("indices")).toArray();
    reply->deleteLater();
    QCOMPARE(full.size(), 2); // the paused follower has no shard tasks

    const auto json = duper({QStringLiteral("stats"), QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 0);
    const QJsonArray shown = json.object().value(QLatin1String("indices")).toArray();
    QCOMPARE(shown.size(), full.size());
    qint64 writtenByAll = 0;
    for (qsizetype i = 0; i < full.size(); ++i) {
        const QJsonObject expected = full.at(i).toObject();
        const QJsonObject row = shown.at(i).toObject();
        QCOMPARE(row.value(QLatin1String("index")), expected.value(QLatin1String("index")));
        const QJsonArray shards = expected.value(QLatin1String("shards")).toArray();
        const QJsonArray shardStats = row.value(QLatin1String("shard_stats")).toArray();
        QCOMPARE(row.value(QLatin1String("shards")).toInt(), shards.size());
        QCOMPARE(shardStats.size(), shards.size());
        qint64 written = 0;
        for (qsizetype s = 0; s < shards.size(); ++s) {
            const QJsonObject shard = shards.at(s).toObject();
            written += shard.value(QLatin1String("operations_written")).toInteger();
            for (const char* key : {"remote_cluster", "leader_index"})
                QCOMPARE(row.value(QLatin1String(key)), shard.value(QLatin1String(key)));
            for (const char* key : {"shard_id", "leader_global_checkpoint", "follower_global_checkpoint",
                                    "operations_written", "failed_read_requests"})
                QCOMPARE(shardStats.at(s).toObject().value(QLatin1String(key)), shard.value(QLatin1String(key)));
            QCOMPARE(shardStats.at(s).toObject().value(QLatin1String("fatal_exception")).isNull(),
                     !shard.contains(QLatin1String("fatal_exception")));
        }
        QCOMPARE(row.value(QLatin1String("operations_written")).toInteger(), written);
        writtenByAll += written;
        QCOMPARE(row.value(QLatin1String("global_checkpoint_lag")).toInteger(),
                 expected.value(QLatin1String("total_global_checkpoint_lag")).toInteger());
    }
    QVERIFY(writtenByAll > 0);
}

QTEST_GUILESS_MAIN(CliInfoTest)
#include "tst_cli_info.moc"
