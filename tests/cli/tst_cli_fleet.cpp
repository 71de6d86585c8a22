// `duper info --all-connections`, `duper stats --all-connections` and `duper topology` across saved connections to
// two in-process sandboxes (a follower pair both ways, "regional" following "archive"): one table with a connection
// column, --json, and the exit codes — 0 all reached, 1 some not (named on stderr), 3 none, 2 misuse.
#include "CliSandboxFixture.h"
#include "FleetSandboxes.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <memory>

using namespace duper;
using namespace duper::test;

class CliFleetTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void statsTableAcrossConnections();
    void statsJson();
    void infoTableAndJson();
    void someUnreachableExitsOne();
    void noneReachableExitsThree();
    void misuseExitsTwo();
    void topologyTableAndJson();
    void topologyNamesUnknownLeaders();

private:
    void save(const QString& name, const QUrl& url);
    void saveAll();
    CliRunner::Result run(const QStringList& arguments);
    static QStringList lines(const CliRunner::Result& result);

    std::unique_ptr<FleetSandboxes> m_sandboxes;
    std::unique_ptr<CliSandboxFixture> m_home; // a private home and keychain service; its own sandbox is not started
};

void CliFleetTest::initTestCase()
{
    if (CliRunner::executable().isEmpty())
        QSKIP("DUPER_EXECUTABLE is not set");
}

void CliFleetTest::init()
{
    m_sandboxes = std::make_unique<FleetSandboxes>();
    QVERIFY2(m_sandboxes->start(), qPrintable(m_sandboxes->errorString()));
    m_home = std::make_unique<CliSandboxFixture>();
}

void CliFleetTest::cleanup()
{
    m_home.reset();
    m_sandboxes.reset();
}

void CliFleetTest::save(const QString& name, const QUrl& url)
{
    const auto added =
        run({QStringLiteral("add-cluster"), QStringLiteral("-n"), name, QStringLiteral("-u"), url.toString()});
    QVERIFY2(added.exitCode == 0, qPrintable(added.errText()));
}

void CliFleetTest::saveAll()
{
    save(QStringLiteral("archive"), m_sandboxes->archiveUrl());
    save(QStringLiteral("follower"), m_sandboxes->followerUrl());
    save(QStringLiteral("leader"), m_sandboxes->leaderUrl());
    save(QStringLiteral("regional"), m_sandboxes->regionalUrl());
}

CliRunner::Result CliFleetTest::run(const QStringList& arguments)
{
    return m_home->cli().run(arguments, 30000);
}

