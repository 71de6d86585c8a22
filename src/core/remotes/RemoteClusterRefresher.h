#pragma once

#include "core/es/EsError.h"
#include "core/remotes/RemoteClusterSnapshot.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <memory>

namespace duper {

class CcrApi;
class EsJob;

// Keeps a cluster's remote clusters fresh: GET /_remote/info, GET /_cluster/settings and the follow info of every
// follower, sent in parallel and merged into RemoteClusterRows (RemoteClusterRow::merge). One refresh at a time, on
// demand and every interval(). The first two answers are needed; without the follow info the rows are still shown,
// with "Used by" unknown.
//
// A refresh asked for while one runs follows it, and only its answer is reported: after adding or deleting a remote
// the next snapshot always shows the change, never a list read before it.
class RemoteClusterRefresher : public QObject
{
    Q_OBJECT

public:
    explicit RemoteClusterRefresher(QObject* parent = nullptr);
    ~RemoteClusterRefresher() override;

    // `api` may be null (no connection); it must outlive its use here. Changing it drops the previous snapshot and
    // cancels a refresh in flight.
    void setApi(CcrApi* api);
    CcrApi* api() const { return m_api; }

    // Auto-refresh period in ms; 0 = off (the default: whoever shows the list decides).
    void setInterval(int ms);
    int interval() const { return m_intervalMs; }

    bool isRefreshing() const { return m_pending != nullptr; }
    // Null until the first refresh succeeded.
    std::shared_ptr<const RemoteClusterSnapshot> snapshot() const { return m_snapshot; }
    // When the last successful refresh arrived; invalid before the first.
    QDateTime lastRefreshed() const { return m_lastRefreshed; }
    // The reason the last refresh failed; no error once one succeeded again.
    const EsError& lastError() const { return m_lastError; }

public slots:
    // Starts a refresh now, or right after the one running (whose answer is then dropped as possibly stale).
    void refresh();

signals:
    void refreshStarted();
    void snapshotReady(std::shared_ptr<const duper::RemoteClusterSnapshot> snapshot);
    void refreshFailed(const duper::EsError& error);

private:
    struct Pending;
    void cancelPending();
    void onAnswer(const std::shared_ptr<Pending>& pending, const EsJob* job, bool essential);
    void finish(const Pending& pending);
    void scheduleNext();

    CcrApi* m_api = nullptr;
    std::shared_ptr<Pending> m_pending;
    std::shared_ptr<const RemoteClusterSnapshot> m_snapshot;
    QDateTime m_lastRefreshed;
    EsError m_lastError;
    QTimer m_timer;
    int m_intervalMs = 0;
    bool m_again = false; // refresh() came while a refresh ran
};

} // namespace duper
