// `duper bidirectional` against an in-process sandbox: the dry run (text and JSON) changes nothing, a run without a
// terminal needs --yes, a real run adds the alias back and both patterns, exits 0 and saves its report (JSON and
// Markdown) where it says, running it again is a no-op,
// a conflicting pattern is named with exit 1, and missing options are bad input.
#include "DrCliTest.h"
#include "sandbox/Cluster.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <memory>

using namespace duper::test;

class CliBidirectionalTest : public DrCliTest
{
    Q_OBJECT

private slots:
    void dryRunChangesNothing();
    void withoutTerminalNeedsYes();
    void setUpThenAgain();
    void conflictIsNamed();
    void missingOptions();

protected:
    QStringList command() const override;

private:
    CliRunner::Result bidirectional(const QStringList& extra) const { return m_fixture->run(extra); }
};

QStringList CliBidirectionalTest::command() const
{
    return {QStringLiteral("bidirectional"), QStringLiteral("--leader_url"),
            m_fixture->cli().leaderUrl(),    QStringLiteral("--remote_cluster"),
            QStringLiteral("leader"),        QStringLiteral("--remote_cluster_back"),
            QStringLiteral("follower"),      QStringLiteral("--leader_index_patterns"),
            QStringLiteral("logs-*")};
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
    const QString reportFile = result.object().value(QLatin1String("report_file")).toString();
    QVERIFY2(reportFile.startsWith(m_fixture->reportDir()), qPrintable(reportFile));
    QFile saved(reportFile);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QJsonObject report = QJsonDocument::fromJson(saved.readAll()).object();
    QCOMPARE(report.value(QLatin1String("action")).toString(), QStringLiteral("bidirectional"));
    QCOMPARE(report.value(QLatin1String("result")).toString(), QStringLiteral("succeeded"));
    QFile markdown(QString(reportFile).replace(QStringLiteral(".json"), QStringLiteral(".md")));
    QVERIFY(markdown.open(QIODevice::ReadOnly));
    QVERIFY(markdown.readAll().contains("bidirectional-follower"));
    QVERIFY(m_fixture->sandbox().leader().remote(QStringLiteral("follower")));
    QVERIFY(!m_fixture->sandbox().follower().autoFollow().patterns().isEmpty());
    QVERIFY(!m_fixture->sandbox().leader().autoFollow().patterns().isEmpty());
    const auto again = bidirectional({QStringLiteral("--yes")});
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.outText().contains(QLatin1String("nothing to set up")), qPrintable(again.outText()));
    QVERIFY(again.errText().contains(m_fixture->reportDir())); // "Report: <file>", as failover says it
}

void CliBidirectionalTest::conflictIsNamed()
{
    const auto put = m_fixture->cli().run({QStringLiteral("auto-follow"), QStringLiteral("-p"),
                                           QStringLiteral("bidirectional-leader"), QStringLiteral("--remote_cluster"),
                                           QStringLiteral("leader"), QStringLiteral("--leader_index_patterns"),
                                           QStringLiteral("metrics-*")});
    QCOMPARE(put.exitCode, 0);
    const auto result = bidirectional({QStringLiteral("--yes")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.errText().contains(QLatin1String("bidirectional-leader")), qPrintable(result.errText()));
    QVERIFY(!m_fixture->sandbox().leader().remote(QStringLiteral("follower")));
}

void CliBidirectionalTest::missingOptions()
{
    const auto result = m_fixture->cli().run({QStringLiteral("bidirectional"), QStringLiteral("--leader_url"),
                                              m_fixture->cli().leaderUrl(), QStringLiteral("--dry-run")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.errText().contains(QLatin1String("remote_cluster")));
}

QTEST_GUILESS_MAIN(CliBidirectionalTest)
#include "tst_cli_bidirectional.moc"
