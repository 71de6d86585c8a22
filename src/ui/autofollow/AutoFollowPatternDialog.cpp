#include "ui/autofollow/AutoFollowPatternDialog.h"

#include "core/autofollow/AutoFollowPatternRules.h"
#include "core/ccr/CcrApi.h"
#include "core/ccr/ConsoleRequest.h"
#include "core/es/EsClient.h"
#include "core/es/EsError.h"
#include "ui/common/RequestPreviewDialog.h"
#include "ui_AutoFollowPatternDialog.h"

#include <QKeyEvent>
#include <QPushButton>

namespace duper::ui {

namespace {

const int kMaxListedIndices = 10;

QString errorLine(const QString& text)
{
    return text.toHtmlEscaped();
}

} // namespace

AutoFollowPatternDialog::AutoFollowPatternDialog(CcrApi* api, Mode mode, const AutoFollowPattern& pattern,
                                                 QWidget* parent)
    : QDialog(parent), m_ui(new Ui::AutoFollowPatternDialog), m_api(api), m_mode(mode), m_original(pattern)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("autoFollowPatternDialog"));
    switch (mode) {
    case Mode::Create:
        setWindowTitle(tr("Create auto-follow pattern"));
        m_ui->saveButton->setText(tr("Create"));
        m_ui->progressLabel->setText(tr("Creating the auto-follow pattern…"));
        break;
    case Mode::Edit:
        setWindowTitle(tr("Edit auto-follow pattern “%1”").arg(pattern.name));
        m_ui->saveButton->setText(tr("Save"));
        m_ui->progressLabel->setText(tr("Saving the auto-follow pattern…"));
        break;
    case Mode::Duplicate:
        setWindowTitle(tr("Duplicate auto-follow pattern “%1”").arg(pattern.name));
        m_ui->saveButton->setText(tr("Create"));
        m_ui->progressLabel->setText(tr("Creating the auto-follow pattern…"));
        break;
    }

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

    const bool customParameters = !pattern.parameters.toJson().isEmpty();
    m_ui->advancedToggle->setChecked(customParameters);
    m_ui->advancedToggle->setArrowType(customParameters ? Qt::DownArrow : Qt::RightArrow);
    m_ui->parametersEditor->setVisible(customParameters);
    connect(m_ui->advancedToggle, &QToolButton::toggled, this, [this](bool on) {
        m_ui->advancedToggle->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
        m_ui->parametersEditor->setVisible(on);
    });

    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, [this] {
        m_serverErrors.remove(Field::Name);
        validate();
    });
    connect(m_ui->remoteCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_serverErrors.remove(Field::Remote);
        loadLeaderIndices();
        validate();
    });
    // Enter in a pattern field adds the pattern; it must not reach the dialog, which would press Save.
    m_ui->leaderPatternEdit->installEventFilter(this);
    m_ui->exclusionPatternEdit->installEventFilter(this);
    connect(m_ui->leaderPatternAddButton, &QPushButton::clicked, this,
            [this] { addPatternFrom(m_ui->leaderPatternEdit, m_ui->leaderPatternList, Field::Leader); });
    connect(m_ui->exclusionPatternAddButton, &QPushButton::clicked, this,
            [this] { addPatternFrom(m_ui->exclusionPatternEdit, m_ui->exclusionPatternList, Field::Exclusion); });
    connect(m_ui->leaderPatternRemoveButton, &QPushButton::clicked, this, [this] {
        qDeleteAll(m_ui->leaderPatternList->selectedItems());
        m_serverErrors.remove(Field::Leader);
        validate();
    });
    connect(m_ui->exclusionPatternRemoveButton, &QPushButton::clicked, this, [this] {
        qDeleteAll(m_ui->exclusionPatternList->selectedItems());
        m_serverErrors.remove(Field::Exclusion);
        validate();
    });
    for (QListWidget* list : {m_ui->leaderPatternList, m_ui->exclusionPatternList})
        connect(list, &QListWidget::itemSelectionChanged, this, &AutoFollowPatternDialog::validate);
    connect(m_ui->followerPatternEdit, &QLineEdit::textChanged, this,
            &AutoFollowPatternDialog::onFollowerPatternEdited);
    connect(m_ui->prefixEdit, &QLineEdit::textEdited, this, &AutoFollowPatternDialog::onAffixEdited);
    connect(m_ui->suffixEdit, &QLineEdit::textEdited, this, &AutoFollowPatternDialog::onAffixEdited);
    connect(m_ui->parametersEditor, &FollowParametersEditor::changed, this, [this] {
        m_serverErrors.remove(Field::General);
        validate();
    });
    connect(m_ui->saveButton, &QPushButton::clicked, this, &AutoFollowPatternDialog::save);
    connect(m_ui->showRequestButton, &QPushButton::clicked, this, &AutoFollowPatternDialog::showRequest);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &AutoFollowPatternDialog::cancelOrClose);

    onFollowerPatternEdited();
    loadRemotes();
    validate();
}

