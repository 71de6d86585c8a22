// `duper verify` (issue 16 §4) against the in-process sandbox: an equal copy (exit 0), a copy behind its leader
// (exit 0, says by how much), a deliberately different copy (the emulator's diverge fault: exit 1), the JSON shape,
// --all, and the usage and unreachable-leader exit codes.
#include "CliSandboxFixture.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <memory>

using namespace duper::test;

class CliVerifyTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void equalCopy();
    void behindCopy();
    void differentCopy();
    void jsonShape();
    void allFollowers();
    void usageErrors();
    void unreachableLeader();

private:
    CliRunner::Result duper(QStringList arguments) const { return m_fixture->run(arguments); }
    CliRunner::Result verify(QStringList more) const
    {
        return duper(QStringList{QStringLiteral("verify"), QStringLiteral("--leader_url"), m_fixture->leaderUrl()} +
                     more);
    }
    void follow(const QString& leader, QStringList tuning = {});

    std::unique_ptr<CliSandboxFixture> m_fixture;
};

void CliVerifyTest::init()
{
    m_fixture = std::make_unique<CliSandboxFixture>();
    QVERIFY2(m_fixture->start(), qPrintable(m_fixture->errorString()));
}

void CliVerifyTest::cleanup()
{
    m_fixture.reset();
}

void CliVerifyTest::follow(const QString& leader, QStringList tuning)
{
    m_fixture->sandbox().createLeaderIndex(leader);
    m_fixture->sandbox().indexLeaderDocuments(leader, 20);
    const auto result = duper(QStringList{QStringLiteral("follow"), QStringLiteral("-f"),
                                          leader + QStringLiteral("-copy"), QStringLiteral("-l"), leader} +
                              tuning);
    QVERIFY2(result.exitCode == 0, qPrintable(result.errText()));
    m_fixture->sandbox().advance(2);
}

void CliVerifyTest::equalCopy()
{
    follow(QStringLiteral("orders"));
    const auto result = verify({QStringLiteral("-f"), QStringLiteral("orders-copy")});
    QCOMPARE(result.exitCode, 0);
    const QStringList lines = result.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines.at(0).startsWith(QLatin1String("FOLLOWER")));
    QCOMPARE(lines.at(1).simplified(), QStringLiteral("orders-copy orders complete 0 20 20"));
    QVERIFY2(lines.at(2).startsWith(QLatin1String("orders-copy: Complete: every shard")), qPrintable(lines.at(2)));
    QVERIFY2(lines.at(2).contains(QLatin1String("hold 20 documents")), qPrintable(lines.at(2)));
}

void CliVerifyTest::behindCopy()
{
    follow(QStringLiteral("orders"), {QStringLiteral("--max_read_request_operation_count"), QStringLiteral("5"),
                                      QStringLiteral("--max_outstanding_read_requests"), QStringLiteral("1")});
    m_fixture->sandbox().indexLeaderDocuments(QStringLiteral("orders"), 30);
    m_fixture->sandbox().advance(1); // reads 5 of the 30 new operations
    const auto result = verify({QStringLiteral("-f"), QStringLiteral("orders-copy")});
    QCOMPARE(result.exitCode, 0); // behind is replication at work, not a fault
    QVERIFY2(result.outText().contains(QLatin1String("orders-copy: Behind by 25 operations")),
             qPrintable(result.outText()));
    QVERIFY2(result.outText().contains(QLatin1String("The leader holds 25 more documents.")),
             qPrintable(result.outText()));
}

