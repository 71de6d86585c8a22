#include "ui/followers/FollowerActionController.h"

#include "core/batch/BatchRunner.h"
#include "core/ccr/ConsoleRequest.h"
#include "core/followers/RememberedParameters.h"
#include "ui/common/BulkActionDialog.h"
#include "ui/followers/EditFollowerDialog.h"
#include "ui/followers/ProcedureDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QMessageBox>
#include <QMimeData>

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

FollowerActionController::FollowerActionController(FollowerActions* actions, QWidget* dialogParent, QObject* parent)
    : QObject(parent), m_actions(actions), m_dialogParent(dialogParent)
{
    Q_ASSERT(actions);
}

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

void FollowerActionController::confirm(const ActionConfirmation& confirmation,
                                       std::function<void(bool checked)> onConfirmed)
{
    if (!m_confirm || (!m_confirmPauseResume && !confirmation.destructive)) {
        onConfirmed(confirmation.checkBoxChecked);
        return;
    }
    QPointer<FollowerActionController> self(this);
    confirmation.ask(m_dialogParent, [self, onConfirmed = std::move(onConfirmed)](bool checked) {
        if (self)
            onConfirmed(checked);
    });
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

    ActionConfirmation confirmation;
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

    confirm(confirmation, [this, targets](bool) {
        // The service remembers the rows' parameters before the pause: afterwards Elasticsearch no longer reports them.
        run(FollowerActions::Action::Pause, m_actions->pause(targets));
    });
}

void FollowerActionController::resume(const QList<FollowerRow>& rows)
{
    QStringList names;
    QStringList skipped;
    for (const FollowerRow& row : rows)
        (row.state == FollowerState::Paused ? names : skipped).append(row.name);
    const QHash<QString, FollowParameters> remembered = m_actions->rememberedCustom(names);
    if (names.isEmpty()) {
        emit statusMessage(tr("Nothing to resume: none of the selected follower indices is paused."));
        return;
    }

    ActionConfirmation confirmation;
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

    confirm(confirmation, [this, names](bool withRemembered) {
        run(FollowerActions::Action::Resume,
            withRemembered ? m_actions->resumeWithRemembered(names) : m_actions->resume(names));
    });
}

void FollowerActionController::run(FollowerActions::Action action, BatchRunner* runner)
{
    const int count = runner->total();
    if (count == 1) {
        connect(runner, &BatchRunner::finished, this, [this, action, runner] {
            runner->deleteLater();
            reportSingle(action, runner->results().value(0));
            emit followersChanged();
        });
        runner->start();
        return;
    }
    QString description;
    switch (action) {
    case FollowerActions::Action::Pause:
        description = tr("Pausing replication to %n follower indices…", nullptr, count);
        break;
    case FollowerActions::Action::Resume:
        description = tr("Resuming replication to %n follower indices…", nullptr, count);
        break;
    default:
        description = tr("Converting %n follower indices into regular indices…", nullptr, count);
        break;
    }
    auto* dialog = new BulkActionDialog(runner, tr("%1 follower indices").arg(FollowerActions::actionTitle(action)),
                                        description, m_dialogParent);
    dialog->setObjectName(QStringLiteral("bulkActionDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(runner, &BatchRunner::finished, this, [this, action, runner] {
        reportBulk(action, *runner);
        emit followersChanged();
    });
    dialog->open();
    runner->start();
}

void FollowerActionController::reportSingle(FollowerActions::Action action, const BatchItemResult& result)
{
    const bool pausing = action == FollowerActions::Action::Pause;
    if (result.alreadyDone()) {
        emit statusMessage(pausing ? tr("Follower index %1 is already paused").arg(result.name)
                                   : tr("Follower index %1 is already active").arg(result.name));
    } else if (result.succeeded()) {
        emit statusMessage(pausing ? tr("Paused follower index %1").arg(result.name)
                                   : tr("Resumed follower index %1").arg(result.name));
    } else {
        const QString title =
            pausing ? tr("Could not pause \"%1\"").arg(result.name) : tr("Could not resume \"%1\"").arg(result.name);
        emit statusMessage(title);
        showError(title, result.message);
    }
}

