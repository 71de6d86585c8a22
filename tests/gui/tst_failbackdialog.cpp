// The failback window against the sandbox's two clusters over real sockets. The sandbox's leader cluster is A (the
// window's connection) and its follower cluster B: B follows A's indices under the same names, fails over (core
// FailoverRun), A goes down, B takes writes, A comes back. Then the wizard: the plan shows A's and B's document
// counts with the differing copy flagged and changes nothing; Next on the confirmation stays off until the box that
// names the copies to delete is ticked; the run makes A follow B with the same documents; a fault (A's remote reports
// disconnected) fails the run and Try again continues; Switch back restores the original direction. Screenshots of
// each step when DUPER_SCREENSHOT_DIR is set.
#include "AwaitJob.h"
#include "GuiFixture.h"
#include "TestSession.h"
#include "core/batch/BatchRunner.h"
#include "core/dr/FailoverPlanner.h"
#include "core/dr/FailoverRun.h"
#include "core/followers/FollowerActions.h"
#include "core/session/ClusterSessionOpener.h"
#include "sandbox/Sandbox.h"
#include "ui/dr/FailbackDialog.h"
#include "ui/dr/SwitchBackPage.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTreeWidget>

using namespace duper;
using Phase = FailbackPlan::Phase;
using Step = ui::FailbackDialog::Step;
using Which = sandbox::Sandbox::Which;

class FailbackDialogTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void planConfirmRunAndSwitchBack();
    void faultThenTryAgainContinues();

private:
    static QStringList names() { return {QStringLiteral("app-1"), QStringLiteral("app-2"), QStringLiteral("app-3")}; }
    ui::FailbackDialog* openAndPlan();
    void confirmAndRun(ui::FailbackDialog* dialog, QSignalSpy& finished);
    void screenshot(const QString& name);
    void expectSameDocuments(sandbox::Cluster& follower, sandbox::Cluster& leader);

    std::unique_ptr<test::GuiFixture> m_fixture;
    std::unique_ptr<EsClient> m_clientA;
    std::unique_ptr<ClusterSession> m_a;
    std::unique_ptr<ui::FailbackDialog> m_dialog;
};

void FailbackDialogTest::init()
{
    m_fixture = std::make_unique<test::GuiFixture>();
    auto options = test::SandboxClient::defaultOptions();
    options.tickIntervalMs = 10; // replication moves on its own, as the catch-up wait needs
    QVERIFY2(m_fixture->startSandbox(options), qPrintable(m_fixture->errorString()));
    EsEndpoint endpoint;
    endpoint.baseUrl = m_fixture->sandbox().sandbox().leaderUrl();
    m_clientA = std::make_unique<EsClient>(&m_fixture->sandbox().network(), endpoint, nullptr);
    m_a = test::makeSession(*m_clientA, QStringLiteral("site-a"), nullptr);

    // B follows A's indices under the same names, then fails over.
    sandbox::Sandbox& sandbox = m_fixture->sandbox().sandbox();
    QHash<QString, FollowRequest> requests;
    for (const QString& name : names()) {
        sandbox.createLeaderIndex(name);
        sandbox.indexLeaderDocuments(name, 3);
        requests.insert(name, FollowRequest{});
        requests[name].remoteCluster = QStringLiteral("leader");
        requests[name].leaderIndex = name;
    }
    ClusterSession* b = m_fixture->session();
    BatchRunner* runner = b->followerActions()->follow(names(), requests);
    QSignalSpy followed(runner, &BatchRunner::finished);
    runner->start();
    QVERIFY(followed.wait(20000));
    QCOMPARE(runner->succeededCount(), 3);
    runner->deleteLater();
    FailoverPlanner planner(b->api(), QStringLiteral("leader"));
    QSignalSpy planned(&planner, &FailoverPlanner::finished);
    planner.start();
    QVERIFY(planned.wait(10000) && planner.plan());
    FailoverRun failover(b, *planner.plan());
    QSignalSpy failedOver(&failover, &FailoverRun::finished);
    failover.start();
    QVERIFY(failedOver.wait(20000) && failover.succeeded());

    // A is lost; B takes a write; A comes back with its old copy.
    QVERIFY(sandbox.setClusterDown(Which::Leader, true));
    sandbox.follower().index(QStringLiteral("app-1"))->index(QStringLiteral("b-1"), R"({"written":"on B"})");
    QVERIFY(sandbox.setClusterDown(Which::Leader, false));
}

