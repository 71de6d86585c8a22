#pragma once

#include "core/autofollow/AutoFollowSnapshot.h"
#include "core/autofollow/AutoFollowSnapshotJob.h"
#include "core/es/EsError.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <memory>

namespace duper {

class CcrApi;

// Keeps a cluster's auto-follow patterns fresh: one AutoFollowSnapshotJob (patterns + auto-follow stats) at a
// time, on demand and every interval(). A refresh asked for while one runs is not dropped: it starts when the
// running one ends, because the running one may predate a change the caller just made.
class AutoFollowRefresher : public QObject
{
    Q_OBJECT

public:
    // `api` must outlive the refresher.
    explicit AutoFollowRefresher(CcrApi* api, QObject* parent = nullptr);
    ~AutoFollowRefresher() override;

    // Auto-refresh period in ms; 0 (the default) = off. The next refresh is due `ms` after the last one ended.
    void setInterval(int ms);
    int interval() const { return m_intervalMs; }

    bool isRefreshing() const { return m_job != nullptr; }
    // The last snapshot that arrived; null before the first.
    std::shared_ptr<const AutoFollowSnapshot> snapshot() const { return m_snapshot; }
    // When the last successful refresh arrived; invalid before the first.
    QDateTime lastRefreshed() const { return m_lastRefreshed; }
    // The last refresh's error; no error after a successful one.
    const EsError& lastError() const { return m_lastError; }

public slots:
    // Starts a refresh now, or right after the one running.
    void refresh();

signals:
    void refreshStarted();
    void snapshotReady(std::shared_ptr<const duper::AutoFollowSnapshot> snapshot);
    void refreshFailed(const duper::EsError& error);

private:
    void onJobFinished(AutoFollowSnapshotJob* job);
    void scheduleNext();

    CcrApi* m_api;
    QPointer<AutoFollowSnapshotJob> m_job;
    bool m_refreshAgain = false;
    std::shared_ptr<const AutoFollowSnapshot> m_snapshot;
    QDateTime m_lastRefreshed;
    EsError m_lastError;
    QTimer m_timer;
    int m_intervalMs = 0;
};

} // namespace duper
