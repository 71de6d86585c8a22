// The bi-directional window against the sandbox's two clusters: picking the other cluster opens its session and the
// plan shows both patterns and the alias to add without changing anything; Cancel on the confirmation runs nothing;
// confirming creates both patterns and the alias and shows each step done; a conflicting pattern is shown and Set up
// stays off. Screenshots when DUPER_SCREENSHOT_DIR is set.
#include "GuiFixture.h"
#include "core/session/ClusterSessionOpener.h"
#include "sandbox/AutoFollowPattern.h"
#include "sandbox/Cluster.h"
#include "sandbox/Sandbox.h"
#include "ui/dr/BidirectionalDialog.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTreeWidget>

using namespace duper;

class BidirectionalDialogTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void planThenCancelChangesNothing();
    void setUpShowsEachStep();
    void conflictIsShown();

private:
    ui::BidirectionalDialog* openAndPlan();
    void screenshot(const QString& name);

    std::unique_ptr<test::GuiFixture> m_fixture;
    std::unique_ptr<ui::BidirectionalDialog> m_dialog;
};

void BidirectionalDialogTest::init()
{
    m_fixture = std::make_unique<test::GuiFixture>();
    QVERIFY2(m_fixture->startSandbox(), qPrintable(m_fixture->errorString()));
}

void BidirectionalDialogTest::cleanup()
{
    m_dialog.reset();
    m_fixture.reset();
}

ui::BidirectionalDialog* BidirectionalDialogTest::openAndPlan()
{
    ConnectionProfile west;
    west.id = QStringLiteral("west-id");
    west.name = QStringLiteral("West");
    west.urls = {m_fixture->sandbox().sandbox().leaderUrl()};
    auto* opener = new ClusterSessionOpener(&m_fixture->sandbox().network(), nullptr, nullptr, nullptr, nullptr);
    m_dialog = std::make_unique<ui::BidirectionalDialog>(m_fixture->session(), QList<ConnectionProfile>{west}, opener);
    m_dialog->show();
    // The alias on this cluster is the sandbox's "leader"; the one back is suggested from this connection's name.
    test::child<QLineEdit>(m_dialog.get(), "localAliasEdit")->setText(QStringLiteral("leader"));
    test::child<QLineEdit>(m_dialog.get(), "otherAliasEdit")->setText(QStringLiteral("follower"));
    QSignalSpy planned(m_dialog.get(), &ui::BidirectionalDialog::planned);
    test::child<QPushButton>(m_dialog.get(), "planButton")->click();
    if (!planned.wait(10000))
        return nullptr;
    return m_dialog.get();
}

void BidirectionalDialogTest::screenshot(const QString& name)
{
    const QString dir = qEnvironmentVariable("DUPER_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QVERIFY(m_dialog->grab().save(QDir(dir).filePath(name), "PNG"));
}

void BidirectionalDialogTest::planThenCancelChangesNothing()
{
    ui::BidirectionalDialog* dialog = openAndPlan();
    QVERIFY(dialog);
    QCOMPARE(test::child<QComboBox>(dialog, "otherClusterCombo")->currentText(), QStringLiteral("West"));
    QTreeWidgetItem* alias = dialog->itemFor(QStringLiteral("alias"), QStringLiteral("follower"));
    QVERIFY(alias);
    QCOMPARE(alias->text(3), QStringLiteral("Will be added"));
    QVERIFY(alias->text(2).contains(m_fixture->sandbox().sandbox().follower().transportAddress()));
    QTreeWidgetItem* pattern = dialog->itemFor(QStringLiteral("pattern"), QStringLiteral("bidirectional-leader"));
    QVERIFY(pattern);
    QVERIFY(pattern->text(2).contains(QStringLiteral("{{leader_index}}-replicated_from_leader")));
    QCOMPARE(pattern->text(3), QStringLiteral("Will be created"));
    QVERIFY(dialog->itemFor(QStringLiteral("pattern"), QStringLiteral("bidirectional-follower")));
    auto* setUp = test::child<QPushButton>(dialog, "setUpButton");
    QVERIFY(setUp->isEnabled());
    screenshot(QStringLiteral("bidirectional-plan.png"));

    setUp->click();
    QMessageBox* box = test::waitForMessageBox(dialog, QStringLiteral("confirmSetUpBox"));
    QVERIFY(box);
    QVERIFY(box->text().contains(QStringLiteral("West")));
    box->button(QMessageBox::Cancel)->click();
    QTest::qWait(100);
    QVERIFY(!dialog->isRunning());
    QVERIFY(m_fixture->sandbox().sandbox().follower().autoFollow().patterns().isEmpty());
    QVERIFY(!m_fixture->sandbox().sandbox().leader().remote(QStringLiteral("follower")));
}

void BidirectionalDialogTest::setUpShowsEachStep()
{
    ui::BidirectionalDialog* dialog = openAndPlan();
    QVERIFY(dialog);
    QSignalSpy finished(dialog, &ui::BidirectionalDialog::runFinished);
    test::child<QPushButton>(dialog, "setUpButton")->click();
    QMessageBox* box = test::waitForMessageBox(dialog, QStringLiteral("confirmSetUpBox"));
    QVERIFY(box);
    test::child<QPushButton>(box, "confirmSetUpButton")->click();
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().first().toBool(), true);
    QCOMPARE(dialog->itemFor(QStringLiteral("alias"), QStringLiteral("follower"))->text(3), QStringLiteral("Added"));
    QCOMPARE(dialog->itemFor(QStringLiteral("pattern"), QStringLiteral("bidirectional-follower"))->text(3),
             QStringLiteral("Read back as planned"));
    QVERIFY(m_fixture->sandbox().sandbox().follower().autoFollow().patterns().contains(
        QStringLiteral("bidirectional-leader")));
    QVERIFY(m_fixture->sandbox().sandbox().leader().autoFollow().patterns().contains(
        QStringLiteral("bidirectional-follower")));
    QVERIFY(test::child<QLabel>(dialog, "statusLabel")->text().startsWith(QStringLiteral("Done")));
    QVERIFY(!test::child<QPushButton>(dialog, "setUpButton")->isEnabled());
    screenshot(QStringLiteral("bidirectional-done.png"));
}

void BidirectionalDialogTest::conflictIsShown()
{
    sandbox::AutoFollowPattern other;
    other.remoteCluster = QStringLiteral("leader");
    other.leaderIndexPatterns = {QStringLiteral("metrics-*")};
    sandbox::Cluster& east = m_fixture->sandbox().sandbox().follower();
    QVERIFY(!east.autoFollow().put(east, QStringLiteral("bidirectional-leader"), other));
    ui::BidirectionalDialog* dialog = openAndPlan();
    QVERIFY(dialog);
    QTreeWidgetItem* pattern = dialog->itemFor(QStringLiteral("pattern"), QStringLiteral("bidirectional-leader"));
    QVERIFY(pattern->text(3).startsWith(QStringLiteral("Conflict")));
    QVERIFY(pattern->text(3).contains(QStringLiteral("metrics-*")));
    QVERIFY(!test::child<QPushButton>(dialog, "setUpButton")->isEnabled());
    QVERIFY(test::child<QPushButton>(dialog, "retryButton")->isEnabled());
    screenshot(QStringLiteral("bidirectional-conflict.png"));
}

QTEST_MAIN(BidirectionalDialogTest)
#include "tst_bidirectionaldialog.moc"
