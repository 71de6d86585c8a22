// The whole follower lifecycle through the `duper` executable against an in-process sandbox over real sockets:
// follow -> stats move -> pause -> resume with new flags -> unfollow; recreate; forget; open/close.
#include "CliSandboxFixture.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <memory>

using namespace duper::test;

class CliLifecycleTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void followStatsPauseResumeUnfollow();
    void globalOptionsAnywhereAndAliases();
    void recreateFollower();
    void unfollowFailureSaysWhatToDo();
    void forgetFollowerOnLeader();
    void pauseRemembersOnSavedConnection();
    void openAndClose();
    void elasticsearchRefusals();

private:
    CliRunner::Result duper(QStringList arguments) const;
    QJsonObject followerInfo(const QString& index) const;

    std::unique_ptr<CliSandboxFixture> m_fixture;
};

void CliLifecycleTest::init()
{
    m_fixture = std::make_unique<CliSandboxFixture>();
    QVERIFY2(m_fixture->start(), qPrintable(m_fixture->errorString()));
    m_fixture->sandbox().createLeaderIndex(QStringLiteral("orders"));
    m_fixture->sandbox().indexLeaderDocuments(QStringLiteral("orders"), 40);
}

void CliLifecycleTest::cleanup()
{
    m_fixture.reset();
}

CliRunner::Result CliLifecycleTest::duper(QStringList arguments) const
{
    return m_fixture->run(arguments);
}

QJsonObject CliLifecycleTest::followerInfo(const QString& index) const
{
    const auto result = duper({QStringLiteral("info"), QStringLiteral("--json")});
    for (const QJsonValue& value : result.object().value(QLatin1String("follower_indices")).toArray())
        if (value.toObject().value(QLatin1String("follower_index")).toString() == index)
            return value.toObject();
    return {};
}

