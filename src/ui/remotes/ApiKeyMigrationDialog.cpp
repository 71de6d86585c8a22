#include "ui/remotes/ApiKeyMigrationDialog.h"

#include "core/security/ApiKeyMigration.h"
#include "core/security/ApiKeyMigrationPlanner.h"
#include "core/security/ApiKeyRemoteSetup.h"
#include "core/session/ClusterSession.h"
#include "ui/common/ErrorStyle.h"
#include "ui/dr/OtherClusterPicker.h"
#include "ui/remotes/ApiKeyMigrationStepList.h"
#include "ui/remotes/ApiKeyMigrationTexts.h"
#include "ui/remotes/CrossClusterKeyKeeper.h"
#include "ui/remotes/KeystoreCommandTable.h"
#include "ui_ApiKeyMigrationDialog.h"

#include <QPushButton>

namespace duper::ui {

namespace {

using Step = ApiKeyMigrationStep;
using State = ApiKeyRemoteStepState;

// "logs-*, metrics-*" → {"logs-*", "metrics-*"}
QStringList commaList(const QString& text)
{
    QStringList items;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            items.append(part.trimmed());
    return items;
}

} // namespace

ApiKeyMigrationDialog::ApiKeyMigrationDialog(ClusterSession* follower, const QString& alias,
                                             const QList<ConnectionProfile>& connections, ClusterSessionOpener* opener,
                                             SecretStore* secrets, QWidget* parent)
    : QDialog(parent), m_ui(new Ui::ApiKeyMigrationDialog), m_follower(follower), m_alias(alias)
{
    m_ui->setupUi(this);
    m_keeper = std::make_unique<CrossClusterKeyKeeper>(
        secrets, CrossClusterKeyKeeper::Widgets{m_ui->keyGroup, m_ui->keyNoteLabel, m_ui->keyEdit, m_ui->copyKeyButton},
        this);
    setObjectName(QStringLiteral("apiKeyMigrationDialog"));
    setWindowTitle(tr("Migrate remote cluster %1 of %2 to an API key").arg(alias, follower->profile().name));
    m_picker = new OtherClusterPicker(m_ui->leaderCombo, follower, connections, opener, this);
    m_steps = std::make_unique<ApiKeyMigrationStepList>(m_ui->stepList);
    m_commands = std::make_unique<KeystoreCommandTable>(m_ui->nodeTable);
    m_ui->setupIntroLabel->setText(
        tr("Remote cluster %1 connects with TLS certificates on the transport port, deprecated since "
           "Elasticsearch 9.0. Duper switches it in place to a cross-cluster API key: it creates the key on the "
           "leader cluster, pauses what uses the remote cluster, points it at the leader's remote cluster server "
           "with the key, resumes and checks. First a dry run shows exactly what it will do.")
            .arg(alias));
    connect(m_picker, &OtherClusterPicker::changed, this, [this] { m_keeper->forget(); }); // another leader's key
    connect(m_picker, &OtherClusterPicker::opened, this, [this] {
        if (m_busy == Busy::OpeningLeader)
            startMigration();
    });
    connect(m_picker, &OtherClusterPicker::failed, this, [this](const QString& message) {
        m_busy = Busy::No;
        m_ui->errorLabel->setText(tr("Could not open %1: %2").arg(m_picker->currentName(), message));
        setStatus({});
        updateButtons();
    });
    connect(m_ui->nextButton, &QPushButton::clicked, this, &ApiKeyMigrationDialog::next);
    connect(m_ui->backButton, &QPushButton::clicked, this, &ApiKeyMigrationDialog::back);
    connect(m_ui->retryButton, &QPushButton::clicked, this, &ApiKeyMigrationDialog::runAgain);
    connect(m_ui->stopButton, &QPushButton::clicked, this, &ApiKeyMigrationDialog::stop);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &ApiKeyMigrationDialog::reject);
    connect(m_ui->keystoreDoneButton, &QPushButton::clicked, this, [this] {
        showPage(RunPage);
        if (m_migration)
            m_migration->keystoreDone();
    });
    for (QLabel* label : {m_ui->errorLabel, m_ui->problemLabel})
        ErrorStyle::markError(label);
    showPage(SetupPage);
    if (m_picker->isEmpty())
        m_ui->problemLabel->setText(tr("Save a connection to the leader cluster first (File → Connections)."));
    startPlan(After::Prefill);
}

