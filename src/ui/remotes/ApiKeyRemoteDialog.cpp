#include "ui/remotes/ApiKeyRemoteDialog.h"

#include "core/remotes/RemoteClusterAlias.h"
#include "core/security/ApiKeyRemoteSetup.h"
#include "core/session/ClusterSession.h"
#include "ui/common/ErrorStyle.h"
#include "ui/dr/OtherClusterPicker.h"
#include "ui/remotes/ApiKeyRemoteStepList.h"
#include "ui/remotes/CrossClusterKeyKeeper.h"
#include "ui/remotes/KeystoreCommandTable.h"
#include "ui_ApiKeyRemoteDialog.h"

#include <QPushButton>

namespace duper::ui {

namespace {

// "logs-*, metrics-*" → {"logs-*", "metrics-*"}
QStringList commaList(const QString& text)
{
    QStringList items;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty())
            items.append(part.trimmed());
    }
    return items;
}

} // namespace

ApiKeyRemoteDialog::ApiKeyRemoteDialog(ClusterSession* follower, const QList<ConnectionProfile>& connections,
                                       ClusterSessionOpener* opener, SecretStore* secrets, QWidget* parent)
    : QDialog(parent), m_ui(new Ui::ApiKeyRemoteDialog), m_follower(follower)
{
    m_ui->setupUi(this);
    m_keeper = std::make_unique<CrossClusterKeyKeeper>(
        secrets, CrossClusterKeyKeeper::Widgets{m_ui->keyGroup, m_ui->keyNoteLabel, m_ui->keyEdit, m_ui->copyKeyButton},
        this);
    setObjectName(QStringLiteral("apiKeyRemoteDialog"));
    setWindowTitle(tr("Add remote cluster to %1 with an API key").arg(follower->profile().name));
    m_picker = new OtherClusterPicker(m_ui->leaderCombo, follower, connections, opener, this);
    m_steps = std::make_unique<ApiKeyRemoteStepList>(m_ui->stepList);
    m_commands = std::make_unique<KeystoreCommandTable>(m_ui->nodeTable);
    auto suggestAlias = [this] {
        m_ui->aliasEdit->setText(OtherClusterPicker::suggestedAlias(m_ui->leaderCombo->currentText()));
        m_keeper->forget(); // a key of another leader
    };
    suggestAlias();
    connect(m_picker, &OtherClusterPicker::changed, this, suggestAlias);
    connect(m_picker, &OtherClusterPicker::opened, this, [this] {
        if (m_busy)
            readKeptKey();
    });
    connect(m_picker, &OtherClusterPicker::failed, this, [this](const QString& message) {
        m_busy = false;
        m_ui->errorLabel->setText(tr("Could not open %1: %2").arg(m_picker->currentName(), message));
        setStatus({});
        updateButtons();
    });
    connect(m_ui->nextButton, &QPushButton::clicked, this, &ApiKeyRemoteDialog::next);
    connect(m_ui->backButton, &QPushButton::clicked, this, &ApiKeyRemoteDialog::back);
    connect(m_ui->retryButton, &QPushButton::clicked, this, &ApiKeyRemoteDialog::retry);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &ApiKeyRemoteDialog::reject);
    connect(m_ui->keystoreDoneButton, &QPushButton::clicked, this, [this] {
        showPage(RunPage);
        if (m_setup)
            m_setup->keystoreDone();
    });
    for (QLabel* label : {m_ui->errorLabel, m_ui->problemLabel})
        ErrorStyle::markError(label);
    showPage(LeaderPage);
    if (m_picker->isEmpty())
        setStatus(tr("Save a connection to the leader cluster first (File → Connections)."));
}

ApiKeyRemoteDialog::~ApiKeyRemoteDialog()
{
    if (m_setup)
        m_setup->disconnect(this);
}

ApiKeyRemoteDialog::Page ApiKeyRemoteDialog::page() const
{
    return Page(m_ui->pages->currentIndex());
}

bool ApiKeyRemoteDialog::isRunning() const
{
    if (m_busy)
        return true;
    // Waiting for the user to run the keystore commands sends nothing: the window may close then.
    return m_setup && !m_setup->isFinished() &&
           m_setup->status(ApiKeyRemoteStep::StoreCredential).state != ApiKeyRemoteStepState::Waiting;
}

void ApiKeyRemoteDialog::setVerifyTiming(int attempts, int intervalMs)
{
    m_verifyAttempts = attempts;
    m_verifyIntervalMs = intervalMs;
}

