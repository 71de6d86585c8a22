// The Auto-follow patterns tab against an in-process sandbox: the empty state, creating a pattern through the
// dialog (typed patterns, exclusions, prefix helper, preview) and seeing it follow a new leader index, editing
// (exclusions and settings kept), pause / resume / delete (single and bulk), and recent auto-follow errors.
#include "AwaitJob.h"
#include "SandboxClient.h"
#include "TestSession.h"
#include "core/ccr/CcrApi.h"
#include "ui/autofollow/AutoFollowPatternDialog.h"
#include "ui/autofollow/AutoFollowPatternFilterProxyModel.h"
#include "ui/autofollow/AutoFollowPatternModel.h"
#include "ui/autofollow/AutoFollowPatternsPage.h"
#include "ui/common/EmptyStateWidget.h"
#include "ui/common/RequestPreviewDialog.h"

#include <QAction>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace duper;
using duper::test::await;
using duper::ui::AutoFollowPatternDialog;
using duper::ui::AutoFollowPatternModel;

class AutoFollowPatternsPageTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void createThroughDialogFollowsNewIndex();
    void dialogValidatesInput();
    void editKeepsExclusionsAndSettings();
    void pauseResumeDeleteSingleAndBulk();
    void recentErrorsShown();
    void searchFilters();
    void headersAreNotClipped();

private:
    void waitForRefresh();
    void putPattern(const QString& name, const QStringList& leaders, const QStringList& exclusions = {},
                    const QString& followPattern = {});
    std::optional<AutoFollowPattern> getPattern(const QString& name);
    void select(const QStringList& names);
    template <typename T> T* child(QObject* parent, const char* name)
    {
        return parent->findChild<T*>(QString::fromLatin1(name));
    }

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<test::SandboxClient> m_fixture;
    std::unique_ptr<ClusterSession> m_session;
    std::unique_ptr<ui::AutoFollowPatternsPage> m_page;
};

void AutoFollowPatternsPageTest::init()
{
    QVERIFY(m_dir.isValid());
    m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("duper.conf")), QSettings::IniFormat);
    m_settings->setValue(QStringLiteral("autoFollow/autoRefreshMs"), 0); // tests refresh by hand
    m_fixture = std::make_unique<test::SandboxClient>();
    QVERIFY2(m_fixture->started(), qPrintable(m_fixture->errorString()));
    m_page = std::make_unique<ui::AutoFollowPatternsPage>(m_settings.get());
    m_page->resize(1100, 600);
    m_page->show();
    QSignalSpy refreshed(m_page.get(), &ui::AutoFollowPatternsPage::refreshed);
    m_session = test::makeSession(m_fixture->client(), QStringLiteral("test"), m_settings.get());
    m_page->setSession(m_session.get());
    QVERIFY(refreshed.wait(10000));
}

void AutoFollowPatternsPageTest::cleanup()
{
    m_page.reset();
    m_session.reset();
    m_fixture.reset();
    m_settings.reset();
}

void AutoFollowPatternsPageTest::waitForRefresh()
{
    QSignalSpy refreshed(m_page.get(), &ui::AutoFollowPatternsPage::refreshed);
    m_page->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!refreshed.isEmpty() && !m_page->isRefreshing(), 10000);
}

void AutoFollowPatternsPageTest::putPattern(const QString& name, const QStringList& leaders,
                                            const QStringList& exclusions, const QString& followPattern)
{
    AutoFollowPattern p;
    p.remoteCluster = QStringLiteral("leader");
    p.leaderIndexPatterns = leaders;
    p.leaderIndexExclusionPatterns = exclusions;
    p.followIndexPattern = followPattern;
    auto job = await(m_fixture->api().putAutoFollowPattern(name, p));
    QVERIFY2(!job->hasError(), qPrintable(job->error().userMessage()));
}

std::optional<AutoFollowPattern> AutoFollowPatternsPageTest::getPattern(const QString& name)
{
    auto job = await(m_fixture->api().autoFollowPatterns(name));
    if (job->hasError() || job->result()->patterns.isEmpty())
        return std::nullopt;
    return job->result()->patterns.first();
}

