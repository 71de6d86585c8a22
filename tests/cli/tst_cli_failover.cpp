// `duper failover` against an in-process sandbox: the dry run (text and JSON) changes nothing, a run without a
// terminal needs --yes, a real run promotes every follower and saves its report, a failed step gives exit 1 and the
// same command continues, and an unknown remote is bad input.
#include "DrCliTest.h"
#include "sandbox/Cluster.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <memory>

using namespace duper::test;

class CliFailoverTest : public DrCliTest
{
    Q_OBJECT

private slots:
    void dryRunChangesNothing();
    void withoutTerminalNeedsYes();
    void failoverAndReport();
    void failedStepThenAgain();
    void unknownRemote();

protected:
    duper::sandbox::SandboxOptions sandboxOptions() const override;
    QStringList command() const override;

private:
    CliRunner::Result failover(const QStringList& extra) const { return m_fixture->run(extra); }
    int followerCount() { return DrCliFixture::followerCount(m_fixture->sandbox().follower()); }
};

duper::sandbox::SandboxOptions CliFailoverTest::sandboxOptions() const
{
    auto options = CliSandboxFixture::defaultOptions();
    options.followers = 3;
    return options;
}

QStringList CliFailoverTest::command() const
{
    return {QStringLiteral("failover"), QStringLiteral("--remote_cluster"), QStringLiteral("leader")};
}

void CliFailoverTest::dryRunChangesNothing()
{
    const auto text = failover({QStringLiteral("--dry-run")});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.outText().contains(QLatin1String("follower-00002")));
    QVERIFY(text.outText().contains(QLatin1String("Dry run")));
    const auto json = failover({QStringLiteral("--dry-run"), QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 0);
    QCOMPARE(json.object().value(QLatin1String("followers")).toArray().size(), 3);
    QVERIFY(json.object().value(QLatin1String("dry_run")).toBool());
    QCOMPARE(followerCount(), 3);
    QVERIFY(QDir(m_fixture->reportDir()).isEmpty()); // a dry run leaves no report
}

void CliFailoverTest::withoutTerminalNeedsYes()
{
    const auto result = failover({});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.errText().contains(QLatin1String("--yes")));
    QCOMPARE(followerCount(), 3);
}

void CliFailoverTest::failoverAndReport()
{
    const auto result = failover({QStringLiteral("--yes"), QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(followerCount(), 0);
    const QJsonObject report = result.object();
    QCOMPARE(report.value(QLatin1String("result")).toString(), QStringLiteral("succeeded"));
    const QString path = report.value(QLatin1String("report_file")).toString();
    QVERIFY(path.startsWith(m_fixture->reportDir()));
    QFile saved(path);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(saved.readAll()).object().value(QLatin1String("remote_cluster")).toString(),
             QStringLiteral("leader"));
    const auto again = failover({QStringLiteral("--yes")});
    QCOMPARE(again.exitCode, 0);
    QVERIFY(again.outText().contains(QLatin1String("nothing to fail over")));
}

void CliFailoverTest::failedStepThenAgain()
{
    m_fixture->sandbox().faults().failingCloseIndices.insert(QStringLiteral("follower-00002"));
    const auto first = failover({QStringLiteral("--yes")});
    QCOMPARE(first.exitCode, 1);
    QVERIFY(first.errText().contains(QLatin1String("follower-00002")));
    QVERIFY(first.outText().contains(QLatin1String("again")));
    QCOMPARE(followerCount(), 1);
    m_fixture->sandbox().faults().failingCloseIndices.clear();
    const auto second = failover({QStringLiteral("--yes")});
    QCOMPARE(second.exitCode, 0);
    QCOMPARE(followerCount(), 0);
}

void CliFailoverTest::unknownRemote()
{
    const auto result = m_fixture->cli().run({QStringLiteral("failover"), QStringLiteral("--remote_cluster"),
                                              QStringLiteral("elsewhere"), QStringLiteral("--dry-run")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.errText().contains(QLatin1String("elsewhere")));
}

QTEST_GUILESS_MAIN(CliFailoverTest)
#include "tst_cli_failover.moc"