AutoFollowPatternDialog::~AutoFollowPatternDialog()
{
    // Jobs belong to the client and outlive the dialog: stop listening, abort the reads nobody needs.
    for (EsJob* job : {m_saveJob.data(), m_resolveJob.data(), m_remotesJob.data()})
        if (job)
            job->disconnect(this);
    for (EsJob* job : {m_resolveJob.data(), m_remotesJob.data()})
        if (job)
            job->cancel();
}

bool AutoFollowPatternDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            if (watched == m_ui->leaderPatternEdit) {
                addPatternFrom(m_ui->leaderPatternEdit, m_ui->leaderPatternList, Field::Leader);
                return true;
            }
            if (watched == m_ui->exclusionPatternEdit) {
                addPatternFrom(m_ui->exclusionPatternEdit, m_ui->exclusionPatternList, Field::Exclusion);
                return true;
            }
        }
    }
    return QDialog::eventFilter(watched, event);
}

QStringList AutoFollowPatternDialog::items(const QListWidget* list)
{
    QStringList result;
    for (int row = 0; row < list->count(); ++row)
        result << list->item(row)->text();
    return result;
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
    p.leaderIndexPatterns = items(m_ui->leaderPatternList);
    p.leaderIndexExclusionPatterns = items(m_ui->exclusionPatternList);
    const QString follow = m_ui->followerPatternEdit->text().trimmed();
    // Leave the default out, as ES does, unless the pattern had it set explicitly.
    p.followIndexPattern =
        follow == AutoFollowPatternRules::placeholder() && m_original.followIndexPattern.isEmpty() ? QString() : follow;
    p.settings = m_original.settings;
    p.parameters = m_ui->parametersEditor->parameters();
    return p;
}