void CliVerifyTest::differentCopy()
{
    follow(QStringLiteral("orders"));
    m_fixture->sandbox().faults().divergingFollowers.insert(QStringLiteral("orders-copy"));
    m_fixture->sandbox().advance(1);
    const auto result = verify({QStringLiteral("-f"), QStringLiteral("orders-copy")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.outText().simplified().contains(QLatin1String("orders-copy orders differs 0 20 19")),
             qPrintable(result.outText().simplified()));
    QVERIFY2(result.outText().contains(QLatin1String("the leader holds 20 documents and the follower 19")),
             qPrintable(result.outText()));
}

void CliVerifyTest::jsonShape()
{
    follow(QStringLiteral("orders"));
    const auto result = verify({QStringLiteral("-f"), QStringLiteral("orders-copy"), QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 0);
    const QJsonObject root = result.object();
    QCOMPARE(root.value(QLatin1String("command")).toString(), QStringLiteral("verify"));
    const QJsonArray followers = root.value(QLatin1String("followers")).toArray();
    QCOMPARE(followers.size(), 1);
    const QJsonObject follower = followers.first().toObject();
    QCOMPARE(follower.value(QLatin1String("follower_index")).toString(), QStringLiteral("orders-copy"));
    QCOMPARE(follower.value(QLatin1String("leader_index")).toString(), QStringLiteral("orders"));
    QCOMPARE(follower.value(QLatin1String("remote_cluster")).toString(), QStringLiteral("leader"));
    QCOMPARE(follower.value(QLatin1String("verdict")).toString(), QStringLiteral("complete"));
    QCOMPARE(follower.value(QLatin1String("operations_behind")).toInteger(), 0);
    QCOMPARE(follower.value(QLatin1String("leader_documents")).toInteger(), 20);
    QCOMPARE(follower.value(QLatin1String("follower_documents")).toInteger(), 20);
    QCOMPARE(follower.value(QLatin1String("document_difference")).toInteger(), 0);
    QCOMPARE(follower.value(QLatin1String("figures_may_be_stale")).toBool(true), false);
    QVERIFY(follower.value(QLatin1String("message")).toString().startsWith(QLatin1String("Complete")));
    const QJsonObject shard = follower.value(QLatin1String("shards")).toArray().first().toObject();
    for (const char* key : {"shard_id", "leader_max_seq_no", "leader_global_checkpoint", "follower_global_checkpoint",
                            "follower_max_seq_no"})
        QVERIFY2(shard.contains(QLatin1String(key)), key);
    QCOMPARE(shard.value(QLatin1String("leader_max_seq_no")).toInteger(), 19);
    QCOMPARE(shard.value(QLatin1String("follower_global_checkpoint")).toInteger(), 19);
    const QJsonObject summary = root.value(QLatin1String("summary")).toObject();
    QCOMPARE(summary.value(QLatin1String("complete")).toInt(), 1);
    QCOMPARE(summary.value(QLatin1String("differs")).toInt(), 0);
}

void CliVerifyTest::allFollowers()
{
    follow(QStringLiteral("orders"));
    follow(QStringLiteral("logs"));
    QCOMPARE(duper({QStringLiteral("pause"), QStringLiteral("-f"), QStringLiteral("logs-copy")}).exitCode, 0);
    const auto result = verify({QStringLiteral("--all"), QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 1); // the paused follower could not be checked
    const QJsonObject summary = result.object().value(QLatin1String("summary")).toObject();
    QCOMPARE(summary.value(QLatin1String("complete")).toInt(), 1);
    QCOMPARE(summary.value(QLatin1String("unchecked")).toInt(), 1);
}

void CliVerifyTest::usageErrors()
{
    QCOMPARE(verify({}).exitCode, 2);
    QCOMPARE(verify({QStringLiteral("-f"), QStringLiteral("a"), QStringLiteral("--all")}).exitCode, 2);
    QCOMPARE(verify({QStringLiteral("-f"), QStringLiteral("Bad*Name")}).exitCode, 2);
    // No leader at all: no --leader_url, no --leader, no default leader connection in the private home.
    const auto noLeader = duper({QStringLiteral("verify"), QStringLiteral("-f"), QStringLiteral("orders-copy")});
    QCOMPARE(noLeader.exitCode, 2);
    QVERIFY2(noLeader.errText().contains(QLatin1String("--leader_url")), qPrintable(noLeader.errText()));
    const auto unknownLeader = duper({QStringLiteral("verify"), QStringLiteral("-f"), QStringLiteral("orders-copy"),
                                      QStringLiteral("--leader"), QStringLiteral("no-such-connection")});
    QCOMPARE(unknownLeader.exitCode, 2);
}

void CliVerifyTest::unreachableLeader()
{
    follow(QStringLiteral("orders"));
    const auto result = duper({QStringLiteral("verify"), QStringLiteral("-f"), QStringLiteral("orders-copy"),
                               QStringLiteral("--leader_url"), CliSandboxFixture::closedUrl()});
    QCOMPARE(result.exitCode, 3);
    QVERIFY2(result.outText().contains(QLatin1String("the leader cluster could not be reached")),
             qPrintable(result.outText()));
}

QTEST_GUILESS_MAIN(CliVerifyTest)
#include "tst_cli_verify.moc"