void ApiKeyRemoteDialog::showPage(Page page)
{
    m_ui->pages->setCurrentIndex(page);
    switch (page) {
    case LeaderPage:
        m_ui->pageTitleLabel->setText(tr("<b>1. The leader cluster</b> — the cluster to replicate from"));
        m_ui->leaderCombo->setFocus();
        break;
    case AccessPage:
        m_ui->pageTitleLabel->setText(tr("<b>2. What the key allows</b> — and where this cluster connects"));
        m_ui->replicationEdit->setFocus();
        break;
    case RunPage:
        m_ui->pageTitleLabel->setText(tr("<b>3. Set up</b> — key, keystores, reload, remote cluster, check"));
        break;
    case KeystorePage:
        m_ui->pageTitleLabel->setText(tr("<b>4. The key in every node's keystore</b> — this needs you"));
        m_ui->keystoreDoneButton->setFocus();
        break;
    }
    updateButtons();
}

void ApiKeyRemoteDialog::updateButtons()
{
    const Page current = page();
    const bool running = isRunning();
    const bool finished = m_setup && m_setup->isFinished();
    const bool failed = finished && !m_setup->succeeded();
    const bool openFailed = !m_setup && !m_busy && current == RunPage;
    m_ui->nextButton->setVisible(current == LeaderPage || current == AccessPage);
    m_ui->nextButton->setText(current == AccessPage ? tr("&Set up") : tr("&Next >"));
    m_ui->nextButton->setEnabled(!m_picker->isEmpty());
    m_ui->backButton->setVisible(current != LeaderPage);
    m_ui->backButton->setEnabled(current == AccessPage || (current == RunPage && (failed || openFailed)));
    m_ui->retryButton->setVisible(current == RunPage && (failed || openFailed));
    m_ui->retryButton->setDefault(m_ui->retryButton->isVisible());
    m_ui->closeButton->setEnabled(!running);
    m_ui->closeButton->setText(finished || openFailed ? tr("Close") : tr("Cancel"));
}

void ApiKeyRemoteDialog::setStatus(const QString& text)
{
    m_ui->statusLabel->setText(text);
}

ApiKeyRemoteSetupSpec ApiKeyRemoteDialog::specFromForm() const
{
    ApiKeyRemoteSetupSpec spec;
    spec.alias = m_ui->aliasEdit->text().trimmed();
    spec.replication = commaList(m_ui->replicationEdit->text());
    spec.search = commaList(m_ui->searchEdit->text());
    spec.expiration = m_ui->expirationEdit->text().trimmed();
    const QStringList addresses = commaList(m_ui->addressEdit->text());
    if (m_ui->proxyRadio->isChecked() && !addresses.isEmpty())
        spec.proxyAddress = addresses.join(QLatin1Char(','));
    else
        spec.seeds = addresses;
    spec.credential = m_credential;
    spec.replaceExisting = m_replace;
    if (m_verifyAttempts > 0) {
        spec.verifyAttempts = m_verifyAttempts;
        spec.verifyIntervalMs = m_verifyIntervalMs;
    }
    return spec;
}

void ApiKeyRemoteDialog::next()
{
    if (page() == LeaderPage) {
        QString problem;
        if (!m_picker->currentProfile())
            problem = tr("Pick the leader cluster.");
        else if (m_ui->aliasEdit->text().trimmed().isEmpty())
            problem = tr("Give the remote cluster a name.");
        else
            problem = RemoteClusterAlias::validate(m_ui->aliasEdit->text().trimmed());
        setStatus(problem);
        if (problem.isEmpty())
            showPage(AccessPage);
        return;
    }
    if (page() != AccessPage)
        return;
    // The form's rules are the set-up's (core): checked for a new key even when a kept one may be used.
    const QStringList problems = specFromForm().problems();
    m_ui->problemLabel->setText(problems.join(QLatin1Char('\n')));
    if (!problems.isEmpty())
        return;
    m_replace = false;
    startRun();
}

void ApiKeyRemoteDialog::back()
{
    if (isRunning())
        return;
    if (page() == AccessPage)
        showPage(LeaderPage);
    else if (page() == RunPage)
        showPage(AccessPage);
    setStatus({});
}

void ApiKeyRemoteDialog::retry()
{
    if (isRunning())
        return;
    // The alias is connected elsewhere: Try again means replacing it (the button says so).
    if (m_setup && m_setup->status(ApiKeyRemoteStep::AddRemote).failedOn == u"confirmation")
        m_replace = true;
    startRun();
}

void ApiKeyRemoteDialog::startRun()
{
    if (m_setup)
        m_setup->disconnect(this);
    m_setup.reset();
    m_steps->reset();
    m_ui->errorLabel->clear();
    m_ui->runNoteLabel->clear();
    m_ui->retryButton->setText(tr("&Try again"));
    m_busy = true;
    showPage(RunPage);
    setStatus(tr("Opening %1…").arg(m_picker->currentName()));
    m_picker->open();
}