void AutoFollowPatternsPageTest::select(const QStringList& names)
{
    QTableView* table = m_page->table();
    table->clearSelection();
    for (const QString& name : names) {
        const int sourceRow = m_page->model()->rowOf(name);
        QVERIFY(sourceRow >= 0);
        const QModelIndex index = m_page->proxy()->mapFromSource(m_page->model()->index(sourceRow, 0));
        table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    QCOMPARE(m_page->selectedNames().size(), names.size());
}

void AutoFollowPatternsPageTest::createThroughDialogFollowsNewIndex()
{
    QVERIFY(!m_page->isShowingTable());
    QVERIFY(m_page->emptyState()->title().contains(QStringLiteral("first auto-follow pattern")));
    QVERIFY(m_page->emptyState()->text().contains(QStringLiteral("Follow many")));
    QSignalSpy followMany(m_page.get(), &ui::AutoFollowPatternsPage::followManyRequested);
    child<QPushButton>(m_page.get(), "autoFollowFollowManyButton")->click();
    QCOMPARE(followMany.size(), 1);

    m_fixture->sandbox().createLeaderIndex(QStringLiteral("logs-old"));
    QVERIFY(m_page->createAction()->isEnabled());
    m_page->emptyState()->button()->click();
    AutoFollowPatternDialog* dialog = m_page->findChild<AutoFollowPatternDialog*>();
    QVERIFY(dialog);
    auto* remote = child<QComboBox>(dialog, "remoteCombo");
    QTRY_COMPARE(remote->currentData().toString(), QStringLiteral("leader"));

    QTest::keyClicks(child<QLineEdit>(dialog, "nameEdit"), QStringLiteral("logs"));
    auto* leaderEdit = child<QLineEdit>(dialog, "leaderPatternEdit");
    QTest::keyClicks(leaderEdit, QStringLiteral("logs-*"));
    QTest::keyClick(leaderEdit, Qt::Key_Return);
    QCOMPARE(child<QListWidget>(dialog, "leaderPatternList")->count(), 1);
    QVERIFY(!dialog->isSaving()); // Enter added the pattern; it did not press Save
    auto* exclusionEdit = child<QLineEdit>(dialog, "exclusionPatternEdit");
    QTest::keyClicks(exclusionEdit, QStringLiteral("logs-debug-*"));
    // click(), not a mouse event: the button may be scrolled out of the form's viewport.
    child<QPushButton>(dialog, "exclusionPatternAddButton")->click();
    QCOMPARE(child<QListWidget>(dialog, "exclusionPatternList")->count(), 1);
    QTest::keyClicks(child<QLineEdit>(dialog, "prefixEdit"), QStringLiteral("copy-"));
    QCOMPARE(child<QLineEdit>(dialog, "followerPatternEdit")->text(), QStringLiteral("copy-{{leader_index}}"));

    QCOMPARE(dialog->previewFollowerNames(), QStringList{QStringLiteral("copy-logs-example")});
    auto* preview = child<QLabel>(dialog, "previewLabel");
    QVERIFY(preview->text().contains(QStringLiteral("copy-logs-example")));
    // The existing leader index is listed as one the pattern will not follow.
    QTRY_COMPARE(dialog->matchingLeaderIndices(), QStringList{QStringLiteral("logs-old")});
    QVERIFY(preview->text().contains(QStringLiteral("logs-old")));

    auto* save = child<QPushButton>(dialog, "saveButton");
    QTRY_VERIFY(save->isEnabled()); // once the privilege check passed
    QSignalSpy saved(dialog, &AutoFollowPatternDialog::patternSaved);
    QSignalSpy refreshed(m_page.get(), &ui::AutoFollowPatternsPage::refreshed);
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(saved.wait(10000));
    QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->rowOf(QStringLiteral("logs")) >= 0, 10000);
    QVERIFY(m_page->isShowingTable());
    QCOMPARE(m_page->selectedNames(), QStringList{QStringLiteral("logs")});

    const auto stored = getPattern(QStringLiteral("logs"));
    QVERIFY(stored);
    QCOMPARE(stored->leaderIndexExclusionPatterns, QStringList{QStringLiteral("logs-debug-*")});
    QCOMPARE(stored->followIndexPattern, QStringLiteral("copy-{{leader_index}}"));

    m_fixture->sandbox().createLeaderIndex(QStringLiteral("logs-new"));
    m_fixture->sandbox().indexLeaderDocuments(QStringLiteral("logs-new"), 3);
    m_fixture->sandbox().createLeaderIndex(QStringLiteral("logs-debug-1"));
    m_fixture->sandbox().advance(3);
    auto info = await(m_fixture->api().followInfo({QStringLiteral("copy-logs-new")}));
    QVERIFY2(!info->hasError(), qPrintable(info->error().userMessage()));
    QCOMPARE(info->result()->followers.size(), 1);
    QCOMPARE(info->result()->followers.first().leaderIndex, QStringLiteral("logs-new"));
    QVERIFY(!m_fixture->sandbox().follower().index(QStringLiteral("copy-logs-debug-1")));
    QVERIFY(!m_fixture->sandbox().follower().index(QStringLiteral("copy-logs-old")));
}

