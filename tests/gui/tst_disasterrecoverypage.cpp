// The Disaster recovery tab against the sandbox: one row per remote with its followers by state, "Fail over from
// <alias>…" opening the failover window for the selected remote, the saved reports listed and exported, and the
// empty state that says what to do without remotes. Screenshots when DUPER_SCREENSHOT_DIR is set.
#include "AwaitJob.h"
#include "GuiFixture.h"
#include "core/ccr/CcrApi.h"
#include "core/dr/ReportStore.h"
#include "ui/common/EmptyStateWidget.h"
#include "ui/dr/DisasterRecoveryPage.h"
#include "ui/dr/FailoverDialog.h"
#include "ui/dr/ReplicationTopologyModel.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTreeWidget>

using namespace duper;
using Model = ui::ReplicationTopologyModel;

class DisasterRecoveryPageTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void rowsMatchTheSandbox();
    void failOverOpensTheDialogForTheSelectedRemote();
    void savedReportIsListedAndExported();
    void noRemotesSaysWhatToDo();
    void narrowAndNormalSizesShowEveryButton();

private:
    bool openPage();
    bool refreshAndWait();
    QModelIndex rowOf(const QString& alias) const;
    void screenshot(const QString& name);

    std::unique_ptr<test::GuiFixture> m_fixture;
    std::unique_ptr<ui::DisasterRecoveryPage> m_page;
};

void DisasterRecoveryPageTest::init()
{
    m_fixture = std::make_unique<test::GuiFixture>();
    m_fixture->settings().setValue(QStringLiteral("dr/autoRefreshMs"), 0); // tests refresh by hand
    auto options = test::SandboxClient::defaultOptions();
    options.followers = 3;
    QVERIFY2(m_fixture->startSandbox(options), qPrintable(m_fixture->errorString()));
}

void DisasterRecoveryPageTest::cleanup()
{
    m_page.reset();
    m_fixture.reset();
}

bool DisasterRecoveryPageTest::openPage()
{
    m_page = std::make_unique<ui::DisasterRecoveryPage>(&m_fixture->settings(), nullptr,
                                                        m_fixture->filePath(QStringLiteral("reports")));
    m_page->resize(1100, 640);
    m_page->setSession(m_fixture->session());
    QSignalSpy refreshed(m_page.get(), &ui::DisasterRecoveryPage::refreshed);
    m_page->show(); // showing it is what reads the topology
    return refreshed.wait(10000);
}

bool DisasterRecoveryPageTest::refreshAndWait()
{
    QSignalSpy refreshed(m_page.get(), &ui::DisasterRecoveryPage::refreshed);
    m_page->refreshAction()->trigger();
    return refreshed.wait(10000);
}

QModelIndex DisasterRecoveryPageTest::rowOf(const QString& alias) const
{
    const int row = m_page->model()->rowOf(alias);
    return row < 0 ? QModelIndex() : m_page->model()->index(row, Model::FollowersColumn);
}