void CliLifecycleTest::followStatsPauseResumeUnfollow()
{
    auto follow =
        duper({QStringLiteral("follow"), QStringLiteral("-f"), QStringLiteral("orders-copy"), QStringLiteral("-l"),
               QStringLiteral("orders"), QStringLiteral("--max_read_request_operation_count=100")});
    QCOMPARE(follow.exitCode, 0);
    QCOMPARE(follow.outText(), QStringLiteral("Follower index orders-copy created: it follows orders on remote "
                                              "cluster leader.\n"));
    m_fixture->sandbox().advance(10);

    // info: table and JSON.
    const auto table = duper({QStringLiteral("info")});
    QCOMPARE(table.exitCode, 0);
    const QStringList lines = table.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(0).startsWith(QLatin1String("FOLLOWER")));
    QVERIFY(lines.at(0).contains(QLatin1String("REMOTE CLUSTER")));
    QCOMPARE(lines.at(1).simplified(), QStringLiteral("orders-copy active leader orders"));
    QJsonObject info = followerInfo(QStringLiteral("orders-copy"));
    QCOMPARE(info.value(QLatin1String("status")).toString(), QStringLiteral("active"));
    QCOMPARE(info.value(QLatin1String("parameters"))
                 .toObject()
                 .value(QLatin1String("max_read_request_operation_count"))
                 .toInt(),
             100);

    // stats move as the leader gets documents.
    auto stats = duper({QStringLiteral("stats"), QStringLiteral("--json")});
    QCOMPARE(stats.exitCode, 0);
    QJsonObject row = stats.object().value(QLatin1String("indices")).toArray().first().toObject();
    QCOMPARE(row.value(QLatin1String("index")).toString(), QStringLiteral("orders-copy"));
    const qint64 writtenBefore = row.value(QLatin1String("operations_written")).toInteger();
    QVERIFY(writtenBefore >= 0); // the first 40 documents may arrive through the restore
    QCOMPARE(row.value(QLatin1String("shard_stats")).toArray().size(), 1);
    m_fixture->sandbox().indexLeaderDocuments(QStringLiteral("orders"), 25);
    m_fixture->sandbox().advance(10);
    stats =
        duper({QStringLiteral("stats"), QStringLiteral("--json"), QStringLiteral("-i"), QStringLiteral("orders-copy")});
    row = stats.object().value(QLatin1String("indices")).toArray().first().toObject();
    QCOMPARE(row.value(QLatin1String("operations_written")).toInteger(), writtenBefore + 25);
    QCOMPARE(row.value(QLatin1String("global_checkpoint_lag")).toInteger(), 0);
    QVERIFY(row.value(QLatin1String("fatal_exception")).isNull());
    const auto statsTable = duper({QStringLiteral("stats")});
    QVERIFY(statsTable.outText().contains(QLatin1String("OPERATIONS WRITTEN")));
    QVERIFY(statsTable.outText().contains(QLatin1String("GLOBAL CHECKPOINT LAG")));
    QCOMPARE(statsTable.outText().split(QLatin1Char('\n')).at(1).simplified(),
             QStringLiteral("orders-copy 1 %1 0 0 -").arg(writtenBefore + 25));

    // pause, then pausing again: already where the user wants it (exit 0, "already paused"), by design of issue 12.
    auto pause = duper({QStringLiteral("pause"), QStringLiteral("-f"), QStringLiteral("orders-copy")});
    QCOMPARE(pause.exitCode, 0);
    QCOMPARE(pause.outText(), QStringLiteral("Replication into orders-copy paused.\n"));
    QCOMPARE(followerInfo(QStringLiteral("orders-copy")).value(QLatin1String("status")).toString(),
             QStringLiteral("paused"));
    pause = duper({QStringLiteral("pause"), QStringLiteral("-f"), QStringLiteral("orders-copy")});
    QCOMPARE(pause.exitCode, 0);
    QCOMPARE(pause.outText(), QStringLiteral("orders-copy is already paused: nothing to do.\n"));
    QCOMPARE(followerInfo(QStringLiteral("orders-copy")).value(QLatin1String("status")).toString(),
             QStringLiteral("paused"));

    // resume with new flags.
    const auto resume =
        duper({QStringLiteral("resume"), QStringLiteral("--follower_index"), QStringLiteral("orders-copy"),
               QStringLiteral("--max_read_request_size"), QStringLiteral("16mb"), QStringLiteral("--json")});
    QCOMPARE(resume.exitCode, 0);
    QCOMPARE(resume.object().value(QLatin1String("acknowledged")).toBool(), true);
    info = followerInfo(QStringLiteral("orders-copy"));
    QCOMPARE(info.value(QLatin1String("status")).toString(), QStringLiteral("active"));
    QCOMPARE(
        info.value(QLatin1String("parameters")).toObject().value(QLatin1String("max_read_request_size")).toString(),
        QStringLiteral("16mb"));

    // unfollow: steps on stderr, one line on stdout.
    const auto unfollow = duper({QStringLiteral("unfollow"), QStringLiteral("-f"), QStringLiteral("orders-copy")});
    QCOMPARE(unfollow.exitCode, 0);
    QVERIFY(unfollow.errText().contains(QLatin1String("[1/5]")));
    QVERIFY(unfollow.errText().contains(QLatin1String("[5/5]")));
    QCOMPARE(unfollow.outText(), QStringLiteral("orders-copy is now a regular index; replication has stopped.\n"));
    QVERIFY(followerInfo(QStringLiteral("orders-copy")).isEmpty());
    const auto empty = duper({QStringLiteral("info"), QStringLiteral("--json")});
    QCOMPARE(empty.exitCode, 0);
    QVERIFY(empty.object().value(QLatin1String("follower_indices")).toArray().isEmpty());
}