void AutoFollowPatternDialog::loadRemotes()
{
    m_ui->remoteCombo->clear();
    m_ui->remoteCombo->addItem(tr("Loading remote clusters…"));
    m_ui->remoteCombo->setEnabled(false);
    RemoteInfoJob* job = m_api->remoteInfo();
    m_remotesJob = job;
    job->onFinished(this, [this](RemoteInfoJob* finished) {
        const QSignalBlocker blocker(m_ui->remoteCombo);
        m_ui->remoteCombo->clear();
        if (finished->hasError()) {
            setServerError(Field::Remote,
                           tr("Could not list the remote clusters: %1").arg(finished->error().userMessage()));
            if (!m_original.remoteCluster.isEmpty())
                m_ui->remoteCombo->addItem(m_original.remoteCluster, m_original.remoteCluster);
            m_ui->remoteCombo->setEnabled(m_ui->remoteCombo->count() > 0);
            return;
        }
        int preferred = -1;
        for (const RemoteClusterInfo& remote : finished->result()->remotes) {
            const int row = m_ui->remoteCombo->count();
            m_ui->remoteCombo->addItem(remote.connected ? tr("%1 (connected)").arg(remote.alias)
                                                        : tr("%1 (not connected)").arg(remote.alias),
                                       remote.alias);
            m_ui->remoteCombo->setItemData(row, remote.connected, Qt::UserRole + 1);
            if (!remote.connected) {
                m_ui->remoteCombo->setItemData(
                    row,
                    tr("This cluster cannot reach “%1” right now. Elasticsearch refuses to create a pattern for a "
                       "remote it cannot reach, and an existing pattern follows nothing until it is back.")
                        .arg(remote.alias),
                    Qt::ToolTipRole);
            }
            if (remote.alias == m_original.remoteCluster || (preferred < 0 && remote.connected))
                preferred = row;
        }
        if (!m_original.remoteCluster.isEmpty() && m_ui->remoteCombo->findData(m_original.remoteCluster) < 0) {
            m_ui->remoteCombo->addItem(tr("%1 (not configured)").arg(m_original.remoteCluster),
                                       m_original.remoteCluster);
            m_ui->remoteCombo->setItemData(m_ui->remoteCombo->count() - 1, false, Qt::UserRole + 1);
            preferred = m_ui->remoteCombo->count() - 1;
        }
        m_ui->remoteCombo->setEnabled(m_ui->remoteCombo->count() > 0);
        m_ui->remoteCombo->setCurrentIndex(preferred >= 0 ? preferred : 0);
        loadLeaderIndices();
        validate();
    });
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
    ResolveIndexJob* job = m_api->resolveIndex(remote + QStringLiteral(":*"));
    m_resolveJob = job;
    job->onFinished(this, [this, remote](ResolveIndexJob* finished) {
        if (!finished->hasError()) {
            m_leaderIndices = finished->result()->indices;
            // Remote indices come back as "<remote>:<index>".
            const QString prefix = remote + QLatin1Char(':');
            for (ResolvedIndex& index : m_leaderIndices)
                if (index.name.startsWith(prefix))
                    index.name.remove(0, prefix.size());
        }
        updatePreview();
    });
}

void AutoFollowPatternDialog::addPatternFrom(QLineEdit* edit, QListWidget* list, Field field)
{
    // Several at once: "logs-*, metrics-*".
    const QStringList typed = edit->text().split(QLatin1Char(','), Qt::SkipEmptyParts);
    QStringList problems;
    QStringList refused;
    for (const QString& raw : typed) {
        const QString pattern = raw.trimmed();
        if (pattern.isEmpty())
            continue;
        if (items(list).contains(pattern)) {
            problems << tr("“%1” is already in the list.").arg(pattern);
            continue;
        }
        if (const QString problem = AutoFollowPatternRules::indexPatternProblem(pattern); !problem.isEmpty()) {
            problems << problem;
            refused << pattern;
            continue;
        }
        list->addItem(pattern);
    }
    edit->setText(refused.join(QStringLiteral(", ")));
    if (problems.isEmpty())
        m_inputErrors.remove(field);
    else
        m_inputErrors.insert(field, problems.join(QLatin1Char(' ')));
    m_serverErrors.remove(field);
    validate();
}

void AutoFollowPatternDialog::onFollowerPatternEdited()
{
    m_serverErrors.remove(Field::FollowerPattern);
    if (!m_syncingAffixes) {
        // Split back into prefix and suffix when the template is "<prefix>{{leader_index}}<suffix>".
        const QString text = m_ui->followerPatternEdit->text();
        const QString placeholder = AutoFollowPatternRules::placeholder();
        const qsizetype at = text.indexOf(placeholder);
        const bool splittable = at >= 0 && text.indexOf(placeholder, at + 1) < 0;
        m_ui->prefixEdit->setText(splittable ? text.left(at) : QString());
        m_ui->suffixEdit->setText(splittable ? text.mid(at + placeholder.size()) : QString());
        m_ui->prefixEdit->setEnabled(splittable || text.isEmpty());
        m_ui->suffixEdit->setEnabled(splittable || text.isEmpty());
    }
    validate();
}