void ApiKeyRemoteDialog::readKeptKey()
{
    const QString alias = m_ui->aliasEdit->text().trimmed();
    // The key this window created for the alias: a run after a failure goes on with it.
    if (const QString kept = m_keeper->kept(alias); !kept.isEmpty())
        return startSetup(kept);
    if (m_ui->newKeyCheck->isChecked())
        return startSetup({});
    setStatus(tr("Reading the keychain…"));
    m_keeper->read(alias, [this](const QString& key, const QString& warning) {
        if (!warning.isEmpty())
            m_ui->runNoteLabel->setText(warning);
        startSetup(key);
    });
}

void ApiKeyRemoteDialog::startSetup(const QString& existingKey)
{
    m_busy = false;
    ApiKeyRemoteSetupSpec spec = specFromForm();
    spec.existingKey = existingKey;
    m_setup = std::make_unique<ApiKeyRemoteSetup>(m_picker->session(), m_follower, spec);
    connect(m_setup.get(), &ApiKeyRemoteSetup::stepChanged, this, &ApiKeyRemoteDialog::onStepChanged);
    connect(m_setup.get(), &ApiKeyRemoteSetup::keystoreCommandsReady, this,
            &ApiKeyRemoteDialog::onKeystoreCommandsReady);
    connect(m_setup.get(), &ApiKeyRemoteSetup::finished, this, &ApiKeyRemoteDialog::onFinished);
    m_setup->setKeepKey([this, alias = spec.alias](const CreatedApiKey& key, auto done) {
        m_keeper->keep(alias, key.encoded, std::move(done));
    });
    m_setup->start();
    updateButtons();
}

void ApiKeyRemoteDialog::onStepChanged(ApiKeyRemoteStep step)
{
    m_steps->show(*m_setup, step);
    const ApiKeyRemoteStepState state = m_setup->status(step).state;
    if (state == ApiKeyRemoteStepState::Running)
        setStatus(tr("%1…").arg(ApiKeyRemoteStepText::title(step)));
    if (step == ApiKeyRemoteStep::StoreCredential && state == ApiKeyRemoteStepState::Done && m_setup->usesEmulator())
        m_ui->runNoteLabel->setText(tr("This follower is Duper's sandbox: its keystore emulator stored the key, so "
                                       "there is no command to run on its nodes. A real cluster needs "
                                       "“%1” on every node.")
                                        .arg(ApiKeyRemoteSetup::keystoreCommand(m_setup->spec().alias)));
    updateButtons();
}

void ApiKeyRemoteDialog::onKeystoreCommandsReady()
{
    const QList<ApiKeyRemoteSetup::NodeCommand>& commands = m_setup->keystoreCommands();
    m_commands->show(commands);
    m_ui->keystoreIntroLabel->setText(
        tr("The key goes into the keystore of each of the %n node(s) of %1: on every node, in its Elasticsearch "
           "folder, run the command below and paste the key (copied from the previous page or your records) at its "
           "prompt. Duper then reloads the secure settings of all nodes.",
           nullptr, int(commands.size()))
            .arg(m_follower->profile().name));
    setStatus(tr("Waiting for the keystore command on every node."));
    showPage(KeystorePage);
}

void ApiKeyRemoteDialog::onFinished(bool succeeded)
{
    const QString alias = m_setup->spec().alias;
    if (page() == KeystorePage)
        showPage(RunPage);
    if (succeeded) {
        setStatus(tr("Done: remote cluster %1 is connected with a cross-cluster API key.").arg(alias));
        m_ui->closeButton->setFocus();
    } else if (const auto step = m_setup->failedStep()) {
        const ApiKeyRemoteStepStatus& status = m_setup->status(*step);
        m_ui->errorLabel->setText(tr("%1 failed: %2").arg(ApiKeyRemoteStepText::title(*step), status.error));
        const bool confirm = status.failedOn == u"confirmation";
        m_ui->retryButton->setText(confirm ? tr("&Replace and try again") : tr("&Try again"));
        setStatus(confirm ? tr("Replace the remote cluster, or go back and give another name.")
                          : tr("Fix it, then Try again: what is done is not done twice."));
    }
    updateButtons();
    emit setupFinished(alias, succeeded);
}

void ApiKeyRemoteDialog::reject()
{
    if (isRunning())
        return; // a request is changing a cluster: wait for it (the step says what it does)
    if (m_setup && !m_setup->isFinished())
        m_setup->cancel(); // waiting for the keystore commands: a new run resumes with the kept key
    QDialog::reject();
}

} // namespace duper::ui