void CliLifecycleTest::globalOptionsAnywhereAndAliases()
{
    // Global options after the command, --opt=value, aliases with '=', '-' for '_'.
    const auto follow = m_fixture->cli().run(
        {QStringLiteral("follow"), QStringLiteral("-f=copy"), QStringLiteral("--leader-index"),
         QStringLiteral("orders"), QStringLiteral("--url=") + m_fixture->url(), QStringLiteral("--json"),
         QStringLiteral("--remote_cluster"), QStringLiteral("leader"), QStringLiteral("--wait_for_active_shards=1")});
    QVERIFY2(follow.exitCode == 0, qPrintable(follow.errText()));
    const QJsonObject json = follow.object();
    QCOMPARE(json.value(QLatin1String("command")).toString(), QStringLiteral("follow"));
    QCOMPARE(json.value(QLatin1String("follower_index")).toString(), QStringLiteral("copy"));
    QCOMPARE(json.value(QLatin1String("remote_cluster")).toString(), QStringLiteral("leader"));
    QCOMPARE(json.value(QLatin1String("follow_index_created")).toBool(), true);
    m_fixture->sandbox().advance(5);
    const auto info = m_fixture->cli().run({QStringLiteral("--json"), QStringLiteral("info"),
                                            QStringLiteral("--index=copy"), QStringLiteral("--url"), m_fixture->url()});
    QCOMPARE(info.exitCode, 0);
    QCOMPARE(info.object().value(QLatin1String("follower_indices")).toArray().size(), 1);
}

void CliLifecycleTest::recreateFollower()
{
    QCOMPARE(duper({QStringLiteral("follow"), QStringLiteral("-f"), QStringLiteral("copy"), QStringLiteral("-l"),
                    QStringLiteral("orders"), QStringLiteral("--max_write_buffer_count=1000")})
                 .exitCode,
             0);
    m_fixture->sandbox().advance(5);
    const auto recreate =
        duper({QStringLiteral("recreate"), QStringLiteral("-f"), QStringLiteral("copy"), QStringLiteral("--json")});
    QCOMPARE(recreate.exitCode, 0);
    const QJsonObject json = recreate.object();
    QCOMPARE(json.value(QLatin1String("succeeded")).toBool(), true);
    QStringList steps;
    for (const QJsonValue& step : json.value(QLatin1String("steps")).toArray())
        steps.append(step.toObject().value(QLatin1String("step")).toString());
    QCOMPARE(steps, (QStringList{QStringLiteral("inspect"), QStringLiteral("pause"), QStringLiteral("close"),
                                 QStringLiteral("follow")}));
    m_fixture->sandbox().advance(5);
    const QJsonObject info = followerInfo(QStringLiteral("copy"));
    QCOMPARE(info.value(QLatin1String("status")).toString(), QStringLiteral("active"));
    QCOMPARE(info.value(QLatin1String("parameters")).toObject().value(QLatin1String("max_write_buffer_count")).toInt(),
             1000);
}

void CliLifecycleTest::unfollowFailureSaysWhatToDo()
{
    // A regular index is not a follower: Elasticsearch refuses at the inspect step (exit 1), nothing is closed.
    QVERIFY(duper({QStringLiteral("follow"), QStringLiteral("-f"), QStringLiteral("copy"), QStringLiteral("-l"),
                   QStringLiteral("orders")})
                .exitCode == 0);
    m_fixture->sandbox().advance(5);
    QCOMPARE(duper({QStringLiteral("unfollow"), QStringLiteral("-f"), QStringLiteral("copy")}).exitCode, 0);
    const auto again =
        duper({QStringLiteral("unfollow"), QStringLiteral("-f"), QStringLiteral("copy"), QStringLiteral("--json")});
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.errText().contains(QLatin1String("not a follower index")), qPrintable(again.errText()));
    QVERIFY2(again.errText().contains(QLatin1String("again to continue")), qPrintable(again.errText()));
    QCOMPARE(again.object().value(QLatin1String("succeeded")).toBool(true), false);
    QCOMPARE(again.object().value(QLatin1String("failed_step")).toString(), QStringLiteral("inspect"));
}

