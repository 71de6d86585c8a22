// PNGs of the Auto-follow patterns tab (empty, with patterns and a recent error) and its dialog, written to
// $DUPER_SCREENSHOT_DIR or <bin>/../screenshots. Not committed; look at them after a change to the tab.
#include "AwaitJob.h"
#include "SandboxClient.h"
#include "TestSession.h"
#include "core/ccr/CcrApi.h"
#include "core/i18n/TranslationLoader.h"
#include "ui/autofollow/AutoFollowPatternDialog.h"
#include "ui/autofollow/AutoFollowPatternFilterProxyModel.h"
#include "ui/autofollow/AutoFollowPatternModel.h"
#include "ui/autofollow/AutoFollowPatternsPage.h"
#include "ui/common/ErrorStyle.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace duper;
using duper::test::await;

class TestScreenshotsAutoFollow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void tabAndDialog();

private:
    void save(QWidget* widget, const QString& name);
    void put(const QString& name, const QStringList& leaders, const QStringList& exclusions, const QString& follow,
             bool active = true);

    QTemporaryDir m_dir;
    // English plural forms ("1 pattern"), as the window shows them.
    duper::TranslationLoader m_translations;
    QString m_outDir;
    std::unique_ptr<test::SandboxClient> m_fixture;
};

void TestScreenshotsAutoFollow::initTestCase()
{
    m_translations.apply(QStringLiteral("en"));
    duper::ui::ErrorStyle::install(); // as duper-gui does: error text follows the palette
    QVERIFY(m_dir.isValid());
    m_outDir = qEnvironmentVariable("DUPER_SCREENSHOT_DIR");
    if (m_outDir.isEmpty())
        m_outDir = QCoreApplication::applicationDirPath() + QStringLiteral("/../screenshots");
    QVERIFY(QDir().mkpath(m_outDir));
    m_fixture = std::make_unique<test::SandboxClient>();
    QVERIFY2(m_fixture->started(), qPrintable(m_fixture->errorString()));
}

void TestScreenshotsAutoFollow::save(QWidget* widget, const QString& name)
{
    QTest::qWait(50); // let pending layouts settle before the grab
    const QString path = QDir(m_outDir).filePath(name);
    QVERIFY(widget->grab().save(path, "PNG"));
    QVERIFY(QFileInfo(path).size() > 0);
    qInfo("screenshot: %s", qPrintable(QDir::cleanPath(path)));
}

void TestScreenshotsAutoFollow::put(const QString& name, const QStringList& leaders, const QStringList& exclusions,
                                    const QString& follow, bool active)
{
    AutoFollowPattern p;
    p.remoteCluster = QStringLiteral("leader");
    p.leaderIndexPatterns = leaders;
    p.leaderIndexExclusionPatterns = exclusions;
    p.followIndexPattern = follow;
    QVERIFY(!await(m_fixture->api().putAutoFollowPattern(name, p))->hasError());
    if (!active)
        QVERIFY(!await(m_fixture->api().pauseAutoFollowPattern(name))->hasError());
}

void TestScreenshotsAutoFollow::tabAndDialog()
{
    QSettings settings(m_dir.filePath(QStringLiteral("af.ini")), QSettings::IniFormat);
    settings.setValue(QStringLiteral("autoFollow/autoRefreshMs"), 0);
    ui::AutoFollowPatternsPage page(&settings);
    page.resize(1100, 560);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QSignalSpy refreshed(&page, &ui::AutoFollowPatternsPage::refreshed);
    const auto session = test::makeSession(m_fixture->client(), QStringLiteral("shots"), &settings);
    page.setSession(session.get());
    QVERIFY(refreshed.wait(10000));
    save(&page, QStringLiteral("autofollow-empty.png"));

    m_fixture->sandbox().createLeaderIndex(QStringLiteral("logs-2026.11.24"));
    m_fixture->sandbox().createLeaderIndex(QStringLiteral("logs-debug-1"));
    put(QStringLiteral("logs"), {QStringLiteral("logs-*")}, {QStringLiteral("logs-debug-*")},
        QStringLiteral("{{leader_index}}-dr"));
    put(QStringLiteral("metrics"), {QStringLiteral("metrics-*"), QStringLiteral("apm-*")}, {}, {}, false);
    put(QStringLiteral("audit"), {QStringLiteral("audit-*")}, {}, QStringLiteral("copy-{{leader_index}}"));
    m_fixture->sandbox().follower().createIndex(QStringLiteral("copy-audit-1"), {});
    m_fixture->sandbox().createLeaderIndex(QStringLiteral("audit-1"));
    m_fixture->sandbox().advance();
    refreshed.clear();
    page.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!refreshed.isEmpty() && !page.isRefreshing(), 10000);
    page.selectPattern(QStringLiteral("audit"));
    save(&page, QStringLiteral("autofollow-tab.png"));

    page.selectPattern(QStringLiteral("logs"));
    ui::AutoFollowPatternDialog* dialog = page.editPattern();
    QVERIFY(dialog);
    QTRY_COMPARE(dialog->findChild<QComboBox*>(QStringLiteral("remoteCombo"))->currentData().toString(),
                 QStringLiteral("leader"));
    QTRY_VERIFY(!dialog->matchingLeaderIndices().isEmpty());
    save(dialog, QStringLiteral("autofollow-dialog-edit.png"));
    dialog->close();

    dialog = page.createPattern();
    QVERIFY(dialog);
    QTRY_COMPARE(dialog->findChild<QComboBox*>(QStringLiteral("remoteCombo"))->currentData().toString(),
                 QStringLiteral("leader"));
    auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("nameEdit"));
    QTest::keyClicks(name, QStringLiteral("_bad,name"));
    save(dialog, QStringLiteral("autofollow-dialog-create.png"));
    dialog->close();
}

QTEST_MAIN(TestScreenshotsAutoFollow)
#include "tst_screenshots_autofollow.moc"