ApiKeyMigrationDialog::~ApiKeyMigrationDialog()
{
    if (m_migration)
        m_migration->disconnect(this);
    if (m_setup)
        m_setup->disconnect(this);
}

ApiKeyMigrationDialog::Page ApiKeyMigrationDialog::page() const
{
    return Page(m_ui->pages->currentIndex());
}

bool ApiKeyMigrationDialog::isRunning() const
{
    if (m_busy != Busy::No)
        return true;
    // Waiting for the user to run the keystore commands sends nothing.
    return m_migration && !m_migration->isFinished() && m_migration->status(Step::Switch).state != State::Waiting;
}

void ApiKeyMigrationDialog::setVerifyTiming(int attempts, int intervalMs)
{
    m_verifyAttempts = attempts;
    m_verifyIntervalMs = intervalMs;
}

void ApiKeyMigrationDialog::showPage(Page page)
{
    m_ui->pages->setCurrentIndex(page);
    switch (page) {
    case SetupPage:
        m_ui->pageTitleLabel->setText(tr("<b>1. The key</b> — the leader cluster and what the key allows"));
        break;
    case PlanPage:
        m_ui->pageTitleLabel->setText(tr("<b>2. Dry run</b> — what the migration will do; nothing changed yet"));
        break;
    case RunPage:
        m_ui->pageTitleLabel->setText(tr("<b>3. Migration</b> — key, pause, switch, resume, check"));
        break;
    case KeystorePage:
        m_ui->pageTitleLabel->setText(tr("<b>The key in every node's keystore</b> — this needs you"));
        m_ui->keystoreDoneButton->setFocus();
        break;
    }
    updateButtons();
}

void ApiKeyMigrationDialog::updateButtons()
{
    const Page current = page();
    const bool running = isRunning();
    const bool finished = m_migration && m_migration->isFinished();
    const bool failed = finished && !m_migration->succeeded();
    const bool openFailed = current == RunPage && !m_migration && m_busy == Busy::No;
    const bool planOk = m_plan && m_plan->problems.isEmpty();
    m_ui->nextButton->setVisible(current == SetupPage || current == PlanPage);
    m_ui->nextButton->setText(current == PlanPage ? tr("&Start migration") : tr("&Dry run >"));
    m_ui->nextButton->setEnabled(!m_picker->isEmpty() && m_busy == Busy::No && (current == SetupPage || planOk));
    m_ui->backButton->setVisible(current != SetupPage);
    m_ui->backButton->setEnabled(!running && (current == PlanPage || failed || openFailed));
    m_ui->stopButton->setVisible((current == RunPage || current == KeystorePage) && m_migration && !finished);
    m_ui->stopButton->setEnabled(!m_stopped);
    m_ui->retryButton->setVisible(current == RunPage && (failed || openFailed) && m_busy == Busy::No);
    m_ui->retryButton->setDefault(m_ui->retryButton->isVisible());
    m_ui->closeButton->setEnabled(!running || m_busy == Busy::Planning);
    m_ui->closeButton->setText(finished || openFailed ? tr("Close") : tr("Cancel"));
}

void ApiKeyMigrationDialog::setStatus(const QString& text)
{
    m_ui->statusLabel->setText(text);
}

ApiKeyRemoteSetupSpec ApiKeyMigrationDialog::specFromForm() const
{
    ApiKeyRemoteSetupSpec spec;
    spec.alias = m_alias;
    spec.replication = commaList(m_ui->replicationEdit->text());
    spec.search = commaList(m_ui->searchEdit->text());
    spec.credential = m_credential;
    if (m_verifyAttempts > 0) {
        spec.verifyAttempts = m_verifyAttempts;
        spec.verifyIntervalMs = m_verifyIntervalMs;
    }
    return spec;
}

void ApiKeyMigrationDialog::next()
{
    if (page() == PlanPage)
        return startRun();
    if (page() != SetupPage || m_busy != Busy::No)
        return;
    if (!m_picker->currentProfile())
        return m_ui->problemLabel->setText(tr("Pick the leader cluster."));
    // The form's rules are the set-up's (core); whether a new key needs patterns is known once the keychain is read.
    ApiKeyRemoteSetupSpec shape = specFromForm();
    shape.existingKey = QStringLiteral("-");
    const QStringList problems = shape.problems();
    m_ui->problemLabel->setText(problems.join(QLatin1Char('\n')));
    if (problems.isEmpty())
        startPlan(After::DryRun);
}

void ApiKeyMigrationDialog::back()
{
    if (isRunning())
        return;
    showPage(SetupPage); // from a finished run too: change the key, then a new dry run
    setStatus({});
}

