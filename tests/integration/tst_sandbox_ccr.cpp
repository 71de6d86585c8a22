// Follow / pause / resume / unfollow / info / stats over real sockets: responses, ES's error bodies and check
// order, and replication moving deterministically with advance().
#include "SandboxFixture.h"
#include "TestPaths.h"

#include <QFile>
#include <QJsonArray>
#include <QtTest>

using duper::test::SandboxFixture;

namespace {

QJsonObject errorOf(const SandboxFixture::Reply& reply)
{
    return reply.json().value(QLatin1String("error")).toObject();
}

QJsonObject loadExample(const QString& relative)
{
    QFile file(duper::test::esExamplesDir() + QLatin1Char('/') + relative);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace

class TestSandboxCcr : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_fixture = std::make_unique<SandboxFixture>();
        QVERIFY2(m_fixture->start(), qPrintable(m_fixture->errorString()));
        m_fixture->createLeaderIndex(QStringLiteral("logs"), 2);
        m_fixture->indexLeaderDocuments(QStringLiteral("logs"), 10);
    }
    void cleanup() { m_fixture.reset(); }

    void followAnswersAndCopiesDocuments()
    {
        const auto reply =
            follow(QStringLiteral("logs-f"), QStringLiteral(R"({"remote_cluster":"leader","leader_index":"logs"})"));
        QCOMPARE(reply.status, 200);
        QCOMPARE(
            reply.body,
            QByteArray(
                R"({"follow_index_created":true,"follow_index_shards_acked":false,"index_following_started":false})"));
        const auto waited =
            follow(QStringLiteral("logs-g"), QStringLiteral(R"({"remote_cluster":"leader","leader_index":"logs"})"),
                   QStringLiteral("?wait_for_active_shards=1"));
        QCOMPARE(
            waited.body,
            QByteArray(
                R"({"follow_index_created":true,"follow_index_shards_acked":true,"index_following_started":true})"));
        const auto count = m_fixture->get(m_fixture->followerUrl(QStringLiteral("/logs-f/_count")));
        QCOMPARE(count.json().value(QLatin1String("count")).toInt(), 10);
    }

    void replicationProgressesWithAdvance()
    {
        QCOMPARE(
            follow(
                QStringLiteral("rf"),
                QStringLiteral(
                    R"({"remote_cluster":"leader","leader_index":"logs","max_read_request_operation_count":3,"max_outstanding_read_requests":1})"))
                .status,
            200);
        m_fixture->indexLeaderDocuments(QStringLiteral("logs"), 20);
        QCOMPARE(countOf(QStringLiteral("rf")), 10);
        m_fixture->advance();
        // One read of at most 3 operations per shard and tick.
        const int afterOne = countOf(QStringLiteral("rf"));
        QVERIFY2(afterOne > 10 && afterOne <= 16, qPrintable(QString::number(afterOne)));
        QJsonObject stats = shardStats(QStringLiteral("rf"), 0);
        QVERIFY(stats.value(QLatin1String("leader_global_checkpoint")).toInteger() >
                stats.value(QLatin1String("follower_global_checkpoint")).toInteger());
        QCOMPARE(stats.value(QLatin1String("successful_read_requests")).toInt(), 1);
        QVERIFY(stats.value(QLatin1String("operations_read")).toInt() <= 3);
        m_fixture->advance(20);
        QCOMPARE(countOf(QStringLiteral("rf")), 30);
        stats = shardStats(QStringLiteral("rf"), 0);
        QCOMPARE(stats.value(QLatin1String("leader_global_checkpoint")).toInteger(),
                 stats.value(QLatin1String("follower_global_checkpoint")).toInteger());
        QCOMPARE(stats.value(QLatin1String("operations_written")).toInteger(),
                 stats.value(QLatin1String("operations_read")).toInteger());
        QVERIFY(stats.value(QLatin1String("bytes_read")).toInteger() > 0);
        QCOMPARE(stats.value(QLatin1String("read_exceptions")).toArray().size(), 0);
        QVERIFY(!stats.contains(QLatin1String("fatal_exception")));
        const auto doc = m_fixture->get(m_fixture->followerUrl(QStringLiteral("/rf/_doc/doc-25")));
        QCOMPARE(doc.status, 200);
        QCOMPARE(doc.json().value(QLatin1String("found")).toBool(), true);
        // An active follower refuses direct writes.
        const auto write = m_fixture->put(m_fixture->followerUrl(QStringLiteral("/rf/_doc/x")), R"({"a":1})");
        QCOMPARE(write.status, 403);
    }

