#include "history/HistoryRecorder.h"

#include "core/followers/FollowerRefresher.h"
#include "core/session/ClusterSession.h"
#include "history/HistoryStore.h"

namespace duper {

HistoryRecorder::HistoryRecorder(HistoryStore* store, QObject* parent) : QObject(parent), m_store(store)
{}

ClusterSession* HistoryRecorder::session() const
{
    return m_session;
}

void HistoryRecorder::setSession(ClusterSession* session)
{
    if (session == m_session)
        return;
    disconnect(m_connection);
    m_session = session;
    m_lastTakenAtMs = -1;
    if (session)
        m_connection = connect(session->followerRefresher(), &FollowerRefresher::snapshotReady, this,
                               &HistoryRecorder::onSnapshot);
}

void HistoryRecorder::onSnapshot(const std::shared_ptr<const FollowerSnapshot>& snapshot)
{
    // The same snapshot shown again (a page re-attached) is not a new refresh.
    if (!snapshot || !m_session || snapshot->takenAtMs == m_lastTakenAtMs || !m_store->isEnabled())
        return;
    m_lastTakenAtMs = snapshot->takenAtMs;
    m_store->recordSnapshot(m_session->connectionId(), snapshot);
}

} // namespace duper