void AutoFollowPatternDialog::onAffixEdited()
{
    m_syncingAffixes = true;
    m_ui->followerPatternEdit->setText(m_ui->prefixEdit->text().trimmed() + AutoFollowPatternRules::placeholder() +
                                       m_ui->suffixEdit->text().trimmed());
    m_syncingAffixes = false;
}

QStringList AutoFollowPatternDialog::previewFollowerNames() const
{
    const AutoFollowPattern p = pattern();
    QStringList names;
    for (const QString& leader : AutoFollowPatternRules::exampleLeaderNames(p.leaderIndexPatterns))
        if (!AutoFollowPatternRules::matchesAny(p.leaderIndexExclusionPatterns, leader))
            names << AutoFollowPatternRules::followerName(p.followIndexPattern, leader);
    return names;
}

QStringList AutoFollowPatternDialog::matchingLeaderIndices() const
{
    const QStringList patterns = items(m_ui->leaderPatternList);
    QStringList names;
    for (const ResolvedIndex& index : m_leaderIndices)
        if (AutoFollowPatternRules::matchesAny(patterns, index.name))
            names << index.name;
    names.sort();
    return names;
}

void AutoFollowPatternDialog::updatePreview()
{
    const AutoFollowPattern p = pattern();
    if (p.leaderIndexPatterns.isEmpty()) {
        m_ui->previewLabel->setText(tr("Add a leader index pattern to see the follower index names it creates."));
        return;
    }
    QString html = tr("New leader indices get followers named like this:") + QStringLiteral("<ul>");
    for (const QString& leader : AutoFollowPatternRules::exampleLeaderNames(p.leaderIndexPatterns)) {
        if (AutoFollowPatternRules::matchesAny(p.leaderIndexExclusionPatterns, leader)) {
            html += QStringLiteral("<li>%1 → %2</li>").arg(leader.toHtmlEscaped(), tr("excluded"));
        } else {
            html += QStringLiteral("<li>%1 → <b>%2</b></li>")
                        .arg(leader.toHtmlEscaped(),
                             AutoFollowPatternRules::followerName(p.followIndexPattern, leader).toHtmlEscaped());
        }
    }
    html += QStringLiteral("</ul>");

    const QStringList matching = matchingLeaderIndices();
    if (!matching.isEmpty()) {
        html += tr("%n existing index(es) on “%1” match. The pattern does not follow indices that exist before "
                   "it; use “Follow many…” for those:",
                   nullptr, int(matching.size()))
                    .arg(m_resolvedRemote.toHtmlEscaped());
        html += QStringLiteral("<ul>");
        for (const QString& leader : matching.mid(0, kMaxListedIndices)) {
            if (AutoFollowPatternRules::matchesAny(p.leaderIndexExclusionPatterns, leader))
                html += QStringLiteral("<li><s>%1</s> (%2)</li>").arg(leader.toHtmlEscaped(), tr("excluded"));
            else
                html += QStringLiteral("<li>%1 → %2</li>")
                            .arg(leader.toHtmlEscaped(),
                                 AutoFollowPatternRules::followerName(p.followIndexPattern, leader).toHtmlEscaped());
        }
        if (matching.size() > kMaxListedIndices)
            html += QStringLiteral("<li>") + tr("and %n more", nullptr, int(matching.size() - kMaxListedIndices)) +
                    QStringLiteral("</li>");
        html += QStringLiteral("</ul>");
    }
    m_ui->previewLabel->setText(html);
}

