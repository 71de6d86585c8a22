// Edit → Preferences…: the language applies at once (the window and the open dialog retranslate), the proxy fields
// are validated as you type, and confirmations and the default auto-refresh reach the Follower indices tab. The
// settings sit on tabs (General, Replication history, Alerts) so the dialog fits a small screen.
#include "core/connections/ConnectionStore.h"
#include "core/connections/InMemorySecretStore.h"
#include "core/i18n/TranslationLoader.h"
#include "core/preferences/AppPreferences.h"
#include "history/HistoryStore.h"
#include "ui/common/AutoRefreshControl.h"
#include "ui/followers/FollowerActionController.h"
#include "ui/followers/FollowersPage.h"
#include "ui/shell/CcrPage.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/PreferencesDialog.h"
#include "ui/shell/SandboxLauncher.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using duper::ui::MainWindow;
using duper::ui::PreferencesDialog;

class TestPreferencesDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void menusHaveShortcutsInTheirTips();
    void languageAppliesAtOnceAndBack();
    void proxyIsValidatedAsYouType();
    void proxyAppliesToTheNetwork();
    void confirmationsAndRefreshDefaultReachTheFollowersPage();
    void historyRetentionReachesTheStore();
    void settingsSitOnTabs();

private:
    std::unique_ptr<MainWindow> makeWindow();
    PreferencesDialog* openPreferences(MainWindow* window);
    static QPushButton* button(PreferencesDialog* dialog, QDialogButtonBox::StandardButton which);
    void saveShot(QWidget* widget, const QString& name);

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<duper::ConnectionStore> m_store;
    std::unique_ptr<duper::InMemorySecretStore> m_secrets;
    std::unique_ptr<duper::TranslationLoader> m_translations;
    QNetworkAccessManager m_network;
    int m_run = 0;
};

void TestPreferencesDialog::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestPreferencesDialog::init()
{
    m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings-%1.ini").arg(++m_run)),
                                             QSettings::IniFormat);
    m_store = std::make_unique<duper::ConnectionStore>(m_settings.get());
    m_secrets = std::make_unique<duper::InMemorySecretStore>();
    m_translations = std::make_unique<duper::TranslationLoader>();
    m_translations->apply(QStringLiteral("en"));
}

void TestPreferencesDialog::cleanup()
{
    m_translations.reset();
    m_store.reset();
    m_settings.reset();
    m_secrets.reset();
    QNetworkProxyFactory::setUseSystemConfiguration(false);
    m_network.setProxy(QNetworkProxy(QNetworkProxy::DefaultProxy));
}

std::unique_ptr<MainWindow> TestPreferencesDialog::makeWindow()
{
    auto options = duper::ui::SandboxLauncher::defaultOptions();
    options.tickIntervalMs = 0;
    options.workload = false;
    options.followers = 1;
    auto window =
        std::make_unique<MainWindow>(m_store.get(), m_secrets.get(), &m_network, options, m_translations.get());
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        qWarning("window not exposed");
    return window;
}

PreferencesDialog* TestPreferencesDialog::openPreferences(MainWindow* window)
{
    auto* action = window->findChild<QAction*>(QStringLiteral("preferencesAction"));
    if (!action)
        return nullptr;
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); // the last one, closed, goes now
    action->trigger();
    return window->findChild<PreferencesDialog*>(QStringLiteral("preferencesDialog"));
}

QPushButton* TestPreferencesDialog::button(PreferencesDialog* dialog, QDialogButtonBox::StandardButton which)
{
    return dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))->button(which);
}

void TestPreferencesDialog::saveShot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("DUPER_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QVERIFY(QDir().mkpath(dir));
    QTest::qWait(50);
    QVERIFY(widget->grab().save(QDir(dir).filePath(name), "PNG"));
}

void TestPreferencesDialog::menusHaveShortcutsInTheirTips()
{
    auto window = makeWindow();
    for (const char* name : {"manageConnectionsAction", "refreshAction", "quitAction", "preferencesAction",
                             "aboutAction", "aboutQtAction"}) {
        auto* action = window->findChild<QAction*>(QString::fromLatin1(name));
        QVERIFY2(action, name);
        QVERIFY2(!action->shortcut().isEmpty(), name);
        const QString keys = action->shortcut().toString(QKeySequence::NativeText);
        QVERIFY2(action->toolTip().contains(keys), qPrintable(action->toolTip()));
        QVERIFY2(action->statusTip().contains(keys), qPrintable(action->statusTip()));
    }
    auto* preferences = window->findChild<QAction*>(QStringLiteral("preferencesAction"));
    QVERIFY(preferences->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Comma)));
    auto* help = window->findChild<QMenu*>(QStringLiteral("helpMenu"));
    QVERIFY(help);
    QCOMPARE(help->actions().size(), 2);
}

