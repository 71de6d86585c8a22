#include "ui/MainWindow.h"

#include "core/connections/ConnectionStore.h"
#include "core/connections/ProfileCredentialFactory.h"
#include "core/connections/SecretStore.h"
#include "core/es/EsClient.h"
#include "ui/CcrPage.h"
#include "ui/ClusterStatusLabel.h"
#include "ui/FollowersPage.h"
#include "ui/ConnectionListModel.h"
#include "ui/ConnectionManagerDialog.h"
#include "ui/ConnectionSelector.h"
#include "ui/SandboxLauncher.h"
#include "ui/WelcomePage.h"

#include <QAction>
#include <QCloseEvent>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>

namespace duper::ui {

MainWindow::MainWindow(ConnectionStore* store, SecretStore* secrets, QNetworkAccessManager* network,
                       sandbox::SandboxOptions sandboxOptions, QWidget* parent)
    : QMainWindow(parent), m_store(store), m_secrets(secrets), m_network(network),
      m_sandboxOptions(std::move(sandboxOptions)), m_model(new ConnectionListModel(this)),
      m_selector(new ConnectionSelector(m_model, this)), m_stack(new QStackedWidget(this)),
      m_welcome(new WelcomePage(this)), m_ccrPage(new CcrPage(store->settings(), this)), m_status(new ClusterStatusLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Duper"));
    resize(1000, 640);

    m_stack->setObjectName(QStringLiteral("centralStack"));
    m_stack->addWidget(m_welcome);
    m_stack->addWidget(m_ccrPage);
    setCentralWidget(m_stack);
    statusBar()->addPermanentWidget(m_status, 1);
    connect(m_ccrPage, &CcrPage::statusMessage, this,
            [this](const QString& text) { statusBar()->showMessage(text, 8000); });

    setupToolBar();
    connect(m_selector, &ConnectionSelector::profileSelected, this, &MainWindow::connectTo);
    connect(this, &MainWindow::connectionChanged, this,
            [this](const QString& id) { m_ccrPage->setConnection(m_client, id); });
    connect(m_welcome, &WelcomePage::addConnectionRequested, this, &MainWindow::openConnectionManager);
    connect(m_welcome, &WelcomePage::trySandboxRequested, this, &MainWindow::startSandbox);

    const QString lastUsed = m_store->lastUsedId();
    reloadProfiles();
    if (m_model->rowCount() > 0)
        selectAndConnect(m_model->rowOf(lastUsed) >= 0 ? lastUsed : m_model->profile(0)->id);

    // Window size, position and bars as the user left them, in the settings the profiles live in.
    if (QSettings* settings = m_store->settings()) {
        restoreGeometry(settings->value(QStringLiteral("window/geometry")).toByteArray());
        restoreState(settings->value(QStringLiteral("window/state")).toByteArray());
    }
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

void MainWindow::setupToolBar()
{
    auto* fileMenu = menuBar()->addMenu(tr("&File"));
    auto* manage = new QAction(tr("&Manage connections…"), this);
    manage->setObjectName(QStringLiteral("manageConnectionsAction"));
    connect(manage, &QAction::triggered, this, &MainWindow::openConnectionManager);
    auto* refresh = new QAction(tr("&Refresh"), this);
    refresh->setObjectName(QStringLiteral("refreshAction"));
    refresh->setToolTip(tr("Read the cluster's status and follower indices again (F5)"));
    // F5 itself belongs to the page's refresh action; a second F5 here would make the shortcut ambiguous.
    connect(refresh, &QAction::triggered, m_status, &ClusterStatusLabel::refresh);
    connect(refresh, &QAction::triggered, this, [this] { m_ccrPage->followersPage()->refresh(); });
    auto* quit = new QAction(tr("&Quit"), this);
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);
    fileMenu->addAction(manage);
    fileMenu->addAction(refresh);
    fileMenu->addSeparator();
    fileMenu->addAction(quit);

    auto* toolBar = addToolBar(tr("Connection"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);
    toolBar->addWidget(new QLabel(tr("Connection: "), toolBar));
    toolBar->addWidget(m_selector);
    toolBar->addAction(manage);
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

    const std::optional<SecretKind> kind = profile->secretKind();
    if (!kind) {
        connectWith(*profile, {});
        return;
    }
    if (const auto cached = m_sessionSecrets.get(id, *kind)) {
        connectWith(*profile, *cached);
        return;
    }
    if (profile->askSecretEveryTime) {
        askSecret(*profile, {});
        return;
    }
    m_status->setClient(nullptr);
    m_status->setText(tr("Reading the secret of %1 from the keychain…").arg(profile->name));
    const ConnectionProfile wanted = *profile;
    m_secrets->read(id, *kind, this, [this, wanted](const SecretResult& result) {
        if (wanted.id != m_currentId)
            return; // the user picked another connection meanwhile
        if (result.ok())
            connectWith(wanted, result.secret);
        else
            askSecret(wanted, result.message);
    });
}

void MainWindow::askSecret(const ConnectionProfile& profile, const QString& reason)
{
    const auto kind = profile.secretKind();
    auto* dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("secretPrompt"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Connect to %1").arg(profile.name));
    QString label = tr("The %1 for %2:").arg(secretKindDisplayName(*kind), profile.name);
    if (!reason.isEmpty())
        label = reason + QLatin1Char('\n') + label;
    dialog->setLabelText(label);
    dialog->setTextEchoMode(QLineEdit::Password);
    connect(dialog, &QInputDialog::textValueSelected, this, [this, profile, kind](const QString& secret) {
        m_sessionSecrets.set(profile.id, *kind, secret);
        if (profile.id == m_currentId)
            connectWith(profile, secret);
    });
    dialog->open();
}

void MainWindow::connectWith(const ConnectionProfile& profile, const QString& secret)
{
    const auto makeClient = [this, profile, secret](const QString& keyPassphrase) {
        if (m_client)
            m_client->deleteLater();
        EsEndpoint endpoint = profile.failoverEndpoint(); // every node URL: the client moves on when one is down
        endpoint.tls.clientKeyPassphrase = keyPassphrase.toUtf8();
        m_client = new EsClient(m_network, endpoint, ProfileCredentialFactory::create(profile, secret), this);
        m_status->setClient(m_client, profile.name);
        emit connectionChanged(profile.id);
    };
    if (profile.clientKeyFile.isEmpty()) {
        makeClient({});
        return;
    }
    // An encrypted client key's passphrase lives in the keychain (none stored: the key is not encrypted).
    const QString id = profile.id;
    m_secrets->read(id, SecretKind::ClientKeyPassphrase, this, [this, id, makeClient](const SecretResult& result) {
        if (id == m_currentId)
            makeClient(result.ok() ? result.secret : QString());
    });
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
        m_ccrPage->setConnection(nullptr, {});
        if (m_client)
            m_client->deleteLater();
        m_status->setClient(nullptr);
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

} // namespace duper::ui
