#pragma once

#include "core/batch/BatchItemResult.h"
#include "core/followers/FollowerActions.h"
#include "core/followers/FollowerRow.h"
#include "ui/followers/ActionConfirmation.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>
#include <functional>

class QWidget;

namespace duper {
class BatchRunner;
} // namespace duper

namespace duper::ui {

// The one place the Follower indices tab calls for row and bulk actions: pause, resume, edit, unfollow,
// recreate, copy the follow request. Each asks for confirmation in plain words (unless confirmations are
// disabled), then hands the work to the session's FollowerActions without blocking: one row reports in the status
// bar (an error box when it failed), several in a BulkActionDialog, unfollow and recreate of one index in a
// ProcedureDialog. The service remembers parameters before a pause, because Elasticsearch forgets them; resume
// offers them back.
class FollowerActionController : public QObject
{
    Q_OBJECT

public:
    // `actions` (the session's, ClusterSession::followerActions()) must outlive the controller. Dialogs and message
    // boxes are shown over `dialogParent`.
    FollowerActionController(duper::FollowerActions* actions, QWidget* dialogParent, QObject* parent = nullptr);
    ~FollowerActionController() override;

    // Pauses the Active/Error rows; paused ones are skipped. A row that turns out paused already is "already paused",
    // not an error.
    void pause(const QList<duper::FollowerRow>& rows);
    // Resumes the Paused rows, with their remembered parameters when the user keeps that choice.
    void resume(const QList<duper::FollowerRow>& rows);
    void edit(const duper::FollowerRow& row);
    // pause → close → unfollow → open, for every row.
    void unfollow(const QList<duper::FollowerRow>& rows);
    // Re-copies the follower from its leader (RecreateProcedure).
    void recreate(const duper::FollowerRow& row);
    // Puts the PUT follow request that would recreate this follower with its parameters on the clipboard: console
    // text as plain text, and the curl command for `baseUrl` as "application/x-sh".
    void copyRequest(const duper::FollowerRow& row, const QUrl& baseUrl);

    void setConfirmationsEnabled(bool enabled) { m_confirm = enabled; }
    // Preferences → "Ask before pausing or resuming". Unfollow and recreate, which cannot be undone, always ask.
    void setPauseResumeConfirmationsEnabled(bool enabled) { m_confirmPauseResume = enabled; }
    bool pauseResumeConfirmationsEnabled() const { return m_confirmPauseResume; }
    bool confirmationsEnabled() const { return m_confirm; }

signals:
    // Something changed on the cluster: refresh now.
    void followersChanged();
    // One line for the status bar, e.g. "Paused 3 follower indices".
    void statusMessage(const QString& text);

private:
    // Shows the confirmation (or, when disabled, runs `onConfirmed` at once with the check box's default).
    void confirm(const ActionConfirmation& confirmation, std::function<void(bool checked)> onConfirmed);

    // One row: the outcome goes to the status bar, a failure also into an error box. Several: a BulkActionDialog.
    void run(FollowerActions::Action action, BatchRunner* runner);
    void reportSingle(FollowerActions::Action action, const BatchItemResult& result);
    void reportBulk(FollowerActions::Action action, const BatchRunner& runner);
    void showError(const QString& title, const QString& text);
    void showProcedure(BatchRunner* runner, FollowerActions::Action action, const QString& objectName,
                       const QString& description, const QString& successText);

    static QString nameList(const QStringList& names);
    static QString parameterList(const FollowParameters& parameters);

    FollowerActions* m_actions;
    QPointer<QWidget> m_dialogParent;
    bool m_confirm = true;
    bool m_confirmPauseResume = true;
};

} // namespace duper::ui
