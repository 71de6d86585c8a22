// The sandbox's plumbing and index APIs over real sockets: headers, ES-style routing errors, index lifecycle,
// documents, cluster-level endpoints.
#include "SandboxFixture.h"

#include <QJsonArray>
#include <QtTest>

using duper::test::SandboxFixture;

class TestSandboxIndices : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_fixture = std::make_unique<SandboxFixture>();
        QVERIFY2(m_fixture->start(), qPrintable(m_fixture->errorString()));
    }
    void cleanup() { m_fixture.reset(); }

    void rootAnswersLikeElasticsearch()
    {
        const auto reply = m_fixture->get(m_fixture->followerUrl(QStringLiteral("/")));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.header("X-elastic-product"), QByteArray("Elasticsearch"));
        QVERIFY(reply.header("content-type").startsWith("application/json"));
        const QJsonObject body = reply.json();
        QCOMPARE(body.value(QLatin1String("cluster_name")).toString(), QStringLiteral("follower"));
        QCOMPARE(body.value(QLatin1String("tagline")).toString(), QStringLiteral("You Know, for Search"));
        QCOMPARE(body.value(QLatin1String("version")).toObject().value(QLatin1String("number")).toString(),
                 QStringLiteral("8.15.0"));
        QVERIFY(!body.value(QLatin1String("cluster_uuid")).toString().isEmpty());
        // Field order as ES writes it.
        QVERIFY(reply.body.startsWith("{\"name\":"));
        const auto pretty = m_fixture->get(m_fixture->followerUrl(QStringLiteral("/?pretty")));
        QVERIFY(pretty.body.startsWith("{\n  \"name\" : \"follower-node-0\",\n"));
        QCOMPARE(pretty.json(), body);
        const auto leader = m_fixture->get(m_fixture->leaderUrl(QStringLiteral("/")));
        QCOMPARE(leader.json().value(QLatin1String("cluster_name")).toString(), QStringLiteral("leader"));
    }

    void unknownPathAndWrongMethod()
    {
        const auto unknown = m_fixture->get(m_fixture->followerUrl(QStringLiteral("/_nope/at/all")));
        QCOMPARE(unknown.status, 400);
        QCOMPARE(unknown.json().value(QLatin1String("error")).toString(),
                 QStringLiteral("no handler found for uri [/_nope/at/all] and method [GET]"));
        const auto wrong = m_fixture->post(m_fixture->followerUrl(QStringLiteral("/_ccr/stats")));
        QCOMPARE(wrong.status, 405);
        QCOMPARE(wrong.json().value(QLatin1String("error")).toString(),
                 QStringLiteral("Incorrect HTTP method for uri [/_ccr/stats] and method [POST], allowed: [GET]"));
        QCOMPARE(wrong.json().value(QLatin1String("status")).toInt(), 405);
    }

    void createIndexAndReadSettings()
    {
        const auto created = m_fixture->put(
            m_fixture->leaderUrl(QStringLiteral("/logs")),
            R"({"settings":{"index":{"number_of_shards":2,"soft_deletes":{"enabled":true}}},"mappings":{"properties":{"f":{"type":"keyword"}}}})");
        QCOMPARE(created.status, 200);
        QCOMPARE(created.body, QByteArray(R"({"acknowledged":true,"shards_acknowledged":true,"index":"logs"})"));
        const auto settings = m_fixture->get(m_fixture->leaderUrl(QStringLiteral("/logs/_settings")));
        QCOMPARE(settings.status, 200);
        const QJsonObject index = settings.json()
                                      .value(QLatin1String("logs"))
                                      .toObject()
                                      .value(QLatin1String("settings"))
                                      .toObject()
                                      .value(QLatin1String("index"))
                                      .toObject();
        QCOMPARE(index.value(QLatin1String("number_of_shards")).toString(), QStringLiteral("2"));
        QCOMPARE(index.value(QLatin1String("soft_deletes")).toObject().value(QLatin1String("enabled")).toString(),
                 QStringLiteral("true"));
        const auto flat = m_fixture->get(m_fixture->leaderUrl(QStringLiteral("/logs/_settings?flat_settings=true")));
        QCOMPARE(flat.json()
                     .value(QLatin1String("logs"))
                     .toObject()
                     .value(QLatin1String("settings"))
                     .toObject()
                     .value(QLatin1String("index.number_of_shards"))
                     .toString(),
                 QStringLiteral("2"));

        const auto again = m_fixture->put(m_fixture->leaderUrl(QStringLiteral("/logs")), {});
        QCOMPARE(again.status, 400);
        const QJsonObject error = again.json().value(QLatin1String("error")).toObject();
        QCOMPARE(error.value(QLatin1String("type")).toString(), QStringLiteral("resource_already_exists_exception"));
        QVERIFY(error.value(QLatin1String("reason")).toString().startsWith(QLatin1String("index [logs/")));
        QCOMPARE(error.value(QLatin1String("root_cause")).toArray().size(), 1);
    }

    void invalidIndexNamesUseElasticsearchReasons()
    {
        const auto upper = m_fixture->put(m_fixture->leaderUrl(QStringLiteral("/Logs")), {});
        QCOMPARE(upper.status, 400);
        const QJsonObject error = upper.json().value(QLatin1String("error")).toObject();
        QCOMPARE(error.value(QLatin1String("type")).toString(), QStringLiteral("invalid_index_name_exception"));
        QCOMPARE(error.value(QLatin1String("reason")).toString(),
                 QStringLiteral("Invalid index name [Logs], must be lowercase"));
        QCOMPARE(error.value(QLatin1String("index")).toString(), QStringLiteral("Logs"));
        const auto hash = m_fixture->put(m_fixture->leaderUrl(QStringLiteral("/a%23b")), {});
        QCOMPARE(hash.json().value(QLatin1String("error")).toObject().value(QLatin1String("reason")).toString(),
                 QStringLiteral("Invalid index name [a#b], must not contain '#'"));
    }

    void documentsBulkCountAndGet()
    {
        const auto one = m_fixture->put(m_fixture->leaderUrl(QStringLiteral("/docs/_doc/1")), R"({"n":1})");
        QCOMPARE(one.status, 201);
        QCOMPARE(one.json().value(QLatin1String("result")).toString(), QStringLiteral("created"));
        QCOMPARE(one.json().value(QLatin1String("_seq_no")).toInt(), 0);
        const auto update = m_fixture->put(m_fixture->leaderUrl(QStringLiteral("/docs/_doc/1")), R"({"n":2})");
        QCOMPARE(update.status, 200);
        QCOMPARE(update.json().value(QLatin1String("_version")).toInt(), 2);
        const QByteArray ndjson =
            "{\"index\":{\"_id\":\"a\"}}\n{\"n\":3}\n{\"create\":{\"_index\":\"docs\",\"_id\":\"b\"}}\n"
            "{\"n\":4}\n{\"create\":{\"_id\":\"a\"}}\n{\"n\":5}\n";
        const auto bulk = m_fixture->post(m_fixture->leaderUrl(QStringLiteral("/docs/_bulk")), ndjson);
        QCOMPARE(bulk.status, 200);
        QCOMPARE(bulk.json().value(QLatin1String("errors")).toBool(), true);
        const QJsonArray items = bulk.json().value(QLatin1String("items")).toArray();
        QCOMPARE(items.size(), 3);
        QCOMPARE(items.at(0).toObject().value(QLatin1String("index")).toObject().value(QLatin1String("status")).toInt(),
                 201);
        QCOMPARE(
            items.at(2).toObject().value(QLatin1String("create")).toObject().value(QLatin1String("status")).toInt(),
            409);
        QCOMPARE(m_fixture->post(m_fixture->leaderUrl(QStringLiteral("/docs/_refresh"))).status, 200);
        const auto count = m_fixture->get(m_fixture->leaderUrl(QStringLiteral("/docs/_count")));
        QCOMPARE(count.json().value(QLatin1String("count")).toInt(), 3);
        const auto doc = m_fixture->get(m_fixture->leaderUrl(QStringLiteral("/docs/_doc/1")));
        QCOMPARE(doc.status, 200);
        QCOMPARE(doc.json().value(QLatin1String("_source")).toObject().value(QLatin1String("n")).toInt(), 2);
        const auto missing = m_fixture->get(m_fixture->leaderUrl(QStringLiteral("/docs/_doc/zzz")));
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.json().value(QLatin1String("found")).toBool(true), false);
        const auto noIndex = m_fixture->get(m_fixture->leaderUrl(QStringLiteral("/nothing/_doc/1")));
        QCOMPARE(noIndex.status, 404);
        QCOMPARE(noIndex.json().value(QLatin1String("error")).toObject().value(QLatin1String("type")).toString(),
                 QStringLiteral("index_not_found_exception"));
    }

    void closeOpenDeleteAndCat()
    {
        m_fixture->put(m_fixture->leaderUrl(QStringLiteral("/c1/_doc/1")), R"({"n":1})");
        const auto closed = m_fixture->post(m_fixture->leaderUrl(QStringLiteral("/c1/_close")));
        QCOMPARE(closed.body,
                 QByteArray(R"({"acknowledged":true,"shards_acknowledged":true,"indices":{"c1":{"closed":true}}})"));
        const auto write = m_fixture->put(m_fixture->leaderUrl(QStringLiteral("/c1/_doc/2")), R"({"n":2})");
        QCOMPARE(write.status, 400);
        QCOMPARE(write.json().value(QLatin1String("error")).toObject().value(QLatin1String("type")).toString(),
                 QStringLiteral("index_closed_exception"));
        const auto cat = m_fixture->get(m_fixture->leaderUrl(QStringLiteral("/_cat/indices?format=json")));
        const QJsonObject row = cat.document().array().at(0).toObject();
        QCOMPARE(row.value(QLatin1String("index")).toString(), QStringLiteral("c1"));
        QCOMPARE(row.value(QLatin1String("status")).toString(), QStringLiteral("close"));
        const auto opened = m_fixture->post(m_fixture->leaderUrl(QStringLiteral("/c1/_open")));
        QCOMPARE(opened.body, QByteArray(R"({"acknowledged":true,"shards_acknowledged":true})"));
        QCOMPARE(m_fixture->del(m_fixture->leaderUrl(QStringLiteral("/c1"))).body,
                 QByteArray(R"({"acknowledged":true})"));
        QCOMPARE(m_fixture->del(m_fixture->leaderUrl(QStringLiteral("/c1"))).status, 404);
    }

    void clusterEndpoints()
    {
        const auto health = m_fixture->get(m_fixture->followerUrl(QStringLiteral("/_cluster/health")));
        QCOMPARE(health.json().value(QLatin1String("status")).toString(), QStringLiteral("green"));
        const auto state = m_fixture->get(m_fixture->followerUrl(QStringLiteral("/_cluster/state/master_node")));
        const QString master = state.json().value(QLatin1String("master_node")).toString();
        QVERIFY(!master.isEmpty());
        const auto nodes = m_fixture->get(m_fixture->followerUrl(QStringLiteral("/_nodes")));
        const QString transport = nodes.json()
                                      .value(QLatin1String("nodes"))
                                      .toObject()
                                      .value(master)
                                      .toObject()
                                      .value(QLatin1String("transport_address"))
                                      .toString();
        QCOMPARE(transport, m_fixture->follower().transportAddress());
        const auto license = m_fixture->get(m_fixture->followerUrl(QStringLiteral("/_license")));
        QCOMPARE(license.json().value(QLatin1String("license")).toObject().value(QLatin1String("type")).toString(),
                 QStringLiteral("trial"));
        const auto privileges =
            m_fixture->post(m_fixture->followerUrl(QStringLiteral("/_security/user/_has_privileges")),
                            R"({"cluster":["manage_ccr","monitor"]})");
        QCOMPARE(privileges.json().value(QLatin1String("has_all_requested")).toBool(), true);
    }

    void resolveIndexLocalAndRemote()
    {
        m_fixture->createLeaderIndex(QStringLiteral("metrics-a"));
        m_fixture->createLeaderIndex(QStringLiteral("metrics-b"));
        const auto remote = m_fixture->get(m_fixture->followerUrl(QStringLiteral("/_resolve/index/leader:metrics-*")));
        QCOMPARE(remote.status, 200);
        const QJsonArray indices = remote.json().value(QLatin1String("indices")).toArray();
        QCOMPARE(indices.size(), 2);
        QCOMPARE(indices.at(0).toObject().value(QLatin1String("name")).toString(), QStringLiteral("leader:metrics-a"));
        QCOMPARE(indices.at(0).toObject().value(QLatin1String("attributes")).toArray().at(0).toString(),
                 QStringLiteral("open"));
        const auto unknown = m_fixture->get(m_fixture->followerUrl(QStringLiteral("/_resolve/index/elsewhere:x")));
        QCOMPARE(unknown.status, 404);
        QCOMPARE(unknown.json().value(QLatin1String("error")).toObject().value(QLatin1String("reason")).toString(),
                 QStringLiteral("no such remote cluster: [elsewhere]"));
        const auto local = m_fixture->get(m_fixture->leaderUrl(QStringLiteral("/_resolve/index/metrics-b")));
        QCOMPARE(local.json().value(QLatin1String("indices")).toArray().size(), 1);
    }

private:
    std::unique_ptr<SandboxFixture> m_fixture;
};

QTEST_GUILESS_MAIN(TestSandboxIndices)
#include "tst_sandbox_indices.moc"
