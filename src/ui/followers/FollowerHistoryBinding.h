#pragma once

#include <QObject>

class QTableView;

namespace duper {
class HistoryStore;
class LagTrendFeed;
} // namespace duper

namespace duper::ui {

class FollowerHistoryView;
class FollowerTableModel;

// Connects the Follower indices page to the replication history: the table's lag sparklines (a LagTrendFeed, asked
// only while the table is on screen) and the details panel's charts follow one store and the page's connection.
class FollowerHistoryBinding : public QObject
{
    Q_OBJECT

public:
    FollowerHistoryBinding(FollowerTableModel* model, QTableView* table, FollowerHistoryView* charts,
                           QObject* parent = nullptr);

    // `store` may be null (history off); it must outlive the page.
    void setStore(duper::HistoryStore* store);
    // Empty while there is no connection.
    void setConnectionId(const QString& connectionId);
    duper::LagTrendFeed* feed() const { return m_feed; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTableView* m_table;
    FollowerHistoryView* m_charts;
    duper::LagTrendFeed* m_feed;
};

} // namespace duper::ui
