#include "ui/autofollow/AutoFollowPatternDialog.h"

#include "core/autofollow/AutoFollowActions.h"
#include "core/autofollow/AutoFollowPatternRules.h"
#include "core/batch/BatchRunner.h"
#include "core/ccr/ConsoleRequest.h"
#include "core/es/EsError.h"
#include "core/es/EsFieldErrors.h"
#include "core/session/ClusterSession.h"
#include "ui/autofollow/AutoFollowPatternPreview.h"
#include "ui/autofollow/FollowerPatternAffixes.h"
#include "ui/autofollow/IndexPatternListInput.h"
#include "ui/common/PrivilegePreflightPanel.h"
#include "ui/common/RemoteClusterPicker.h"
#include "ui/common/RequestPreviewDialog.h"
#include "ui_AutoFollowPatternDialog.h"

#include <QKeyEvent>
#include <QPushButton>

namespace duper::ui {

AutoFollowPatternDialog::AutoFollowPatternDialog(ClusterSession* session, Mode mode, const AutoFollowPattern& pattern,
                                                 QWidget* parent)
    : QDialog(parent), m_ui(new Ui::AutoFollowPatternDialog), m_session(session), m_lookups(session->api()),
      m_mode(mode), m_original(pattern)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("autoFollowPatternDialog"));
    const bool editing = mode == Mode::Edit;
    setWindowTitle(mode == Mode::Create ? tr("Create auto-follow pattern")
                   : editing            ? tr("Edit auto-follow pattern “%1”").arg(pattern.name)
                                        : tr("Duplicate auto-follow pattern “%1”").arg(pattern.name));
    m_ui->saveButton->setText(editing ? tr("Save") : tr("Create"));
    m_ui->progressLabel->setText(editing ? tr("Saving the auto-follow pattern…")
                                         : tr("Creating the auto-follow pattern…"));

    m_ui->nameEdit->setText(mode == Mode::Duplicate ? tr("%1-copy").arg(pattern.name) : pattern.name);
    m_ui->nameEdit->setReadOnly(mode == Mode::Edit);
    if (mode == Mode::Edit)
        m_ui->nameEdit->setToolTip(tr("The name of an existing pattern cannot change; duplicate it instead."));
    m_ui->leaderPatternList->addItems(pattern.leaderIndexPatterns);
    m_ui->exclusionPatternList->addItems(pattern.leaderIndexExclusionPatterns);
    m_ui->followerPatternEdit->setPlaceholderText(AutoFollowPatternRules::placeholder());
    m_ui->followerPatternEdit->setText(pattern.followIndexPattern.isEmpty() ? AutoFollowPatternRules::placeholder()
                                                                            : pattern.followIndexPattern);
    m_ui->parametersEditor->setParameters(pattern.parameters);
    if (!pattern.settings.isEmpty()) {
        m_ui->settingsNote->setText(
            tr("The pattern also sets %n index setting(s) on its followers (%1); they are kept as they are.", nullptr,
               int(pattern.settings.size()))
                .arg(pattern.settings.keys().join(QStringLiteral(", "))));
    }
    m_ui->settingsNote->setVisible(!pattern.settings.isEmpty());
    m_ui->progressPanel->hide();
    m_ui->preflightPanel->setSessions(session);
    connect(m_ui->preflightPanel, &PrivilegePreflightPanel::stateChanged, this, &AutoFollowPatternDialog::validate);

    const bool customParameters = !pattern.parameters.toJson().isEmpty();
    m_ui->advancedToggle->setChecked(customParameters);
    m_ui->advancedToggle->setArrowType(customParameters ? Qt::DownArrow : Qt::RightArrow);
    m_ui->parametersEditor->setVisible(customParameters);
    connect(m_ui->advancedToggle, &QToolButton::toggled, this, [this](bool on) {
        m_ui->advancedToggle->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
        m_ui->parametersEditor->setVisible(on);
    });

    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, [this] {
        m_serverErrors.remove(Field::PatternName);
        validate();
    });
    connect(m_ui->remoteCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_serverErrors.remove(Field::RemoteCluster);
        loadLeaderIndices();
        validate();
    });
    // Enter in a pattern field adds the pattern; it must not reach the dialog, which would press Save.
    m_ui->leaderPatternEdit->installEventFilter(this);
    m_ui->exclusionPatternEdit->installEventFilter(this);
    connect(m_ui->leaderPatternAddButton, &QPushButton::clicked, this,
            [this] { addPatternFrom(m_ui->leaderPatternEdit, m_ui->leaderPatternList, Field::LeaderIndexPatterns); });
    connect(m_ui->exclusionPatternAddButton, &QPushButton::clicked, this, [this] {
        addPatternFrom(m_ui->exclusionPatternEdit, m_ui->exclusionPatternList, Field::LeaderIndexExclusionPatterns);
    });
    connect(m_ui->leaderPatternRemoveButton, &QPushButton::clicked, this, [this] {
        qDeleteAll(m_ui->leaderPatternList->selectedItems());
        m_serverErrors.remove(Field::LeaderIndexPatterns);
        validate();
    });
    connect(m_ui->exclusionPatternRemoveButton, &QPushButton::clicked, this, [this] {
        qDeleteAll(m_ui->exclusionPatternList->selectedItems());
        m_serverErrors.remove(Field::LeaderIndexExclusionPatterns);
        validate();
    });
    for (QListWidget* list : {m_ui->leaderPatternList, m_ui->exclusionPatternList})
        connect(list, &QListWidget::itemSelectionChanged, this, &AutoFollowPatternDialog::validate);
    // The helper first: the prefix and suffix are in step before the form is checked.
    new FollowerPatternAffixes(m_ui->followerPatternEdit, m_ui->prefixEdit, m_ui->suffixEdit, this);
    connect(m_ui->followerPatternEdit, &QLineEdit::textChanged, this, [this] {
        m_serverErrors.remove(Field::FollowIndexPattern);
        validate();
    });
    connect(m_ui->parametersEditor, &FollowParametersEditor::changed, this, [this] {
        m_serverErrors.remove(Field::General);
        validate();
    });
    connect(m_ui->saveButton, &QPushButton::clicked, this, &AutoFollowPatternDialog::save);
    connect(m_ui->showRequestButton, &QPushButton::clicked, this, &AutoFollowPatternDialog::showRequest);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &AutoFollowPatternDialog::cancelOrClose);

    // The session's remote clusters: a remote that is not connected stays pickable (an existing pattern may use it)
    // with a tool tip saying why Elasticsearch refuses it; an edited pattern's remote is kept even when missing.
    RemoteClusterPicker* remotes = m_ui->remoteCombo;
    remotes->setDisconnectedSelectable(true);
    remotes->setDisconnectedToolTip(
        tr("This cluster cannot reach “%1” right now. Elasticsearch refuses to create a pattern for a "
           "remote it cannot reach, and an existing pattern follows nothing until it is back."));
    remotes->setPreferredRemote(m_original.remoteCluster, true);
    connect(remotes, &RemoteClusterPicker::remotesLoaded, this, [this] {
        loadLeaderIndices();
        validate();
    });
    connect(remotes, &RemoteClusterPicker::stateChanged, this, [this](RemoteClusterPicker::State state) {
        if (state == RemoteClusterPicker::State::LoadFailed)
            setServerError(Field::RemoteCluster, m_ui->remoteCombo->stateMessage());
    });
    remotes->setSession(m_session);
    validate();
}

