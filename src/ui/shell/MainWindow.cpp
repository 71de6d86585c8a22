#include "ui/shell/MainWindow.h"

#include "core/connections/ConnectionStore.h"
#include "core/connections/SecretStore.h"
#include "core/i18n/TranslationLoader.h"
#include "core/preferences/AppPreferences.h"
#include "core/session/ClusterSessionOpener.h"
#include "history/HistoryRecorder.h"
#include "history/HistoryStore.h"
#include "ui/alerts/AlertCenter.h"
#include "ui/connections/ConnectionListModel.h"
#include "ui/connections/ConnectionManagerDialog.h"
#include "ui/connections/ConnectionSelector.h"
#include "ui/connections/SecretPromptDialog.h"
#include "ui/dr/DisasterRecoveryPage.h"
#include "ui/followers/ConsistencyCheckView.h"
#include "ui/followers/FollowerDetailsPanel.h"
#include "ui/followers/FollowersPage.h"
#include "ui/shell/AboutDialog.h"
#include "ui/shell/ApiKeyRemoteLauncher.h"
#include "ui/shell/CcrPage.h"
#include "ui/shell/ClusterStatusLabel.h"
#include "ui/shell/DefaultWindowSize.h"
#include "ui/shell/DrWizardLauncher.h"
#include "ui/shell/ErrorNotifier.h"
#include "ui/shell/FleetLauncher.h"
#include "ui/shell/HistoryNotice.h"
#include "ui/shell/MainWindowMenus.h"
#include "ui/shell/PreferencesDialog.h"
#include "ui/shell/SandboxLauncher.h"
#include "ui/shell/SandboxMenu.h"
#include "ui/shell/WelcomePage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QGuiApplication>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QScreen>
#include <QSettings>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>