void DisasterRecoveryPageTest::screenshot(const QString& name)
{
    const QString dir = qEnvironmentVariable("DUPER_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QCoreApplication::sendPostedEvents(); // the layout requests of the last text changes
    QVERIFY(m_page->grab().save(QDir(dir).filePath(name), "PNG"));
}

void DisasterRecoveryPageTest::rowsMatchTheSandbox()
{
    QVERIFY(openPage());
    QCOMPARE(m_page->model()->rowCount(), 1); // the sandbox's one remote
    QModelIndex leader = rowOf(QStringLiteral("leader"));
    QVERIFY(leader.isValid());
    QCOMPARE(leader.data(Model::ActiveRole).toInt(), 3);
    QCOMPARE(leader.data(Model::PausedRole).toInt(), 0);
    QVERIFY(m_page->topologyTable()->isVisible());
    const QModelIndex connection = leader.siblingAtColumn(Model::ConnectionColumn);
    QVERIFY(connection.data().toString().startsWith(QStringLiteral("Connected")));
    QVERIFY(!connection.data(Qt::DecorationRole).isNull()); // an icon beside the words

    QString paused;
    for (const auto& index : m_fixture->sandbox().sandbox().follower().indices()) {
        if (index->isFollower() && paused.isEmpty())
            paused = index->name();
    }
    QVERIFY(!test::await(m_fixture->session()->api()->pauseFollow(paused))->hasError());
    QVERIFY(refreshAndWait());
    leader = rowOf(QStringLiteral("leader"));
    QCOMPARE(leader.data(Model::ActiveRole).toInt(), 2);
    QCOMPARE(leader.data(Model::PausedRole).toInt(), 1);
    QCOMPARE(leader.data().toString(), QStringLiteral("2 active, 1 paused"));
    QCOMPARE(m_page->currentAlias(), QStringLiteral("leader")); // the selection survives a refresh
    screenshot(QStringLiteral("disaster-recovery-topology.png"));
}

void DisasterRecoveryPageTest::failOverOpensTheDialogForTheSelectedRemote()
{
    QVERIFY(openPage());
    m_page->selectRemote(QStringLiteral("leader"));
    QVERIFY(m_page->failOverAction()->isEnabled());
    auto* button = test::child<QPushButton>(m_page.get(), "failOverButton");
    QVERIFY(button->text().contains(QStringLiteral("leader")));
    QTest::mouseClick(button, Qt::LeftButton);
    auto* dialog = m_page->findChild<ui::FailoverDialog*>(QStringLiteral("failoverDialog"));
    QVERIFY(dialog);
    QSignalSpy planned(dialog, &ui::FailoverDialog::planned);
    QVERIFY(dialog->plan() || planned.wait(10000));
    QCOMPARE(dialog->plan()->remoteCluster, QStringLiteral("leader"));
    QCOMPARE(dialog->plan()->followers.size(), 3);
    dialog->close(); // deleted on close: nothing ran
    QTRY_VERIFY(!m_page->findChild<ui::FailoverDialog*>());

    // Bi-directional setup needs the saved connections: the page asks the window for it.
    auto* bidirectional = test::child<QPushButton>(m_page.get(), "bidirectionalButton");
    QVERIFY(bidirectional->isEnabled());
    QSignalSpy asked(m_page.get(), &ui::DisasterRecoveryPage::bidirectionalSetupRequested);
    QTest::mouseClick(bidirectional, Qt::LeftButton);
    QCOMPARE(asked.count(), 1);

    // So does failing back: the promoted cluster is picked from them.
    auto* failback = test::child<QPushButton>(m_page.get(), "failbackButton");
    QVERIFY(failback->isEnabled());
    QSignalSpy failbackAsked(m_page.get(), &ui::DisasterRecoveryPage::failbackRequested);
    QTest::mouseClick(failback, Qt::LeftButton);
    QCOMPARE(failbackAsked.count(), 1);
    m_page->setSession(nullptr);
    QVERIFY(!failback->isEnabled());
}

void DisasterRecoveryPageTest::narrowAndNormalSizesShowEveryButton()
{
    QVERIFY(openPage());
    // The tab's area in a 760×520 window, and a normal one.
    for (const QSize size : {QSize(740, 430), QSize(1100, 640)}) {
        m_page->resize(size);
        QCoreApplication::sendPostedEvents();
        QTest::qWait(50); // the layout of the new size
        for (const char* name : {"failOverButton", "failbackButton", "bidirectionalButton", "exportJsonButton"}) {
            auto* button = test::child<QPushButton>(m_page.get(), name);
            const QRect shown(button->mapTo(m_page.get(), QPoint(0, 0)), button->size());
            QVERIFY2(m_page->rect().contains(shown), name);
            QVERIFY2(button->width() >= button->sizeHint().width(), name); // its text is not cut
        }
        screenshot(QStringLiteral("disaster-recovery-%1x%2.png").arg(size.width()).arg(size.height()));
    }
}

void DisasterRecoveryPageTest::savedReportIsListedAndExported()
{
    QVERIFY(openPage());
    QCOMPARE(m_page->reportsTree()->topLevelItemCount(), 0);
    const QJsonObject json{{QStringLiteral("action"), QStringLiteral("failover")},
                           {QStringLiteral("cluster"), QStringLiteral("follower")},
                           {QStringLiteral("remote_cluster"), QStringLiteral("leader")},
                           {QStringLiteral("finished_at"), QStringLiteral("2026-12-05T06:30:00.000")},
                           {QStringLiteral("result"), QStringLiteral("succeeded")},
                           {QStringLiteral("failed"), 0}};
    const QString saved = ReportStore(m_page->reportDirectory())
                              .save(QStringLiteral("failover"), QStringLiteral("leader"), json,
                                    QStringLiteral("# Failover from leader\n"));
    QVERIFY(!saved.isEmpty());
    m_page->reloadReports();
    QCOMPARE(m_page->reportsTree()->topLevelItemCount(), 1);
    const QTreeWidgetItem* item = m_page->reportsTree()->topLevelItem(0);
    QCOMPARE(item->text(1), QStringLiteral("Failover"));
    QCOMPARE(item->text(2), QStringLiteral("leader"));
    QCOMPARE(item->text(4), QStringLiteral("Succeeded"));
    QVERIFY(test::child<QPushButton>(m_page.get(), "exportMarkdownButton")->isEnabled());

    const QString exported = m_fixture->filePath(QStringLiteral("exported.md"));
    QVERIFY(m_page->exportReport(exported));
    QFile file(exported);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("# Failover from leader\n"));
    QVERIFY(m_page->exportReport(m_fixture->filePath(QStringLiteral("exported.json"))));
    QVERIFY(QFile::exists(m_fixture->filePath(QStringLiteral("exported.json"))));
    screenshot(QStringLiteral("disaster-recovery-reports.png"));
}

void DisasterRecoveryPageTest::noRemotesSaysWhatToDo()
{
    // A fresh sandbox cluster that follows nothing: remove its one remote.
    m_fixture = std::make_unique<test::GuiFixture>();
    m_fixture->settings().setValue(QStringLiteral("dr/autoRefreshMs"), 0);
    QVERIFY2(m_fixture->startSandbox(), qPrintable(m_fixture->errorString()));
    RemoteClusterSettings removal;
    removal.alias = QStringLiteral("leader");
    removal.remove = true;
    QVERIFY(!test::await(m_fixture->sandbox().api().putRemoteCluster(removal))->hasError());
    QVERIFY(openPage());
    QCOMPARE(m_page->model()->rowCount(), 0);
    QVERIFY(m_page->emptyState()->isVisible());
    QVERIFY(m_page->emptyState()->text().contains(QStringLiteral("remote cluster")));
    QVERIFY(!m_page->failOverAction()->isEnabled());
    QSignalSpy requested(m_page.get(), &ui::DisasterRecoveryPage::remoteClustersRequested);
    QTest::mouseClick(m_page->emptyState()->button(), Qt::LeftButton);
    QCOMPARE(requested.count(), 1);
    screenshot(QStringLiteral("disaster-recovery-empty.png"));
}

QTEST_MAIN(DisasterRecoveryPageTest)
#include "tst_disasterrecoverypage.moc"
