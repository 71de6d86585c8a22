#include "ui/followers/CreateFollowerDialog.h"

#include "core/batch/BatchRunner.h"
#include "core/ccr/ConsoleRequest.h"
#include "core/es/EsFieldErrors.h"
#include "core/followers/FollowerActions.h"
#include "core/session/ClusterSession.h"
#include "core/values/IndexName.h"
#include "ui/common/FollowParametersEditor.h"
#include "ui/common/PrivilegePreflightPanel.h"
#include "ui/common/RequestPreviewDialog.h"
#include "ui/followers/FollowerSettingsTable.h"
#include "ui/followers/LeaderIndexCompletions.h"
#include "ui_CreateFollowerDialog.h"

#include <QJsonValue>
#include <QStandardItemModel>
#include <QTimer>

namespace duper::ui {

namespace {

constexpr int kAliasRole = Qt::UserRole;

void showError(QLabel* label, const QString& message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

} // namespace

CreateFollowerDialog::CreateFollowerDialog(duper::ClusterSession* session, QWidget* parent)
    : QDialog(parent), m_ui(new Ui::CreateFollowerDialog), m_session(session), m_lookups(session->api()),
      m_leaderModel(new QStandardItemModel(this)), m_existsTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    m_ui->advancedPanel->hide();
    m_ui->progressPanel->hide();
    m_ui->preflightPanel->setSessions(session);
    connect(m_ui->preflightPanel, &PrivilegePreflightPanel::stateChanged, this, &CreateFollowerDialog::validate);
    for (QLabel* label : {m_ui->remoteError, m_ui->leaderError, m_ui->followerError, m_ui->dataStreamError,
                          m_ui->waitError, m_ui->settingsError, m_ui->generalError})
        showError(label, {});

    m_ui->leaderEdit->setCompleter(LeaderIndexCompletions::createCompleter(m_leaderModel, this));

    m_ui->waitCombo->addItem(QStringLiteral("0"));
    m_ui->waitCombo->addItem(QStringLiteral("1"));
    m_ui->waitCombo->addItem(QStringLiteral("all"));
    m_ui->waitCombo->setItemData(0, tr("Do not wait for shard copies (Elasticsearch's default)"), Qt::ToolTipRole);
    m_ui->waitCombo->setItemData(1, tr("Wait until the primary shards are active"), Qt::ToolTipRole);
    m_ui->waitCombo->setItemData(2, tr("Wait until all shard copies are active"), Qt::ToolTipRole);
    m_ui->settingsTable->horizontalHeader()->setStretchLastSection(true);

    m_existsTimer->setSingleShot(true);
    m_existsTimer->setInterval(kExistsCheckDelayMs);
    connect(m_existsTimer, &QTimer::timeout, this, &CreateFollowerDialog::checkFollowerExists);

