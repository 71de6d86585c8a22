#pragma once

#include "core/ccr/FollowRequest.h"
#include "core/es/EsFieldErrors.h"
#include "core/followers/FollowerFormLookups.h"

#include <QDialog>
#include <QMap>
#include <QPointer>
#include <QScopedPointer>
#include <QString>
#include <optional>

class QStandardItemModel;
class QTimer;

namespace Ui {
class CreateFollowerDialog;
}

namespace duper {
class BatchRunner;
class ClusterSession;
class EsError;
class EsJob;
struct BatchItemResult;
} // namespace duper

namespace duper::ui {

class RequestPreviewDialog;

// Creates a follower index through the session's FollowerActions::follow. Remote clusters come from the session's
// RemoteClusterPicker (disconnected ones are shown but cannot be chosen), leader names are completed from the
// remote's indices (FollowerFormLookups), the follower name
// follows the leader's until edited and is checked as typed and, after a pause, for an existing index. Every
// field shows its own problem; Elasticsearch's refusals land next to the field they concern. Nothing blocks:
// requests are jobs, and Cancel aborts a create in flight.
class CreateFollowerDialog : public QDialog
{
    Q_OBJECT

public:
    // How long the follower name must stay unchanged before the "already exists" check runs.
    static constexpr int kExistsCheckDelayMs = 400;

    // `session` must outlive the dialog.
    explicit CreateFollowerDialog(duper::ClusterSession* session, QWidget* parent = nullptr);
    ~CreateFollowerDialog() override;

    // The request the Create button sends, from the form as it is now.
    FollowRequest followRequest() const;
    QString followerIndex() const;
    // nullopt when waiting for 0 shards (Elasticsearch's default: the query parameter is left out).
    std::optional<QString> waitForActiveShards() const;
    bool canCreate() const;
    bool isCreating() const { return !m_createRunner.isNull(); }

public slots:
    void create();
    // Opens the request preview (non-modal, deleted on close) and returns it.
    RequestPreviewDialog* showRequest();

signals:
    void followerCreated(const QString& followerIndex);

private:
    // Where Elasticsearch's answer is shown: remote, leader, follower or the general line.
    using Field = EsFieldErrors::Field;

    void loadLeaderCandidates();
    void checkFollowerExists();
    void onLeaderEdited(const QString& text);
    void onCreateFinished(const BatchItemResult& result);
    void validate();
    void setBusy(bool busy);
    void setServerError(Field field, const QString& message);
    static Field fieldFor(const EsError& error);
    void cancelOrClose();

    QScopedPointer<Ui::CreateFollowerDialog> m_ui;
    duper::ClusterSession* m_session;
    duper::FollowerFormLookups m_lookups;
    QStandardItemModel* m_leaderModel;
    QTimer* m_existsTimer;
    QPointer<duper::BatchRunner> m_createRunner;
    QPointer<EsJob> m_leaderJob;
    QPointer<EsJob> m_existsJob;
    bool m_followerEdited = false;
    bool m_remotesLoaded = false;
    QString m_existingFollower; // a name the last check found taken
    QMap<Field, QString> m_serverErrors;
    bool m_valid = false;
};

} // namespace duper::ui
