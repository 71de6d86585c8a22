#include "core/remotes/RemoteClusterRefresher.h"

#include "core/ccr/CcrApi.h"

#include <optional>
#include <utility>

namespace duper {

// The three answers of one refresh, collected as they arrive.
struct RemoteClusterRefresher::Pending
{
    int outstanding = 3;
    QList<QPointer<EsJob>> jobs;
    std::optional<RemoteInfoResponse> info;
    std::optional<ClusterSettingsResponse> settings;
    std::optional<FollowInfoResponse> followers;
    EsError error;
};

RemoteClusterRefresher::RemoteClusterRefresher(QObject* parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &RemoteClusterRefresher::refresh);
}

RemoteClusterRefresher::~RemoteClusterRefresher()
{
    cancelPending();
}

void RemoteClusterRefresher::cancelPending()
{
    m_again = false;
    if (!m_pending)
        return;
    const std::shared_ptr<Pending> pending = std::move(m_pending);
    for (const QPointer<EsJob>& job : pending->jobs) {
        if (job) {
            job->disconnect(this); // no answer reaches a refresher that moved on
            job->cancel();
        }
    }
}

void RemoteClusterRefresher::setApi(CcrApi* api)
{
    cancelPending();
    m_api = api;
    m_snapshot.reset();
    m_lastRefreshed = {};
    m_lastError = {};
    m_timer.stop();
}

void RemoteClusterRefresher::setInterval(int ms)
{
    m_intervalMs = qMax(0, ms);
    if (!m_pending)
        scheduleNext();
}

void RemoteClusterRefresher::refresh()
{
    if (!m_api)
        return;
    if (m_pending) {
        m_again = true;
        return;
    }
    m_timer.stop();
    auto pending = std::make_shared<Pending>();
    m_pending = pending;
    RemoteInfoJob* info = m_api->remoteInfo();
    ClusterSettingsJob* settings = m_api->clusterSettings();
    FollowInfoJob* followers = m_api->followInfo();
    pending->jobs = {info, settings, followers};
    info->onFinished(this, [this, pending](RemoteInfoJob* job) {
        pending->info = job->takeResult();
        onAnswer(pending, job, true);
    });
    settings->onFinished(this, [this, pending](ClusterSettingsJob* job) {
        pending->settings = job->takeResult();
        onAnswer(pending, job, true);
    });
    // Its failure is not an error of the list: without it the rows say "unknown" under "Used by".
    followers->onFinished(this, [this, pending](FollowInfoJob* job) {
        pending->followers = job->takeResult();
        onAnswer(pending, job, false);
    });
    emit refreshStarted();
}

void RemoteClusterRefresher::onAnswer(const std::shared_ptr<Pending>& pending, const EsJob* job, bool essential)
{
    if (essential && job->hasError() && !pending->error.isError())
        pending->error = job->error();
    if (--pending->outstanding > 0 || pending != m_pending)
        return;
    m_pending.reset();
    if (std::exchange(m_again, false)) {
        refresh(); // asked for after this one started: its answer may predate a change
        return;
    }
    finish(*pending);
    scheduleNext();
}

void RemoteClusterRefresher::finish(const Pending& pending)
{
    if (!pending.info || !pending.settings) {
        if (pending.error.kind() == EsError::Kind::Cancelled)
            return; // shutdown or a new connection: nothing to report
        m_lastError = pending.error;
        emit refreshFailed(m_lastError);
        return;
    }
    auto snapshot = std::make_shared<RemoteClusterSnapshot>();
    snapshot->followersKnown = pending.followers.has_value();
    snapshot->rows =
        RemoteClusterRow::merge(*pending.info, *pending.settings, pending.followers ? &*pending.followers : nullptr);
    m_snapshot = std::move(snapshot);
    m_lastError = {};
    m_lastRefreshed = QDateTime::currentDateTime();
    emit snapshotReady(m_snapshot);
}

void RemoteClusterRefresher::scheduleNext()
{
    if (m_api && m_intervalMs > 0)
        m_timer.start(m_intervalMs);
    else
        m_timer.stop();
}

} // namespace duper
