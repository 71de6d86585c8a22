// The Follow existing leader indices dialog, clicked through against an in-process sandbox: 50 leader indices with
// one follower name already taken.
#include "AwaitJob.h"
#include "SandboxClient.h"
#include "TestSession.h"
#include "core/followers/FollowManyOperation.h"
#include "sandbox/Sandbox.h"
#include "ui/followers/FollowManyDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

using namespace duper;
using duper::test::await;

class FollowManyDialogTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void dryRunTableThenFollow();
    void exclusionsAndUnchecking();
    void autoFindAndAutoFollowPattern();
    void cancelWhileFollowing();

private:
    template <typename T> T* child(const char* name)
    {
        T* widget = m_dialog->findChild<T*>(QLatin1String(name));
        if (!widget)
            qFatal("no widget named %s", name);
        return widget;
    }
    void typeInto(QLineEdit* edit, const QString& text)
    {
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
    }
    void findPlan();
    int rowOf(const QString& leader);
    QSet<QString> followers();

    std::unique_ptr<test::SandboxClient> m_fixture;
    std::unique_ptr<ClusterSession> m_session;
    std::unique_ptr<ui::FollowManyDialog> m_dialog;
};

void FollowManyDialogTest::init()
{
    m_fixture = std::make_unique<test::SandboxClient>();
    QVERIFY2(m_fixture->started(), qPrintable(m_fixture->errorString()));
    for (int i = 1; i <= 50; ++i)
        m_fixture->sandbox().createLeaderIndex(QStringLiteral("logs-%1").arg(i, 4, 10, QLatin1Char('0')));
    QVERIFY(m_fixture->sandbox().follower().createIndex(QStringLiteral("logs-0010-copy"), {}));
    m_session = test::makeSession(m_fixture->client(), QStringLiteral("sandbox"), nullptr);
    m_dialog = std::make_unique<ui::FollowManyDialog>(m_session.get());
    m_dialog->show();
    QTRY_COMPARE(child<QComboBox>("remoteCombo")->currentData().toString(), QStringLiteral("leader"));
}

void FollowManyDialogTest::cleanup()
{
    m_dialog.reset();
    m_session.reset();
    m_fixture.reset();
}

void FollowManyDialogTest::findPlan()
{
    QTest::mouseClick(child<QPushButton>("findButton"), Qt::LeftButton);
    QTRY_VERIFY(!m_dialog->isFinding());
    QVERIFY(m_dialog->plan());
}

int FollowManyDialogTest::rowOf(const QString& leader)
{
    auto* table = child<QTableWidget>("planTable");
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->item(row, ui::FollowManyDialog::LeaderColumn)->text() == leader)
            return row;
    return -1;
}

QSet<QString> FollowManyDialogTest::followers()
{
    QSet<QString> names;
    auto job = await(m_fixture->api().followInfo());
    if (!job->hasError())
        for (const FollowerInfo& info : job->result()->followers)
            names.insert(info.followerIndex);
    return names;
}

void FollowManyDialogTest::dryRunTableThenFollow()
{
    auto* follow = child<QPushButton>("followButton");
    QVERIFY(!follow->isEnabled());
    QVERIFY(!child<QLabel>("dryRunLabel")->text().isEmpty());
    typeInto(child<QLineEdit>("patternsEdit"), QStringLiteral("logs-*"));
    typeInto(child<QLineEdit>("followerPatternEdit"), QStringLiteral("{{leader_index}}-copy"));
    findPlan();

    // The dry run: the table before anything is followed.
    auto* table = child<QTableWidget>("planTable");
    QCOMPARE(table->rowCount(), 50);
    const int taken = rowOf(QStringLiteral("logs-0010"));
    QVERIFY(taken >= 0);
    QCOMPARE(table->item(taken, ui::FollowManyDialog::StateColumn)->text(), QStringLiteral("Name taken"));
    QCOMPARE(table->item(taken, ui::FollowManyDialog::LeaderColumn)->checkState(), Qt::Unchecked);
    QVERIFY(!(table->item(taken, ui::FollowManyDialog::LeaderColumn)->flags() & Qt::ItemIsEnabled));
    QCOMPARE(table->item(0, ui::FollowManyDialog::StateColumn)->text(), QStringLiteral("Will follow"));
    QCOMPARE(table->item(0, ui::FollowManyDialog::FollowerColumn)->text(), QStringLiteral("logs-0001-copy"));
    QVERIFY(child<QLabel>("planLabel")->text().contains(QLatin1String("49 will be followed")));
    QTRY_VERIFY(follow->isEnabled()); // once the privilege check passed
    QCOMPARE(follow->text(), QStringLiteral("Follow 49 index(es)"));
    QVERIFY(followers().isEmpty());

    QSignalSpy created(m_dialog.get(), &ui::FollowManyDialog::followersCreated);
    QTest::mouseClick(follow, Qt::LeftButton);
    QVERIFY(child<QProgressBar>("progressBar")->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->isFollowing(), 20000);
    QCOMPARE(created.size(), 1);
    QCOMPARE(created.first().at(0).toStringList().size(), 49);
    QCOMPARE(child<QProgressBar>("progressBar")->value(), 49);
    auto* results = child<QTreeWidget>("resultList");
    QVERIFY(results->isVisible());
    QCOMPARE(results->topLevelItemCount(), 49);
    QVERIFY(child<QLabel>("resultLabel")->text().contains(QLatin1String("49 follower index(es) created")));
    QVERIFY(!child<QPushButton>("retryButton")->isVisible());
    QVERIFY(!follow->isEnabled());
    const QSet<QString> now = followers();
    QCOMPARE(now.size(), 49);
    QVERIFY(!now.contains(QStringLiteral("logs-0010-copy")));
}