AutoFollowPatternDialog::~AutoFollowPatternDialog()
{
    // Jobs belong to the client and outlive the dialog: stop listening, abort the reads nobody needs. A save in
    // flight goes on (its runner is a child of the dialog and stops listening with it).
    if (m_resolveJob) {
        m_resolveJob->disconnect(this);
        m_resolveJob->cancel();
    }
}

bool AutoFollowPatternDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            if (watched == m_ui->leaderPatternEdit) {
                addPatternFrom(m_ui->leaderPatternEdit, m_ui->leaderPatternList, Field::LeaderIndexPatterns);
                return true;
            }
            if (watched == m_ui->exclusionPatternEdit) {
                addPatternFrom(m_ui->exclusionPatternEdit, m_ui->exclusionPatternList,
                               Field::LeaderIndexExclusionPatterns);
                return true;
            }
        }
    }
    return QDialog::eventFilter(watched, event);
}

QString AutoFollowPatternDialog::patternName() const
{
    return m_mode == Mode::Edit ? m_original.name : m_ui->nameEdit->text().trimmed();
}

AutoFollowPattern AutoFollowPatternDialog::pattern() const
{
    AutoFollowPattern p;
    p.name = patternName();
    p.active = m_mode == Mode::Edit ? m_original.active : true;
    p.remoteCluster = m_ui->remoteCombo->currentData().toString();
    if (p.remoteCluster.isEmpty())
        p.remoteCluster = m_original.remoteCluster; // remotes not loaded yet
    p.leaderIndexPatterns = IndexPatternListInput::items(m_ui->leaderPatternList);
    p.leaderIndexExclusionPatterns = IndexPatternListInput::items(m_ui->exclusionPatternList);
    const QString follow = m_ui->followerPatternEdit->text().trimmed();
    // Leave the default out, as ES does, unless the pattern had it set explicitly.
    p.followIndexPattern =
        follow == AutoFollowPatternRules::placeholder() && m_original.followIndexPattern.isEmpty() ? QString() : follow;
    p.settings = m_original.settings;
    p.parameters = m_ui->parametersEditor->parameters();
    return p;
}

