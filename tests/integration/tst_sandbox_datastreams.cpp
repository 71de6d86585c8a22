// The sandbox's data streams over real sockets: data-stream index templates, creation on first write, rollover,
// get/delete/promote, and CCR of backing indices (explicit follow with data_stream_name and auto-follow) into
// replicated data streams that refuse local writes until promoted.
#include "SandboxFixture.h"
#include "sandbox/Cluster.h"
#include "sandbox/DataStreams.h"

#include <QJsonArray>
#include <QtTest>

using duper::sandbox::DataStreams;
using duper::test::SandboxFixture;

namespace {

const QByteArray logsTemplate = R"({"index_patterns":["logs-*"],"data_stream":{},"priority":200})";
const QByteArray logEvent = R"({"@timestamp":"2026-12-04T10:00:00Z","message":"hello"})";

} // namespace

class TestSandboxDataStreams : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_fixture = std::make_unique<SandboxFixture>();
        QVERIFY2(m_fixture->start(), qPrintable(m_fixture->errorString()));
    }
    void cleanup() { m_fixture.reset(); }

    void indexTemplateCanBeReadAndDeleted()
    {
        QCOMPARE(m_fixture->put(m_fixture->leaderUrl(QStringLiteral("/_index_template/logs")), logsTemplate).json(),
                 QJsonObject({{QStringLiteral("acknowledged"), true}}));
        const QJsonObject got = m_fixture->get(m_fixture->leaderUrl(QStringLiteral("/_index_template/logs"))).json();
        const QJsonObject entry = got.value(QLatin1String("index_templates")).toArray().at(0).toObject();
        QCOMPARE(entry.value(QLatin1String("name")).toString(), QStringLiteral("logs"));
        const QJsonObject body = entry.value(QLatin1String("index_template")).toObject();
        QCOMPARE(body.value(QLatin1String("index_patterns")).toArray(), QJsonArray({QStringLiteral("logs-*")}));
        QVERIFY(body.value(QLatin1String("data_stream")).isObject());
        QCOMPARE(m_fixture->del(m_fixture->leaderUrl(QStringLiteral("/_index_template/logs"))).status, 200);
        const auto missing = m_fixture->get(m_fixture->leaderUrl(QStringLiteral("/_index_template/logs")));
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.json().value(QLatin1String("error")).toObject().value(QLatin1String("type")).toString(),
                 QStringLiteral("resource_not_found_exception"));
        const auto noPatterns = m_fixture->put(m_fixture->leaderUrl(QStringLiteral("/_index_template/x")), "{}");
        QCOMPARE(noPatterns.status, 400);
    }

    void firstWriteCreatesTheStreamAndItsBackingIndex()
    {
        m_fixture->put(m_fixture->leaderUrl(QStringLiteral("/_index_template/logs")), logsTemplate);
        const auto written = m_fixture->post(m_fixture->leaderUrl(QStringLiteral("/logs-app/_doc")), logEvent);
        QCOMPARE(written.status, 201);
        const QString firstBacking = expectedBacking(QStringLiteral("logs-app"), 1);
        QCOMPARE(written.json().value(QLatin1String("_index")).toString(), firstBacking);
        QVERIFY(m_fixture->leader().index(firstBacking));

        const auto reply = m_fixture->get(m_fixture->leaderUrl(QStringLiteral("/_data_stream/logs-app")));
        QCOMPARE(reply.status, 200);
        const QJsonObject stream = reply.json().value(QLatin1String("data_streams")).toArray().at(0).toObject();
        QCOMPARE(stream.value(QLatin1String("name")).toString(), QStringLiteral("logs-app"));
        QCOMPARE(stream.value(QLatin1String("timestamp_field")).toObject().value(QLatin1String("name")).toString(),
                 QStringLiteral("@timestamp"));
        const QJsonArray indices = stream.value(QLatin1String("indices")).toArray();
        QCOMPARE(indices.size(), 1);
        QCOMPARE(indices.at(0).toObject().value(QLatin1String("index_name")).toString(), firstBacking);
        QCOMPARE(indices.at(0).toObject().value(QLatin1String("index_uuid")).toString(),
                 m_fixture->leader().index(firstBacking)->uuid());
        QCOMPARE(stream.value(QLatin1String("generation")).toInt(), 1);
        QCOMPARE(stream.value(QLatin1String("status")).toString(), QStringLiteral("GREEN"));
        QCOMPARE(stream.value(QLatin1String("template")).toString(), QStringLiteral("logs"));
        QCOMPARE(stream.value(QLatin1String("hidden")).toBool(true), false);
        QCOMPARE(stream.value(QLatin1String("system")).toBool(true), false);
        QCOMPARE(stream.value(QLatin1String("replicated")).toBool(true), false);
        QCOMPARE(stream.value(QLatin1String("allow_custom_routing")).toBool(true), false);

        // The stream name counts its documents; plain names and names without a template stay plain indices.
        m_fixture->post(m_fixture->leaderUrl(QStringLiteral("/logs-app/_doc")), logEvent);
        QCOMPARE(m_fixture->get(m_fixture->leaderUrl(QStringLiteral("/logs-app/_count")))
                     .json()
                     .value(QLatin1String("count"))
                     .toInt(),
                 2);
        QCOMPARE(m_fixture->post(m_fixture->leaderUrl(QStringLiteral("/metrics-app/_doc")), logEvent).status, 201);
        QVERIFY(m_fixture->leader().index(QStringLiteral("metrics-app")));
        QCOMPARE(m_fixture->get(m_fixture->leaderUrl(QStringLiteral("/_data_stream")))
                     .json()
                     .value(QLatin1String("data_streams"))
                     .toArray()
                     .size(),
                 1);
        QCOMPARE(m_fixture->get(m_fixture->leaderUrl(QStringLiteral("/_data_stream/nope"))).status, 404);
    }

    void streamWritesFollowEsRules()
    {
        m_fixture->put(m_fixture->leaderUrl(QStringLiteral("/_index_template/logs")), logsTemplate);
        const auto withId = m_fixture->put(m_fixture->leaderUrl(QStringLiteral("/logs-app/_doc/1")), logEvent);
        QCOMPARE(withId.status, 400);
        QCOMPARE(withId.json().value(QLatin1String("error")).toObject().value(QLatin1String("reason")).toString(),
                 QStringLiteral("only write ops with an op_type of create are allowed in data streams"));
        const auto noTimestamp = m_fixture->post(m_fixture->leaderUrl(QStringLiteral("/logs-app/_doc")), "{\"a\":1}");
        QCOMPARE(noTimestamp.status, 400);
        QCOMPARE(m_fixture->put(m_fixture->leaderUrl(QStringLiteral("/logs-app/_create/1")), logEvent).status, 201);
        const QByteArray bulk = "{\"create\":{}}\n" + logEvent + "\n";
        const auto bulkReply = m_fixture->post(m_fixture->leaderUrl(QStringLiteral("/logs-app/_bulk")), bulk);
        QCOMPARE(bulkReply.json().value(QLatin1String("errors")).toBool(true), false);
    }

    void rolloverAddsAWriteIndex()
    {
        m_fixture->put(m_fixture->leaderUrl(QStringLiteral("/_index_template/logs")), logsTemplate);
        m_fixture->post(m_fixture->leaderUrl(QStringLiteral("/logs-app/_doc")), logEvent);
        const auto rolled = m_fixture->post(m_fixture->leaderUrl(QStringLiteral("/logs-app/_rollover")));
        QCOMPARE(rolled.status, 200);
        const QJsonObject body = rolled.json();
        QCOMPARE(body.value(QLatin1String("acknowledged")).toBool(), true);
        QCOMPARE(body.value(QLatin1String("rolled_over")).toBool(), true);
        QCOMPARE(body.value(QLatin1String("old_index")).toString(), expectedBacking(QStringLiteral("logs-app"), 1));
        const QString second = expectedBacking(QStringLiteral("logs-app"), 2);
        QCOMPARE(body.value(QLatin1String("new_index")).toString(), second);
        const auto written = m_fixture->post(m_fixture->leaderUrl(QStringLiteral("/logs-app/_doc")), logEvent);
        QCOMPARE(written.json().value(QLatin1String("_index")).toString(), second);
        const QJsonObject stream = streamOn(m_fixture->leaderUrl(QStringLiteral("/_data_stream/logs-app")));
        QCOMPARE(stream.value(QLatin1String("generation")).toInt(), 2);
        QCOMPARE(stream.value(QLatin1String("indices")).toArray().size(), 2);

        const auto missing = m_fixture->post(m_fixture->leaderUrl(QStringLiteral("/nothing/_rollover")));
        QCOMPARE(missing.status, 400);
        QCOMPARE(missing.json().value(QLatin1String("error")).toObject().value(QLatin1String("reason")).toString(),
                 QStringLiteral("rollover target [nothing] does not exist"));
    }

    void deleteRemovesTheBackingIndices()
    {
        m_fixture->put(m_fixture->leaderUrl(QStringLiteral("/_index_template/logs")), logsTemplate);
        m_fixture->post(m_fixture->leaderUrl(QStringLiteral("/logs-app/_doc")), logEvent);
        m_fixture->post(m_fixture->leaderUrl(QStringLiteral("/logs-app/_rollover")));
        QCOMPARE(m_fixture->del(m_fixture->leaderUrl(QStringLiteral("/_data_stream/logs-app"))).status, 200);
        QVERIFY(!m_fixture->leader().index(expectedBacking(QStringLiteral("logs-app"), 1)));
        QVERIFY(!m_fixture->leader().index(expectedBacking(QStringLiteral("logs-app"), 2)));
        QCOMPARE(m_fixture->get(m_fixture->leaderUrl(QStringLiteral("/_data_stream/logs-app"))).status, 404);
        const auto again = m_fixture->del(m_fixture->leaderUrl(QStringLiteral("/_data_stream/logs-app")));
        QCOMPARE(again.status, 404);
        QCOMPARE(again.json().value(QLatin1String("error")).toObject().value(QLatin1String("type")).toString(),
                 QStringLiteral("index_not_found_exception"));
    }

    void promotingALocalStreamIsAcknowledged()
    {
        m_fixture->put(m_fixture->leaderUrl(QStringLiteral("/_index_template/logs")), logsTemplate);
        m_fixture->post(m_fixture->leaderUrl(QStringLiteral("/logs-app/_doc")), logEvent);
        const auto promoted = m_fixture->post(m_fixture->leaderUrl(QStringLiteral("/_data_stream/_promote/logs-app")));
        QCOMPARE(promoted.status, 200);
        QCOMPARE(promoted.json().value(QLatin1String("acknowledged")).toBool(), true);
        const auto missing = m_fixture->post(m_fixture->leaderUrl(QStringLiteral("/_data_stream/_promote/nope")));
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.json().value(QLatin1String("error")).toObject().value(QLatin1String("reason")).toString(),
                 QStringLiteral("data stream [nope] does not exist"));
    }

    void followingABackingIndexMakesAReplicatedStream()
    {
        m_fixture->put(m_fixture->leaderUrl(QStringLiteral("/_index_template/logs")), logsTemplate);
        m_fixture->post(m_fixture->leaderUrl(QStringLiteral("/logs-app/_doc")), logEvent);
        const QString backing = expectedBacking(QStringLiteral("logs-app"), 1);
        const auto followed = m_fixture->put(
            m_fixture->followerUrl(QStringLiteral("/%1/_ccr/follow").arg(backing)),
            QStringLiteral(R"({"remote_cluster":"leader","leader_index":"%1","data_stream_name":"logs-app"})")
                .arg(backing)
                .toUtf8());
        QCOMPARE(followed.status, 200);
        QJsonObject stream = streamOn(m_fixture->followerUrl(QStringLiteral("/_data_stream/logs-app")));
        QCOMPARE(stream.value(QLatin1String("replicated")).toBool(), true);
        QCOMPARE(stream.value(QLatin1String("indices")).toArray().at(0).toObject().value(QLatin1String("index_name")),
                 backing);

        // Local writes and rollovers are refused while replicated.
        const auto write = m_fixture->post(m_fixture->followerUrl(QStringLiteral("/logs-app/_doc")), logEvent);
        QCOMPARE(write.status, 403);
        const auto rollover = m_fixture->post(m_fixture->followerUrl(QStringLiteral("/logs-app/_rollover")));
        QCOMPARE(rollover.status, 400);
        QCOMPARE(
            rollover.json().value(QLatin1String("error")).toObject().value(QLatin1String("reason")).toString(),
            QStringLiteral("data stream [logs-app] cannot be rolled over, because it is a replicated data stream"));

        // Promotion makes it a regular stream; after a rollover the new write index takes writes.
        QCOMPARE(m_fixture->post(m_fixture->followerUrl(QStringLiteral("/_data_stream/_promote/logs-app"))).status,
                 200);
        stream = streamOn(m_fixture->followerUrl(QStringLiteral("/_data_stream/logs-app")));
        QCOMPARE(stream.value(QLatin1String("replicated")).toBool(true), false);
        QCOMPARE(m_fixture->post(m_fixture->followerUrl(QStringLiteral("/logs-app/_rollover"))).status, 200);
        const auto accepted = m_fixture->post(m_fixture->followerUrl(QStringLiteral("/logs-app/_doc")), logEvent);
        QCOMPARE(accepted.status, 201);
        QCOMPARE(accepted.json().value(QLatin1String("_index")).toString(),
                 expectedBacking(QStringLiteral("logs-app"), 2, m_fixture->follower().epochMs()));
    }

    void unfollowedBackingIndexTakesWritesAfterPromotion()
    {
        m_fixture->put(m_fixture->leaderUrl(QStringLiteral("/_index_template/logs")), logsTemplate);
        m_fixture->post(m_fixture->leaderUrl(QStringLiteral("/logs-app/_doc")), logEvent);
        const QString backing = expectedBacking(QStringLiteral("logs-app"), 1);
        m_fixture->put(m_fixture->followerUrl(QStringLiteral("/%1/_ccr/follow").arg(backing)),
                       QStringLiteral(R"({"remote_cluster":"leader","leader_index":"%1"})").arg(backing).toUtf8());
        QCOMPARE(m_fixture->post(m_fixture->followerUrl(QStringLiteral("/%1/_ccr/pause_follow").arg(backing))).status,
                 200);
        QCOMPARE(m_fixture->post(m_fixture->followerUrl(QStringLiteral("/%1/_close").arg(backing))).status, 200);
        QCOMPARE(m_fixture->post(m_fixture->followerUrl(QStringLiteral("/%1/_ccr/unfollow").arg(backing))).status, 200);
        QCOMPARE(m_fixture->post(m_fixture->followerUrl(QStringLiteral("/%1/_open").arg(backing))).status, 200);
        QCOMPARE(m_fixture->post(m_fixture->followerUrl(QStringLiteral("/_data_stream/_promote/logs-app"))).status,
                 200);
        const auto accepted = m_fixture->post(m_fixture->followerUrl(QStringLiteral("/logs-app/_doc")), logEvent);
        QCOMPARE(accepted.status, 201);
        QCOMPARE(accepted.json().value(QLatin1String("_index")).toString(), backing);
    }

    void autoFollowReplicatesBackingIndicesIntoAStream()
    {
        m_fixture->put(m_fixture->leaderUrl(QStringLiteral("/_index_template/logs")), logsTemplate);
        QCOMPARE(m_fixture
                     ->put(m_fixture->followerUrl(QStringLiteral("/_ccr/auto_follow/logs")),
                           R"({"remote_cluster":"leader","leader_index_patterns":["logs-*"]})")
                     .status,
                 200);
        m_fixture->post(m_fixture->leaderUrl(QStringLiteral("/logs-app/_doc")), logEvent);
        m_fixture->advance();
        const QString first = expectedBacking(QStringLiteral("logs-app"), 1);
        QVERIFY(m_fixture->follower().index(first));
        QVERIFY(m_fixture->follower().index(first)->isFollower());
        m_fixture->post(m_fixture->leaderUrl(QStringLiteral("/logs-app/_rollover")));
        m_fixture->advance();
        const QJsonObject stream = streamOn(m_fixture->followerUrl(QStringLiteral("/_data_stream/logs-app")));
        QCOMPARE(stream.value(QLatin1String("replicated")).toBool(), true);
        QCOMPARE(stream.value(QLatin1String("generation")).toInt(), 2);
        const QJsonArray indices = stream.value(QLatin1String("indices")).toArray();
        QCOMPARE(indices.size(), 2);
        QCOMPARE(indices.at(1).toObject().value(QLatin1String("index_name")).toString(),
                 expectedBacking(QStringLiteral("logs-app"), 2));
    }

    void resolveIndexNamesStreamsAndTheirBackingIndices()
    {
        m_fixture->put(m_fixture->leaderUrl(QStringLiteral("/_index_template/logs")), logsTemplate);
        m_fixture->post(m_fixture->leaderUrl(QStringLiteral("/logs-app/_doc")), logEvent);
        const QString backing = expectedBacking(QStringLiteral("logs-app"), 1);
        const QJsonObject streams =
            m_fixture->get(m_fixture->followerUrl(QStringLiteral("/_resolve/index/leader:logs-*"))).json();
        const QJsonObject stream = streams.value(QLatin1String("data_streams")).toArray().at(0).toObject();
        QCOMPARE(stream.value(QLatin1String("name")).toString(), QStringLiteral("leader:logs-app"));
        QCOMPARE(stream.value(QLatin1String("backing_indices")).toArray(),
                 QJsonArray({QStringLiteral("leader:") + backing}));
        QCOMPARE(stream.value(QLatin1String("timestamp_field")).toString(), QStringLiteral("@timestamp"));
        const QJsonObject indices =
            m_fixture->get(m_fixture->followerUrl(QStringLiteral("/_resolve/index/leader:.ds-*"))).json();
        const QJsonObject index = indices.value(QLatin1String("indices")).toArray().at(0).toObject();
        QCOMPARE(index.value(QLatin1String("name")).toString(), QStringLiteral("leader:") + backing);
        QCOMPARE(index.value(QLatin1String("data_stream")).toString(), QStringLiteral("leader:logs-app"));
    }

    void backingIndexNamesParse()
    {
        QCOMPARE(DataStreams::streamNameOfBackingIndex(QStringLiteral(".ds-logs-my-app-2026.12.04-000003")),
                 QStringLiteral("logs-my-app"));
        QCOMPARE(DataStreams::generationOfBackingIndex(QStringLiteral(".ds-logs-my-app-2026.12.04-000003")), 3);
        QVERIFY(DataStreams::streamNameOfBackingIndex(QStringLiteral("logs-my-app")).isEmpty());
        QCOMPARE(DataStreams::backingIndexName(QStringLiteral("s"), 12, 0), QStringLiteral(".ds-s-1970.01.01-000012"));
    }

private:
    QString expectedBacking(const QString& stream, qint64 generation, qint64 epochMs = -1)
    {
        return DataStreams::backingIndexName(stream, generation, epochMs < 0 ? m_fixture->leader().epochMs() : epochMs);
    }
    QJsonObject streamOn(const QUrl& url)
    {
        return m_fixture->get(url).json().value(QLatin1String("data_streams")).toArray().at(0).toObject();
    }

    std::unique_ptr<SandboxFixture> m_fixture;
};

QTEST_GUILESS_MAIN(TestSandboxDataStreams)
#include "tst_sandbox_datastreams.moc"
