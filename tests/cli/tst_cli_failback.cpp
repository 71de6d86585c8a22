// `duper failback` against an in-process sandbox in the state a failover leaves: the follower cluster B (promoted)
// and the leader cluster A (back online) hold regular indices of the same names, B's with more documents. The dry run
// (text and JSON) changes nothing; without a terminal it needs --yes, and deleting A's copies needs
// --yes-delete-stale-copies (else exit 1, nothing deleted); a real run makes A follow B with B's documents and saves
// its report; a second run has nothing left to do; --switch-back restores the original direction and saves a
// Markdown report of its stages.
#include "DrCliTest.h"
#include "sandbox/Cluster.h"
#include "sandbox/EmulatedIndex.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <memory>

using namespace duper::test;

class CliFailbackTest : public DrCliTest
{
    Q_OBJECT

private slots:
    void dryRunChangesNothing();
    void withoutTerminalNeedsYes();
    void refusesToDeleteWithoutConsent();
    void failbackAndReport();
    void switchBack();
    void badInput();

protected:
    duper::sandbox::SandboxOptions sandboxOptions() const override;
    QStringList command() const override;
    void prepare() override;

private:
    static QString index(int i) { return QStringLiteral("app-%1").arg(i); }
    CliRunner::Result failback(const QStringList& extra) const { return m_fixture->run(extra); }
    int followersOnA() { return DrCliFixture::followerCount(m_fixture->sandbox().leader()); }
};

duper::sandbox::SandboxOptions CliFailbackTest::sandboxOptions() const
{
    auto options = CliSandboxFixture::defaultOptions();
    options.tickIntervalMs = 10; // the catch-up wait needs replication to move on its own
    return options;
}

QStringList CliFailbackTest::command() const
{
    return {QStringLiteral("--url"),        m_fixture->cli().leaderUrl(), QStringLiteral("failback"),
            QStringLiteral("--leader_url"), m_fixture->cli().url(),       QStringLiteral("--remote_cluster"),
            QStringLiteral("promoted")};
}

void CliFailbackTest::prepare()
{
    duper::sandbox::Sandbox& sandbox = m_fixture->sandbox();
    for (int i = 1; i <= 3; ++i) {
        sandbox.indexLeaderDocuments(index(i), 2);
        duper::sandbox::EmulatedIndex* promoted = sandbox.follower().createIndex(index(i), {});
        for (int d = 0; d < 2 + i; ++d)
            promoted->index(QStringLiteral("d%1").arg(d), R"({"n":1})");
    }
}

void CliFailbackTest::dryRunChangesNothing()
{
    const auto text = failback({QStringLiteral("--dry-run")});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.outText().contains(QLatin1String("app-2")), qPrintable(text.errText()));
    QVERIFY(text.outText().contains(QLatin1String("Dry run")));
    QVERIFY(text.outText().contains(m_fixture->sandbox().follower().transportAddress()));
    const auto json = failback({QStringLiteral("--dry-run"), QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 0);
    const QJsonObject plan = json.object();
    QCOMPARE(plan.value(QLatin1String("indices")).toArray().size(), 3);
    QCOMPARE(plan.value(QLatin1String("delete_indices")).toArray().size(), 3);
    QVERIFY(!plan.value(QLatin1String("remote_exists")).toBool());
    QVERIFY(plan.value(QLatin1String("indices")).toArray().at(0).toObject().value(QLatin1String("differs")).toBool());
    QCOMPARE(followersOnA(), 0);
    QVERIFY(!m_fixture->sandbox().leader().remote(QStringLiteral("promoted")));
    QVERIFY(QDir(m_fixture->reportDir()).isEmpty());
}

void CliFailbackTest::withoutTerminalNeedsYes()
{
    const auto result = failback({});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.errText().contains(QLatin1String("--yes")));
    QVERIFY(!m_fixture->sandbox().leader().remote(QStringLiteral("promoted")));
}

