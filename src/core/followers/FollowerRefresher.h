#pragma once

#include "core/es/EsError.h"
#include "core/followers/FollowerSnapshot.h"
#include "core/followers/FollowerSnapshotJob.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QThreadPool>
#include <QTimer>
#include <memory>

namespace duper {

class CcrApi;
class FollowerSnapshotJob;

// Keeps a cluster's follower list fresh: one FollowerSnapshotJob at a time, on demand and every interval().
// Each snapshot is built on top of the previous one (rates). After a create it can poll a new follower every
// second until Elasticsearch reports it, so a new follower does not sit in the list as missing or Paused.
class FollowerRefresher : public QObject
{
    Q_OBJECT

public:
    explicit FollowerRefresher(QObject* parent = nullptr);
    ~FollowerRefresher() override;

    // `api` may be null (no connection); it must outlive its use here. Changing it drops the previous snapshot
    // and cancels a refresh in flight.
    void setApi(CcrApi* api);
    CcrApi* api() const { return m_api; }

    // Auto-refresh period in ms; 0 = off.
    void setInterval(int ms);
    int interval() const { return m_intervalMs; }

    bool isRefreshing() const { return m_job != nullptr; }
    std::shared_ptr<const FollowerSnapshot> snapshot() const { return m_snapshot; }
    // When the last successful refresh arrived; invalid before the first.
    QDateTime lastRefreshed() const { return m_lastRefreshed; }
    const EsError& lastError() const { return m_lastError; }

    // Sets `pool` up the way refreshes parse best: one thread, so both bodies are parsed and merged one after the
    // other (only one body's parser state alive at a time; the memory one refresh freed is what the next reuses),
    // at idle priority, so parsing 10,000 followers never takes the CPU from the GUI thread on a busy machine.
    static void configureParsePool(QThreadPool& pool);

    // Polls every second for up to `timeoutMs` until `follower` appears Active (or Error), then falls back to
    // the regular interval.
    void watchUntilActive(const QString& follower, int timeoutMs = 10000);

public slots:
    // Starts a refresh now unless one is running (then the running one counts).
    void refresh();

signals:
    void refreshStarted();
    void snapshotReady(std::shared_ptr<const duper::FollowerSnapshot> snapshot);
    void refreshFailed(const duper::EsError& error);

private:
    void onJobFinished(FollowerSnapshotJob* job);
    void scheduleNext();
    bool watchedFollowerSettled() const;

    CcrApi* m_api = nullptr;
    QThreadPool m_parsePool; // declared before the job so it outlives it
    QPointer<FollowerSnapshotJob> m_job;
    std::shared_ptr<const FollowerSnapshot> m_snapshot;
    QDateTime m_lastRefreshed;
    EsError m_lastError;
    QTimer m_timer;
    int m_intervalMs = 10000;
    QString m_watched;
    QDateTime m_watchDeadline;
};

} // namespace duper
