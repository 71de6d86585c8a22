#pragma once

#include "history/HistoryBatch.h"
#include "history/HistoryError.h"
#include "history/HistoryLimits.h"
#include "history/HistorySeries.h"
#include "history/HistoryWriter.h"
#include "history/RecentLag.h"

#include <QObject>
#include <QString>
#include <memory>

namespace duper {

class HistorySql;

// The history store's worker: lives on the store's thread and owns the one SQLite connection (its own connection
// name, so several stores never share one). Every call comes queued from HistoryStore with the time to use as "now";
// answers go back as signals. After the first failure it closes the file, reports it once and ignores the rest.
class HistoryDatabase : public QObject
{
    Q_OBJECT

public:
    // Maintenance runs at most this often while batches are written.
    static constexpr qint64 maintenanceIntervalMs = 60 * 1000;

    HistoryDatabase(QString path, HistoryLimits limits, int busyTimeoutMs);
    ~HistoryDatabase() override;

    QString connectionName() const { return m_connectionName; }
    bool isOpen() const { return m_sql != nullptr; }

    void open(qint64 nowMs);
    void write(const duper::HistoryBatch& batch, qint64 nowMs);
    void setLimits(const duper::HistoryLimits& limits, qint64 nowMs);
    void maintain(qint64 nowMs);
    void querySeries(quint64 requestId, const QString& connectionId, const QString& follower,
                     duper::HistoryWindow window, qint64 nowMs);
    void queryRecentLag(quint64 requestId, const QString& connectionId, qint64 nowMs);
    // Closes the connection; the batches written so far are in the file.
    void close();

signals:
    void opened();
    void failed(const duper::HistoryError& error);
    void written(qint64 takenAtMs, int samples);
    void maintained(qint64 usedBytes);
    void seriesReady(const duper::HistorySeries& series);
    void recentLagReady(const duper::RecentLag& lag);

private:
    bool checkFile();
    void switchOff(HistoryError error); // by value: callers pass m_sql's error, which closing frees
    void closeConnection();

    QString m_path;
    HistoryLimits m_limits;
    int m_busyTimeoutMs;
    QString m_connectionName;
    std::unique_ptr<HistorySql> m_sql; // set while the file is open
    HistoryWriter m_writer;
    HistoryError m_error;
    qint64 m_lastMaintenanceMs = -1;
};

} // namespace duper