QStringList CliFleetTest::lines(const CliRunner::Result& result)
{
    return result.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

void CliFleetTest::statsTableAcrossConnections()
{
    saveAll();
    const auto result = run({QStringLiteral("stats"), QStringLiteral("--all-connections")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.errText()));
    const QStringList table = lines(result);
    QCOMPARE(table.size(), 5);
    QVERIFY(table.at(0).startsWith(QLatin1String("CONNECTION")));
    QVERIFY(table.at(0).contains(QLatin1String("WORST LAG")));
    QVERIFY(table.at(0).contains(QLatin1String("REMOTES")));
    // Sorted by connection name, as saved connections are.
    QVERIFY2(table.at(1).startsWith(QLatin1String("archive ")), qPrintable(table.at(1)));
    QVERIFY2(table.at(2).startsWith(QLatin1String("follower ")), qPrintable(table.at(2)));
    QVERIFY(table.at(2).contains(QLatin1String(" reachable ")));
    QVERIFY(table.at(2).endsWith(QLatin1String(" leader")));
    QVERIFY(table.at(3).startsWith(QLatin1String("leader ")));
    QVERIFY(table.at(3).endsWith(QLatin1String(" dr")));
    QVERIFY(table.at(4).startsWith(QLatin1String("regional ")));
    QVERIFY(table.at(4).endsWith(QLatin1String(" archive")));
}

void CliFleetTest::statsJson()
{
    saveAll();
    const auto result = run({QStringLiteral("stats"), QStringLiteral("--all-connections"), QStringLiteral("--json")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.errText()));
    const QJsonArray clusters = result.object().value(QStringLiteral("clusters")).toArray();
    QCOMPARE(clusters.size(), 4);
    const QJsonObject follower = clusters.at(1).toObject();
    QCOMPARE(follower.value(QStringLiteral("connection")).toString(), QStringLiteral("follower"));
    QCOMPARE(follower.value(QStringLiteral("state")).toString(), QStringLiteral("reachable"));
    QCOMPARE(follower.value(QStringLiteral("cluster_name")).toString(), QStringLiteral("follower"));
    const QJsonObject followers = follower.value(QStringLiteral("followers")).toObject();
    QCOMPARE(followers.value(QStringLiteral("active")).toInt(), 1);
    QCOMPARE(followers.value(QStringLiteral("paused")).toInt(), 1);
    QCOMPARE(followers.value(QStringLiteral("error")).toInt(), 0);
    QCOMPARE(follower.value(QStringLiteral("remotes")).toArray(), QJsonArray{QStringLiteral("leader")});
    QVERIFY(follower.contains(QStringLiteral("worst_lag")));
    QVERIFY(follower.contains(QStringLiteral("longest_time_since_last_read_millis")));
}

void CliFleetTest::infoTableAndJson()
{
    saveAll();
    const auto table = run({QStringLiteral("info"), QStringLiteral("--all-connections")});
    QVERIFY2(table.exitCode == 0, qPrintable(table.errText()));
    const QStringList rows = lines(table);
    QVERIFY(rows.at(0).startsWith(QLatin1String("CONNECTION")));
    // archive follows nothing (no line), follower has orders and users, leader has local-copy, regional has logs.
    QCOMPARE(rows.size(), 1 + 2 + 1 + 1);
    QVERIFY(rows.filter(QRegularExpression(QStringLiteral("^follower +users +paused +leader +users$"))).size() == 1);
    QVERIFY(rows.filter(QRegularExpression(QStringLiteral("^leader +local-copy +active +dr +local$"))).size() == 1);
    QVERIFY(rows.filter(QRegularExpression(QStringLiteral("^regional +logs +active +archive +logs$"))).size() == 1);

    const auto json = run({QStringLiteral("info"), QStringLiteral("--all-connections"), QStringLiteral("--json"),
                           QStringLiteral("-i"), QStringLiteral("o*,l*")});
    QVERIFY2(json.exitCode == 0, qPrintable(json.errText()));
    const QJsonArray followers = json.object().value(QStringLiteral("follower_indices")).toArray();
    QCOMPARE(followers.size(), 3); // orders, local-copy, logs
    QCOMPARE(followers.at(0).toObject().value(QStringLiteral("connection")).toString(), QStringLiteral("follower"));
    QCOMPARE(followers.at(0).toObject().value(QStringLiteral("follower_index")).toString(), QStringLiteral("orders"));
    QCOMPARE(json.object().value(QStringLiteral("clusters")).toArray().size(), 4);
}

void CliFleetTest::someUnreachableExitsOne()
{
    saveAll();
    QVERIFY2(m_sandboxes->setArchiveDown(true), qPrintable(m_sandboxes->errorString()));
    const auto stats = run({QStringLiteral("stats"), QStringLiteral("--all-connections")});
    QCOMPARE(stats.exitCode, 1);
    QVERIFY2(stats.errText().contains(QLatin1String("archive")), qPrintable(stats.errText()));
    QVERIFY(!stats.errText().contains(QLatin1String("regional")));
    const QStringList table = lines(stats);
    QCOMPARE(table.size(), 5); // the stopped cluster is listed too
    QVERIFY2(table.at(1).startsWith(QLatin1String("archive ")) && table.at(1).contains(QLatin1String(" unreachable ")),
             qPrintable(table.at(1)));

    const auto json = run({QStringLiteral("stats"), QStringLiteral("--all-connections"), QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 1);
    const QJsonObject archive = json.object().value(QStringLiteral("clusters")).toArray().at(0).toObject();
    QCOMPARE(archive.value(QStringLiteral("reachable")).toBool(), false);
    QCOMPARE(archive.value(QStringLiteral("state")).toString(), QStringLiteral("unreachable"));
    QVERIFY(!archive.value(QStringLiteral("error")).toString().isEmpty());

    const auto info = run({QStringLiteral("info"), QStringLiteral("--all-connections")});
    QCOMPARE(info.exitCode, 1);
    QVERIFY(info.errText().contains(QLatin1String("archive")));

    // Back up: every cluster answers again.
    QVERIFY2(m_sandboxes->setArchiveDown(false), qPrintable(m_sandboxes->errorString()));
    QCOMPARE(run({QStringLiteral("stats"), QStringLiteral("--all-connections")}).exitCode, 0);
}

void CliFleetTest::noneReachableExitsThree()
{
    save(QStringLiteral("archive"), m_sandboxes->archiveUrl());
    save(QStringLiteral("nowhere"), QUrl(CliSandboxFixture::closedUrl()));
    QVERIFY2(m_sandboxes->setArchiveDown(true), qPrintable(m_sandboxes->errorString()));
    const auto stats = run({QStringLiteral("stats"), QStringLiteral("--all-connections")});
    QCOMPARE(stats.exitCode, 3);
    QVERIFY(stats.errText().contains(QLatin1String("archive")));
    QVERIFY(stats.errText().contains(QLatin1String("nowhere")));
    QCOMPARE(run({QStringLiteral("info"), QStringLiteral("--all-connections")}).exitCode, 3);
    QCOMPARE(run({QStringLiteral("topology")}).exitCode, 3);
}

void CliFleetTest::misuseExitsTwo()
{
    // Nothing saved yet.
    const auto empty = run({QStringLiteral("stats"), QStringLiteral("--all-connections")});
    QCOMPARE(empty.exitCode, 2);
    QVERIFY(empty.errText().contains(QLatin1String("add-cluster")));
    QCOMPARE(run({QStringLiteral("topology")}).exitCode, 2);
    saveAll();
    QCOMPARE(run({QStringLiteral("info"), QStringLiteral("--all-connections"), QStringLiteral("-c"),
                  QStringLiteral("leader")})
                 .exitCode,
             2);
    QCOMPARE(run({QStringLiteral("stats"), QStringLiteral("--all-connections"), QStringLiteral("--url"),
                  m_sandboxes->followerUrl().toString()})
                 .exitCode,
             2);
    // Without the flag, info and stats still talk to one cluster.
    const auto single = run({QStringLiteral("info"), QStringLiteral("-c"), QStringLiteral("regional")});
    QVERIFY2(single.exitCode == 0, qPrintable(single.errText()));
    QVERIFY(single.outText().contains(QLatin1String("logs")));
}

void CliFleetTest::topologyTableAndJson()
{
    saveAll();
    const auto table = run({QStringLiteral("topology")});
    QVERIFY2(table.exitCode == 0, qPrintable(table.errText()));
    const QStringList rows = lines(table);
    QCOMPARE(rows.size(), 4);
    QVERIFY(rows.at(0).startsWith(QLatin1String("FOLLOWER CLUSTER")));
    QVERIFY2(rows.at(1).contains(QRegularExpression(QStringLiteral("^follower +leader +leader +2 +paused$"))),
             qPrintable(rows.at(1)));
    QVERIFY2(rows.at(2).contains(QRegularExpression(QStringLiteral("^leader +dr +follower +1 +active$"))),
             qPrintable(rows.at(2)));
    QVERIFY2(rows.at(3).contains(QRegularExpression(QStringLiteral("^regional +archive +archive +1 +active$"))),
             qPrintable(rows.at(3)));

    const auto json = run({QStringLiteral("topology"), QStringLiteral("--json")});
    QVERIFY2(json.exitCode == 0, qPrintable(json.errText()));
    const QJsonArray edges = json.object().value(QStringLiteral("edges")).toArray();
    QCOMPARE(edges.size(), 3);
    const QJsonObject back = edges.at(1).toObject();
    QCOMPARE(back.value(QStringLiteral("follower_connection")).toString(), QStringLiteral("leader"));
    QCOMPARE(back.value(QStringLiteral("remote_cluster")).toString(), QStringLiteral("dr"));
    QCOMPARE(back.value(QStringLiteral("leader_connection")).toString(), QStringLiteral("follower"));
    QCOMPARE(back.value(QStringLiteral("matched_by")).toString(), QStringLiteral("address"));
    QCOMPARE(back.value(QStringLiteral("followers")).toInt(), 1);
    QCOMPARE(back.value(QStringLiteral("worst_status")).toString(), QStringLiteral("active"));
    QCOMPARE(back.value(QStringLiteral("leader_addresses")).toArray(),
             QJsonArray{m_sandboxes->a().follower().transportAddress()});
    QVERIFY(json.object().value(QStringLiteral("unreachable")).toArray().isEmpty());
}

void CliFleetTest::topologyNamesUnknownLeaders()
{
    // Only the followers are saved: their leaders are drawn as unknown, with the remote's address.
    save(QStringLiteral("follower"), m_sandboxes->followerUrl());
    save(QStringLiteral("regional"), m_sandboxes->regionalUrl());
    save(QStringLiteral("nowhere"), QUrl(CliSandboxFixture::closedUrl()));
    const auto table = run({QStringLiteral("topology")});
    QCOMPARE(table.exitCode, 1); // "nowhere" could not be read
    QVERIFY(table.errText().contains(QLatin1String("nowhere")));
    const QStringList rows = lines(table);
    QCOMPARE(rows.size(), 3);
    const QString leaderAddress = m_sandboxes->a().leader().transportAddress();
    QVERIFY2(rows.at(1).contains(QStringLiteral("unknown (%1)").arg(leaderAddress)), qPrintable(rows.at(1)));

    const auto json = run({QStringLiteral("topology"), QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 1);
    const QJsonObject edge = json.object().value(QStringLiteral("edges")).toArray().at(0).toObject();
    QVERIFY(edge.value(QStringLiteral("leader_connection")).isNull());
    QCOMPARE(edge.value(QStringLiteral("matched_by")).toString(), QStringLiteral("none"));
    QCOMPARE(edge.value(QStringLiteral("leader_addresses")).toArray(), QJsonArray{leaderAddress});
    const QJsonArray unreachable = json.object().value(QStringLiteral("unreachable")).toArray();
    QCOMPARE(unreachable.size(), 1);
    QCOMPARE(unreachable.at(0).toObject().value(QStringLiteral("connection")).toString(), QStringLiteral("nowhere"));
}

QTEST_GUILESS_MAIN(CliFleetTest)
#include "tst_cli_fleet.moc"