void FollowManyDialogTest::exclusionsAndUnchecking()
{
    typeInto(child<QLineEdit>("patternsEdit"), QStringLiteral("logs-*"));
    typeInto(child<QLineEdit>("exclusionsEdit"), QStringLiteral("logs-002*, logs-0050"));
    typeInto(child<QLineEdit>("followerPatternEdit"), QStringLiteral("{{leader_index}}-copy"));
    findPlan();
    auto* table = child<QTableWidget>("planTable");
    QCOMPARE(table->item(rowOf(QStringLiteral("logs-0025")), ui::FollowManyDialog::StateColumn)->text(),
             QStringLiteral("Excluded"));
    QCOMPARE(m_dialog->checkedCandidates().size(), 38); // 50 - 11 excluded - 1 name taken
    table->item(0, ui::FollowManyDialog::LeaderColumn)->setCheckState(Qt::Unchecked);
    QCOMPARE(child<QPushButton>("followButton")->text(), QStringLiteral("Follow 37 index(es)"));

    // A collision created after the plan: reported as failed, retried once cleared.
    QVERIFY(m_fixture->sandbox().follower().createIndex(QStringLiteral("logs-0002-copy"), {}));
    QTRY_VERIFY(child<QPushButton>("followButton")->isEnabled()); // once the privilege check passed
    QTest::mouseClick(child<QPushButton>("followButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->isFollowing(), 20000);
    QCOMPARE(m_dialog->operation()->count(FollowManyResult::Outcome::Followed), 36);
    auto* results = child<QTreeWidget>("resultList");
    QCOMPARE(results->topLevelItem(0)->text(0), QStringLiteral("logs-0002-copy")); // failures first
    QVERIFY(results->topLevelItem(0)->text(1).startsWith(QLatin1String("Failed: ")));
    QVERIFY(child<QLabel>("resultLabel")->text().contains(QLatin1String("36 follower index(es) created, 1 not")));
    auto* retry = child<QPushButton>("retryButton");
    QVERIFY(retry->isVisible());
    QVERIFY(!await(m_fixture->api().client()->send(EsRequest::del({QStringLiteral("logs-0002-copy")})))->hasError());
    QSignalSpy created(m_dialog.get(), &ui::FollowManyDialog::followersCreated);
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->isFollowing(), 20000);
    QCOMPARE(created.size(), 1);
    QCOMPARE(created.first().at(0).toStringList(), QStringList{QStringLiteral("logs-0002-copy")});
    QVERIFY(!retry->isVisible());
    const QSet<QString> now = followers();
    QCOMPARE(now.size(), 37);
    QVERIFY(!now.contains(QStringLiteral("logs-0001-copy")));
    QVERIFY(!now.contains(QStringLiteral("logs-0021-copy")));
}

void FollowManyDialogTest::autoFindAndAutoFollowPattern()
{
    m_dialog->setInitialPatterns(QStringLiteral("leader"), {QStringLiteral("logs-004*")}, {},
                                 QStringLiteral("{{leader_index}}-dr"));
    QTRY_VERIFY(m_dialog->plan()); // looked up by itself after a pause
    QCOMPARE(child<QTableWidget>("planTable")->rowCount(), 10);
    child<QCheckBox>("autoFollowCheck")->setChecked(true);
    typeInto(child<QLineEdit>("autoFollowNameEdit"), QStringLiteral("logs-dr"));
    QTRY_VERIFY(child<QPushButton>("followButton")->isEnabled()); // once the privilege check passed
    QTest::mouseClick(child<QPushButton>("followButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->isFollowing(), 20000);
    QCOMPARE(m_dialog->operation()->patternState(), FollowManyOperation::PatternState::Created);
    auto job = await(m_fixture->api().autoFollowPatterns(QStringLiteral("logs-dr")));
    QVERIFY(!job->hasError());
    QCOMPARE(job->result()->patterns.first().followIndexPattern, QStringLiteral("{{leader_index}}-dr"));
    QCOMPARE(child<QTreeWidget>("resultList")->topLevelItemCount(), 11);
}

void FollowManyDialogTest::cancelWhileFollowing()
{
    typeInto(child<QLineEdit>("patternsEdit"), QStringLiteral("logs-*"));
    typeInto(child<QLineEdit>("followerPatternEdit"), QStringLiteral("{{leader_index}}-copy"));
    findPlan();
    QTRY_VERIFY(child<QPushButton>("followButton")->isEnabled()); // once the privilege check passed
    QTest::mouseClick(child<QPushButton>("followButton"), Qt::LeftButton);
    QVERIFY(m_dialog->isFollowing());
    auto* cancel = child<QPushButton>("cancelButton");
    QVERIFY(cancel->isVisible());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(!m_dialog->isFollowing());
    QVERIFY(m_dialog->isVisible()); // cancelling the run does not close the dialog
    QVERIFY(m_dialog->operation()->wasCancelled());
    QVERIFY(m_dialog->operation()->count(FollowManyResult::Outcome::Followed) < 49);
    QVERIFY(child<QPushButton>("retryButton")->isVisible());
    QVERIFY(child<QTreeWidget>("resultList")->topLevelItem(0)->text(1).contains(QLatin1String("ancel")));
}

QTEST_MAIN(FollowManyDialogTest)
#include "tst_followmanydialog.moc"