void FailbackDialogTest::cleanup()
{
    m_dialog.reset();
    m_a.reset();
    m_clientA.reset();
    m_fixture.reset();
}

ui::FailbackDialog* FailbackDialogTest::openAndPlan()
{
    ConnectionProfile promoted;
    promoted.id = QStringLiteral("promoted-id");
    promoted.name = QStringLiteral("Promoted");
    promoted.urls = {m_fixture->sandbox().sandbox().followerUrl()};
    promoted.defaultRemoteCluster = QStringLiteral("leader"); // B's alias to A, as before the failover
    auto* opener = new ClusterSessionOpener(&m_fixture->sandbox().network(), nullptr, nullptr, nullptr, nullptr);
    m_dialog = std::make_unique<ui::FailbackDialog>(m_a.get(), QList<ConnectionProfile>{promoted}, opener, nullptr,
                                                    m_fixture->filePath(QStringLiteral("reports")));
    m_dialog->resize(900, 580);
    m_dialog->show();
    FailbackRun::Options options;
    options.pollIntervalMs = 50;
    options.catchUpTimeoutMs = 10000;
    m_dialog->setRunOptions(options);
    test::child<QLineEdit>(m_dialog.get(), "aliasEdit")->setText(QStringLiteral("promoted"));
    QSignalSpy planned(m_dialog.get(), &ui::FailbackDialog::planned);
    test::child<QPushButton>(m_dialog.get(), "planButton")->click();
    if (!planned.wait(10000))
        return nullptr;
    return m_dialog.get();
}

void FailbackDialogTest::confirmAndRun(ui::FailbackDialog* dialog, QSignalSpy& finished)
{
    auto* next = test::child<QPushButton>(dialog, "nextButton");
    next->click();
    QCOMPARE(dialog->step(), Step::Confirm);
    auto* tick = test::child<QCheckBox>(dialog, "deleteCheck");
    QVERIFY(!next->isEnabled());
    tick->setChecked(true);
    QVERIFY(next->isEnabled());
    next->click();
    QVERIFY(finished.wait(30000));
}