void FollowerActionController::reportBulk(FollowerActions::Action action, const BatchRunner& runner)
{
    const int succeeded = runner.succeededCount();
    const int failed = runner.count(BatchItemResult::Outcome::Failed);
    QString text;
    switch (action) {
    case FollowerActions::Action::Pause:
        text = tr("Paused %n follower indices", nullptr, succeeded);
        break;
    case FollowerActions::Action::Resume:
        text = tr("Resumed %n follower indices", nullptr, succeeded);
        break;
    default:
        text = tr("Unfollowed %n follower indices", nullptr, succeeded);
        break;
    }
    if (failed > 0)
        text += tr("; %n failed", nullptr, failed);
    if (runner.wasCancelled())
        text += tr("; cancelled");
    emit statusMessage(text);
}

// --- edit -----------------------------------------------------------------------------------------------------

void FollowerActionController::edit(const FollowerRow& row)
{
    RememberedParameters* memory = m_actions->rememberedParameters();
    if (row.hasParameters && memory)
        memory->remember(row.name, row.parameters);
    auto* dialog = new EditFollowerDialog(m_actions, row, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (row.state == FollowerState::Paused && memory) {
        if (const auto remembered = memory->recall(row.name))
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
    ActionConfirmation confirmation;
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

    confirm(confirmation, [this, names](bool) {
        BatchRunner* runner = m_actions->unfollow(names);
        if (names.size() == 1) {
            showProcedure(runner, FollowerActions::Action::Unfollow, QStringLiteral("unfollowProcedureDialog"),
                          tr("Converting follower index %1 into a regular index: pause, close, unfollow, open.")
                              .arg(names.first()),
                          tr("Follower index %1 is now a regular index").arg(names.first()));
        } else {
            run(FollowerActions::Action::Unfollow, runner);
        }
    });
}

void FollowerActionController::showProcedure(BatchRunner* runner, FollowerActions::Action action,
                                             const QString& objectName, const QString& description,
                                             const QString& successText)
{
    auto* dialog = new ProcedureDialog(m_actions, runner, FollowerActions::steps(action), description, m_dialogParent);
    dialog->setObjectName(objectName);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ProcedureDialog::indexChanged, this, &FollowerActionController::followersChanged);
    connect(dialog, &ProcedureDialog::finishedSuccessfully, this,
            [this, successText](const QString&) { emit statusMessage(successText); });
    dialog->open();
    dialog->start();
}

void FollowerActionController::recreate(const FollowerRow& row)
{
    ActionConfirmation confirmation;
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
        // The service remembers the parameters it reads before pausing, and follows with the remembered ones when
        // the follower is paused and reports none.
        showProcedure(
            m_actions->recreate({row.name}), FollowerActions::Action::Recreate,
            QStringLiteral("recreateProcedureDialog"),
            tr("Recreating follower index %1: pause, close, then follow %2 again.").arg(row.name, row.leaderIndex),
            tr("Recreated follower index %1").arg(row.name));
    });
}

// --- copy request ---------------------------------------------------------------------------------------------

void FollowerActionController::copyRequest(const FollowerRow& row, const QUrl& baseUrl)
{
    FollowRequest request;
    request.remoteCluster = row.remoteCluster;
    request.leaderIndex = row.leaderIndex;
    request.parameters =
        row.hasParameters ? RememberedParameters::customOnly(row.parameters) : m_actions->rememberedCustom(row.name);
    const ConsoleRequest console = ConsoleRequest::follow(row.name, request, std::nullopt);
    auto* mime = new QMimeData;
    mime->setText(console.consoleText());
    if (baseUrl.isValid())
        mime->setData(QStringLiteral("application/x-sh"), console.curlCommand(baseUrl).toUtf8());
    QApplication::clipboard()->setMimeData(mime);
    emit statusMessage(tr("Copied the follow request for %1").arg(row.name));
}

} // namespace duper::ui
