#pragma once

#include "core/followers/BulkFollowerOperation.h"
#include "core/followers/FollowerRow.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>
#include <functional>

class QCheckBox;
class QMessageBox;
class QWidget;

namespace duper {
class CcrApi;
class RememberedParameters;
} // namespace duper

namespace duper::ui {

// The one place the Follower indices tab calls for row and bulk actions: pause, resume, edit, unfollow,
// recreate, copy the follow request. Each asks for confirmation in plain words (unless confirmations are
// disabled), then runs without blocking: a single pause/resume as one request, several through a
// BulkFollowerOperation in a BulkActionDialog, unfollow and recreate of one index in a ProcedureDialog.
// Parameters are remembered before a pause, because Elasticsearch forgets them; resume offers them back.
class FollowerActionController : public QObject
{
    Q_OBJECT

public:
    // `api` and `memory` (may be null: nothing is remembered) must outlive the controller. Dialogs and message
    // boxes are shown over `dialogParent`.
    FollowerActionController(duper::CcrApi* api, duper::RememberedParameters* memory, QWidget* dialogParent,
                             QObject* parent = nullptr);
    ~FollowerActionController() override;

    // Pauses the Active/Error rows; paused ones are skipped.
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
    struct Confirmation
    {
        QString objectName;
        QString title;
        QString text;
        QString informativeText;
        QString confirmText;
        bool destructive = false;
        QString checkBoxText; // empty: no check box
        bool checkBoxChecked = true;
    };
    // Shows the confirmation (or, when disabled, runs `onConfirmed` at once with the check box's default).
    void confirm(const Confirmation& confirmation, std::function<void(bool checked)> onConfirmed);

    void rememberParameters(const QList<FollowerRow>& rows);
    // The remembered parameters differing from Elasticsearch's defaults; empty when none.
    FollowParameters rememberedCustom(const QString& name) const;
    void runSingle(BulkFollowerOperation::Action action, const QString& name, const FollowParameters& parameters);
    void runBulk(BulkFollowerOperation::Action action, const QStringList& names,
                 const QHash<QString, FollowParameters>& parameters);
    void reportBulk(const BulkFollowerOperation& operation);
    void showError(const QString& title, const QString& text);
    void unfollowOne(const FollowerRow& row);

    static QString nameList(const QStringList& names);
    static QString parameterList(const FollowParameters& parameters);

    CcrApi* m_api;
    RememberedParameters* m_memory;
    QPointer<QWidget> m_dialogParent;
    bool m_confirm = true;
    bool m_confirmPauseResume = true;
};

} // namespace duper::ui