    void statsWireFormatMatchesExample()
    {
        const QJsonObject example =
            loadExample(QStringLiteral("ccr.follow_stats/spec-follow-index-stats-response-example1.json"));
        if (example.isEmpty())
            QSKIP("es-examples not available");
        follow(QStringLiteral("sf"), QStringLiteral(R"({"remote_cluster":"leader","leader_index":"logs"})"));
        m_fixture->advance();
        const QJsonObject ours = m_fixture->get(m_fixture->followerUrl(QStringLiteral("/sf/_ccr/stats"))).json();
        const QJsonObject exampleIndex = example.value(QLatin1String("indices")).toArray().at(0).toObject();
        const QJsonObject ourIndex = ours.value(QLatin1String("indices")).toArray().at(0).toObject();
        QCOMPARE(ourIndex.keys(), exampleIndex.keys());
        QCOMPARE(ourIndex.value(QLatin1String("shards")).toArray().at(0).toObject().keys(),
                 exampleIndex.value(QLatin1String("shards")).toArray().at(0).toObject().keys());
        QCOMPARE(ourIndex.value(QLatin1String("shards")).toArray().size(), 2);

        const QJsonObject ccrExample = loadExample(QStringLiteral("ccr.stats/spec-ccr-stats-response-example1.json"));
        const QJsonObject ccr = m_fixture->get(m_fixture->followerUrl(QStringLiteral("/_ccr/stats"))).json();
        QCOMPARE(ccr.keys(), ccrExample.keys());
        QCOMPARE(ccr.value(QLatin1String("auto_follow_stats")).toObject().keys(),
                 ccrExample.value(QLatin1String("auto_follow_stats")).toObject().keys());

        const QJsonObject infoExample =
            loadExample(QStringLiteral("ccr.follow_info/spec-follow-info-response-example1.json"));
        const auto info = m_fixture->get(m_fixture->followerUrl(QStringLiteral("/sf/_ccr/info")));
        const QJsonObject ourInfo = info.json().value(QLatin1String("follower_indices")).toArray().at(0).toObject();
        const QJsonObject exampleInfo = infoExample.value(QLatin1String("follower_indices")).toArray().at(0).toObject();
        QCOMPARE(ourInfo.keys(), exampleInfo.keys());
        // Defaults rendered exactly as ES does.
        QCOMPARE(ourInfo.value(QLatin1String("parameters")).toObject(),
                 exampleInfo.value(QLatin1String("parameters")).toObject());
        QVERIFY(info.body.startsWith(
            R"({"follower_indices":[{"follower_index":"sf","remote_cluster":"leader","leader_index":"logs","status":"active")"));
    }

    void followValidationErrors()
    {
        const auto missing = follow(QStringLiteral("x"), QStringLiteral("{}"));
        QCOMPARE(missing.status, 400);
        QCOMPARE(errorOf(missing).value(QLatin1String("type")).toString(),
                 QStringLiteral("action_request_validation_exception"));
        QCOMPARE(errorOf(missing).value(QLatin1String("reason")).toString(),
                 QStringLiteral("Validation Failed: 1: remote_cluster is missing;2: leader_index is missing;"));
        const auto params = follow(
            QStringLiteral("x"),
            QStringLiteral(
                R"({"remote_cluster":"leader","leader_index":"logs","max_read_request_operation_count":0,"max_retry_delay":"10m"})"));
        QCOMPARE(errorOf(params).value(QLatin1String("reason")).toString(),
                 QStringLiteral("Validation Failed: 1: max_read_request_operation_count must be larger than 0;2: "
                                "[max_retry_delay] must be less than [5m] but was [10m];"));
        const auto size =
            follow(QStringLiteral("x"),
                   QStringLiteral(
                       R"({"remote_cluster":"leader","leader_index":"logs","max_read_request_size":"12 furlongs"})"));
        QCOMPARE(size.status, 400);
        QCOMPARE(errorOf(size).value(QLatin1String("type")).toString(), QStringLiteral("x_content_parse_exception"));
        QVERIFY(errorOf(size)
                    .value(QLatin1String("reason"))
                    .toString()
                    .endsWith(QLatin1String(
                        "[indices:admin/xpack/ccr/put_follow] failed to parse field [max_read_request_size]")));
        const QJsonObject cause = errorOf(size).value(QLatin1String("caused_by")).toObject();
        QCOMPARE(cause.value(QLatin1String("type")).toString(), QStringLiteral("parse_exception"));
        QCOMPARE(cause.value(QLatin1String("reason")).toString(),
                 QStringLiteral("failed to parse setting [max_read_request_size] with value [12 furlongs] as a size in "
                                "bytes: unit is missing or unrecognized"));
        const auto unknownField = follow(
            QStringLiteral("x"), QStringLiteral(R"({"remote_cluster":"leader","leader_index":"logs","bogus":1})"));
        QVERIFY(errorOf(unknownField)
                    .value(QLatin1String("reason"))
                    .toString()
                    .endsWith(QLatin1String("unknown field [bogus]")));
    }

