#pragma once

#include "history/HistoryBatch.h"
#include "history/HistoryError.h"
#include "history/HistoryLimits.h"
#include "history/HistorySeries.h"
#include "history/RecentLag.h"

#include <QObject>
#include <QString>
#include <QThread>
#include <functional>
#include <memory>

namespace duper {

struct FollowerSnapshot;
class HistoryDatabase;

// Replication history in one SQLite file: every refresh's figures per connection and follower, per-minute
// summaries for longer spans, status changes. All file work happens on the store's own thread (HistoryDatabase);
// calls return at once and answers come back as signals on the caller's thread.
//
// When the file cannot be used (no SQLite driver, unwritable, locked, corrupt, disk full) the store reports it once
// through disabled() with a HistoryError that says so in words, and switches itself off: records are dropped,
// requests answer empty with that error. The rest of Duper does not depend on it.
class HistoryStore : public QObject
{
    Q_OBJECT

public:
    // Milliseconds since the epoch; the store's "now" for retention and query windows. Tests pass a fake one.
    using Clock = std::function<qint64()>;

    // `path`: the database file (its folder is created). Nothing happens until open().
    explicit HistoryStore(QString path, HistoryLimits limits = {}, Clock clock = {}, QObject* parent = nullptr);
    // Waits for the batches already handed over to be written.
    ~HistoryStore() override;

    QString path() const { return m_path; }
    // True until the store switched itself off (also while the file is still being opened).
    bool isEnabled() const { return !m_error.isError(); }
    const HistoryError& lastError() const { return m_error; }
    // How long SQLite waits for another program's lock before the store reports the file as locked (default 5 s).
    // Before open() only.
    void setBusyTimeoutMs(int ms) { m_busyTimeoutMs = ms; }

    // Starts the thread and opens the file: opened() or disabled() follows.
    void open();
    void record(const HistoryBatch& batch);
    // Turns the snapshot into a batch on the store's thread, not the caller's.
    void recordSnapshot(const QString& connectionId, std::shared_ptr<const FollowerSnapshot> snapshot);
    void setLimits(const HistoryLimits& limits);
    HistoryLimits limits() const { return m_limits; }
    // Rolls up, ages out and trims now instead of at the next due time.
    void maintainNow();

    // Answered by seriesReady() with the returned id.
    quint64 requestSeries(const QString& connectionId, const QString& follower, HistoryWindow window);
    // Answered by recentLagReady() with the returned id.
    quint64 requestRecentLag(const QString& connectionId);

    // The worker, for tests (which thread its signals come from); null before open().
    HistoryDatabase* database() const { return m_database; }

signals:
    void opened();
    void disabled(const duper::HistoryError& error);
    void batchWritten(qint64 takenAtMs, int samples);
    void maintained(qint64 usedBytes);
    void seriesReady(const duper::HistorySeries& series);
    void recentLagReady(const duper::RecentLag& lag);

private:
    qint64 now() const;
    void onFailed(const HistoryError& error);
    // Runs `call` on the store's thread in order with the other calls; dropped once the store is off.
    void post(std::function<void(HistoryDatabase*)> call);

    QString m_path;
    HistoryLimits m_limits;
    Clock m_clock;
    int m_busyTimeoutMs = 5000;
    QThread m_thread;
    HistoryDatabase* m_database = nullptr; // lives on m_thread; deleted when it finishes
    HistoryError m_error;
    quint64 m_nextRequestId = 1;
};

} // namespace duper
