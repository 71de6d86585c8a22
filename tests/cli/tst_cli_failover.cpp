// `duper failover` against an in-process sandbox: the dry run (text and JSON) changes nothing, a run without a
// terminal needs --yes, a real run promotes every follower and saves its report, a failed step gives exit 1 and the
// same command continues, and an unknown remote is bad input.
#include "CliSandboxFixture.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <memory>

using namespace duper::test;

class CliFailoverTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void dryRunChangesNothing();
    void withoutTerminalNeedsYes();
    void failoverAndReport();
    void failedStepThenAgain();
    void unknownRemote();

private:
    CliRunner::Result failover(QStringList extra) const;
    int followerCount() const;

    std::unique_ptr<CliSandboxFixture> m_fixture;
    std::unique_ptr<QTemporaryDir> m_reports;
};

void CliFailoverTest::init()
{
    auto options = CliSandboxFixture::defaultOptions();
    options.followers = 3;
    m_fixture = std::make_unique<CliSandboxFixture>(options);
    QVERIFY2(m_fixture->start(), qPrintable(m_fixture->errorString()));
    m_reports = std::make_unique<QTemporaryDir>();
}

void CliFailoverTest::cleanup()
{
    m_fixture.reset();
    m_reports.reset();
}

CliRunner::Result CliFailoverTest::failover(QStringList extra) const
{
    QStringList arguments{QStringLiteral("failover"), QStringLiteral("--remote_cluster"), QStringLiteral("leader"),
                          QStringLiteral("--report_dir"), m_reports->path()};
    arguments.append(extra);
    return m_fixture->run(arguments);
}

int CliFailoverTest::followerCount() const
{
    int count = 0;
    for (const auto& [name, index] : m_fixture->sandbox().follower().indices().asKeyValueRange())
        count += index->isFollower() ? 1 : 0;
    return count;
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
    QVERIFY(QDir(m_reports->path()).isEmpty()); // a dry run leaves no report
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
    QVERIFY(path.startsWith(m_reports->path()));
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
    const auto result = m_fixture->run({QStringLiteral("failover"), QStringLiteral("--remote_cluster"),
                                        QStringLiteral("elsewhere"), QStringLiteral("--dry-run")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.errText().contains(QLatin1String("elsewhere")));
}

QTEST_GUILESS_MAIN(CliFailoverTest)
#include "tst_cli_failover.moc"
