// `duper bidirectional` against an in-process sandbox: the dry run (text and JSON) changes nothing, a run without a
// terminal needs --yes, a real run adds the alias back and both patterns and exits 0, running it again is a no-op,
// a conflicting pattern is named with exit 1, and missing options are bad input.
#include "CliSandboxFixture.h"
#include "sandbox/Cluster.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <memory>

using namespace duper::test;

class CliBidirectionalTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void dryRunChangesNothing();
    void withoutTerminalNeedsYes();
    void setUpThenAgain();
    void conflictIsNamed();
    void missingOptions();

private:
    CliRunner::Result bidirectional(QStringList extra) const;

    std::unique_ptr<CliSandboxFixture> m_fixture;
};

void CliBidirectionalTest::init()
{
    m_fixture = std::make_unique<CliSandboxFixture>();
    QVERIFY2(m_fixture->start(), qPrintable(m_fixture->errorString()));
}

void CliBidirectionalTest::cleanup()
{
    m_fixture.reset();
}

CliRunner::Result CliBidirectionalTest::bidirectional(QStringList extra) const
{
    QStringList arguments{QStringLiteral("bidirectional"), QStringLiteral("--leader_url"),
                          m_fixture->leaderUrl(),          QStringLiteral("--remote_cluster"),
                          QStringLiteral("leader"),        QStringLiteral("--remote_cluster_back"),
                          QStringLiteral("follower"),      QStringLiteral("--leader_index_patterns"),
                          QStringLiteral("logs-*")};
    arguments.append(extra);
    return m_fixture->run(arguments);
}

void CliBidirectionalTest::dryRunChangesNothing()
{
    const auto text = bidirectional({QStringLiteral("--dry-run")});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.outText().contains(QLatin1String("bidirectional-follower")), qPrintable(text.outText()));
    QVERIFY(text.outText().contains(QLatin1String("{{leader_index}}-replicated_from_leader")));
    QVERIFY(text.outText().contains(m_fixture->sandbox().follower().transportAddress())); // the alias back
    QVERIFY(text.outText().contains(QLatin1String("Dry run")));
    const auto json = bidirectional({QStringLiteral("--dry-run"), QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 0);
    const QJsonArray sides = json.object().value(QLatin1String("sides")).toArray();
    QCOMPARE(sides.size(), 2);
    QCOMPARE(sides.at(1).toObject().value(QLatin1String("remote_cluster_state")).toString(), QStringLiteral("missing"));
    QVERIFY(!m_fixture->sandbox().leader().remote(QStringLiteral("follower")));
    QVERIFY(m_fixture->sandbox().follower().autoFollow().patterns().isEmpty());
}

void CliBidirectionalTest::withoutTerminalNeedsYes()
{
    const auto result = bidirectional({});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.errText().contains(QLatin1String("--yes")));
    QVERIFY(!m_fixture->sandbox().leader().remote(QStringLiteral("follower")));
}

void CliBidirectionalTest::setUpThenAgain()
{
    const auto result = bidirectional({QStringLiteral("--yes"), QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.object().value(QLatin1String("result")).toString(), QStringLiteral("succeeded"));
    QVERIFY(m_fixture->sandbox().leader().remote(QStringLiteral("follower")));
    QVERIFY(!m_fixture->sandbox().follower().autoFollow().patterns().isEmpty());
    QVERIFY(!m_fixture->sandbox().leader().autoFollow().patterns().isEmpty());
    const auto again = bidirectional({QStringLiteral("--yes")});
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.outText().contains(QLatin1String("nothing to set up")), qPrintable(again.outText()));
}

void CliBidirectionalTest::conflictIsNamed()
{
    const auto put =
        m_fixture->run({QStringLiteral("auto-follow"), QStringLiteral("-p"), QStringLiteral("bidirectional-leader"),
                        QStringLiteral("--remote_cluster"), QStringLiteral("leader"),
                        QStringLiteral("--leader_index_patterns"), QStringLiteral("metrics-*")});
    QCOMPARE(put.exitCode, 0);
    const auto result = bidirectional({QStringLiteral("--yes")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.errText().contains(QLatin1String("bidirectional-leader")), qPrintable(result.errText()));
    QVERIFY(!m_fixture->sandbox().leader().remote(QStringLiteral("follower")));
}

void CliBidirectionalTest::missingOptions()
{
    const auto result = m_fixture->run({QStringLiteral("bidirectional"), QStringLiteral("--leader_url"),
                                        m_fixture->leaderUrl(), QStringLiteral("--dry-run")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.errText().contains(QLatin1String("remote_cluster")));
}

QTEST_GUILESS_MAIN(CliBidirectionalTest)
#include "tst_cli_bidirectional.moc"