    connect(m_ui->remoteCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_serverErrors.remove(Field::RemoteCluster);
        loadLeaderCandidates();
        validate();
    });
    connect(m_ui->leaderEdit, &QLineEdit::textChanged, this, &CreateFollowerDialog::onLeaderEdited);
    connect(m_ui->followerEdit, &QLineEdit::textEdited, this,
            [this](const QString& text) { m_followerEdited = !text.isEmpty(); });
    connect(m_ui->followerEdit, &QLineEdit::textChanged, this, [this] {
        m_serverErrors.remove(Field::FollowerIndex);
        m_existsTimer->start();
        validate();
    });
    connect(m_ui->dataStreamEdit, &QLineEdit::textChanged, this, &CreateFollowerDialog::validate);
    connect(m_ui->waitCombo, &QComboBox::currentTextChanged, this, &CreateFollowerDialog::validate);
    connect(m_ui->parametersEditor, &FollowParametersEditor::changed, this, &CreateFollowerDialog::validate);
    connect(m_ui->settingsTable, &QTableWidget::itemChanged, this, &CreateFollowerDialog::validate);
    connect(m_ui->addSettingButton, &QPushButton::clicked, this,
            [this] { FollowerSettingsTable::addRow(m_ui->settingsTable); });
    connect(m_ui->removeSettingButton, &QPushButton::clicked, this, [this] {
        FollowerSettingsTable::removeCurrentRow(m_ui->settingsTable);
        validate();
    });
    connect(m_ui->advancedToggle, &QToolButton::toggled, this, [this](bool open) {
        m_ui->advancedPanel->setVisible(open);
        m_ui->advancedToggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    });
    connect(m_ui->showRequestButton, &QPushButton::clicked, this, &CreateFollowerDialog::showRequest);
    connect(m_ui->createButton, &QPushButton::clicked, this, &CreateFollowerDialog::create);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &CreateFollowerDialog::cancelOrClose);

    m_ui->remoteCombo->setShowsUnpickableWhenNoneConnected(true);
    m_ui->remoteCombo->setDisconnectedToolTip(
        tr("This cluster cannot reach \"%1\" right now, so it cannot follow an index there. Check the "
           "remote's seeds or proxy address and that the remote cluster is up."));
    connect(m_ui->remoteCombo, &RemoteClusterPicker::remotesLoaded, this, [this] {
        m_remotesLoaded = true;
        loadLeaderCandidates();
        validate();
    });
    connect(m_ui->remoteCombo, &RemoteClusterPicker::stateChanged, this, [this](RemoteClusterPicker::State state) {
        if (state != RemoteClusterPicker::State::LoadFailed)
            return;
        m_remotesLoaded = true;
        setServerError(Field::RemoteCluster, m_ui->remoteCombo->stateMessage());
    });
    m_ui->remoteCombo->setSession(session);
    validate();
}

CreateFollowerDialog::~CreateFollowerDialog()
{
    // Jobs outlive the dialog (they belong to the client): stop listening, and abort the ones nobody needs. A
    // create in flight goes on: its runner belongs to the session's FollowerActions and deletes itself.
    if (m_createRunner)
        m_createRunner->disconnect(this);
    for (EsJob* job : {m_leaderJob.data(), m_existsJob.data()}) {
        if (job)
            job->disconnect(this);
    }
    if (m_leaderJob)
        m_leaderJob->cancel();
    if (m_existsJob)
        m_existsJob->cancel();
}

FollowRequest CreateFollowerDialog::followRequest() const
{
    FollowRequest request;
    request.remoteCluster = m_ui->remoteCombo->currentData(kAliasRole).toString();
    request.leaderIndex = m_ui->leaderEdit->text().trimmed();
    if (const QString dataStream = m_ui->dataStreamEdit->text().trimmed(); !dataStream.isEmpty())
        request.dataStreamName = dataStream;
    request.settings = FollowerSettingsTable::settings(m_ui->settingsTable);
    request.parameters = m_ui->parametersEditor->parameters();
    return request;
}

QString CreateFollowerDialog::followerIndex() const
{
    return m_ui->followerEdit->text().trimmed();
}

std::optional<QString> CreateFollowerDialog::waitForActiveShards() const
{
    FollowParameters parsed;
    if (parsed.setWaitForActiveShards(m_ui->waitCombo->currentText()) || !parsed.waitForActiveShards ||
        *parsed.waitForActiveShards == u"0")
        return std::nullopt;
    return parsed.waitForActiveShards;
}

bool CreateFollowerDialog::canCreate() const
{
    return m_valid && !isCreating() && m_ui->preflightPanel->allowsSubmit();
}

void CreateFollowerDialog::loadLeaderCandidates()
{
    if (m_leaderJob) {
        m_leaderJob->disconnect(this);
        m_leaderJob->cancel();
    }
    m_leaderModel->clear();
    const int row = m_ui->remoteCombo->currentIndex();
    const QString alias = m_ui->remoteCombo->currentData(kAliasRole).toString();
    auto* model = qobject_cast<QStandardItemModel*>(m_ui->remoteCombo->model());
    if (alias.isEmpty() || (model && model->item(row) && !model->item(row)->isEnabled()))
        return;
    FollowerFormLookups::IndicesJob* job = m_lookups.remoteIndices(alias);
    m_leaderJob = job;
    job->onFinished(this, [this, alias](FollowerFormLookups::IndicesJob* finished) {
        if (finished->hasError())
            return; // completion is a convenience: the name can still be typed
        LeaderIndexCompletions::fill(m_leaderModel, *finished->result(), alias);
    });
}