void ApiKeyMigrationDialog::startPlan(After after)
{
    if (m_planner) { // an earlier read: its answer is no longer wanted
        m_planner->disconnect(this);
        m_planner->cancel();
        m_planner->deleteLater();
    }
    m_busy = Busy::Planning;
    setStatus(tr("Reading what uses remote cluster %1…").arg(m_alias));
    m_planner = new ApiKeyMigrationPlanner(m_follower, m_alias, m_store, this);
    connect(m_planner, &ApiKeyMigrationPlanner::finished, this, [this, after] { onPlanned(after); });
    m_planner->start();
    updateButtons();
}

void ApiKeyMigrationDialog::onPlanned(After after)
{
    ApiKeyMigrationPlanner* planner = m_planner;
    m_planner = nullptr;
    planner->deleteLater();
    m_busy = Busy::No;
    setStatus({});
    QLabel* problems = after == After::Run ? m_ui->errorLabel : m_ui->problemLabel;
    if (!planner->plan()) {
        problems->setText(tr("Could not read %1: %2").arg(planner->errorWhat(), planner->error().userMessage()));
        return updateButtons();
    }
    m_plan = planner->plan();
    if (after == After::Prefill) {
        if (m_ui->replicationEdit->text().trimmed().isEmpty())
            m_ui->replicationEdit->setText(m_plan->leaderIndices.join(QStringLiteral(", ")));
        m_ui->prefillLabel->setText(
            m_plan->leaderIndices.isEmpty()
                ? tr("No follower or auto-follow pattern uses %1 yet: give the patterns the key may replicate.")
                      .arg(m_alias)
                : tr("Prefilled with the leader indices of the followers and the patterns of the auto-follow "
                     "patterns that use %1.")
                      .arg(m_alias));
        problems->setText(m_plan->problems.join(QLatin1Char('\n')));
        updateButtons();
        emit planned();
        return;
    }
    if (!m_plan->problems.isEmpty()) {
        problems->setText(m_plan->problems.join(QLatin1Char('\n')));
        return updateButtons();
    }
    readKeptKey(after);
}

void ApiKeyMigrationDialog::readKeptKey(After after)
{
    if (m_ui->newKeyCheck->isChecked() || m_plan->alreadyMigrated) {
        m_keptKey = m_keeper->kept(m_alias); // only the key this window created
        return keyRead(after);
    }
    m_busy = Busy::ReadingKey;
    setStatus(tr("Reading the keychain…"));
    m_keeper->read(m_alias, [this, after](const QString& key, const QString& warning) {
        m_busy = Busy::No;
        setStatus({});
        m_keptKey = key;
        m_ui->runNoteLabel->setText(warning);
        keyRead(after);
    });
}

void ApiKeyMigrationDialog::keyRead(After after)
{
    const ApiKeyRemoteSetupSpec spec = specFromForm();
    if (m_keptKey.isEmpty() && !m_plan->alreadyMigrated && spec.replication.isEmpty() && spec.search.isEmpty()) {
        (after == After::Run ? m_ui->errorLabel : m_ui->problemLabel)
            ->setText(tr("Give the leader index patterns the new key may replicate: no key is kept in the keychain "
                         "for %1.")
                          .arg(m_alias));
        if (after == After::Run)
            showPage(SetupPage);
        return updateButtons();
    }
    if (after == After::Run)
        return startRun();
    m_ui->planBrowser->setHtml(ApiKeyMigrationTexts::html(*m_plan, spec, !m_keptKey.isEmpty(), m_picker->currentName(),
                                                          m_follower->profile().name));
    showPage(PlanPage);
    setStatus(tr("Start the migration when the plan is right, or go back and change the key."));
    m_ui->nextButton->setFocus();
    emit planned();
}

void ApiKeyMigrationDialog::runAgain()
{
    if (isRunning())
        return;
    m_ui->errorLabel->clear();
    startPlan(After::Run);
}

void ApiKeyMigrationDialog::startRun()
{
    if (m_migration)
        m_migration->disconnect(this);
    m_migration.reset();
    m_steps->reset();
    m_stopped = false;
    m_ui->errorLabel->clear();
    m_ui->resultLabel->clear();
    m_ui->runNoteLabel->setText(m_plan->resumed ? tr("An earlier run stopped half-way: this run goes on from where "
                                                     "it is.")
                                                : QString());
    m_busy = Busy::OpeningLeader;
    showPage(RunPage);
    setStatus(tr("Opening %1…").arg(m_picker->currentName()));
    m_picker->open();
}