void TestPreferencesDialog::languageAppliesAtOnceAndBack()
{
    auto window = makeWindow();
    auto* fileMenu = window->findChild<QMenu*>(QStringLiteral("fileMenu"));
    QVERIFY(fileMenu);
    QCOMPARE(fileMenu->title(), QStringLiteral("&File"));

    PreferencesDialog* dialog = openPreferences(window.get());
    QVERIFY(dialog);
    auto* combo = dialog->findChild<QComboBox*>(QStringLiteral("languageCombo"));
    QVERIFY(combo);
    QVERIFY2(combo->itemText(0).startsWith(QStringLiteral("System default (")), qPrintable(combo->itemText(0)));
    QCOMPARE(combo->count(), duper::TranslationLoader::availableLanguages().size() + 1);
    const int german = combo->findData(QStringLiteral("de"));
    if (german < 0)
        QSKIP("no German translation bundled");
    QCOMPARE(combo->itemText(german), QStringLiteral("Deutsch"));
    saveShot(dialog, QStringLiteral("preferences.png"));

    // A text retranslate() owns, changed behind its back: seeing it restored proves the window retranslated.
    fileMenu->setTitle(QStringLiteral("sentinel"));
    combo->setCurrentIndex(german);
    QTest::mouseClick(button(dialog, QDialogButtonBox::Ok), Qt::LeftButton);
    QCOMPARE(m_translations->effective(), QStringLiteral("de"));
    QCOMPARE(m_translations->requested(), QStringLiteral("de"));
    QCOMPARE(m_settings->value(QStringLiteral("preferences/language")).toString(), QStringLiteral("de"));
    QTRY_VERIFY(fileMenu->title() != QStringLiteral("sentinel"));

    // Back to English from an open dialog: the dialog itself retranslates and keeps its choices.
    dialog = openPreferences(window.get());
    QVERIFY(dialog);
    combo = dialog->findChild<QComboBox*>(QStringLiteral("languageCombo"));
    QCOMPARE(combo->currentData().toString(), QStringLiteral("de"));
    auto* languageLabel = dialog->findChild<QLabel*>(QStringLiteral("languageLabel"));
    QVERIFY(languageLabel);
    languageLabel->setText(QStringLiteral("sentinel")); // retranslateUi sets it again
    combo->setCurrentIndex(combo->findData(QStringLiteral("en")));
    QTest::mouseClick(button(dialog, QDialogButtonBox::Apply), Qt::LeftButton);
    QCOMPARE(m_translations->effective(), QStringLiteral("en"));
    QTRY_COMPARE(fileMenu->title(), QStringLiteral("&File"));
    QTRY_COMPARE(window->findChild<QMenu*>(QStringLiteral("editMenu"))->title(), QStringLiteral("&Edit"));
    QTRY_COMPARE(languageLabel->text(), QStringLiteral("&Language:"));
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Preferences"));
    QVERIFY(dialog->isVisible());                                    // Apply keeps it open
    QCOMPARE(combo->currentData().toString(), QStringLiteral("en")); // re-filled, choice kept
    QVERIFY(combo->itemText(0).startsWith(QStringLiteral("System default (")));

    // "System default" stores an empty code and follows the system locale.
    combo->setCurrentIndex(0);
    QTest::mouseClick(button(dialog, QDialogButtonBox::Ok), Qt::LeftButton);
    QCOMPARE(m_settings->value(QStringLiteral("preferences/language")).toString(), QString());
    QCOMPARE(m_translations->requested(), QString());
}

