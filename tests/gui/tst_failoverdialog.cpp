// The failover window against the sandbox: the plan shows what will happen and changes nothing; the confirmation
// names the remote; Cancel runs nothing; confirming runs it with each index's state; a failed close is shown and
// Try again finishes the rest; Export writes the report. Screenshots when DUPER_SCREENSHOT_DIR is set.
#include "GuiFixture.h"
#include "core/dr/FailoverPlanner.h"
#include "sandbox/Sandbox.h"
#include "ui/dr/FailoverDialog.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTreeWidget>

using namespace duper;
using Phase = FailoverPlan::Phase;

class FailoverDialogTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void planThenCancelChangesNothing();
    void failedStepThenTryAgainAndExport();

private:
    ui::FailoverDialog* openDialog();
    void screenshot(const QString& name);
    int followers() const;

    std::unique_ptr<test::GuiFixture> m_fixture;
    std::unique_ptr<ui::FailoverDialog> m_dialog;
};

void FailoverDialogTest::init()
{
    m_fixture = std::make_unique<test::GuiFixture>();
    auto options = test::SandboxClient::defaultOptions();
    options.followers = 4;
    QVERIFY2(m_fixture->startSandbox(options), qPrintable(m_fixture->errorString()));
}

void FailoverDialogTest::cleanup()
{
    m_dialog.reset();
    m_fixture.reset();
}

ui::FailoverDialog* FailoverDialogTest::openDialog()
{
    m_dialog = std::make_unique<ui::FailoverDialog>(m_fixture->session(), QStringLiteral("leader"), nullptr,
                                                    m_fixture->filePath(QStringLiteral("reports")));
    QSignalSpy planned(m_dialog.get(), &ui::FailoverDialog::planned);
    m_dialog->show();
    if (!planned.wait(10000))
        return nullptr;
    return m_dialog.get();
}

void FailoverDialogTest::screenshot(const QString& name)
{
    const QString dir = qEnvironmentVariable("DUPER_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QVERIFY(m_dialog->grab().save(QDir(dir).filePath(name), "PNG"));
}

int FailoverDialogTest::followers() const
{
    int count = 0;
    for (const auto& index : m_fixture->sandbox().sandbox().follower().indices())
        count += index->isFollower() ? 1 : 0;
    return count;
}

void FailoverDialogTest::planThenCancelChangesNothing()
{
    ui::FailoverDialog* dialog = openDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->plan()->followers.size(), 4);
    QTreeWidgetItem* item = dialog->itemFor(Phase::Unfollow, QStringLiteral("follower-00002"));
    QVERIFY(item);
    QCOMPARE(item->text(1), QStringLiteral("leader-00002"));
    QVERIFY(item->text(2).contains(QStringLiteral("regular index")));
    auto* failover = test::child<QPushButton>(dialog, "failoverButton");
    QTRY_VERIFY(failover->isEnabled()); // once the privilege check passed
    QVERIFY(!test::child<QPushButton>(dialog, "exportButton")->isEnabled());
    screenshot(QStringLiteral("failover-plan.png"));

    failover->click();
    QMessageBox* box = test::waitForMessageBox(dialog, QStringLiteral("confirmFailoverBox"));
    QVERIFY(box);
    QVERIFY(box->text().contains(QStringLiteral("leader")));
    box->button(QMessageBox::Cancel)->click();
    QTest::qWait(100);
    QVERIFY(!dialog->isRunning());
    QCOMPARE(followers(), 4);
}

void FailoverDialogTest::failedStepThenTryAgainAndExport()
{
    m_fixture->sandbox().sandbox().faults().failingCloseIndices.insert(QStringLiteral("follower-00003"));
    ui::FailoverDialog* dialog = openDialog();
    QVERIFY(dialog);
    QSignalSpy finished(dialog, &ui::FailoverDialog::runFinished);
    QTRY_VERIFY(test::child<QPushButton>(dialog, "failoverButton")->isEnabled()); // once the privilege check passed
    test::child<QPushButton>(dialog, "failoverButton")->click();
    QMessageBox* box = test::waitForMessageBox(dialog, QStringLiteral("confirmFailoverBox"));
    QVERIFY(box);
    test::child<QPushButton>(box, "confirmFailoverButton")->click();
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY(dialog->itemFor(Phase::Unfollow, QStringLiteral("follower-00003"))
                ->text(2)
                .startsWith(QStringLiteral("Failed")));
    QCOMPARE(dialog->itemFor(Phase::Unfollow, QStringLiteral("follower-00001"))->text(2), QStringLiteral("Done"));
    QCOMPARE(followers(), 1);
    QVERIFY(QFile::exists(dialog->reportPath()));
    auto* status = test::child<QLabel>(dialog, "statusLabel");
    QVERIFY(status->text().contains(QStringLiteral("Try again")));
    screenshot(QStringLiteral("failover-failed.png"));

    m_fixture->sandbox().sandbox().faults().failingCloseIndices.clear();
    auto* retry = test::child<QPushButton>(dialog, "retryButton");
    QVERIFY(retry->isEnabled());
    retry->click();
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.last().first().toBool(), true);
    QCOMPARE(followers(), 0);
    QCOMPARE(dialog->plan()->followerNames(), QStringList{QStringLiteral("follower-00003")});
    screenshot(QStringLiteral("failover-done.png"));

    const QString markdown = m_fixture->filePath(QStringLiteral("export.md"));
    QVERIFY(dialog->exportReport(markdown));
    QFile file(markdown);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("follower-00003"));
    QVERIFY(dialog->exportReport(m_fixture->filePath(QStringLiteral("export.json"))));
}

QTEST_MAIN(FailoverDialogTest)
#include "tst_failoverdialog.moc"