    void followErrorsInElasticsearchOrder()
    {
        const auto remote =
            follow(QStringLiteral("x"), QStringLiteral(R"({"remote_cluster":"nowhere","leader_index":"logs"})"));
        QCOMPARE(remote.status, 404);
        QCOMPARE(errorOf(remote).value(QLatin1String("type")).toString(),
                 QStringLiteral("no_such_remote_cluster_exception"));
        QCOMPARE(errorOf(remote).value(QLatin1String("reason")).toString(),
                 QStringLiteral("no such remote cluster: [nowhere]"));
        const auto leader =
            follow(QStringLiteral("x"), QStringLiteral(R"({"remote_cluster":"leader","leader_index":"absent"})"));
        QCOMPARE(leader.status, 404);
        QCOMPARE(errorOf(leader).value(QLatin1String("type")).toString(), QStringLiteral("index_not_found_exception"));
        m_fixture->createLeaderIndex(QStringLiteral("nosoft"), 1, false);
        const auto soft =
            follow(QStringLiteral("x"), QStringLiteral(R"({"remote_cluster":"leader","leader_index":"nosoft"})"));
        QCOMPARE(soft.status, 400);
        QCOMPARE(errorOf(soft).value(QLatin1String("reason")).toString(),
                 QStringLiteral("leader index [nosoft] does not have soft deletes enabled"));
        m_fixture->put(m_fixture->followerUrl(QStringLiteral("/taken")), {});
        const auto exists =
            follow(QStringLiteral("taken"), QStringLiteral(R"({"remote_cluster":"leader","leader_index":"logs"})"));
        QCOMPARE(exists.status, 500);
        QCOMPARE(errorOf(exists).value(QLatin1String("type")).toString(), QStringLiteral("snapshot_restore_exception"));
        QVERIFY(errorOf(exists)
                    .value(QLatin1String("reason"))
                    .toString()
                    .startsWith(QLatin1String(
                        "[_ccr_leader:_latest_/_latest_] cannot restore index [taken] because an open index")));
        const auto name =
            follow(QStringLiteral("Bad"), QStringLiteral(R"({"remote_cluster":"leader","leader_index":"logs"})"));
        QCOMPARE(name.status, 400);
        QCOMPARE(errorOf(name).value(QLatin1String("reason")).toString(),
                 QStringLiteral("Invalid index name [Bad], must be lowercase"));
        const auto override =
            follow(QStringLiteral("x"),
                   QStringLiteral(
                       R"({"remote_cluster":"leader","leader_index":"logs","settings":{"index.number_of_shards":3}})"));
        QCOMPARE(
            errorOf(override).value(QLatin1String("reason")).toString(),
            QStringLiteral(
                R"(can not put follower index that could override leader settings {"index.number_of_shards":"3"})"));
    }