void AutoFollowPatternDialog::loadLeaderIndices()
{
    const QString remote = m_ui->remoteCombo->currentData().toString();
    if (remote == m_resolvedRemote)
        return;
    if (m_resolveJob) {
        m_resolveJob->disconnect(this);
        m_resolveJob->cancel();
    }
    m_resolvedRemote = remote;
    m_leaderIndices.clear();
    updatePreview();
    if (remote.isEmpty() || !m_ui->remoteCombo->currentData(Qt::UserRole + 1).toBool())
        return;
    // One listing of the remote's indices; the patterns are matched here as they are typed.
    FollowerFormLookups::IndicesJob* job = m_lookups.remoteIndices(remote);
    m_resolveJob = job;
    job->onFinished(this, [this, remote](FollowerFormLookups::IndicesJob* finished) {
        if (!finished->hasError())
            m_leaderIndices = FollowerFormLookups::indexNames(*finished->result(), remote);
        updatePreview();
    });
}

void AutoFollowPatternDialog::addPatternFrom(QLineEdit* edit, QListWidget* list, Field field)
{
    if (const QStringList problems = IndexPatternListInput::add(edit, list); problems.isEmpty())
        m_inputErrors.remove(field);
    else
        m_inputErrors.insert(field, problems.join(QLatin1Char(' ')));
    m_serverErrors.remove(field);
    validate();
}

QStringList AutoFollowPatternDialog::previewFollowerNames() const
{
    return AutoFollowPatternPreview::followerNames(pattern());
}

QStringList AutoFollowPatternDialog::matchingLeaderIndices() const
{
    return AutoFollowPatternPreview::matching(IndexPatternListInput::items(m_ui->leaderPatternList), m_leaderIndices);
}

void AutoFollowPatternDialog::updatePreview()
{
    m_ui->previewLabel->setText(AutoFollowPatternPreview::html(pattern(), matchingLeaderIndices(), m_resolvedRemote));
}

bool AutoFollowPatternDialog::canSave() const
{
    return formComplete() && m_ui->preflightPanel->allowsSubmit();
}

bool AutoFollowPatternDialog::formComplete() const
{
    if (isSaving())
        return false;
    const AutoFollowPattern p = pattern();
    if (!AutoFollowPatternRules::nameProblem(p.name).isEmpty() || p.remoteCluster.isEmpty() ||
        p.leaderIndexPatterns.isEmpty() ||
        !AutoFollowPatternRules::followIndexPatternProblem(m_ui->followerPatternEdit->text().trimmed()).isEmpty() ||
        !m_ui->parametersEditor->isValid())
        return false;
    // A server error blocks until the field it concerns changes.
    return m_serverErrors.isEmpty();
}

