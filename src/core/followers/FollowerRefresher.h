#pragma once

#include "core/followers/FollowerSnapshot.h"
#include "core/followers/FollowerSnapshotJob.h"
#include "core/session/Refresher.h"

#include <QPointer>
#include <QThreadPool>
#include <memory>

namespace duper {

class FollowerSnapshotJob;

// Keeps a cluster's follower list fresh: one FollowerSnapshotJob per refresh, every 10 s unless told otherwise.
// Each snapshot is built on top of the previous one (rates). After a create it can poll a new follower every
// second until Elasticsearch reports it, so a new follower does not sit in the list as missing or Paused.
class FollowerRefresher : public Refresher
{
    Q_OBJECT

public:
    explicit FollowerRefresher(QObject* parent = nullptr);
    ~FollowerRefresher() override;

    std::shared_ptr<const FollowerSnapshot> snapshot() const { return m_snapshot; }

    // Sets `pool` up the way refreshes parse best: one thread, so both bodies are parsed and merged one after the
    // other (only one body's parser state alive at a time; the memory one refresh freed is what the next reuses),
    // at low priority (below the GUI thread where the system has such a level, never idle: see the .cpp).
    static void configureParsePool(QThreadPool& pool);

    // Polls every second for up to `timeoutMs` until `follower` appears Active (or Error), then falls back to
    // the regular interval.
    void watchUntilActive(const QString& follower, int timeoutMs = 10000);

signals:
    void snapshotReady(std::shared_ptr<const duper::FollowerSnapshot> snapshot);

private:
    void startRefresh(CcrApi* api) override;
    void cancelRefresh() override;
    void clearSnapshot() override;
    int nextRefreshDelay() const override;
    void onJobFinished(FollowerSnapshotJob* job);
    bool watchedFollowerSettled() const;

    QThreadPool m_parsePool; // declared before the job so it outlives it
    QPointer<FollowerSnapshotJob> m_job;
    std::shared_ptr<const FollowerSnapshot> m_snapshot;
    QString m_watched;
    QDateTime m_watchDeadline;
};

} // namespace duper
