// The index APIs clients call around CCR (issue 17 §4), over real sockets: single and filtered settings
// (GET /<index>/_settings/<name>, include_defaults, flat_settings, human), index stats (/_stats and
// /<index>/_stats/<metric> with the index uuid, human), and filter_path / pretty on any JSON response.
#include "SandboxFixture.h"

#include <QJsonArray>
#include <QtTest>

using duper::test::SandboxFixture;

class TestSandboxIndexApis : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_fixture = std::make_unique<SandboxFixture>();
        QVERIFY2(m_fixture->start(), qPrintable(m_fixture->errorString()));
        m_fixture->createLeaderIndex(QStringLiteral("logs"));
        m_fixture->indexLeaderDocuments(QStringLiteral("logs"), 5);
        QCOMPARE(m_fixture
                     ->put(m_fixture->followerUrl(QStringLiteral("/logs-copy/_ccr/follow")),
                           R"({"remote_cluster":"leader","leader_index":"logs"})")
                     .status,
                 200);
        m_fixture->advance(3);
    }
    void cleanup() { m_fixture.reset(); }

    void singleSettingIsTheFollowersUuid()
    {
        // What the Node tool of the same name reads before forget_follower.
        const auto reply = m_fixture->get(m_fixture->followerUrl(QStringLiteral("/logs-copy/_settings/index.uuid")));
        QCOMPARE(reply.status, 200);
        const QString uuid = m_fixture->follower().index(QStringLiteral("logs-copy"))->uuid();
        QCOMPARE(reply.body,
                 QStringLiteral(R"({"logs-copy":{"settings":{"index":{"uuid":"%1"}}}})").arg(uuid).toUtf8());
        const auto flat =
            m_fixture->get(m_fixture->followerUrl(QStringLiteral("/logs-copy/_settings/index.uuid?flat_settings")));
        QCOMPARE(flat.body, QStringLiteral(R"({"logs-copy":{"settings":{"index.uuid":"%1"}}})").arg(uuid).toUtf8());
        // The same uuid as index stats and _cat/indices.
        const auto stats = m_fixture->get(m_fixture->followerUrl(QStringLiteral("/logs-copy/_stats")));
        QCOMPARE(stats.json()[u"indices"][u"logs-copy"][u"uuid"].toString(), uuid);
        const auto cat = m_fixture->get(m_fixture->followerUrl(QStringLiteral("/_cat/indices/logs-copy?format=json")));
        QCOMPARE(cat.document().array().first()[u"uuid"].toString(), uuid);
        // forget_follower on the leader with it.
        const QJsonObject forget{{QStringLiteral("follower_cluster"), QStringLiteral("follower")},
                                 {QStringLiteral("follower_index"), QStringLiteral("logs-copy")},
                                 {QStringLiteral("follower_index_uuid"), uuid},
                                 {QStringLiteral("leader_remote_cluster"), QStringLiteral("leader")}};
        QCOMPARE(m_fixture
                     ->post(m_fixture->leaderUrl(QStringLiteral("/logs/_ccr/forget_follower")),
                            QJsonDocument(forget).toJson(QJsonDocument::Compact))
                     .status,
                 200);
    }

    void settingNamesWithWildcards()
    {
        const auto reply = m_fixture->get(m_fixture->followerUrl(
            QStringLiteral("/logs-copy/_settings/index.number_of_*,index.provided_name?flat_settings=true")));
        QCOMPARE(reply.status, 200);
        const QJsonObject settings = reply.json()[u"logs-copy"][u"settings"].toObject();
        QCOMPARE(settings.keys(),
                 QStringList({QStringLiteral("index.number_of_replicas"), QStringLiteral("index.number_of_shards"),
                              QStringLiteral("index.provided_name")}));
        // No match: the index is still listed, with empty settings.
        const auto none = m_fixture->get(m_fixture->followerUrl(QStringLiteral("/logs-copy/_settings/nothing.*")));
        QCOMPARE(none.body, QByteArray(R"({"logs-copy":{"settings":{}}})"));
        // All indices, and a missing one.
        const auto all = m_fixture->get(m_fixture->followerUrl(QStringLiteral("/_settings/index.uuid")));
        QVERIFY(all.json().contains(QLatin1String("logs-copy")));
        const auto missing = m_fixture->get(m_fixture->followerUrl(QStringLiteral("/absent/_settings/index.uuid")));
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.json()[u"error"][u"type"].toString(), QStringLiteral("index_not_found_exception"));
    }

    void includeDefaultsAndHuman()
    {
        const auto reply = m_fixture->get(m_fixture->followerUrl(
            QStringLiteral("/logs-copy/_settings?include_defaults=true&flat_settings=true&human")));
        const QJsonObject index = reply.json()[u"logs-copy"].toObject();
        QCOMPARE(index.keys(), QStringList({QStringLiteral("defaults"), QStringLiteral("settings")}));
        QVERIFY(reply.body.indexOf("\"settings\"") < reply.body.indexOf("\"defaults\""));
        QCOMPARE(index[u"defaults"][u"index.refresh_interval"].toString(), QStringLiteral("1s"));
        // Set on the follower, so not repeated among the defaults.
        QCOMPARE(index[u"settings"][u"index.xpack.ccr.following_index"].toString(), QStringLiteral("true"));
        QVERIFY(!index[u"defaults"].toObject().contains(QLatin1String("index.xpack.ccr.following_index")));
        QCOMPARE(index[u"settings"][u"index.version.created_string"].toString(), QStringLiteral("8.15.0"));
        const QString date = index[u"settings"][u"index.creation_date_string"].toString();
        QVERIFY2(QDateTime::fromString(date, Qt::ISODateWithMs).isValid(), qPrintable(date));
        // Names filter the defaults too; without human there are no *_string settings.
        const auto filtered = m_fixture->get(m_fixture->followerUrl(
            QStringLiteral("/logs-copy/_settings/index.soft_deletes.*?include_defaults&flat_settings")));
        QCOMPARE(filtered.json()[u"logs-copy"][u"settings"].toObject().keys(),
                 QStringList({QStringLiteral("index.soft_deletes.enabled")}));
        QCOMPARE(filtered.json()[u"logs-copy"][u"defaults"].toObject().keys(),
                 QStringList({QStringLiteral("index.soft_deletes.retention_lease.period")}));
        QVERIFY(
            !m_fixture->get(m_fixture->followerUrl(QStringLiteral("/logs-copy/_settings"))).body.contains("_string"));
    }

    void indexStats()
    {
        const auto reply = m_fixture->get(m_fixture->followerUrl(QStringLiteral("/logs-copy/_stats")));
        QCOMPARE(reply.status, 200);
        const QJsonObject body = reply.json();
        QCOMPARE(body[u"_shards"][u"failed"].toInt(), 0);
        QCOMPARE(body[u"_all"][u"primaries"][u"docs"][u"count"].toInt(), 5);
        const QJsonObject index = body[u"indices"][u"logs-copy"].toObject();
        QCOMPARE(index[u"primaries"][u"docs"][u"count"].toInt(), 5);
        QVERIFY(index[u"primaries"][u"store"][u"size_in_bytes"].toInteger() > 0);
        QCOMPARE(index[u"total"][u"indexing"][u"index_total"].toInt(), 5);
        // One metric, human sizes next to the raw ones, and an unknown metric.
        const auto docs = m_fixture->get(m_fixture->followerUrl(QStringLiteral("/logs-copy/_stats/store?human")));
        const QJsonObject primaries = docs.json()[u"indices"][u"logs-copy"][u"primaries"].toObject();
        QCOMPARE(primaries.keys(), QStringList({QStringLiteral("store")}));
        QVERIFY(primaries[u"store"][u"size"].toString().endsWith(QLatin1Char('b')));
        QVERIFY(docs.body.indexOf("\"size\"") < docs.body.indexOf("\"size_in_bytes\""));
        const auto unknown = m_fixture->get(m_fixture->followerUrl(QStringLiteral("/_stats/bogus")));
        QCOMPARE(unknown.status, 400);
        QCOMPARE(unknown.json()[u"error"][u"type"].toString(), QStringLiteral("illegal_argument_exception"));
        // Shard-level seq_no stats for what Duper reads.
        const auto shards = m_fixture->get(m_fixture->followerUrl(QStringLiteral("/_stats/docs?level=shards")));
        QCOMPARE(shards.json()[u"indices"][u"logs-copy"][u"shards"][u"0"][0][u"seq_no"][u"max_seq_no"].toInt(), 4);
    }

    void filterPath_data()
    {
        QTest::addColumn<QString>("pathAndQuery");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("one field") << QStringLiteral("/?filter_path=cluster_name")
                                   << QByteArray(R"({"cluster_name":"follower"})");
        QTest::newRow("nested") << QStringLiteral("/?filter_path=version.number,tagline")
                                << QByteArray(R"({"version":{"number":"8.15.0"},"tagline":"You Know, for Search"})");
        QTest::newRow("wildcard") << QStringLiteral("/logs-copy/_stats?filter_path=indices.*.uuid")
                                  << QByteArray("uuid");
        QTest::newRow("double wildcard") << QStringLiteral("/_stats?filter_path=**.docs.count")
                                         << QByteArray(R"("docs":{"count":5})");
        QTest::newRow("arrays") << QStringLiteral("/logs-copy/_ccr/info?filter_path=follower_indices.status")
                                << QByteArray(R"({"follower_indices":[{"status":"active"}]})");
        QTest::newRow("no match") << QStringLiteral("/?filter_path=nothing") << QByteArray("{}");
        QTest::newRow("cat json") << QStringLiteral("/_cat/indices?format=json&filter_path=index")
                                  << QByteArray(R"([{"index":"logs-copy"}])");
    }
    void filterPath()
    {
        QFETCH(QString, pathAndQuery);
        QFETCH(QByteArray, expected);
        const auto reply = m_fixture->get(m_fixture->followerUrl(pathAndQuery));
        QCOMPARE(reply.status, 200);
        QVERIFY2(reply.body == expected ||
                     (!expected.startsWith('{') && !expected.startsWith('[') && reply.body.contains(expected)),
                 reply.body.constData());
    }

    void filterPathExclusionsAndErrors()
    {
        const auto excluded = m_fixture->get(m_fixture->followerUrl(QStringLiteral("/?filter_path=-version,-name")));
        QVERIFY(!excluded.json().contains(QLatin1String("version")));
        QVERIFY(!excluded.json().contains(QLatin1String("name")));
        QCOMPARE(excluded.json()[u"cluster_name"].toString(), QStringLiteral("follower"));
        const auto both =
            m_fixture->get(m_fixture->followerUrl(QStringLiteral("/?filter_path=version.*,-version.number")));
        QVERIFY(both.json()[u"version"].toObject().contains(QLatin1String("lucene_version")));
        QVERIFY(!both.json()[u"version"].toObject().contains(QLatin1String("number")));
        // Error bodies are never filtered.
        const auto error = m_fixture->get(m_fixture->followerUrl(QStringLiteral("/absent/_stats?filter_path=status")));
        QCOMPARE(error.status, 404);
        QCOMPARE(error.json()[u"error"][u"type"].toString(), QStringLiteral("index_not_found_exception"));
    }

    void prettyWithFilterPath()
    {
        const auto reply =
            m_fixture->get(m_fixture->followerUrl(QStringLiteral("/?filter_path=version.number&pretty")));
        QCOMPARE(reply.body, QByteArray("{\n  \"version\" : {\n    \"number\" : \"8.15.0\"\n  }\n}\n"));
        const auto error = m_fixture->get(m_fixture->followerUrl(QStringLiteral("/absent/_settings?pretty")));
        QVERIFY(error.body.startsWith("{\n  \"error\" : {\n"));
    }

private:
    std::unique_ptr<SandboxFixture> m_fixture;
};

QTEST_GUILESS_MAIN(TestSandboxIndexApis)
#include "tst_sandbox_index_apis.moc"