namespace duper::ui {

MainWindow::MainWindow(ConnectionStore* store, SecretStore* secrets, QNetworkAccessManager* network,
                       sandbox::SandboxOptions sandboxOptions, TranslationLoader* translations, HistoryStore* history,
                       QWidget* parent)
    : QMainWindow(parent), m_store(store), m_secrets(secrets), m_network(network),
      m_sandboxOptions(std::move(sandboxOptions)), m_secretPrompt(new SecretPromptDialog(this)),
      m_opener(new ClusterSessionOpener(network, secrets, &m_sessionSecrets, m_secretPrompt, store->settings(), this)),
      m_model(new ConnectionListModel(this)), m_selector(new ConnectionSelector(m_model, this)),
      m_stack(new QStackedWidget(this)), m_welcome(new WelcomePage(this)),
      m_ccrPage(new CcrPage(store->settings(), this)), m_status(new ClusterStatusLabel(this)),
      m_translations(translations ? translations : new TranslationLoader(this)),
      m_preferences(std::make_unique<AppPreferences>(store->settings())), m_notifier(new ErrorNotifier(this, this)),
      m_alerts(new AlertCenter(m_ccrPage, m_notifier, store->settings(), this)), m_history(history)
{
    setObjectName(QStringLiteral("mainWindow"));
    // A share of the screen unless the settings below hold the size the user left it at.
    const QScreen* screen = this->screen() ? this->screen() : QGuiApplication::primaryScreen();
    resize(DefaultWindowSize::forScreen(screen ? screen->availableGeometry() : QRect()));

    m_stack->setObjectName(QStringLiteral("centralStack"));
    m_stack->addWidget(m_welcome);
    m_stack->addWidget(m_ccrPage);
    setCentralWidget(m_stack);
    statusBar()->addPermanentWidget(m_status, 1);
    connect(m_ccrPage, &CcrPage::statusMessage, this,
            [this](const QString& text) { statusBar()->showMessage(text, 8000); });

    m_menus = std::make_unique<MainWindowMenus>(this, m_selector);
    connectMenus();
    retranslate();
    // The proxy was applied at start-up (main.cpp); only a change in Preferences applies it again.
    applyPreferences(false);

    // The CCR page builds its tabs when it is first needed (not for the welcome page): they are wired up then.
    connect(m_ccrPage, &CcrPage::pagesBuilt, this, &MainWindow::wireCcrPages);
    connect(m_notifier, &ErrorNotifier::followerActivated, this, [this](const QString& name) {
        FollowersPage* followers = m_ccrPage->followersPage();
        m_stack->setCurrentWidget(m_ccrPage);
        m_ccrPage->setCurrentWidget(followers);
        followers->selectFollower(name);
    });
    connect(m_selector, &ConnectionSelector::profileSelected, this, &MainWindow::connectTo);
    connect(m_opener, &ClusterSessionOpener::readingKeychain, this, [this](const ConnectionProfile& profile) {
        m_status->setText(tr("Reading the secret of %1 from the keychain…").arg(profile.name));
    });
    connect(m_opener, &ClusterSessionOpener::opened, this, &MainWindow::onSessionOpened);
    connect(m_opener, &ClusterSessionOpener::failed, this, &MainWindow::onOpenFailed);
    connect(this, &MainWindow::connectionChanged, this, [this](const QString& id) {
        m_notifier->reset(); // errors that already exist on the new cluster are not news
        m_ccrPage->setSession(m_session);
        m_alerts->setSession(m_session);
        if (m_historyRecorder)
            m_historyRecorder->setSession(m_session);
        Q_UNUSED(id);
    });
    if (history) {
        m_historyRecorder = new HistoryRecorder(history, this);
        new HistoryNotice(history, this); // Duper goes on without history, and says so
    }
    // Paused followers' alerts use their leader's retention lease period, read through the saved connections.
    m_alerts->setLeaderSource([store] { return store->profiles(); },
                              {network, secrets, &m_sessionSecrets, nullptr, store->settings(), {}});
    connect(m_welcome, &WelcomePage::addConnectionRequested, this, &MainWindow::openConnectionManager);
    connect(m_welcome, &WelcomePage::trySandboxRequested, this, &MainWindow::startSandbox);

    const QString lastUsed = m_store->lastUsedId();
    reloadProfiles();
    if (m_model->rowCount() > 0)
        selectAndConnect(m_model->rowOf(lastUsed) >= 0 ? lastUsed : m_model->profile(0)->id);
    // Every saved cluster at once; shown first when there are several (the last used one opens behind it).
    m_fleet = new FleetLauncher(
        {network, secrets, &m_sessionSecrets, m_secretPrompt, store->settings(), {}},
        {m_stack, m_ccrPage, m_selector, m_model, m_menus->toolBar, store->settings(), m_menus->refresh}, this);
    m_fleet->showFleetIfSeveral();

    // Window size, position and bars as the user left them, in the settings the profiles live in.
    if (QSettings* settings = m_store->settings()) {
        restoreGeometry(settings->value(QStringLiteral("window/geometry")).toByteArray());
        restoreState(settings->value(QStringLiteral("window/state")).toByteArray());
    }
}

void MainWindow::wireCcrPages()
{
    FollowersPage* followers = m_ccrPage->followersPage();
    connect(followers, &FollowersPage::snapshotApplied, m_notifier, &ErrorNotifier::onRows);
    if (m_history)
        followers->setHistoryStore(m_history);
    applyFollowerPreferences();
    const DrWizardLauncher::Context context{m_network, m_secrets, &m_sessionSecrets, m_secretPrompt, m_store};
    m_drWizards = new DrWizardLauncher(context, m_ccrPage->disasterRecoveryPage(), this);
    new ApiKeyRemoteLauncher(context, m_ccrPage->remoteClustersPage(), this);
    // "Check consistency" picks the leader among the saved connections, opened apart from the window's connection.
    const auto newOpener = [this] {
        return new ClusterSessionOpener(m_network, m_secrets, &m_sessionSecrets, m_secretPrompt, m_store->settings());
    };
    followers->detailsPanel()->consistencyView()->setLeaderSource([store = m_store] { return store->profiles(); },
                                                                  newOpener);
}

EsClient* MainWindow::client() const
{
    return m_session ? m_session->client() : nullptr;
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (QSettings* settings = m_store->settings()) {
        settings->setValue(QStringLiteral("window/geometry"), saveGeometry());
        settings->setValue(QStringLiteral("window/state"), saveState());
        settings->sync();
    }
    QMainWindow::closeEvent(event);
}

MainWindow::~MainWindow() = default;

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::connectMenus()
{
    connect(m_menus->manage, &QAction::triggered, this, &MainWindow::openConnectionManager);
    connect(m_menus->refresh, &QAction::triggered, m_status, &ClusterStatusLabel::refresh);
    connect(m_menus->refresh, &QAction::triggered, this, [this] { m_ccrPage->followersPage()->refresh(); });
    connect(m_menus->quit, &QAction::triggered, this, &QWidget::close);
    connect(m_menus->preferences, &QAction::triggered, this, &MainWindow::openPreferences);
    connect(m_menus->about, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_menus->aboutQt, &QAction::triggered, this, &QApplication::aboutQt);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Duper"));
    m_menus->retranslate();
}

PreferencesDialog* MainWindow::openPreferences()
{
    if (m_preferencesDialog && m_preferencesDialog->isVisible()) {
        m_preferencesDialog->raise();
        m_preferencesDialog->activateWindow();
        return m_preferencesDialog;
    }
    auto* dialog = new PreferencesDialog(m_preferences.get(), m_translations, this);
    dialog->setObjectName(QStringLiteral("preferencesDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PreferencesDialog::applied, this, [this] { applyPreferences(true); });
    m_alerts->addPreferencesTo(dialog);
    m_preferencesDialog = dialog;
    dialog->open();
    return dialog;
}

void MainWindow::showAbout()
{
    auto* dialog = new AboutDialog(this);
    dialog->setObjectName(QStringLiteral("aboutDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::applyPreferences(bool includingProxy)
{
    if (m_ccrPage->arePagesBuilt())
        applyFollowerPreferences(); // else when they are
    if (m_history)
        m_history->setLimits(HistoryLimits::from(m_preferences->historyRetention()));
    if (includingProxy)
        ProxyResolution::from(m_preferences->proxy()).applyTo(m_network);
}

void MainWindow::applyFollowerPreferences()
{
    FollowersPage* followers = m_ccrPage->followersPage();
    followers->setPauseResumeConfirmationsEnabled(m_preferences->confirmPauseResume());
    followers->setDefaultRefreshIntervalMs(m_preferences->defaultRefreshSeconds() * 1000);
}

bool MainWindow::isShowingWelcome() const
{
    return m_stack->currentWidget() == m_welcome;
}

void MainWindow::reloadProfiles()
{
    {
        const QSignalBlocker blocker(m_selector);
        m_model->setProfiles(m_store->profiles());
        if (!m_currentId.isEmpty())
            m_selector->setCurrentProfileId(m_currentId);
    }
    const bool empty = m_model->rowCount() == 0;
    m_selector->setEnabled(!empty);
    if (empty)
        m_stack->setCurrentWidget(m_welcome);
}

void MainWindow::selectAndConnect(const QString& id)
{
    {
        const QSignalBlocker blocker(m_selector);
        m_selector->setCurrentProfileId(id);
    }
    connectTo(id);
}

void MainWindow::connectTo(const QString& id)
{
    const std::optional<ConnectionProfile> profile = m_model->profileById(id);
    if (!profile)
        return;
    m_currentId = id;
    m_currentProfile = *profile;
    if (!m_model->isTemporary(id))
        m_store->setLastUsedId(id);
    m_stack->setCurrentWidget(m_ccrPage);

    m_status->setSession(nullptr);      // the old connection's status no longer applies
    m_opener->open(*profile, {}, this); // a connection still being opened is dropped
}

void MainWindow::onSessionOpened(ClusterSession* session)
{
    if (m_session)
        m_session->deleteLater();
    m_session = session;
    m_status->setSession(session, session->displayName());
    emit connectionChanged(session->connectionId());
}

void MainWindow::onOpenFailed(const QString& message)
{
    dropSession();
    m_status->setOpenFailed(m_currentProfile.name, message);
    emit connectionChanged(m_currentId);
}

void MainWindow::dropSession()
{
    m_ccrPage->setSession(nullptr);
    if (m_session)
        m_session->deleteLater();
    m_session = nullptr;
    m_status->setSession(nullptr);
}

ConnectionManagerDialog* MainWindow::openConnectionManager()
{
    auto* dialog = new ConnectionManagerDialog(m_store, m_secrets, m_network, this);
    dialog->setObjectName(QStringLiteral("connectionManagerDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!m_currentId.isEmpty())
        dialog->selectProfile(m_currentId);
    connect(dialog, &ConnectionManagerDialog::profilesChanged, this, &MainWindow::onProfilesChanged);
    dialog->open();
    return dialog;
}

void MainWindow::onProfilesChanged()
{
    reloadProfiles();
    if (m_model->rowCount() == 0) {
        m_currentId.clear();
        m_opener->cancel();
        dropSession();
        return;
    }
    const std::optional<ConnectionProfile> current = m_model->profileById(m_currentId);
    if (!current)
        selectAndConnect(m_model->profile(0)->id);
    else if (*current != m_currentProfile)
        selectAndConnect(current->id); // edited: reconnect with the new settings
}

void MainWindow::startSandbox()
{
    if (!m_sandbox)
        m_sandbox = new SandboxLauncher(m_sandboxOptions, this);
    const bool wasRunning = m_sandbox->isRunning();
    QString error;
    if (!m_sandbox->start(&error)) {
        m_welcome->setMessage(error);
        return;
    }
    m_welcome->setMessage({});
    if (!m_sandboxMenu) {
        m_sandboxMenu = new SandboxMenu(*m_sandbox->sandbox(), this);
        menuBar()->insertMenu(m_menus->helpMenu->menuAction(), m_sandboxMenu);
    }
    if (wasRunning) {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (m_model->data(m_model->index(row), ConnectionListModel::TemporaryRole).toBool()) {
                selectAndConnect(m_model->profile(row)->id);
                return;
            }
        }
    }
    ConnectionProfile profile = ConnectionProfile::create(tr("Sandbox"));
    profile.urls = {m_sandbox->followerUrl()};
    profile.defaultRemoteCluster = m_sandboxOptions.remoteAlias;
    profile.role = ConnectionProfile::ClusterRole::Follower;
    m_model->addTemporary(profile);
    m_selector->setEnabled(true);
    selectAndConnect(profile.id);
}

BidirectionalDialog* MainWindow::setUpBidirectional()
{
    m_ccrPage->buildPages(); // the launcher comes with the pages
    return m_drWizards->setUpBidirectional();
}

FailbackDialog* MainWindow::failBack()
{
    m_ccrPage->buildPages();
    return m_drWizards->failBack();
}

} // namespace duper::ui
