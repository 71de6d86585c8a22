// The Fleet page in the window as users see it, narrow (900x600) and wide (1600x1000), light and dark: a bi-directional
// pair, archive → regional and a connection whose server is gone. PNGs in $DUPER_SCREENSHOT_DIR, else
// /tmp/duper-fleet; not committed, look at them after a change to the page.
#include "DarkPalette.h"
#include "FleetSandboxes.h"
#include "GuiFixture.h"
#include "core/connections/ConnectionStore.h"
#include "core/connections/InMemorySecretStore.h"
#include "core/i18n/TranslationLoader.h"
#include "ui/common/ErrorStyle.h"
#include "ui/fleet/FleetModel.h"
#include "ui/fleet/FleetPage.h"
#include "ui/fleet/FleetTopologyView.h"
#include "ui/shell/FleetLauncher.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/SandboxLauncher.h"

#include <QApplication>
#include <QDir>
#include <QNetworkAccessManager>
#include <QTest>

using namespace duper;

class TestFleetScreenshots : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void narrowAndWideLightAndDark();

private:
    std::unique_ptr<test::FleetSandboxes> m_sandboxes;
    QNetworkAccessManager m_network;
    // English plural forms ("1 pattern"), as the window shows them.
    duper::TranslationLoader m_translations;
    QString m_outDir;
};

void TestFleetScreenshots::initTestCase()
{
    m_translations.apply(QStringLiteral("en"));
    ui::ErrorStyle::install();
    m_outDir = qEnvironmentVariable("DUPER_SCREENSHOT_DIR", QDir::temp().filePath(QStringLiteral("duper-fleet")));
    QVERIFY(QDir().mkpath(m_outDir));
    m_sandboxes = std::make_unique<test::FleetSandboxes>();
    QVERIFY2(m_sandboxes->start(), qPrintable(m_sandboxes->errorString()));
}

void TestFleetScreenshots::narrowAndWideLightAndDark()
{
    test::GuiFixture fixture;
    ConnectionStore store(&fixture.settings());
    InMemorySecretStore secrets;
    const QList<std::pair<QString, QUrl>> clusters{{QStringLiteral("prod-follower"), m_sandboxes->followerUrl()},
                                                   {QStringLiteral("prod-leader"), m_sandboxes->leaderUrl()},
                                                   {QStringLiteral("regional"), m_sandboxes->regionalUrl()},
                                                   {QStringLiteral("archive"), m_sandboxes->archiveUrl()}};
    for (const auto& [name, url] : clusters)
        QVERIFY(store.save(test::FleetSandboxes::connection(name, url)));
    ConnectionProfile gone =
        test::FleetSandboxes::connection(QStringLiteral("gone"), QUrl(QStringLiteral("http://127.0.0.1:1")));
    QVERIFY(store.save(gone));
    auto options = ui::SandboxLauncher::defaultOptions();
    options.tickIntervalMs = 0;
    options.workload = false;
    ui::MainWindow window(&store, &secrets, &m_network, options);
    ui::FleetLauncher* fleet = window.fleetLauncher();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_COMPARE_WITH_TIMEOUT(fleet->page()->map()->edges().size(), qsizetype(3), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(!fleet->page()->model()->index(0, 0).data().isNull(), 5000);
    QTest::qWait(300);

    const QPalette light = QApplication::palette();
    for (const QSize size : {QSize(900, 600), QSize(1600, 1000)}) {
        window.resize(size);
        for (const bool dark : {false, true}) {
            QApplication::setPalette(dark ? test::darkPalette() : light);
            QTest::qWait(100);
            const QString name = QStringLiteral("fleet-%1x%2-%3.png")
                                     .arg(size.width())
                                     .arg(size.height())
                                     .arg(dark ? QStringLiteral("dark") : QStringLiteral("light"));
            const QString path = QDir(m_outDir).filePath(name);
            QVERIFY(window.grab().save(path, "PNG"));
            qInfo("screenshot: %s", qPrintable(path));
        }
    }
    QApplication::setPalette(light);
}

QTEST_MAIN(TestFleetScreenshots)
#include "tst_screenshots_fleet.moc"