void CreateFollowerDialog::onLeaderEdited(const QString& text)
{
    m_serverErrors.remove(Field::LeaderIndex);
    // The follower mirrors the leader's name until the user types their own.
    if (!m_followerEdited)
        m_ui->followerEdit->setText(text.trimmed());
    validate();
}

void CreateFollowerDialog::checkFollowerExists()
{
    const QString name = followerIndex();
    if (name.isEmpty() || !IndexName::parse(name, QStringLiteral("follower_index")).ok())
        return;
    if (m_existsJob) {
        m_existsJob->disconnect(this);
        m_existsJob->cancel();
    }
    FollowerFormLookups::IndicesJob* job = m_lookups.localName(name);
    m_existsJob = job;
    job->onFinished(this, [this, name](FollowerFormLookups::IndicesJob* finished) {
        if (name != followerIndex())
            return;
        const bool taken = FollowerFormLookups::nameTaken(*finished);
        m_existingFollower = taken ? name : QString();
        validate();
    });
}

void CreateFollowerDialog::validate()
{
    bool valid = true;
    // Remote
    QString remoteMessage = m_serverErrors.value(Field::RemoteCluster);
    const int remoteRow = m_ui->remoteCombo->currentIndex();
    auto* model = qobject_cast<QStandardItemModel*>(m_ui->remoteCombo->model());
    const QString alias = m_ui->remoteCombo->currentData(kAliasRole).toString();
    if (alias.isEmpty()) {
        valid = false;
        if (m_remotesLoaded && remoteMessage.isEmpty())
            remoteMessage = tr("This cluster has no remote clusters. Add one (Remote clusters) before following an "
                               "index.");
    } else if (model && model->item(remoteRow) && !model->item(remoteRow)->isEnabled()) {
        valid = false;
        remoteMessage = tr("\"%1\" is not connected: this cluster cannot reach it right now, so it cannot follow an "
                           "index there. Check the remote's addresses and that it is up.")
                            .arg(alias);
    }
    if (!m_serverErrors.value(Field::RemoteCluster).isEmpty())
        valid = false;
    showError(m_ui->remoteError, remoteMessage);

    // Leader
    QString leaderMessage = m_serverErrors.value(Field::LeaderIndex);
    const QString leader = m_ui->leaderEdit->text().trimmed();
    if (leader.isEmpty()) {
        valid = false;
    } else if (const Parsed<IndexName> parsed = IndexName::parse(leader, QStringLiteral("leader_index")); !parsed) {
        valid = false;
        leaderMessage = parsed.error().message();
    }
    if (!m_serverErrors.value(Field::LeaderIndex).isEmpty())
        valid = false;
    showError(m_ui->leaderError, leaderMessage);

    // Follower
    QString followerMessage = m_serverErrors.value(Field::FollowerIndex);
    const QString follower = followerIndex();
    if (follower.isEmpty()) {
        valid = false;
    } else if (const Parsed<IndexName> parsed =
                   IndexName::parse(m_ui->followerEdit->text(), QStringLiteral("follower_index"));
               !parsed) {
        valid = false;
        followerMessage = parsed.error().message();
    } else if (follower == m_existingFollower) {
        valid = false;
        followerMessage = tr("An index, alias or data stream named \"%1\" already exists on this cluster. Choose "
                             "another name.")
                              .arg(follower);
    }
    if (!m_serverErrors.value(Field::FollowerIndex).isEmpty())
        valid = false;
    showError(m_ui->followerError, followerMessage);

    // Data stream name (optional)
    QString dataStreamMessage;
    if (const QString dataStream = m_ui->dataStreamEdit->text().trimmed(); !dataStream.isEmpty()) {
        if (const Parsed<IndexName> parsed = IndexName::parse(dataStream, QStringLiteral("data_stream_name"));
            !parsed) {
            valid = false;
            dataStreamMessage = parsed.error().message();
        }
    }
    showError(m_ui->dataStreamError, dataStreamMessage);

    // wait_for_active_shards
    FollowParameters wait;
    const std::optional<ValueError> waitError = wait.setWaitForActiveShards(m_ui->waitCombo->currentText());
    if (waitError)
        valid = false;
    showError(m_ui->waitError, waitError ? waitError->message() : QString());

    // Advanced: parameters and settings
    if (!m_ui->parametersEditor->isValid()) {
        valid = false;
        m_ui->advancedToggle->setChecked(true); // never hide a problem in a closed section
    }
    const QString settingsMessage = FollowerSettingsTable::problem(m_ui->settingsTable);
    if (!settingsMessage.isEmpty())
        valid = false;
    showError(m_ui->settingsError, settingsMessage);

    showError(m_ui->generalError, m_serverErrors.value(Field::General));
    m_valid = valid;
    m_ui->preflightPanel->setRequest(valid ? std::optional(CcrPreflightRequest{CcrPreflightRequest::Action::FollowOne,
                                                                               followRequest().remoteCluster,
                                                                               {followRequest().leaderIndex},
                                                                               {followerIndex()}})
                                           : std::nullopt);
    m_ui->createButton->setEnabled(canCreate());
    m_ui->createButton->setToolTip(valid ? m_ui->preflightPanel->blockedReason() : QString());
    m_ui->showRequestButton->setEnabled(!isCreating());
}