void CliLifecycleTest::forgetFollowerOnLeader()
{
    QCOMPARE(duper({QStringLiteral("follow"), QStringLiteral("-f"), QStringLiteral("copy"), QStringLiteral("-l"),
                    QStringLiteral("orders")})
                 .exitCode,
             0);
    m_fixture->sandbox().advance(5);
    QCOMPARE(duper({QStringLiteral("unfollow"), QStringLiteral("-f"), QStringLiteral("copy")}).exitCode, 0);
    const auto forget = duper({QStringLiteral("forget"), QStringLiteral("-f"), QStringLiteral("copy"),
                               QStringLiteral("-l"), QStringLiteral("orders"), QStringLiteral("--leader_url"),
                               m_fixture->leaderUrl(), QStringLiteral("--json")});
    QVERIFY2(forget.exitCode == 0, qPrintable(forget.errText()));
    const QJsonObject json = forget.object();
    QCOMPARE(json.value(QLatin1String("follower_cluster")).toString(), QStringLiteral("follower"));
    QCOMPARE(json.value(QLatin1String("leader_remote_cluster")).toString(), QStringLiteral("leader"));
    QVERIFY(!json.value(QLatin1String("follower_index_uuid")).toString().isEmpty());
    // Missing --leader_url is a usage error.
    const auto missing = duper({QStringLiteral("forget"), QStringLiteral("-f"), QStringLiteral("copy"),
                                QStringLiteral("-l"), QStringLiteral("orders")});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(missing.errText().contains(QLatin1String("--leader_url is required")));
}

void CliLifecycleTest::pauseRemembersOnSavedConnection()
{
    QCOMPARE(duper({QStringLiteral("follow"), QStringLiteral("-f"), QStringLiteral("copy"), QStringLiteral("-l"),
                    QStringLiteral("orders"), QStringLiteral("--max_read_request_operation_count=77")})
                 .exitCode,
             0);
    m_fixture->sandbox().advance(5);
    // A saved (default follower) connection: the CLI remembers the parameters before the pause, like the window.
    const auto added = m_fixture->cli().run({QStringLiteral("add-cluster"), QStringLiteral("-n"),
                                             QStringLiteral("here"), QStringLiteral("-u"), m_fixture->url(),
                                             QStringLiteral("-r"), QStringLiteral("follower")});
    QVERIFY2(added.exitCode == 0, qPrintable(added.errText()));
    const auto pause = m_fixture->cli().run({QStringLiteral("pause"), QStringLiteral("-f"), QStringLiteral("copy")});
    QVERIFY2(pause.exitCode == 0, qPrintable(pause.errText()));
    QCOMPARE(followerInfo(QStringLiteral("copy")).value(QLatin1String("status")).toString(), QStringLiteral("paused"));

    // --remembered and tuning options contradict each other; a --url connection remembers nothing.
    QCOMPARE(m_fixture->cli()
                 .run({QStringLiteral("resume"), QStringLiteral("-f"), QStringLiteral("copy"),
                       QStringLiteral("--remembered"), QStringLiteral("--max_read_request_size=16mb")})
                 .exitCode,
             2);
    const auto unsaved =
        duper({QStringLiteral("resume"), QStringLiteral("-f"), QStringLiteral("copy"), QStringLiteral("--remembered")});
    QCOMPARE(unsaved.exitCode, 2);
    QVERIFY2(unsaved.errText().contains(QLatin1String("saved connection")), qPrintable(unsaved.errText()));

    const auto resume = m_fixture->cli().run({QStringLiteral("resume"), QStringLiteral("-f"), QStringLiteral("copy"),
                                              QStringLiteral("--remembered"), QStringLiteral("--json")});
    QVERIFY2(resume.exitCode == 0, qPrintable(resume.errText()));
    QCOMPARE(resume.object()
                 .value(QLatin1String("parameters"))
                 .toObject()
                 .value(QLatin1String("max_read_request_operation_count"))
                 .toInt(),
             77);
    const QJsonObject info = followerInfo(QStringLiteral("copy"));
    QCOMPARE(info.value(QLatin1String("status")).toString(), QStringLiteral("active"));
    QCOMPARE(info.value(QLatin1String("parameters"))
                 .toObject()
                 .value(QLatin1String("max_read_request_operation_count"))
                 .toInt(),
             77);
}