void AutoFollowPatternDialog::validate()
{
    const AutoFollowPattern p = pattern();
    auto show = [this](QLabel* label, Field field, QString clientProblem) {
        if (m_inputErrors.contains(field))
            clientProblem = clientProblem.isEmpty() ? m_inputErrors.value(field)
                                                    : clientProblem + QLatin1Char(' ') + m_inputErrors.value(field);
        const QString text = m_serverErrors.contains(field) ? m_serverErrors.value(field) : clientProblem;
        label->setText(text.toHtmlEscaped());
        label->setVisible(!text.isEmpty());
    };
    const QString nameText = m_ui->nameEdit->text().trimmed();
    // No complaint about an empty name before the user typed anything.
    show(m_ui->nameError, Field::PatternName,
         nameText.isEmpty() && !m_ui->nameEdit->isModified() ? QString()
                                                             : AutoFollowPatternRules::nameProblem(nameText));
    QString remoteProblem;
    if (m_ui->remoteCombo->isEnabled() && m_ui->remoteCombo->count() == 0)
        remoteProblem = tr("This cluster has no remote cluster yet. Add one in the Remote clusters tab first.");
    else if (m_ui->remoteCombo->isEnabled() && !m_ui->remoteCombo->currentData(Qt::UserRole + 1).toBool())
        remoteProblem = m_ui->remoteCombo->currentData(Qt::ToolTipRole).toString();
    show(m_ui->remoteError, Field::RemoteCluster, remoteProblem);
    show(m_ui->leaderError, Field::LeaderIndexPatterns,
         p.leaderIndexPatterns.isEmpty() && (m_ui->leaderPatternEdit->isModified() || m_mode != Mode::Create)
             ? tr("Add at least one leader index pattern.")
             : QString());
    show(m_ui->exclusionError, Field::LeaderIndexExclusionPatterns, QString());
    show(m_ui->followerPatternError, Field::FollowIndexPattern,
         AutoFollowPatternRules::followIndexPatternProblem(m_ui->followerPatternEdit->text().trimmed()));
    const QString general = m_serverErrors.value(Field::General);
    m_ui->generalError->setText(general.toHtmlEscaped());
    m_ui->generalError->setVisible(!general.isEmpty());

    m_ui->leaderPatternRemoveButton->setEnabled(!m_ui->leaderPatternList->selectedItems().isEmpty());
    m_ui->exclusionPatternRemoveButton->setEnabled(!m_ui->exclusionPatternList->selectedItems().isEmpty());
    const bool complete = formComplete();
    m_ui->preflightPanel->setRequest(complete
                                         ? std::optional(CcrPreflightRequest{CcrPreflightRequest::Action::AutoFollow,
                                                                             p.remoteCluster,
                                                                             p.leaderIndexPatterns,
                                                                             {p.followIndexPattern}})
                                         : std::nullopt);
    m_ui->saveButton->setEnabled(canSave());
    m_ui->saveButton->setToolTip(complete ? m_ui->preflightPanel->blockedReason() : QString());
    updatePreview();
}

void AutoFollowPatternDialog::save()
{
    if (!canSave())
        return;
    BatchRunner* runner = m_session->autoFollowActions()->put({pattern()}, this);
    m_saveRunner = runner;
    connect(runner, &BatchRunner::finished, this, &AutoFollowPatternDialog::onSaveFinished);
    runner->start();
    setBusy(true);
}

void AutoFollowPatternDialog::onSaveFinished()
{
    BatchRunner* runner = m_saveRunner;
    m_saveRunner = nullptr;
    runner->deleteLater();
    setBusy(false);
    const BatchItemResult result = runner->results().first();
    if (result.succeeded()) {
        emit patternSaved(patternName());
        accept();
        return;
    }
    const EsError& error = result.error;
    if (error.kind() == EsError::Kind::Cancelled) {
        setServerError(Field::General, tr("Cancelled. Elasticsearch may still have saved the pattern; refresh the "
                                          "list to check."));
        m_serverErrors.remove(Field::General); // informative only
        return;
    }
    setServerError(fieldFor(error), error.userMessage());
}

AutoFollowPatternDialog::Field AutoFollowPatternDialog::fieldFor(const EsError& error)
{
    const Field field = EsFieldErrors::fieldFor(EsFieldErrors::Request::PutAutoFollowPattern, error);
    // Follow parameters and settings have no line of their own: the general one, cleared when they change.
    return field == Field::FollowParameters || field == Field::Settings ? Field::General : field;
}

void AutoFollowPatternDialog::setBusy(bool busy)
{
    m_ui->progressPanel->setVisible(busy);
    m_ui->fieldsPanel->setEnabled(!busy);
    m_ui->showRequestButton->setEnabled(!busy);
    m_ui->cancelButton->setText(busy ? tr("Cancel") : tr("Close"));
    m_ui->cancelButton->setToolTip(busy ? tr("Stop waiting for Elasticsearch") : QString());
    validate();
}

void AutoFollowPatternDialog::setServerError(Field field, const QString& message)
{
    m_serverErrors.insert(field, message);
    validate();
}

void AutoFollowPatternDialog::cancelOrClose()
{
    if (m_saveRunner) {
        m_saveRunner->cancel(); // finished() follows at once with a Cancelled error
        return;
    }
    reject();
}

RequestPreviewDialog* AutoFollowPatternDialog::showRequest()
{
    const AutoFollowPattern p = pattern();
    auto* preview =
        new RequestPreviewDialog(ConsoleRequest::putAutoFollowPattern(p.name, p), m_lookups.baseUrl(), this);
    preview->setAttribute(Qt::WA_DeleteOnClose);
    preview->open();
    return preview;
}

} // namespace duper::ui