void AutoFollowPatternsPageTest::dialogValidatesInput()
{
    AutoFollowPatternDialog* dialog = m_page->createPattern();
    QVERIFY(dialog);
    auto* name = child<QLineEdit>(dialog, "nameEdit");
    QTest::keyClicks(name, QStringLiteral("_bad"));
    QVERIFY(child<QLabel>(dialog, "nameError")->isVisible());
    name->clear();
    QTest::keyClicks(name, QStringLiteral("good"));
    QVERIFY(!child<QLabel>(dialog, "nameError")->isVisible());

    auto* leaderEdit = child<QLineEdit>(dialog, "leaderPatternEdit");
    QTest::keyClicks(leaderEdit, QStringLiteral("Bad-*"));
    QTest::keyClick(leaderEdit, Qt::Key_Return);
    QCOMPARE(child<QListWidget>(dialog, "leaderPatternList")->count(), 0);
    QVERIFY(child<QLabel>(dialog, "leaderError")->isVisible());
    QCOMPARE(leaderEdit->text(), QStringLiteral("Bad-*")); // kept to fix
    leaderEdit->clear();
    QTest::keyClicks(leaderEdit, QStringLiteral("a-*, b-*"));
    QTest::keyClick(leaderEdit, Qt::Key_Return);
    QCOMPARE(child<QListWidget>(dialog, "leaderPatternList")->count(), 2);

    auto* follower = child<QLineEdit>(dialog, "followerPatternEdit");
    follower->setText(QStringLiteral("fixed-name"));
    QVERIFY(child<QLabel>(dialog, "followerPatternError")->isVisible());
    QVERIFY(!child<QPushButton>(dialog, "saveButton")->isEnabled());
    follower->setText(QStringLiteral("{{leader_index}}-dr"));
    QCOMPARE(child<QLineEdit>(dialog, "suffixEdit")->text(), QStringLiteral("-dr"));
    QTRY_VERIFY(child<QPushButton>(dialog, "saveButton")->isEnabled());

    ui::RequestPreviewDialog* preview = dialog->showRequest();
    QVERIFY(preview);
    const QString request = preview->text();
    QVERIFY2(request.startsWith(QStringLiteral("PUT /_ccr/auto_follow/good\n")), qPrintable(request));
    QVERIFY(request.contains(QStringLiteral("\"follow_index_pattern\": \"{{leader_index}}-dr\"")));
    QVERIFY(request.contains(QStringLiteral("\"b-*\"")));
    preview->close();
    dialog->close();
}

