#pragma once

#include "core/ccr/AutoFollowPattern.h"
#include "core/es/EsFieldErrors.h"
#include "core/followers/FollowerFormLookups.h"

#include <QDialog>
#include <QMap>
#include <QPointer>
#include <QScopedPointer>
#include <QString>
#include <QStringList>
#include <optional>

class QLineEdit;
class QListWidget;

namespace Ui {
class AutoFollowPatternDialog;
}

namespace duper {
class BatchRunner;
class ClusterSession;
class EsError;
class EsJob;
} // namespace duper

namespace duper::ui {

class RequestPreviewDialog;

// Creates, edits or duplicates an auto-follow pattern (PUT /_ccr/auto_follow/{name}). Remote clusters come from
// _remote/info (disconnected ones are listed but explained and not chosen by default), leader and exclusion
// patterns are lists checked entry by entry, the follower index pattern has a prefix/suffix helper, and a live
// preview shows the follower names for example leader names and the remote's existing indices that match (which
// the pattern will not follow). Editing keeps everything the form does not show (index settings). Elasticsearch's
// refusals land next to the field they concern; Cancel aborts a save in flight. Nothing blocks.
class AutoFollowPatternDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode
    {
        Create,
        Edit,     // the name is fixed
        Duplicate // starts from `pattern` with a new name
    };

    // Saves through the session's AutoFollowActions; `session` must outlive the dialog. `pattern` fills the form
    // for Edit and Duplicate.
    AutoFollowPatternDialog(duper::ClusterSession* session, Mode mode, const AutoFollowPattern& pattern = {},
                            QWidget* parent = nullptr);
    ~AutoFollowPatternDialog() override;

    Mode mode() const { return m_mode; }
    // What Save sends, from the form as it is now.
    AutoFollowPattern pattern() const;
    QString patternName() const;
    // The form is complete and the privilege check lets it be sent.
    bool canSave() const;
    bool isSaving() const { return !m_saveRunner.isNull(); }
    // The preview's follower names for the example leader names, and the existing leader indices that match.
    QStringList previewFollowerNames() const;
    QStringList matchingLeaderIndices() const;

public slots:
    void save();
    // Opens the request preview (non-modal, deleted on close) and returns it.
    RequestPreviewDialog* showRequest();

signals:
    void patternSaved(const QString& name);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // Where a problem is shown; follow parameters and settings share the general line.
    using Field = EsFieldErrors::Field;

    // Everything needed is filled in and nothing is being saved (the privilege check aside).
    bool formComplete() const;
    void loadLeaderIndices();
    void addPatternFrom(QLineEdit* edit, QListWidget* list, Field field);
    void onSaveFinished();
    void validate();
    void updatePreview();
    void setBusy(bool busy);
    void setServerError(Field field, const QString& message);
    static Field fieldFor(const EsError& error);
    void cancelOrClose();

    QScopedPointer<Ui::AutoFollowPatternDialog> m_ui;
    duper::ClusterSession* m_session;
    FollowerFormLookups m_lookups;
    Mode m_mode;
    AutoFollowPattern m_original;
    QPointer<BatchRunner> m_saveRunner;
    QPointer<EsJob> m_resolveJob;
    QMap<Field, QString> m_serverErrors;
    QMap<Field, QString> m_inputErrors; // a typed pattern refused by Add
    QString m_resolvedRemote;
    QStringList m_leaderIndices; // on m_resolvedRemote
};

} // namespace duper::ui
