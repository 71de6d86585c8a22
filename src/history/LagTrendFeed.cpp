#include "history/LagTrendFeed.h"

#include "history/HistoryStore.h"

namespace duper {

LagTrendFeed::LagTrendFeed(QObject* parent) : QObject(parent)
{}

void LagTrendFeed::setStore(HistoryStore* store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    m_pending = 0;
    if (store) {
        connect(store, &HistoryStore::batchWritten, this, &LagTrendFeed::request);
        connect(store, &HistoryStore::recentLagReady, this, &LagTrendFeed::onAnswer);
    }
    request();
}

void LagTrendFeed::setConnectionId(const QString& connectionId)
{
    if (connectionId == m_connectionId)
        return;
    m_connectionId = connectionId;
    m_pending = 0; // an answer about the previous connection is dropped
    RecentLag none;
    none.connectionId = connectionId;
    emit updated(none);
    request();
}

void LagTrendFeed::setPaused(bool paused)
{
    m_paused = paused;
    if (!paused)
        request();
}

void LagTrendFeed::request()
{
    if (!m_store || m_connectionId.isEmpty() || m_paused)
        return;
    if (m_pending != 0) {
        m_askAgain = true;
        return;
    }
    m_askAgain = false;
    m_pending = m_store->requestRecentLag(m_connectionId);
}

void LagTrendFeed::onAnswer(const RecentLag& lag)
{
    if (lag.requestId != m_pending || m_pending == 0)
        return;
    m_pending = 0;
    emit updated(lag);
    if (m_askAgain)
        request();
}

} // namespace duper