void TestPreferencesDialog::proxyIsValidatedAsYouType()
{
    auto window = makeWindow();
    PreferencesDialog* dialog = openPreferences(window.get());
    QVERIFY(dialog);
    auto* manual = dialog->findChild<QRadioButton*>(QStringLiteral("manualProxyRadio"));
    auto* host = dialog->findChild<QLineEdit*>(QStringLiteral("proxyHostEdit"));
    auto* port = dialog->findChild<QLineEdit*>(QStringLiteral("proxyPortEdit"));
    auto* error = dialog->findChild<QLabel*>(QStringLiteral("proxyErrorLabel"));
    QVERIFY(manual && host && port && error);
    QPushButton* ok = button(dialog, QDialogButtonBox::Ok);
    QPushButton* apply = button(dialog, QDialogButtonBox::Apply);

    QVERIFY(dialog->findChild<QRadioButton*>(QStringLiteral("systemProxyRadio"))->isChecked());
    QVERIFY(!host->isEnabled());
    QVERIFY(ok->isEnabled());
    QVERIFY(dialog->findChild<QWidget*>(QStringLiteral("proxyGroup"))->toolTip().contains(QStringLiteral("keychain")));

    manual->setChecked(true);
    QVERIFY(host->isEnabled());
    QVERIFY(!ok->isEnabled()); // no host yet
    QVERIFY(!apply->isEnabled());
    QVERIFY(!error->text().isEmpty());

    QTest::keyClicks(host, QStringLiteral("http://proxy"));
    QVERIFY(!ok->isEnabled());
    QVERIFY2(error->text().contains(QStringLiteral("http://proxy")), qPrintable(error->text()));
    host->clear();
    QTest::keyClicks(host, QStringLiteral("proxy.example.com"));
    QVERIFY(!ok->isEnabled()); // no port yet
    QTest::keyClicks(port, QStringLiteral("70000"));
    QVERIFY(!ok->isEnabled());
    QVERIFY(error->text().contains(QStringLiteral("65535")));
    port->clear();
    QTest::keyClicks(port, QStringLiteral("3128"));
    QVERIFY(ok->isEnabled());
    QVERIFY(apply->isEnabled());
    QVERIFY(error->text().isEmpty());
    saveShot(dialog, QStringLiteral("preferences-manual-proxy.png"));

    // OK is refused by code too while invalid.
    port->clear();
    QVERIFY(!dialog->apply());
    QCOMPARE(window->preferences()->proxy().mode, duper::ProxyPreference::Mode::System);
    dialog->findChild<QRadioButton*>(QStringLiteral("noProxyRadio"))->setChecked(true);
    QVERIFY(ok->isEnabled());
}

void TestPreferencesDialog::proxyAppliesToTheNetwork()
{
    auto window = makeWindow();
    PreferencesDialog* dialog = openPreferences(window.get());
    QVERIFY(dialog);
    dialog->findChild<QRadioButton*>(QStringLiteral("manualProxyRadio"))->setChecked(true);
    dialog->findChild<QComboBox*>(QStringLiteral("proxyTypeCombo"))->setCurrentIndex(1);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("proxyHostEdit")), QStringLiteral("10.0.0.8"));
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("proxyPortEdit")), QStringLiteral("1080"));
    QTest::mouseClick(button(dialog, QDialogButtonBox::Ok), Qt::LeftButton);
    QCOMPARE(m_network.proxy().type(), QNetworkProxy::Socks5Proxy);
    QCOMPARE(m_network.proxy().hostName(), QStringLiteral("10.0.0.8"));
    QCOMPARE(m_network.proxy().port(), quint16(1080));
    QCOMPARE(window->preferences()->proxy().port, 1080);

    dialog = openPreferences(window.get());
    QVERIFY(dialog);
    QVERIFY(dialog->findChild<QRadioButton*>(QStringLiteral("manualProxyRadio"))->isChecked()); // loaded back
    dialog->findChild<QRadioButton*>(QStringLiteral("systemProxyRadio"))->setChecked(true);
    QTest::mouseClick(button(dialog, QDialogButtonBox::Ok), Qt::LeftButton);
    QCOMPARE(m_network.proxy().type(), QNetworkProxy::DefaultProxy);
    QVERIFY(QNetworkProxyFactory::usesSystemConfiguration());
}

void TestPreferencesDialog::confirmationsAndRefreshDefaultReachTheFollowersPage()
{
    // A saved connection to a port nothing listens on: enough for the page to make its action controller.
    duper::ConnectionProfile profile = duper::ConnectionProfile::create(QStringLiteral("Nowhere"));
    profile.urls = {QUrl(QStringLiteral("http://127.0.0.1:9"))};
    QString saveError;
    QVERIFY2(m_store->save(profile, &saveError), qPrintable(saveError));

    auto window = makeWindow();
    duper::ui::FollowersPage* followers = window->ccrPage()->followersPage();
    QVERIFY(followers->controller());
    QVERIFY(followers->controller()->pauseResumeConfirmationsEnabled());
    QCOMPARE(followers->refreshControl()->intervalMs(), 10000);

    PreferencesDialog* dialog = openPreferences(window.get());
    QVERIFY(dialog);
    auto* confirm = dialog->findChild<QCheckBox*>(QStringLiteral("confirmCheck"));
    QVERIFY(confirm && confirm->isChecked());
    confirm->setChecked(false);
    auto* refresh = dialog->findChild<QComboBox*>(QStringLiteral("refreshCombo"));
    refresh->setCurrentIndex(refresh->findData(30));
    QTest::mouseClick(button(dialog, QDialogButtonBox::Ok), Qt::LeftButton);

    QVERIFY(!followers->controller()->pauseResumeConfirmationsEnabled());
    QVERIFY(!window->preferences()->confirmPauseResume());
    // Nobody picked an interval on the page: the new default applies there, without becoming the page's choice.
    QCOMPARE(followers->refreshControl()->intervalMs(), 30000);
    QVERIFY(!m_settings->contains(QStringLiteral("followers/autoRefreshMs")));

    // A choice made on the page wins over the default.
    followers->refreshControl()->setIntervalMs(5000);
    window->preferences()->setDefaultRefreshSeconds(60);
    window->applyPreferences(false);
    QCOMPARE(followers->refreshControl()->intervalMs(), 5000);

    // Reconnecting makes a new controller: the preference still holds.
    followers->setSession(window->session());
    QVERIFY(followers->controller());
    QVERIFY(!followers->controller()->pauseResumeConfirmationsEnabled());
}