    void pauseResumeUnfollowLifecycle()
    {
        follow(
            QStringLiteral("pf"),
            QStringLiteral(R"({"remote_cluster":"leader","leader_index":"logs","max_outstanding_read_requests":2})"));
        // unfollow checks "closed" before "paused"
        const auto early = post(QStringLiteral("/pf/_ccr/unfollow"));
        QCOMPARE(
            errorOf(early).value(QLatin1String("reason")).toString(),
            QStringLiteral("cannot convert the follower index [pf] to a non-follower, because it has not been closed"));
        QCOMPARE(post(QStringLiteral("/pf/_ccr/pause_follow")).body, QByteArray(R"({"acknowledged":true})"));
        const auto twice = post(QStringLiteral("/pf/_ccr/pause_follow"));
        QCOMPARE(twice.status, 400);
        QCOMPARE(errorOf(twice).value(QLatin1String("reason")).toString(),
                 QStringLiteral("no shard follow tasks for [pf]"));
        // Paused followers leave the stats and lose their parameters in info.
        QCOMPARE(m_fixture->get(m_fixture->followerUrl(QStringLiteral("/_ccr/stats")))
                     .json()
                     .value(QLatin1String("follow_stats"))
                     .toObject()
                     .value(QLatin1String("indices"))
                     .toArray()
                     .size(),
                 0);
        QCOMPARE(m_fixture->get(m_fixture->followerUrl(QStringLiteral("/pf/_ccr/stats"))).status, 404);
        const QJsonObject info = m_fixture->get(m_fixture->followerUrl(QStringLiteral("/pf/_ccr/info")))
                                     .json()
                                     .value(QLatin1String("follower_indices"))
                                     .toArray()
                                     .at(0)
                                     .toObject();
        QCOMPARE(info.value(QLatin1String("status")).toString(), QStringLiteral("paused"));
        QVERIFY(!info.contains(QLatin1String("parameters")));
        // Paused followers do not move.
        m_fixture->indexLeaderDocuments(QStringLiteral("logs"), 5);
        m_fixture->advance(3);
        QCOMPARE(countOf(QStringLiteral("pf")), 10);
        // Resume without a body: omitted parameters fall back to the defaults, not to the earlier values.
        QCOMPARE(post(QStringLiteral("/pf/_ccr/resume_follow")).body, QByteArray(R"({"acknowledged":true})"));
        const QJsonObject resumed = m_fixture->get(m_fixture->followerUrl(QStringLiteral("/pf/_ccr/info")))
                                        .json()
                                        .value(QLatin1String("follower_indices"))
                                        .toArray()
                                        .at(0)
                                        .toObject();
        QCOMPARE(resumed.value(QLatin1String("parameters"))
                     .toObject()
                     .value(QLatin1String("max_outstanding_read_requests"))
                     .toInt(),
                 12);
        m_fixture->advance(2);
        QCOMPARE(countOf(QStringLiteral("pf")), 15);
        const auto again = post(QStringLiteral("/pf/_ccr/resume_follow"));
        QCOMPARE(again.status, 400);
        // Full unfollow sequence: pause, close, unfollow, open.
        post(QStringLiteral("/pf/_ccr/pause_follow"));
        const auto notClosed = post(QStringLiteral("/pf/_ccr/unfollow"));
        QVERIFY(errorOf(notClosed)
                    .value(QLatin1String("reason"))
                    .toString()
                    .endsWith(QLatin1String("it has not been closed")));
        post(QStringLiteral("/pf/_close"));
        QCOMPARE(post(QStringLiteral("/pf/_ccr/unfollow")).body, QByteArray(R"({"acknowledged":true})"));
        const auto notFollower = post(QStringLiteral("/pf/_ccr/pause_follow"));
        QCOMPARE(errorOf(notFollower).value(QLatin1String("reason")).toString(),
                 QStringLiteral("index [pf] is not a follower index"));
        post(QStringLiteral("/pf/_open"));
        QCOMPARE(m_fixture->put(m_fixture->followerUrl(QStringLiteral("/pf/_doc/own")), R"({"a":1})").status, 201);
        const auto missing = post(QStringLiteral("/nope/_ccr/pause_follow"));
        QCOMPARE(missing.status, 404);
        QCOMPARE(errorOf(missing).value(QLatin1String("index")).toString(), QStringLiteral("nope"));
    }

