#pragma once

#include "core/ccr/FollowRequest.h"
#include "core/es/EsFieldErrors.h"

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
class CcrApi;
class EsError;
class EsJob;
} // namespace duper

namespace duper::ui {

class RequestPreviewDialog;

// Creates a follower index (PUT /{follower}/_ccr/follow). Remote clusters come from _remote/info (disconnected ones
// are shown but cannot be chosen), leader names are completed from _resolve/index/<remote>:*, the follower name
// follows the leader's until edited and is checked as typed and, after a pause, for an existing index. Every
// field shows its own problem; Elasticsearch's refusals land next to the field they concern. Nothing blocks:
// requests are jobs, and Cancel aborts a create in flight.
class CreateFollowerDialog : public QDialog
{
    Q_OBJECT

public:
    // How long the follower name must stay unchanged before the "already exists" check runs.
    static constexpr int kExistsCheckDelayMs = 400;

    explicit CreateFollowerDialog(duper::CcrApi* api, QWidget* parent = nullptr);
    ~CreateFollowerDialog() override;

    // The request the Create button sends, from the form as it is now.
    FollowRequest followRequest() const;
    QString followerIndex() const;
    // nullopt when waiting for 0 shards (Elasticsearch's default: the query parameter is left out).
    std::optional<QString> waitForActiveShards() const;
    bool canCreate() const;
    bool isCreating() const { return !m_createJob.isNull(); }

public slots:
    void create();
    // Opens the request preview (non-modal, deleted on close) and returns it.
    RequestPreviewDialog* showRequest();

signals:
    void followerCreated(const QString& followerIndex);

private:
    // Where Elasticsearch's answer is shown: remote, leader, follower or the general line.
    using Field = EsFieldErrors::Field;

    void loadRemotes();
    void loadLeaderCandidates();
    void checkFollowerExists();
    void onLeaderEdited(const QString& text);
    void onCreateFinished(EsJob* job);
    void validate();
    void setBusy(bool busy);
    void setServerError(Field field, const QString& message);
    static Field fieldFor(const EsError& error);
    void cancelOrClose();

    QScopedPointer<Ui::CreateFollowerDialog> m_ui;
    duper::CcrApi* m_api;
    QStandardItemModel* m_leaderModel;
    QTimer* m_existsTimer;
    QPointer<EsJob> m_createJob;
    QPointer<EsJob> m_leaderJob;
    QPointer<EsJob> m_existsJob;
    bool m_followerEdited = false;
    bool m_remotesLoaded = false;
    QString m_existingFollower; // a name the last check found taken
    QMap<Field, QString> m_serverErrors;
    bool m_valid = false;
};

} // namespace duper::ui
