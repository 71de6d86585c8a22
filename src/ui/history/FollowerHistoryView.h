#pragma once

#include "history/HistorySeries.h"
#include "ui/common/Retranslator.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QTimer;

namespace duper {
class HistoryStore;
}

namespace duper::ui {

class HistoryChartView;

// A follower's replication history in the details panel: lag, operations per second and time since the last read
// over a chosen window (15 minutes to 30 days), read from the history store off the GUI thread and refreshed as new
// figures are written. Says in words when there is nothing yet or history is off.
// Object names: "historyWindowBox", "historyStatusLabel", "lagChart", "operationsChart", "lastReadChart".
class FollowerHistoryView : public QWidget
{
    Q_OBJECT

public:
    explicit FollowerHistoryView(QWidget* parent = nullptr);

    // `store` may be null (history off at start-up); it must outlive the view.
    void setStore(duper::HistoryStore* store);
    // The connection whose history is shown; changing it reloads.
    void setConnectionId(const QString& connectionId);
    // Empty clears the charts.
    void showFollower(const QString& follower);
    void setWindow(duper::HistoryWindow window);
    duper::HistoryWindow window() const { return m_window; }

    // Null until a follower was first shown.
    HistoryChartView* lagChart() const { return m_lag; }
    HistoryChartView* operationsChart() const { return m_operations; }
    HistoryChartView* lastReadChart() const { return m_lastRead; }

signals:
    // After the charts show a new answer from the store (tests wait for it).
    void chartsUpdated();

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void request();
    void requestSoon();
    void onSeries(const duper::HistorySeries& series);
    void ensureCharts();
    void showCharts();
    void showStatus();

    Retranslator m_texts;
    QPointer<duper::HistoryStore> m_store;
    QString m_connectionId;
    QString m_follower;
    duper::HistoryWindow m_window = duper::HistoryWindow::LastHour;
    quint64 m_pendingRequest = 0;
    duper::HistorySeries m_series;
    bool m_hasSeries = false;
    QComboBox* m_windowBox = nullptr;
    QLabel* m_status = nullptr;
    HistoryChartView* m_lag = nullptr;
    HistoryChartView* m_operations = nullptr;
    HistoryChartView* m_lastRead = nullptr;
    QTimer* m_refreshTimer = nullptr; // coalesces "new figures were written" into one request
};

} // namespace duper::ui