void ApiKeyMigrationDialog::startMigration()
{
    m_busy = Busy::No;
    ApiKeyRemoteSetupSpec spec = specFromForm();
    spec.existingKey = m_keptKey;
    m_migration = std::make_unique<ApiKeyMigration>(m_picker->session(), m_follower, *m_plan, spec, m_store);
    connect(m_migration.get(), &ApiKeyMigration::stepChanged, this, &ApiKeyMigrationDialog::onStepChanged);
    connect(m_migration.get(), &ApiKeyMigration::switchStarted, this, &ApiKeyMigrationDialog::onSwitchStarted);
    connect(m_migration.get(), &ApiKeyMigration::finished, this, &ApiKeyMigrationDialog::onFinished);
    m_migration->setKeepKey(
        [this](const CreatedApiKey& key, auto done) { m_keeper->keep(m_alias, key.encoded, std::move(done)); });
    m_migration->start();
    updateButtons();
}

void ApiKeyMigrationDialog::onStepChanged(ApiKeyMigrationStep step)
{
    m_steps->show(*m_migration, step);
    const State state = m_migration->status(step).state;
    if (state == State::Running)
        setStatus(tr("%1…").arg(ApiKeyMigrationStepText::title(step)));
    updateButtons();
}

void ApiKeyMigrationDialog::onSwitchStarted(ApiKeyRemoteSetup* setup)
{
    m_setup = setup;
    connect(setup, &ApiKeyRemoteSetup::stepChanged, this, [this, setup](ApiKeyRemoteStep step) {
        m_steps->showSwitch(*setup);
        if (step == ApiKeyRemoteStep::StoreCredential && setup->status(step).state == State::Done &&
            setup->usesEmulator())
            m_ui->runNoteLabel->setText(tr("This follower is Duper's sandbox: its keystore emulator stored the key, "
                                           "so there is no command to run on its nodes. A real cluster needs "
                                           "“%1” on every node.")
                                            .arg(ApiKeyRemoteSetup::keystoreCommand(m_alias)));
        updateButtons();
    });
    connect(setup, &ApiKeyRemoteSetup::keystoreCommandsReady, this, &ApiKeyMigrationDialog::onKeystoreCommandsReady);
}

void ApiKeyMigrationDialog::onKeystoreCommandsReady()
{
    const QList<ApiKeyRemoteSetup::NodeCommand>& commands = m_setup->keystoreCommands();
    m_commands->show(commands);
    m_ui->keystoreIntroLabel->setText(
        tr("The key goes into the keystore of each of the %n node(s) of %1: on every node, in its Elasticsearch "
           "folder, run the command below and paste the key (copied from the previous page or your records) at its "
           "prompt. Duper then reloads the secure settings of all nodes and switches %2. Its followers stay paused "
           "until then.",
           nullptr, int(commands.size()))
            .arg(m_follower->profile().name, m_alias));
    setStatus(tr("Waiting for the keystore command on every node."));
    showPage(KeystorePage);
}

void ApiKeyMigrationDialog::stop()
{
    if (!m_migration || m_migration->isFinished())
        return;
    m_stopped = true;
    m_migration->cancel(); // finished() follows at once; the kept state lets Run again go on
}

void ApiKeyMigrationDialog::onFinished(bool succeeded)
{
    if (page() == KeystorePage)
        showPage(RunPage);
    if (const auto step = m_migration->failedStep())
        m_ui->errorLabel->setText(
            tr("%1 failed: %2").arg(ApiKeyMigrationStepText::title(*step), m_migration->status(*step).error));
    m_ui->resultLabel->setText(ApiKeyMigrationTexts::result(*m_migration, m_stopped));
    setStatus(succeeded ? tr("Close the window: the Remote clusters tab shows the remote cluster again.") : QString());
    updateButtons();
    (succeeded ? m_ui->closeButton : m_ui->retryButton)->setFocus();
    emit migrationFinished(m_alias, succeeded);
}

void ApiKeyMigrationDialog::reject()
{
    if (isRunning() && m_busy != Busy::Planning)
        return; // a request is changing a cluster: wait for it, or Stop
    if (m_planner)
        m_planner->cancel(); // read-only
    if (m_migration && !m_migration->isFinished())
        m_migration->cancel(); // waiting for the keystore commands: Run again goes on from the kept state
    QDialog::reject();
}

} // namespace duper::ui