void CliFailbackTest::refusesToDeleteWithoutConsent()
{
    const auto result = failback({QStringLiteral("--yes")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.errText().contains(QLatin1String("--yes-delete-stale-copies")));
    QVERIFY(result.errText().contains(QLatin1String("app-3")));
    QCOMPARE(m_fixture->sandbox().leader().index(index(1))->documentCount(), 2); // not deleted
    QCOMPARE(followersOnA(), 0);
}

void CliFailbackTest::failbackAndReport()
{
    const auto result =
        failback({QStringLiteral("--yes"), QStringLiteral("--yes-delete-stale-copies"), QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 0);
    const QJsonObject report = result.object();
    QCOMPARE(report.value(QLatin1String("result")).toString(), QStringLiteral("succeeded"));
    QVERIFY(report.value(QLatin1String("report_file")).toString().startsWith(m_fixture->reportDir()));
    QCOMPARE(followersOnA(), 3);
    for (int i = 1; i <= 3; ++i)
        QCOMPARE(m_fixture->sandbox().leader().index(index(i))->documentCount(), 2 + i);
    const auto again = failback({QStringLiteral("--yes"), QStringLiteral("--dry-run"), QStringLiteral("--json")});
    QCOMPARE(again.exitCode, 0);
    QVERIFY(again.object().value(QLatin1String("delete_indices")).toArray().isEmpty());
    QVERIFY(again.object().value(QLatin1String("remote_connected")).toBool());
}

void CliFailbackTest::switchBack()
{
    const auto result =
        failback({QStringLiteral("--yes"), QStringLiteral("--yes-delete-stale-copies"), QStringLiteral("--switch-back"),
                  QStringLiteral("--remote_cluster_back"), QStringLiteral("leader"), QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 0);
    const QJsonObject switched = result.object().value(QLatin1String("switch_back")).toObject();
    QCOMPARE(switched.value(QLatin1String("result")).toString(), QStringLiteral("succeeded"));
    // Its report is Markdown for people: each stage with its items, not JSON in a code block.
    QFile markdown(switched.value(QLatin1String("report_file"))
                       .toString()
                       .replace(QStringLiteral(".json"), QStringLiteral(".md")));
    QVERIFY(markdown.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(markdown.readAll());
    QVERIFY2(!text.contains(QLatin1String("```")), qPrintable(text));
    QVERIFY(text.startsWith(QLatin1String("# Switch back")));
    QVERIFY(text.contains(QLatin1String("## 1. Failover")));
    QVERIFY(text.contains(QLatin1String("## 2. Failback")));
    QVERIFY(text.contains(QStringLiteral("- `%1`: done").arg(index(1))));
    // The original direction: A leads with B's documents, B follows A through "leader".
    QCOMPARE(followersOnA(), 0);
    for (int i = 1; i <= 3; ++i) {
        const duper::sandbox::EmulatedIndex* follower = m_fixture->sandbox().follower().index(index(i));
        QVERIFY(follower && follower->isFollower());
        QCOMPARE(follower->follow()->remoteCluster, QStringLiteral("leader"));
        QCOMPARE(follower->documentCount(), 2 + i);
    }
    const auto needsAlias = failback({QStringLiteral("--dry-run"), QStringLiteral("--switch-back")});
    QCOMPARE(needsAlias.exitCode, 2);
    QVERIFY(needsAlias.errText().contains(QLatin1String("remote_cluster_back")));
}

void CliFailbackTest::badInput()
{
    const auto noAlias = m_fixture->cli().cli().run({QStringLiteral("--url"), m_fixture->cli().leaderUrl(),
                                                     QStringLiteral("failback"), QStringLiteral("--leader_url"),
                                                     m_fixture->cli().url(), QStringLiteral("--dry-run")});
    QCOMPARE(noAlias.exitCode, 2);
    const auto unreachable = m_fixture->cli().cli().run(
        {QStringLiteral("--url"), m_fixture->cli().leaderUrl(), QStringLiteral("failback"),
         QStringLiteral("--leader_url"), CliSandboxFixture::closedUrl(), QStringLiteral("--remote_cluster"),
         QStringLiteral("promoted"), QStringLiteral("--dry-run")});
    QCOMPARE(unreachable.exitCode, 3);
}

QTEST_GUILESS_MAIN(CliFailbackTest)
#include "tst_cli_failback.moc"