void AutoFollowPatternsPageTest::editKeepsExclusionsAndSettings()
{
    AutoFollowPattern p;
    p.remoteCluster = QStringLiteral("leader");
    p.leaderIndexPatterns = {QStringLiteral("logs-*")};
    p.leaderIndexExclusionPatterns = {QStringLiteral("logs-tmp-*")};
    p.settings = QJsonObject{{QStringLiteral("index.number_of_replicas"), QStringLiteral("0")}};
    QVERIFY(!await(m_fixture->api().putAutoFollowPattern(QStringLiteral("edited"), p))->hasError());
    waitForRefresh();
    select({QStringLiteral("edited")});
    QVERIFY(m_page->editAction()->isEnabled());
    m_page->editAction()->trigger();
    auto* dialog = m_page->findChild<AutoFollowPatternDialog*>();
    QVERIFY(dialog);
    QCOMPARE(dialog->mode(), AutoFollowPatternDialog::Mode::Edit);
    QVERIFY(child<QLineEdit>(dialog, "nameEdit")->isReadOnly());
    QCOMPARE(child<QListWidget>(dialog, "exclusionPatternList")->count(), 1);
    QTRY_COMPARE(child<QComboBox>(dialog, "remoteCombo")->currentData().toString(), QStringLiteral("leader"));
    auto* leaderEdit = child<QLineEdit>(dialog, "leaderPatternEdit");
    QTest::keyClicks(leaderEdit, QStringLiteral("app-*"));
    QTest::keyClick(leaderEdit, Qt::Key_Return);
    QSignalSpy saved(dialog, &AutoFollowPatternDialog::patternSaved);
    QTRY_VERIFY(child<QPushButton>(dialog, "saveButton")->isEnabled()); // once the privilege check passed
    QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
    QVERIFY(saved.wait(10000));

    const auto stored = getPattern(QStringLiteral("edited"));
    QVERIFY(stored);
    QCOMPARE(stored->leaderIndexPatterns, (QStringList{QStringLiteral("logs-*"), QStringLiteral("app-*")}));
    QCOMPARE(stored->leaderIndexExclusionPatterns, QStringList{QStringLiteral("logs-tmp-*")});
    QVERIFY(stored->settings.contains(QStringLiteral("index.number_of_replicas")));
    QTRY_VERIFY(m_page->detailsView()->toPlainText().contains(QStringLiteral("app-*")));
}

void AutoFollowPatternsPageTest::pauseResumeDeleteSingleAndBulk()
{
    putPattern(QStringLiteral("p1"), {QStringLiteral("a-*")});
    putPattern(QStringLiteral("p2"), {QStringLiteral("b-*")});
    putPattern(QStringLiteral("p3"), {QStringLiteral("c-*")});
    waitForRefresh();
    QCOMPARE(m_page->model()->rowCount(), 3);

    select({QStringLiteral("p1")});
    QVERIFY(m_page->pauseAction()->isEnabled());
    QVERIFY(!m_page->resumeAction()->isEnabled());
    m_page->pauseAction()->trigger(); // one pattern: no question
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->model()->rowNamed(QStringLiteral("p1"))->pattern.active, 10000);
    QVERIFY(!getPattern(QStringLiteral("p1"))->active);
    QTRY_VERIFY(m_page->resumeAction()->isEnabled());
    m_page->resumeAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->rowNamed(QStringLiteral("p1"))->pattern.active, 10000);
    QVERIFY(getPattern(QStringLiteral("p1"))->active);

    // Bulk pause: one confirmation listing the names, then a per-pattern result.
    select({QStringLiteral("p1"), QStringLiteral("p2")});
    m_page->pauseAction()->trigger();
    QMessageBox* confirm = nullptr;
    QTRY_VERIFY((confirm = m_page->findChild<QMessageBox*>(QStringLiteral("autoFollowConfirmBox"))));
    QVERIFY(confirm->informativeText().contains(QStringLiteral("p1")));
    QVERIFY(confirm->informativeText().contains(QStringLiteral("p2")));
    {
        QPointer<QMessageBox> box = confirm;
        child<QPushButton>(confirm, "autoFollowConfirmButton")->click();
        QTRY_VERIFY(box.isNull()); // gone before the next one is looked for
    }
    QMessageBox* result = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((result = m_page->findChild<QMessageBox*>(QStringLiteral("autoFollowResultBox"))), 10000);
    QVERIFY(result->informativeText().contains(QStringLiteral("p2")));
    {
        QPointer<QMessageBox> box = result;
        result->close();
        QTRY_VERIFY(box.isNull());
    }
    QVERIFY(!getPattern(QStringLiteral("p2"))->active);
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->model()->rowNamed(QStringLiteral("p2"))->pattern.active, 10000);

    // Single delete (Delete key) asks too.
    select({QStringLiteral("p3")});
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    m_page->table()->setFocus();
    QTest::keyClick(m_page->table(), Qt::Key_Delete);
    QTRY_VERIFY((confirm = m_page->findChild<QMessageBox*>(QStringLiteral("autoFollowConfirmBox"))));
    {
        QPointer<QMessageBox> box = confirm;
        child<QPushButton>(confirm, "autoFollowConfirmButton")->click();
        QTRY_VERIFY(box.isNull()); // gone before the next one is looked for
    }
    QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->rowOf(QStringLiteral("p3")) < 0, 10000);
    QVERIFY(!getPattern(QStringLiteral("p3")));

    // Bulk delete of the rest.
    select({QStringLiteral("p1"), QStringLiteral("p2")});
    m_page->deleteAction()->trigger();
    QTRY_VERIFY((confirm = m_page->findChild<QMessageBox*>(QStringLiteral("autoFollowConfirmBox"))));
    {
        QPointer<QMessageBox> box = confirm;
        child<QPushButton>(confirm, "autoFollowConfirmButton")->click();
        QTRY_VERIFY(box.isNull()); // gone before the next one is looked for
    }
    QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->rowCount() == 0, 10000);
    QVERIFY(!m_page->isShowingTable());
    auto all = await(m_fixture->api().autoFollowPatterns());
    QVERIFY(all->result()->patterns.isEmpty());
}