void TestPreferencesDialog::historyRetentionReachesTheStore()
{
    duper::HistoryStore history(m_dir.filePath(QStringLiteral("history-%1.sqlite").arg(m_run)));
    MainWindow window(m_store.get(), m_secrets.get(), &m_network, duper::ui::SandboxLauncher::defaultOptions(),
                      m_translations.get(), &history);
    PreferencesDialog* dialog = openPreferences(&window);
    QVERIFY(dialog);
    auto* full = dialog->findChild<QSpinBox*>(QStringLiteral("historyFullSpin"));
    auto* downsampled = dialog->findChild<QSpinBox*>(QStringLiteral("historyDownsampledSpin"));
    auto* size = dialog->findChild<QSpinBox*>(QStringLiteral("historySizeSpin"));
    QVERIFY(full && downsampled && size);
    QCOMPARE(full->value(), 24);
    QCOMPARE(downsampled->value(), 30);
    QCOMPARE(size->value(), 200);
    QCOMPARE(size->minimum(), duper::HistoryRetention::minMegabytes);
    full->setValue(6);
    downsampled->setValue(7);
    size->setValue(50);
    QTest::mouseClick(button(dialog, QDialogButtonBox::Ok), Qt::LeftButton);

    const duper::HistoryRetention stored = window.preferences()->historyRetention();
    QCOMPARE(stored.fullResolutionHours, 6);
    QCOMPARE(stored.downsampledDays, 7);
    QCOMPARE(stored.maxMegabytesOnDisk, 50);
    QCOMPARE(history.limits(), duper::HistoryLimits::from(stored)); // applied at once

    dialog = openPreferences(&window);
    QVERIFY(dialog);
    QCOMPARE(dialog->findChild<QSpinBox*>(QStringLiteral("historySizeSpin"))->value(), 50);
    saveShot(dialog, QStringLiteral("preferences-history.png"));
    dialog->reject();
}

void TestPreferencesDialog::settingsSitOnTabs()
{
    auto window = makeWindow();
    PreferencesDialog* dialog = openPreferences(window.get());
    QVERIFY(dialog);
    auto* tabs = dialog->findChild<QTabWidget*>(QStringLiteral("preferencesTabs"));
    QVERIFY(tabs);
    QCOMPARE(tabs->count(), 3);
    QCOMPARE(tabs->tabText(0), QStringLiteral("&General"));
    QCOMPARE(tabs->tabText(1), QStringLiteral("Replication &history"));
    QCOMPARE(tabs->tabText(2), QStringLiteral("Ale&rts"));
    const auto onTab = [dialog](const char* tab, const char* widget) {
        QWidget* page = dialog->findChild<QWidget*>(QString::fromLatin1(tab));
        QWidget* child = dialog->findChild<QWidget*>(QString::fromLatin1(widget));
        return page && child && page->isAncestorOf(child);
    };
    for (const char* name : {"languageCombo", "refreshCombo", "confirmCheck", "proxyGroup", "proxyErrorLabel"})
        QVERIFY2(onTab("generalTab", name), name);
    for (const char* name : {"historyGroup", "historyFullSpin", "historyDownsampledSpin", "historySizeSpin"})
        QVERIFY2(onTab("historyTab", name), name);
    // No connection, no rules: the Alerts tab says so.
    QVERIFY2(onTab("alertsTab", "noAlertRulesLabel"), "noAlertRulesLabel");
    QVERIFY(!dialog->findChild<QWidget*>(QStringLiteral("alertRulesGroup")));
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QVERIFY2(dialog->height() <= 480, qPrintable(QString::number(dialog->height())));
    saveShot(dialog, QStringLiteral("preferences-tabs.png"));
    dialog->reject();
}

QTEST_MAIN(TestPreferencesDialog)
#include "tst_preferencesdialog.moc"