void FailbackDialogTest::screenshot(const QString& name)
{
    const QString dir = qEnvironmentVariable("DUPER_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QCoreApplication::sendPostedEvents(); // the layout requests of the last text changes
    QVERIFY(m_dialog->grab().save(QDir(dir).filePath(name), "PNG"));
}

void FailbackDialogTest::expectSameDocuments(sandbox::Cluster& follower, sandbox::Cluster& leader)
{
    for (const QString& name : names()) {
        QVERIFY2(follower.index(name) && follower.index(name)->isFollower(), qPrintable(name));
        QTRY_COMPARE_WITH_TIMEOUT(follower.index(name)->documentCount(), leader.index(name)->documentCount(), 10000);
    }
}

void FailbackDialogTest::planConfirmRunAndSwitchBack()
{
    sandbox::Cluster& a = m_fixture->sandbox().sandbox().leader();
    sandbox::Cluster& b = m_fixture->sandbox().sandbox().follower();
    ui::FailbackDialog* dialog = openAndPlan();
    QVERIFY(dialog);
    QCOMPARE(dialog->plan()->indexNames(), names());
    QVERIFY(dialog->itemFor(Phase::EnsureRemote, QStringLiteral("promoted"))
                ->text(5)
                .startsWith(QStringLiteral("Missing")));
    QTreeWidgetItem* differing = dialog->itemFor(Phase::Follow, QStringLiteral("app-1"));
    QCOMPARE(differing->text(1), QStringLiteral("3")); // documents on A
    QCOMPARE(differing->text(2), QStringLiteral("4")); // documents on B
    QVERIFY(!differing->icon(0).isNull());             // flagged
    QVERIFY(dialog->itemFor(Phase::Follow, QStringLiteral("app-2"))->icon(0).isNull());
    QVERIFY(dialog->itemFor(Phase::DeleteStaleCopies, QStringLiteral("app-1")));
    QVERIFY(!a.index(QStringLiteral("app-1"))->isFollower()); // the plan changed nothing
    screenshot(QStringLiteral("failback-plan.png"));

    // The confirmation names each copy; nothing is deleted without the ticked box.
    auto* next = test::child<QPushButton>(dialog, "nextButton");
    next->click();
    QCOMPARE(dialog->step(), Step::Confirm);
    auto* copies = test::child<QListWidget>(dialog, "staleCopiesList");
    QCOMPARE(copies->count(), 3);
    QCOMPARE(copies->item(0)->text(), QStringLiteral("app-1"));
    QVERIFY(!next->isEnabled());
    next->click(); // disabled: does nothing
    QCOMPARE(dialog->step(), Step::Confirm);
    screenshot(QStringLiteral("failback-confirm.png"));
    test::child<QPushButton>(dialog, "backButton")->click();
    QCOMPARE(dialog->step(), Step::Plan);

    QSignalSpy finished(dialog, &ui::FailbackDialog::runFinished);
    confirmAndRun(dialog, finished);
    QCOMPARE(finished.first().first().toBool(), true);
    expectSameDocuments(a, b);
    QCOMPARE(a.index(QStringLiteral("app-1"))->documentCount(), 4);
    QCOMPARE(dialog->itemFor(Phase::Verify, QStringLiteral("app-3"))->text(5), QStringLiteral("Done"));
    QVERIFY(QFile::exists(dialog->reportPath()));
    QVERIFY(!test::child<QPushButton>(dialog, "retryButton")->isEnabled());
    screenshot(QStringLiteral("failback-result.png"));

    // Switch back: its own confirmation, progress and result.
    QVERIFY(next->isEnabled());
    next->click();
    QCOMPARE(dialog->step(), Step::SwitchBack);
    ui::SwitchBackPage* page = dialog->switchBackPage();
    QCOMPARE(test::child<QLineEdit>(page, "aliasBackEdit")->text(), QStringLiteral("leader"));
    QVERIFY(page->itemFor(SwitchBackRun::Stage::Failback, QStringLiteral("app-2")));
    QVERIFY(!next->isEnabled());
    screenshot(QStringLiteral("failback-switchback-confirm.png"));
    test::child<QCheckBox>(page, "switchBackDeleteCheck")->setChecked(true);
    QVERIFY(next->isEnabled());
    QSignalSpy switched(page, &ui::SwitchBackPage::finished);
    next->click();
    QVERIFY(switched.wait(60000));
    QCOMPARE(switched.first().first().toBool(), true);
    // The original direction: B follows A through its alias "leader", and A's writes reach B.
    for (const QString& name : names()) {
        QVERIFY2(!a.index(name)->isFollower(), qPrintable(name));
        QCOMPARE(b.index(name)->follow()->remoteCluster, QStringLiteral("leader"));
    }
    a.index(QStringLiteral("app-1"))->index(QStringLiteral("after"), R"({"written":"on A again"})");
    expectSameDocuments(b, a);
    QVERIFY(test::child<QLabel>(dialog, "statusLabel")->text().startsWith(QStringLiteral("Switched back")));
    QVERIFY(QFile::exists(page->reportPath()));
    screenshot(QStringLiteral("failback-switchback-done.png"));
}

void FailbackDialogTest::faultThenTryAgainContinues()
{
    sandbox::Cluster& a = m_fixture->sandbox().sandbox().leader();
    sandbox::Cluster& b = m_fixture->sandbox().sandbox().follower();
    a.faults().remoteDisconnected = true; // A cannot reach B: the remote it adds never connects
    ui::FailbackDialog* dialog = openAndPlan();
    QVERIFY(dialog);
    QSignalSpy finished(dialog, &ui::FailbackDialog::runFinished);
    confirmAndRun(dialog, finished);
    QCOMPARE(finished.last().first().toBool(), false);
    QVERIFY(
        dialog->itemFor(Phase::EnsureRemote, QStringLiteral("promoted"))->text(5).startsWith(QStringLiteral("Failed")));
    QVERIFY(a.index(QStringLiteral("app-1")) && !a.index(QStringLiteral("app-1"))->isFollower()); // not deleted
    auto* retry = test::child<QPushButton>(dialog, "retryButton");
    QVERIFY(retry->isEnabled());
    screenshot(QStringLiteral("failback-failed.png"));

    // Fixed: Try again plans from both clusters (the remote exists now) and runs on with the confirmed copies.
    a.faults().remoteDisconnected = false;
    retry->click();
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.last().first().toBool(), true);
    QVERIFY(dialog->plan()->remoteExists);
    expectSameDocuments(a, b);

    const QString markdown = m_fixture->filePath(QStringLiteral("export.md"));
    QVERIFY(dialog->exportReport(markdown));
    QFile file(markdown);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("app-2"));
    QVERIFY(dialog->exportReport(m_fixture->filePath(QStringLiteral("export.json"))));
}

QTEST_MAIN(FailbackDialogTest)
#include "tst_failbackdialog.moc"