bool AutoFollowPatternDialog::canSave() const
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
        label->setText(errorLine(text));
        label->setVisible(!text.isEmpty());
    };
    const QString nameText = m_ui->nameEdit->text().trimmed();
    // No complaint about an empty name before the user typed anything.
    show(m_ui->nameError, Field::Name,
         nameText.isEmpty() && !m_ui->nameEdit->isModified() ? QString()
                                                             : AutoFollowPatternRules::nameProblem(nameText));
    QString remoteProblem;
    if (m_ui->remoteCombo->isEnabled() && m_ui->remoteCombo->count() == 0)
        remoteProblem = tr("This cluster has no remote cluster yet. Add one in the Remote clusters tab first.");
    else if (m_ui->remoteCombo->isEnabled() && !m_ui->remoteCombo->currentData(Qt::UserRole + 1).toBool())
        remoteProblem = m_ui->remoteCombo->currentData(Qt::ToolTipRole).toString();
    show(m_ui->remoteError, Field::Remote, remoteProblem);
    show(m_ui->leaderError, Field::Leader,
         p.leaderIndexPatterns.isEmpty() && (m_ui->leaderPatternEdit->isModified() || m_mode != Mode::Create)
             ? tr("Add at least one leader index pattern.")
             : QString());
    show(m_ui->exclusionError, Field::Exclusion, QString());
    show(m_ui->followerPatternError, Field::FollowerPattern,
         AutoFollowPatternRules::followIndexPatternProblem(m_ui->followerPatternEdit->text().trimmed()));
    const QString general = m_serverErrors.value(Field::General);
    m_ui->generalError->setText(errorLine(general));
    m_ui->generalError->setVisible(!general.isEmpty());

    m_ui->leaderPatternRemoveButton->setEnabled(!m_ui->leaderPatternList->selectedItems().isEmpty());
    m_ui->exclusionPatternRemoveButton->setEnabled(!m_ui->exclusionPatternList->selectedItems().isEmpty());
    m_ui->saveButton->setEnabled(canSave());
    updatePreview();
}

void AutoFollowPatternDialog::save()
{
    if (!canSave())
        return;
    const AutoFollowPattern p = pattern();
    AcknowledgedJob* job = m_api->putAutoFollowPattern(p.name, p);
    m_saveJob = job;
    connect(job, &EsJob::finished, this, &AutoFollowPatternDialog::onSaveFinished);
    setBusy(true);
}

void AutoFollowPatternDialog::onSaveFinished(EsJob* job)
{
    m_saveJob = nullptr;
    setBusy(false);
    const EsError& error = job->error();
    if (!error) {
        emit patternSaved(patternName());
        accept();
        return;
    }
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
    const QString type = error.cause().type;
    const QString reason = error.cause().reason + QLatin1Char(' ') + error.cause().deepestReason();
    if (type == QLatin1String("no_such_remote_cluster_exception") || reason.contains(QLatin1String("remote cluster")) ||
        reason.contains(QLatin1String("[remote_cluster]")))
        return Field::Remote;
    if (reason.contains(QLatin1String("[name]")))
        return Field::Name;
    if (reason.contains(QLatin1String("leader_index_exclusion_patterns")))
        return Field::Exclusion;
    if (reason.contains(QLatin1String("leader_index_patterns")))
        return Field::Leader;
    if (reason.contains(QLatin1String("follow_index_pattern")) || reason.contains(QLatin1String("index name")))
        return Field::FollowerPattern;
    return Field::General;
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
    if (m_saveJob) {
        m_saveJob->cancel();
        return;
    }
    reject();
}

RequestPreviewDialog* AutoFollowPatternDialog::showRequest()
{
    const AutoFollowPattern p = pattern();
    auto* preview = new RequestPreviewDialog(ConsoleRequest::putAutoFollowPattern(p.name, p),
                                             m_api->client()->endpoint().baseUrl, this);
    preview->setAttribute(Qt::WA_DeleteOnClose);
    preview->open();
    return preview;
}

} // namespace duper::ui