void CliLifecycleTest::openAndClose()
{
    QCOMPARE(duper({QStringLiteral("follow"), QStringLiteral("-f"), QStringLiteral("copy"), QStringLiteral("-l"),
                    QStringLiteral("orders")})
                 .exitCode,
             0);
    m_fixture->sandbox().advance(5);
    QCOMPARE(duper({QStringLiteral("pause"), QStringLiteral("-f"), QStringLiteral("copy")}).exitCode, 0);
    auto close = duper({QStringLiteral("close"), QStringLiteral("-f"), QStringLiteral("copy")});
    QCOMPARE(close.exitCode, 0);
    QCOMPARE(close.outText(), QStringLiteral("Index copy closed.\n"));
    auto open = duper({QStringLiteral("open"), QStringLiteral("-f"), QStringLiteral("copy"), QStringLiteral("--json")});
    QCOMPARE(open.exitCode, 0);
    QCOMPARE(open.object().value(QLatin1String("index")).toString(), QStringLiteral("copy"));
    // The leader side.
    close = duper({QStringLiteral("close"), QStringLiteral("-l"), QStringLiteral("orders"),
                   QStringLiteral("--leader_url"), m_fixture->leaderUrl()});
    QCOMPARE(close.exitCode, 0);
    open = duper({QStringLiteral("open"), QStringLiteral("--leader_index=orders"),
                  QStringLiteral("--leader_url=") + m_fixture->leaderUrl()});
    QCOMPARE(open.exitCode, 0);
    // A missing index: Elasticsearch answers 404 (exit 1).
    const auto missing = duper({QStringLiteral("close"), QStringLiteral("-f"), QStringLiteral("nope")});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.errText().contains(QLatin1String("nope")));
}

void CliLifecycleTest::elasticsearchRefusals()
{
    // A leader index that does not exist: refused by the cluster, exit 1, plain words on stderr, nothing on stdout.
    const auto follow = duper({QStringLiteral("follow"), QStringLiteral("-f"), QStringLiteral("copy"),
                               QStringLiteral("-l"), QStringLiteral("missing")});
    QCOMPARE(follow.exitCode, 1);
    QVERIFY(follow.out.isEmpty());
    QVERIFY2(follow.errText().startsWith(QLatin1String("duper: ")), qPrintable(follow.errText()));
    QVERIFY(follow.errText().contains(QLatin1String("missing")));
    // An unknown remote cluster.
    const auto remote =
        duper({QStringLiteral("follow"), QStringLiteral("-f"), QStringLiteral("copy"), QStringLiteral("-l"),
               QStringLiteral("orders"), QStringLiteral("--remote_cluster"), QStringLiteral("nowhere")});
    QCOMPARE(remote.exitCode, 1);
    QVERIFY(remote.errText().contains(QLatin1String("nowhere")));
    // The follower index already exists.
    QCOMPARE(duper({QStringLiteral("follow"), QStringLiteral("-f"), QStringLiteral("copy"), QStringLiteral("-l"),
                    QStringLiteral("orders")})
                 .exitCode,
             0);
    m_fixture->sandbox().advance(3);
    QCOMPARE(duper({QStringLiteral("follow"), QStringLiteral("-f"), QStringLiteral("copy"), QStringLiteral("-l"),
                    QStringLiteral("orders")})
                 .exitCode,
             1);
    // resume of an active follower is already done (exit 0), by design of issue 12; JSON says so.
    const auto resumeActive =
        duper({QStringLiteral("resume"), QStringLiteral("-f"), QStringLiteral("copy"), QStringLiteral("--json")});
    QCOMPARE(resumeActive.exitCode, 0);
    const QJsonObject resumed = resumeActive.json().object();
    QCOMPARE(resumed.value(QLatin1String("command")).toString(), QStringLiteral("resume"));
    QCOMPARE(resumed.value(QLatin1String("follower_index")).toString(), QStringLiteral("copy"));
    QCOMPARE(resumed.value(QLatin1String("already_active")).toBool(), true);
}

QTEST_GUILESS_MAIN(CliLifecycleTest)
#include "tst_cli_lifecycle.moc"
