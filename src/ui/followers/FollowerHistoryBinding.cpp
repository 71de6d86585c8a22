#include "ui/followers/FollowerHistoryBinding.h"

#include "history/LagTrendFeed.h"
#include "ui/followers/FollowerTableModel.h"
#include "ui/history/FollowerHistoryView.h"

#include <QEvent>
#include <QTableView>

namespace duper::ui {

FollowerHistoryBinding::FollowerHistoryBinding(FollowerTableModel* model, QTableView* table,
                                               FollowerHistoryView* charts, QObject* parent)
    : QObject(parent), m_table(table), m_charts(charts), m_feed(new LagTrendFeed(this))
{
    connect(m_feed, &LagTrendFeed::updated, model, &FollowerTableModel::setRecentLag);
    m_feed->setPaused(!table->isVisible());
    table->installEventFilter(this);
}

void FollowerHistoryBinding::setStore(HistoryStore* store)
{
    m_feed->setStore(store);
    m_charts->setStore(store);
}

void FollowerHistoryBinding::setConnectionId(const QString& connectionId)
{
    m_feed->setConnectionId(connectionId);
    m_charts->setConnectionId(connectionId);
}

bool FollowerHistoryBinding::eventFilter(QObject* watched, QEvent* event)
{
    // Reading an hour of every follower's lag is work for the store's thread: not while nobody sees the table.
    if (watched == m_table && (event->type() == QEvent::Show || event->type() == QEvent::Hide))
        m_feed->setPaused(event->type() == QEvent::Hide);
    return QObject::eventFilter(watched, event);
}

} // namespace duper::ui
