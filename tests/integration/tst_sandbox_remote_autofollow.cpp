// Remote clusters configured through cluster settings (self, the other cluster, a dead address, mode errors) and
// auto-follow patterns (CRUD, following new leader indices, exclusions, name templates, stats).
#include "SandboxFixture.h"

#include <QJsonArray>
#include <QTcpServer>
#include <QtTest>

using duper::test::SandboxFixture;

namespace {

QJsonObject errorOf(const SandboxFixture::Reply& reply)
{
    return reply.json().value(QLatin1String("error")).toObject();
}

} // namespace

class TestSandboxRemoteAutoFollow : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_fixture = std::make_unique<SandboxFixture>();
        QVERIFY2(m_fixture->start(), qPrintable(m_fixture->errorString()));
    }
    void cleanup() { m_fixture.reset(); }

    void defaultRemoteIsConnected()
    {
        const QJsonObject info = m_fixture->get(m_fixture->followerUrl(QStringLiteral("/_remote/info"))).json();
        const QJsonObject leader = info.value(QLatin1String("leader")).toObject();
        QCOMPARE(leader.value(QLatin1String("connected")).toBool(), true);
        QCOMPARE(leader.value(QLatin1String("mode")).toString(), QStringLiteral("sniff"));
        QCOMPARE(leader.value(QLatin1String("seeds")).toArray().at(0).toString(),
                 m_fixture->leader().transportAddress());
        QCOMPARE(leader.value(QLatin1String("num_nodes_connected")).toInt(), 1);
    }

    void seedsNestedFlatSelfAndDeadAddress()
    {
        // Self, nested body form.
        const QString self = m_fixture->follower().transportAddress();
        const auto nested = m_fixture->put(
            m_fixture->followerUrl(QStringLiteral("/_cluster/settings")),
            QStringLiteral(R"({"persistent":{"cluster":{"remote":{"local":{"seeds":["%1"]}}}}})").arg(self).toUtf8());
        QCOMPARE(nested.status, 200);
        QCOMPARE(
            nested.body,
            QStringLiteral(
                R"({"acknowledged":true,"persistent":{"cluster":{"remote":{"local":{"seeds":["%1"]}}}},"transient":{}})")
                .arg(self)
                .toUtf8());
        // Dead address: something listens there, but it is no emulated cluster.
        QTcpServer dead;
        QVERIFY(dead.listen(QHostAddress::LocalHost));
        const QString deadAddress = QStringLiteral("127.0.0.1:%1").arg(dead.serverPort());
        const auto flat = m_fixture->put(
            m_fixture->followerUrl(QStringLiteral("/_cluster/settings?flat_settings=true")),
            QStringLiteral(R"({"persistent":{"cluster.remote.dead.seeds":"%1"}})").arg(deadAddress).toUtf8());
        // Echoed as sent (the CCR YAML tests match the plain string).
        QCOMPARE(
            flat.body,
            QStringLiteral(R"({"acknowledged":true,"persistent":{"cluster.remote.dead.seeds":"%1"},"transient":{}})")
                .arg(deadAddress)
                .toUtf8());
        const QJsonObject info = m_fixture->get(m_fixture->followerUrl(QStringLiteral("/_remote/info"))).json();
        QCOMPARE(info.value(QLatin1String("local")).toObject().value(QLatin1String("connected")).toBool(), true);
        QCOMPARE(info.value(QLatin1String("dead")).toObject().value(QLatin1String("connected")).toBool(), false);
        QCOMPARE(info.value(QLatin1String("dead")).toObject().value(QLatin1String("num_nodes_connected")).toInt(), 0);

        // Following through self works (leader index on the follower cluster itself).
        m_fixture->put(m_fixture->followerUrl(QStringLiteral("/own")), {});
        m_fixture->put(m_fixture->followerUrl(QStringLiteral("/own/_doc/1")), R"({"a":1})");
        const auto selfFollow = m_fixture->put(m_fixture->followerUrl(QStringLiteral("/own-copy/_ccr/follow")),
                                               R"({"remote_cluster":"local","leader_index":"own"})");
        QCOMPARE(selfFollow.status, 200);
        QCOMPARE(m_fixture->get(m_fixture->followerUrl(QStringLiteral("/own-copy/_count")))
                     .json()
                     .value(QLatin1String("count"))
                     .toInt(),
                 1);
        // Following through the dead remote fails.
        const auto deadFollow = m_fixture->put(m_fixture->followerUrl(QStringLiteral("/x/_ccr/follow")),
                                               R"({"remote_cluster":"dead","leader_index":"own"})");
        QCOMPARE(deadFollow.status, 500);
        QCOMPARE(errorOf(deadFollow).value(QLatin1String("reason")).toString(),
                 QStringLiteral("Unable to open any connections to remote cluster [dead]"));

        // null removes the remote.
        const auto removed = m_fixture->put(m_fixture->followerUrl(QStringLiteral("/_cluster/settings")),
                                            R"({"persistent":{"cluster.remote.dead.seeds":null}})");
        QCOMPARE(removed.status, 200);
        QVERIFY(!m_fixture->get(m_fixture->followerUrl(QStringLiteral("/_remote/info")))
                     .json()
                     .contains(QLatin1String("dead")));
        const auto settings =
            m_fixture->get(m_fixture->followerUrl(QStringLiteral("/_cluster/settings?flat_settings=true")));
        QVERIFY(settings.json()
                    .value(QLatin1String("persistent"))
                    .toObject()
                    .contains(QLatin1String("cluster.remote.local.seeds")));
    }

    void proxyModeAndModeMismatch()
    {
        const QString leader = m_fixture->leader().transportAddress();
        const auto proxy = m_fixture->put(
            m_fixture->followerUrl(QStringLiteral("/_cluster/settings")),
            QStringLiteral(R"({"persistent":{"cluster.remote.p.mode":"proxy","cluster.remote.p.proxy_address":"%1"}})")
                .arg(leader)
                .toUtf8());
        QCOMPARE(proxy.status, 200);
        const QJsonObject p = m_fixture->get(m_fixture->followerUrl(QStringLiteral("/_remote/info")))
                                  .json()
                                  .value(QLatin1String("p"))
                                  .toObject();
        QCOMPARE(p.value(QLatin1String("mode")).toString(), QStringLiteral("proxy"));
        QCOMPARE(p.value(QLatin1String("connected")).toBool(), true);
        QCOMPARE(p.value(QLatin1String("proxy_address")).toString(), leader);
        const auto mismatch = m_fixture->put(m_fixture->followerUrl(QStringLiteral("/_cluster/settings")),
                                             R"({"persistent":{"cluster.remote.p.seeds":["127.0.0.1:1"]}})");
        QCOMPARE(mismatch.status, 400);
        QCOMPARE(
            errorOf(mismatch).value(QLatin1String("reason")).toString(),
            QStringLiteral(
                R"(Setting "cluster.remote.p.seeds" cannot be used with the configured "cluster.remote.p.mode" [required=SNIFF, configured=PROXY])"));
    }

    void autoFollowCrud()
    {
        const auto empty = m_fixture->get(m_fixture->followerUrl(QStringLiteral("/_ccr/auto_follow")));
        QCOMPARE(empty.body, QByteArray(R"({"patterns":[]})"));
        const auto invalid = m_fixture->put(m_fixture->followerUrl(QStringLiteral("/_ccr/auto_follow/p1")), "{}");
        QCOMPARE(
            errorOf(invalid).value(QLatin1String("reason")).toString(),
            QStringLiteral("Validation Failed: 1: [remote_cluster] is missing;2: [leader_index_patterns] is missing;"));
        const auto unknownRemote = m_fixture->put(m_fixture->followerUrl(QStringLiteral("/_ccr/auto_follow/p1")),
                                                  R"({"remote_cluster":"nope","leader_index_patterns":["a*"]})");
        QCOMPARE(unknownRemote.status, 404);
        const auto put = m_fixture->put(
            m_fixture->followerUrl(QStringLiteral("/_ccr/auto_follow/p1")),
            R"({"remote_cluster":"leader","leader_index_patterns":["logs-*"],"leader_index_exclusion_patterns":["logs-excluded"],"follow_index_pattern":"{{leader_index}}-copy","max_outstanding_read_requests":2})");
        QCOMPARE(put.body, QByteArray(R"({"acknowledged":true})"));
        const auto got = m_fixture->get(m_fixture->followerUrl(QStringLiteral("/_ccr/auto_follow/p1")));
        QCOMPARE(
            got.body,
            QByteArray(
                R"({"patterns":[{"name":"p1","pattern":{"active":true,"remote_cluster":"leader","leader_index_patterns":["logs-*"],"leader_index_exclusion_patterns":["logs-excluded"],"follow_index_pattern":"{{leader_index}}-copy","max_outstanding_read_requests":2}}]})"));
        QCOMPARE(m_fixture->post(m_fixture->followerUrl(QStringLiteral("/_ccr/auto_follow/p1/pause"))).status, 200);
        QCOMPARE(m_fixture->get(m_fixture->followerUrl(QStringLiteral("/_ccr/auto_follow/p1")))
                     .json()
                     .value(QLatin1String("patterns"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QLatin1String("pattern"))
                     .toObject()
                     .value(QLatin1String("active"))
                     .toBool(),
                 false);
        QCOMPARE(m_fixture->post(m_fixture->followerUrl(QStringLiteral("/_ccr/auto_follow/p1/resume"))).status, 200);
        QCOMPARE(m_fixture->del(m_fixture->followerUrl(QStringLiteral("/_ccr/auto_follow/p1"))).status, 200);
        const auto missing = m_fixture->get(m_fixture->followerUrl(QStringLiteral("/_ccr/auto_follow/p1")));
        QCOMPARE(missing.status, 404);
        QCOMPARE(errorOf(missing).value(QLatin1String("reason")).toString(),
                 QStringLiteral("auto-follow pattern [p1] is missing"));
        QCOMPARE(m_fixture->post(m_fixture->followerUrl(QStringLiteral("/_ccr/auto_follow/p1/pause"))).status, 404);
    }

    void autoFollowFollowsOnlyNewMatchingIndices()
    {
        m_fixture->createLeaderIndex(QStringLiteral("logs-old"));
        m_fixture->put(
            m_fixture->followerUrl(QStringLiteral("/_ccr/auto_follow/logs")),
            R"({"remote_cluster":"leader","leader_index_patterns":["logs-*"],"leader_index_exclusion_patterns":["logs-excluded"],"follow_index_pattern":"{{leader_index}}-copy"})");
        m_fixture->createLeaderIndex(QStringLiteral("logs-new"));
        m_fixture->indexLeaderDocuments(QStringLiteral("logs-new"), 4);
        m_fixture->createLeaderIndex(QStringLiteral("logs-excluded"));
        m_fixture->createLeaderIndex(QStringLiteral("metrics-new"));
        m_fixture->advance();
        QVERIFY(m_fixture->follower().index(QStringLiteral("logs-new-copy")));
        QVERIFY(!m_fixture->follower().index(QStringLiteral("logs-old-copy")));
        QVERIFY(!m_fixture->follower().index(QStringLiteral("logs-excluded-copy")));
        QVERIFY(!m_fixture->follower().index(QStringLiteral("metrics-new-copy")));
        m_fixture->indexLeaderDocuments(QStringLiteral("logs-new"), 3);
        m_fixture->advance();
        QCOMPARE(m_fixture->get(m_fixture->followerUrl(QStringLiteral("/logs-new-copy/_count")))
                     .json()
                     .value(QLatin1String("count"))
                     .toInt(),
                 7);
        // A second new index whose follower name is taken: counted as a failure with the error recorded.
        m_fixture->put(m_fixture->followerUrl(QStringLiteral("/logs-clash-copy")), {});
        m_fixture->createLeaderIndex(QStringLiteral("logs-clash"));
        m_fixture->advance();
        const QJsonObject stats = m_fixture->get(m_fixture->followerUrl(QStringLiteral("/_ccr/stats")))
                                      .json()
                                      .value(QLatin1String("auto_follow_stats"))
                                      .toObject();
        QCOMPARE(stats.value(QLatin1String("number_of_successful_follow_indices")).toInt(), 1);
        QCOMPARE(stats.value(QLatin1String("number_of_failed_follow_indices")).toInt(), 1);
        const QJsonObject recent = stats.value(QLatin1String("recent_auto_follow_errors")).toArray().at(0).toObject();
        QCOMPARE(recent.value(QLatin1String("leader_index")).toString(), QStringLiteral("logs-clash"));
        QCOMPARE(
            recent.value(QLatin1String("auto_follow_exception")).toObject().value(QLatin1String("type")).toString(),
            QStringLiteral("snapshot_restore_exception"));
        const QJsonObject cluster = stats.value(QLatin1String("auto_followed_clusters")).toArray().at(0).toObject();
        QCOMPARE(cluster.value(QLatin1String("cluster_name")).toString(), QStringLiteral("leader"));
        QVERIFY(cluster.value(QLatin1String("last_seen_metadata_version")).toInt() > 0);
    }

private:
    std::unique_ptr<SandboxFixture> m_fixture;
};

QTEST_GUILESS_MAIN(TestSandboxRemoteAutoFollow)
#include "tst_sandbox_remote_autofollow.moc"
