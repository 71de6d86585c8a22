#include "ui/followers/FollowerActionController.h"

#include "core/ccr/CcrApi.h"
#include "core/ccr/ConsoleRequest.h"
#include "core/followers/RememberedParameters.h"
#include "core/procedures/RecreateProcedure.h"
#include "core/procedures/UnfollowProcedure.h"
#include "ui/common/BulkActionDialog.h"
#include "ui/followers/ProcedureDialog.h"

#include "ui/followers/EditFollowerDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>

namespace duper::ui {

namespace {

constexpr int listedNamesLimit = 10;

QStringList namesOf(const QList<FollowerRow>& rows)
{
    QStringList names;
    for (const FollowerRow& row : rows)
        names.append(row.name);
    return names;
}

} // namespace

FollowerActionController::FollowerActionController(CcrApi* api, RememberedParameters* memory, QWidget* dialogParent,
                                                   QObject* parent)
    : QObject(parent), m_api(api), m_memory(memory), m_dialogParent(dialogParent)
{}

FollowerActionController::~FollowerActionController() = default;

QString FollowerActionController::nameList(const QStringList& names)
{
    QStringList shown = names.mid(0, listedNamesLimit);
    QString text = shown.join(QStringLiteral(", "));
    if (names.size() > listedNamesLimit)
        text += tr(" and %n more", nullptr, int(names.size() - listedNamesLimit));
    return text;
}

QString FollowerActionController::parameterList(const FollowParameters& parameters)
{
    QStringList lines;
    for (FollowParameter parameter : FollowParameterInfo::all()) {
        if (parameters.isSet(parameter))
            lines.append(FollowParameterInfo::restName(parameter) + QStringLiteral(": ") + parameters.text(parameter));
    }
    return lines.join(QLatin1Char('\n'));
}

FollowParameters FollowerActionController::rememberedCustom(const QString& name) const
{
    if (!m_memory)
        return {};
    const auto remembered = m_memory->recall(name);
    return remembered ? RememberedParameters::customOnly(*remembered) : FollowParameters();
}

void FollowerActionController::rememberParameters(const QList<FollowerRow>& rows)
{
    if (!m_memory)
        return;
    for (const FollowerRow& row : rows) {
        if (row.hasParameters)
            m_memory->remember(row.name, row.parameters);
    }
}

void FollowerActionController::confirm(const Confirmation& confirmation, std::function<void(bool checked)> onConfirmed)
{
    if (!m_confirm || (!m_confirmPauseResume && !confirmation.destructive)) {
        onConfirmed(confirmation.checkBoxChecked);
        return;
    }
    auto* box = new QMessageBox(confirmation.destructive ? QMessageBox::Warning : QMessageBox::Question,
                                confirmation.title, confirmation.text, QMessageBox::NoButton, m_dialogParent);
    box->setObjectName(confirmation.objectName);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(confirmation.informativeText);
    QPushButton* confirmButton = box->addButton(confirmation.confirmText, QMessageBox::AcceptRole);
    confirmButton->setObjectName(QStringLiteral("confirmButton"));
    QPushButton* cancelButton = box->addButton(QMessageBox::Cancel);
    cancelButton->setObjectName(QStringLiteral("cancelButton"));
    // A destructive action is never the default: Enter must not unfollow anything.
    box->setDefaultButton(confirmation.destructive ? cancelButton : confirmButton);
    box->setEscapeButton(cancelButton);
    if (!confirmation.checkBoxText.isEmpty()) {
        auto* check = new QCheckBox(confirmation.checkBoxText, box);
        check->setObjectName(QStringLiteral("confirmCheckBox"));
        check->setChecked(confirmation.checkBoxChecked);
        box->setCheckBox(check);
    }
    connect(box, &QMessageBox::finished, this, [box, confirmButton, onConfirmed = std::move(onConfirmed)](int) {
        if (box->clickedButton() != confirmButton)
            return;
        onConfirmed(box->checkBox() ? box->checkBox()->isChecked() : true);
    });
    box->open();
}

void FollowerActionController::showError(const QString& title, const QString& text)
{
    auto* box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, m_dialogParent);
    box->setObjectName(QStringLiteral("actionFailedBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

// --- pause / resume -------------------------------------------------------------------------------------------

void FollowerActionController::pause(const QList<FollowerRow>& rows)
{
    QList<FollowerRow> targets;
    QStringList skipped;
    for (const FollowerRow& row : rows) {
        if (row.state == FollowerState::Paused)
            skipped.append(row.name);
        else
            targets.append(row);
    }
    if (targets.isEmpty()) {
        emit statusMessage(tr("Nothing to pause: the selected follower indices are already paused."));
        return;
    }
    QStringList custom;
    for (const FollowerRow& row : std::as_const(targets)) {
        if (row.hasParameters && RememberedParameters::hasCustomValues(row.parameters))
            custom.append(row.name);
    }

    Confirmation confirmation;
    confirmation.objectName = QStringLiteral("confirmPauseBox");
    confirmation.title = tr("Pause replication");
    confirmation.confirmText = tr("Pause replication");
    const QStringList names = namesOf(targets);
    QStringList details;
    if (targets.size() == 1) {
        confirmation.text = tr("Pause replication to follower index \"%1\"?").arg(names.first());
        details.append(tr("It stops copying changes from its leader index until you resume it. Its data stays "
                          "and it can still be searched."));
    } else {
        confirmation.text = tr("Pause replication to %n follower indices?", nullptr, int(targets.size()));
        details.append(tr("They stop copying changes from their leader indices until you resume them. Their data "
                          "stays and they can still be searched."));
        details.append(nameList(names));
    }
    if (!custom.isEmpty()) {
        details.append(custom.size() == 1 && targets.size() == 1
                           ? tr("It has custom advanced settings. Elasticsearch forgets them when a follower is "
                                "paused; Duper remembers them and offers them again when you resume.")
                           : tr("%1 have custom advanced settings. Elasticsearch forgets them when a follower is "
                                "paused; Duper remembers them and offers them again when you resume.")
                                 .arg(nameList(custom)));
    }
    if (!skipped.isEmpty())
        details.append(tr("Already paused, skipped: %1").arg(nameList(skipped)));
    confirmation.informativeText = details.join(QStringLiteral("\n\n"));

    confirm(confirmation, [this, targets, names](bool) {
        rememberParameters(targets); // before the pause: afterwards Elasticsearch no longer reports them
        if (names.size() == 1)
            runSingle(BulkFollowerOperation::Action::Pause, names.first(), {});
        else
            runBulk(BulkFollowerOperation::Action::Pause, names, {});
    });
}

void FollowerActionController::resume(const QList<FollowerRow>& rows)
{
    QStringList names;
    QStringList skipped;
    QHash<QString, FollowParameters> remembered;
    for (const FollowerRow& row : rows) {
        if (row.state != FollowerState::Paused) {
            skipped.append(row.name);
            continue;
        }
        names.append(row.name);
        const FollowParameters custom = rememberedCustom(row.name);
        if (custom != FollowParameters())
            remembered.insert(row.name, custom);
    }
    if (names.isEmpty()) {
        emit statusMessage(tr("Nothing to resume: none of the selected follower indices is paused."));
        return;
    }

    Confirmation confirmation;
    confirmation.objectName = QStringLiteral("confirmResumeBox");
    confirmation.title = tr("Resume replication");
    confirmation.confirmText = tr("Resume replication");
    QStringList details;
    if (names.size() == 1) {
        confirmation.text = tr("Resume replication to follower index \"%1\"?").arg(names.first());
        if (remembered.isEmpty()) {
            details.append(tr("Elasticsearch's default advanced settings will be used: it does not keep a paused "
                              "follower's settings. To use other settings, edit the follower index instead."));
        } else {
            details.append(tr("Duper remembers the advanced settings it had before the pause:\n%1")
                               .arg(parameterList(remembered.value(names.first()))));
            confirmation.checkBoxText = tr("Resume with the settings it had");
        }
    } else {
        confirmation.text = tr("Resume replication to %n follower indices?", nullptr, int(names.size()));
        details.append(nameList(names));
        if (remembered.isEmpty()) {
            details.append(tr("Elasticsearch's default advanced settings will be used: it does not keep a paused "
                              "follower's settings."));
        } else {
            details.append(tr("Duper remembers custom advanced settings for %1; the others resume with "
                              "Elasticsearch's defaults.")
                               .arg(nameList(remembered.keys())));
            confirmation.checkBoxText = tr("Resume each with the settings it had");
        }
    }
    if (!skipped.isEmpty())
        details.append(tr("Not paused, skipped: %1").arg(nameList(skipped)));
    confirmation.informativeText = details.join(QStringLiteral("\n\n"));

    confirm(confirmation, [this, names, remembered](bool withRemembered) {
        const QHash<QString, FollowParameters> parameters =
            withRemembered ? remembered : QHash<QString, FollowParameters>();
        if (names.size() == 1)
            runSingle(BulkFollowerOperation::Action::Resume, names.first(), parameters.value(names.first()));
        else
            runBulk(BulkFollowerOperation::Action::Resume, names, parameters);
    });
}

void FollowerActionController::runSingle(BulkFollowerOperation::Action action, const QString& name,
                                         const FollowParameters& parameters)
{
    const bool pausing = action == BulkFollowerOperation::Action::Pause;
    AcknowledgedJob* job = pausing ? m_api->pauseFollow(name) : m_api->resumeFollow(name, parameters);
    connect(job, &EsJob::finished, this, [this, name, pausing](EsJob* finished) {
        if (finished->hasError()) {
            const QString title =
                pausing ? tr("Could not pause \"%1\"").arg(name) : tr("Could not resume \"%1\"").arg(name);
            emit statusMessage(title);
            showError(title, finished->error().userMessage());
        } else {
            emit statusMessage(pausing ? tr("Paused follower index %1").arg(name)
                                       : tr("Resumed follower index %1").arg(name));
        }
        emit followersChanged();
    });
}

void FollowerActionController::runBulk(BulkFollowerOperation::Action action, const QStringList& names,
                                       const QHash<QString, FollowParameters>& parameters)
{
    auto* operation = new BulkFollowerOperation(m_api, action, names);
    operation->setResumeParameters(parameters);
    QString description;
    switch (action) {
    case BulkFollowerOperation::Action::Pause:
        description = tr("Pausing replication to %n follower indices…", nullptr, int(names.size()));
        break;
    case BulkFollowerOperation::Action::Resume:
        description = tr("Resuming replication to %n follower indices…", nullptr, int(names.size()));
        break;
    case BulkFollowerOperation::Action::Unfollow:
        description = tr("Converting %n follower indices into regular indices…", nullptr, int(names.size()));
        break;
    }
    auto* dialog = new BulkActionDialog(operation, description, m_dialogParent);
    dialog->setObjectName(QStringLiteral("bulkActionDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(operation, &BulkFollowerOperation::itemFinished, this,
            [this, action](const QString& name, const BulkFollowerOperation::Result& result) {
                if (action == BulkFollowerOperation::Action::Unfollow && result.succeeded() && m_memory)
                    m_memory->forget(name); // a regular index now; nothing left to resume
            });
    connect(operation, &BulkFollowerOperation::finished, this, [this, operation] {
        reportBulk(*operation);
        emit followersChanged();
    });
    dialog->open();
    operation->start();
}

void FollowerActionController::reportBulk(const BulkFollowerOperation& operation)
{
    using Outcome = BulkFollowerOperation::Result::Outcome;
    const int succeeded = operation.count(Outcome::Succeeded) + operation.count(Outcome::AlreadyDone);
    const int failed = operation.count(Outcome::Failed);
    QString text;
    switch (operation.action()) {
    case BulkFollowerOperation::Action::Pause:
        text = tr("Paused %n follower indices", nullptr, succeeded);
        break;
    case BulkFollowerOperation::Action::Resume:
        text = tr("Resumed %n follower indices", nullptr, succeeded);
        break;
    case BulkFollowerOperation::Action::Unfollow:
        text = tr("Unfollowed %n follower indices", nullptr, succeeded);
        break;
    }
    if (failed > 0)
        text += tr("; %n failed", nullptr, failed);
    if (operation.wasCancelled())
        text += tr("; cancelled");
    emit statusMessage(text);
}

// --- edit -----------------------------------------------------------------------------------------------------

void FollowerActionController::edit(const FollowerRow& row)
{
    if (row.hasParameters && m_memory)
        m_memory->remember(row.name, row.parameters);
    auto* dialog = new EditFollowerDialog(m_api, row, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (row.state == FollowerState::Paused && m_memory) {
        if (const auto remembered = m_memory->recall(row.name))
            dialog->setInitialParameters(*remembered);
    }
    connect(dialog, &EditFollowerDialog::followerUpdated, this, [this](const QString& name) {
        emit statusMessage(tr("Updated follower index %1").arg(name));
        emit followersChanged();
    });
    dialog->open();
}

// --- unfollow / recreate --------------------------------------------------------------------------------------

void FollowerActionController::unfollow(const QList<FollowerRow>& rows)
{
    if (rows.isEmpty())
        return;
    const QStringList names = namesOf(rows);
    Confirmation confirmation;
    confirmation.objectName = QStringLiteral("confirmUnfollowBox");
    confirmation.title = tr("Unfollow leader index");
    confirmation.destructive = true;
    confirmation.confirmText = rows.size() == 1 ? tr("Unfollow leader index") : tr("Unfollow leader indices");
    confirmation.text = rows.size() == 1
                            ? tr("Convert follower index \"%1\" into a regular index?").arg(names.first())
                            : tr("Convert %n follower indices into regular indices?", nullptr, int(rows.size()));
    QStringList details;
    details.append(tr("Duper pauses replication, closes the index, unfollows the leader and opens the index "
                      "again. The index keeps its data but no longer follows its leader and leaves this list."));
    details.append(tr("This cannot be undone: following again means copying the whole leader index anew."));
    if (rows.size() > 1)
        details.append(nameList(names));
    confirmation.informativeText = details.join(QStringLiteral("\n\n"));

    confirm(confirmation, [this, rows, names](bool) {
        if (rows.size() == 1)
            unfollowOne(rows.first());
        else
            runBulk(BulkFollowerOperation::Action::Unfollow, names, {});
    });
}

void FollowerActionController::unfollowOne(const FollowerRow& row)
{
    auto* procedure = new UnfollowProcedure(m_api, row.name);
    auto* dialog = new ProcedureDialog(
        m_api, procedure,
        tr("Converting follower index %1 into a regular index: pause, close, unfollow, open.").arg(row.name),
        m_dialogParent);
    dialog->setObjectName(QStringLiteral("unfollowProcedureDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ProcedureDialog::indexChanged, this, &FollowerActionController::followersChanged);
    connect(dialog, &ProcedureDialog::finishedSuccessfully, this, [this](const QString& name) {
        if (m_memory)
            m_memory->forget(name);
        emit statusMessage(tr("Follower index %1 is now a regular index").arg(name));
    });
    dialog->open();
    dialog->start();
}

void FollowerActionController::recreate(const FollowerRow& row)
{
    Confirmation confirmation;
    confirmation.objectName = QStringLiteral("confirmRecreateBox");
    confirmation.title = tr("Recreate follower index");
    confirmation.destructive = true;
    confirmation.confirmText = tr("Recreate");
    confirmation.text = tr("Recreate follower index \"%1\" from its leader?").arg(row.name);
    confirmation.informativeText =
        tr("Duper pauses and closes the follower, then follows leader index %1 on %2 again. Elasticsearch deletes "
           "the follower's data and copies the leader index anew; until the copy is done the index is incomplete. "
           "Use this when replication stopped with an error it cannot recover from.")
            .arg(row.leaderIndex, row.remoteCluster);

    confirm(confirmation, [this, row](bool) {
        rememberParameters({row});
        auto* procedure = new RecreateProcedure(m_api, row.name);
        // A paused follower reports no parameters; the remembered ones keep its tuning.
        if (!row.hasParameters && m_memory) {
            if (const auto remembered = m_memory->recall(row.name))
                procedure->setParameters(*remembered);
        }
        auto* dialog = new ProcedureDialog(
            m_api, procedure,
            tr("Recreating follower index %1: pause, close, then follow %2 again.").arg(row.name, row.leaderIndex),
            m_dialogParent);
        dialog->setObjectName(QStringLiteral("recreateProcedureDialog"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &ProcedureDialog::indexChanged, this, &FollowerActionController::followersChanged);
        connect(dialog, &ProcedureDialog::finishedSuccessfully, this,
                [this](const QString& name) { emit statusMessage(tr("Recreated follower index %1").arg(name)); });
        dialog->open();
        dialog->start();
    });
}

// --- copy request ---------------------------------------------------------------------------------------------

void FollowerActionController::copyRequest(const FollowerRow& row, const QUrl& baseUrl)
{
    FollowRequest request;
    request.remoteCluster = row.remoteCluster;
    request.leaderIndex = row.leaderIndex;
    request.parameters =
        row.hasParameters ? RememberedParameters::customOnly(row.parameters) : rememberedCustom(row.name);
    const ConsoleRequest console = ConsoleRequest::follow(row.name, request, std::nullopt);
    auto* mime = new QMimeData;
    mime->setText(console.consoleText());
    if (baseUrl.isValid())
        mime->setData(QStringLiteral("application/x-sh"), console.curlCommand(baseUrl).toUtf8());
    QApplication::clipboard()->setMimeData(mime);
    emit statusMessage(tr("Copied the follow request for %1").arg(row.name));
}

} // namespace duper::ui