    void infoAndStatsExpressions()
    {
        follow(QStringLiteral("e1"), QStringLiteral(R"({"remote_cluster":"leader","leader_index":"logs"})"));
        follow(QStringLiteral("e2"), QStringLiteral(R"({"remote_cluster":"leader","leader_index":"logs"})"));
        m_fixture->put(m_fixture->followerUrl(QStringLiteral("/plain")), {});
        const auto all = m_fixture->get(m_fixture->followerUrl(QStringLiteral("/_all/_ccr/info")));
        QCOMPARE(all.json().value(QLatin1String("follower_indices")).toArray().size(), 2);
        const auto list = m_fixture->get(m_fixture->followerUrl(QStringLiteral("/e2,plain/_ccr/info")));
        QCOMPARE(list.json().value(QLatin1String("follower_indices")).toArray().size(), 1);
        const auto pattern = m_fixture->get(m_fixture->followerUrl(QStringLiteral("/e*/_ccr/stats")));
        const QJsonArray indices = pattern.json().value(QLatin1String("indices")).toArray();
        QCOMPARE(indices.size(), 2);
        QCOMPARE(indices.at(0).toObject().value(QLatin1String("index")).toString(), QStringLiteral("e1"));
        const auto unknown = m_fixture->get(m_fixture->followerUrl(QStringLiteral("/unknown/_ccr/stats")));
        QCOMPARE(unknown.status, 404);
        QCOMPARE(errorOf(unknown).value(QLatin1String("reason")).toString(), QStringLiteral("no such index [unknown]"));
    }

    void licenseChecksComeFirst()
    {
        m_fixture->leader().setLicenseType(QStringLiteral("basic"));
        const auto remote =
            follow(QStringLiteral("lf"), QStringLiteral(R"({"remote_cluster":"leader","leader_index":"logs"})"));
        QCOMPARE(remote.status, 400);
        QCOMPARE(errorOf(remote).value(QLatin1String("type")).toString(), QStringLiteral("status_exception"));
        QCOMPARE(
            errorOf(remote).value(QLatin1String("reason")).toString(),
            QStringLiteral("can not fetch remote index [leader:logs] metadata as the remote cluster [leader] is not "
                           "licensed for [ccr]; the license mode [BASIC] on cluster [leader] does not enable [ccr]"));
        m_fixture->follower().setLicenseType(QStringLiteral("basic"));
        // The local license is checked before the remote alias.
        const auto local =
            follow(QStringLiteral("lf"), QStringLiteral(R"({"remote_cluster":"nowhere","leader_index":"logs"})"));
        QCOMPARE(local.status, 403);
        QCOMPARE(errorOf(local).value(QLatin1String("reason")).toString(),
                 QStringLiteral("current license is non-compliant for [ccr]"));
        QCOMPARE(errorOf(local).value(QLatin1String("license.expired.feature")).toString(), QStringLiteral("ccr"));
        QCOMPARE(m_fixture->get(m_fixture->followerUrl(QStringLiteral("/_license")))
                     .json()
                     .value(QLatin1String("license"))
                     .toObject()
                     .value(QLatin1String("type"))
                     .toString(),
                 QStringLiteral("basic"));
    }

private:
    SandboxFixture::Reply follow(const QString& index, const QString& body, const QString& query = {})
    {
        return m_fixture->put(m_fixture->followerUrl(QLatin1Char('/') + index + QStringLiteral("/_ccr/follow") + query),
                              body.toUtf8());
    }
    SandboxFixture::Reply post(const QString& path) { return m_fixture->post(m_fixture->followerUrl(path)); }
    int countOf(const QString& index)
    {
        return m_fixture->get(m_fixture->followerUrl(QLatin1Char('/') + index + QStringLiteral("/_count")))
            .json()
            .value(QLatin1String("count"))
            .toInt(-1);
    }
    QJsonObject shardStats(const QString& index, int shard)
    {
        return m_fixture->get(m_fixture->followerUrl(QLatin1Char('/') + index + QStringLiteral("/_ccr/stats")))
            .json()
            .value(QLatin1String("indices"))
            .toArray()
            .at(0)
            .toObject()
            .value(QLatin1String("shards"))
            .toArray()
            .at(shard)
            .toObject();
    }

    std::unique_ptr<SandboxFixture> m_fixture;
};

QTEST_GUILESS_MAIN(TestSandboxCcr)
#include "tst_sandbox_ccr.moc"