RequestPreviewDialog* CreateFollowerDialog::showRequest()
{
    auto* preview = new RequestPreviewDialog(
        ConsoleRequest::follow(followerIndex(), followRequest(), waitForActiveShards()), m_lookups.baseUrl(), this);
    preview->setObjectName(QStringLiteral("requestPreviewDialog"));
    preview->setAttribute(Qt::WA_DeleteOnClose);
    preview->open();
    return preview;
}

void CreateFollowerDialog::create()
{
    if (!canCreate())
        return;
    m_serverErrors.clear();
    m_existsTimer->stop();
    FollowRequest request = followRequest();
    request.parameters.waitForActiveShards = waitForActiveShards();
    BatchRunner* runner = m_session->followerActions()->follow(followerIndex(), request);
    m_createRunner = runner;
    connect(runner, &BatchRunner::finished, runner, &QObject::deleteLater);
    connect(runner, &BatchRunner::finished, this, [this, runner] { onCreateFinished(runner->results().value(0)); });
    setBusy(true);
    runner->start();
}

void CreateFollowerDialog::onCreateFinished(const BatchItemResult& result)
{
    m_createRunner = nullptr;
    setBusy(false);
    const EsError& error = result.error;
    if (!result.failed()) {
        const QString name = followerIndex();
        emit followerCreated(name);
        accept();
        return;
    }
    if (error.kind() == EsError::Kind::Cancelled) {
        setServerError(Field::General, tr("Cancelled. Elasticsearch may still create the follower index; refresh "
                                          "the list to check."));
        m_serverErrors.remove(Field::General); // informative only: does not block a new attempt
        return;
    }
    setServerError(fieldFor(error), error.userMessage());
}

void CreateFollowerDialog::setBusy(bool busy)
{
    m_ui->progressPanel->setVisible(busy);
    m_ui->fieldsPanel->setEnabled(!busy);
    m_ui->cancelButton->setText(busy ? tr("Cancel") : tr("Close"));
    m_ui->cancelButton->setToolTip(busy ? tr("Stop waiting for Elasticsearch") : QString());
    validate();
}

void CreateFollowerDialog::setServerError(Field field, const QString& message)
{
    m_serverErrors.insert(field, message);
    validate();
}

CreateFollowerDialog::Field CreateFollowerDialog::fieldFor(const EsError& error)
{
    const Field field = EsFieldErrors::fieldFor(EsFieldErrors::Request::Follow, error);
    // Only these fields have a line for Elasticsearch's answer; the rest goes to the general one.
    return field == Field::RemoteCluster || field == Field::LeaderIndex || field == Field::FollowerIndex
               ? field
               : Field::General;
}

void CreateFollowerDialog::cancelOrClose()
{
    if (m_createRunner) {
        m_createRunner->cancel(); // finished() follows synchronously with a Cancelled error
        return;
    }
    reject();
}

} // namespace duper::ui
