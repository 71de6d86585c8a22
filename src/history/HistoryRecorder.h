#pragma once

#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <memory>

namespace duper {

class ClusterSession;
class HistoryStore;
struct FollowerSnapshot;

// Feeds the history store from the current connection: every snapshot its FollowerRefresher publishes is recorded
// under the session's connection id. The window hands it the session it shows; no page or widget is involved.
class HistoryRecorder : public QObject
{
    Q_OBJECT

public:
    // `store` must outlive the recorder.
    explicit HistoryRecorder(HistoryStore* store, QObject* parent = nullptr);

    // Follows `session` (null: records nothing) until it is replaced or destroyed.
    void setSession(ClusterSession* session);
    ClusterSession* session() const; // out of line: QPointer needs the complete type

private:
    void onSnapshot(const std::shared_ptr<const FollowerSnapshot>& snapshot);

    HistoryStore* m_store;
    QPointer<ClusterSession> m_session;
    QMetaObject::Connection m_connection;
    qint64 m_lastTakenAtMs = -1;
};

} // namespace duper