void AutoFollowPatternsPageTest::recentErrorsShown()
{
    // A new leader index whose follower name is already taken on this cluster.
    putPattern(QStringLiteral("clash"), {QStringLiteral("logs-*")}, {}, QStringLiteral("{{leader_index}}-copy"));
    m_fixture->sandbox().follower().createIndex(QStringLiteral("logs-clash-copy"), {});
    m_fixture->sandbox().createLeaderIndex(QStringLiteral("logs-clash"));
    m_fixture->sandbox().advance();
    waitForRefresh();
    const auto* row = m_page->model()->rowNamed(QStringLiteral("clash"));
    QVERIFY(row);
    QCOMPARE(row->errors.size(), 1);
    QCOMPARE(row->errors.first().leaderIndex, QStringLiteral("logs-clash"));
    const QString cell =
        m_page->model()
            ->index(m_page->model()->rowOf(QStringLiteral("clash")), AutoFollowPatternModel::ErrorsColumn)
            .data()
            .toString();
    QVERIFY2(cell.startsWith(QStringLiteral("1 error")), qPrintable(cell));
    select({QStringLiteral("clash")});
    QVERIFY(m_page->detailsView()->toPlainText().contains(QStringLiteral("logs-clash")));

    // The remote going away: an error keyed by the pattern name.
    m_fixture->sandbox().faults().remoteDisconnected = true;
    m_fixture->sandbox().advance();
    m_fixture->sandbox().faults().remoteDisconnected = false;
    waitForRefresh();
    row = m_page->model()->rowNamed(QStringLiteral("clash"));
    QVERIFY(row);
    QCOMPARE(row->errors.size(), 2);
    QCOMPARE(row->errors.first().leaderIndex, QStringLiteral("clash"));
    QTRY_VERIFY(m_page->detailsView()->toPlainText().contains(row->errors.first().autoFollowException.deepestReason()));
}

void AutoFollowPatternsPageTest::searchFilters()
{
    putPattern(QStringLiteral("logs"), {QStringLiteral("logs-*")});
    putPattern(QStringLiteral("metrics"), {QStringLiteral("metrics-*")});
    waitForRefresh();
    QCOMPARE(m_page->proxy()->rowCount(), 2);
    QTest::keyClicks(m_page->searchEdit(), QStringLiteral("metr"));
    QCOMPARE(m_page->proxy()->rowCount(), 1);
    m_page->selectPattern(QStringLiteral("logs")); // hidden: the search is cleared
    QCOMPARE(m_page->proxy()->rowCount(), 2);
    QCOMPARE(m_page->selectedNames(), QStringList{QStringLiteral("logs")});
}

void AutoFollowPatternsPageTest::headersAreNotClipped()
{
    // The narrow columns keep their width unless a header needs more ("Remote cluster" was cut to "Remote cluste").
    auto* table = m_page->findChild<QTableView*>(QStringLiteral("autoFollowTable"));
    QVERIFY(table);
    QHeaderView* header = table->horizontalHeader();
    const QFontMetrics metrics(header->font());
    for (int column = 0; column + 1 < header->count(); ++column) { // the last one stretches
        const QString text = table->model()->headerData(column, Qt::Horizontal).toString();
        QVERIFY2(header->sectionSize(column) > metrics.horizontalAdvance(text) + 2 * metrics.averageCharWidth(),
                 qPrintable(QStringLiteral("%1: %2 px").arg(text).arg(header->sectionSize(column))));
    }
}

QTEST_MAIN(AutoFollowPatternsPageTest)
#include "tst_autofollowpatternspage.moc"
