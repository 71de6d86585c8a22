#include "core/dr/ReplicationTopologyRefresher.h"

#include "core/ccr/CcrApi.h"

#include <QPointer>
#include <optional>

namespace duper {

// The five answers of one refresh, collected as they arrive.
struct ReplicationTopologyRefresher::Pending
{
    int outstanding = 5;
    QList<QPointer<EsJob>> jobs;
    std::optional<RemoteInfoResponse> remotes;
    std::optional<FollowInfoResponse> followers;
    std::optional<AutoFollowPatternsResponse> patterns;
    std::optional<CcrStatsResponse> stats;
    std::optional<DataStreamsResponse> dataStreams;
    EsError error;
};

ReplicationTopologyRefresher::ReplicationTopologyRefresher(QObject* parent) : Refresher(nullptr, 0, parent)
{}

ReplicationTopologyRefresher::~ReplicationTopologyRefresher()
{
    cancelRefresh();
}

void ReplicationTopologyRefresher::cancelRefresh()
{
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

void ReplicationTopologyRefresher::startRefresh(CcrApi* api)
{
    auto pending = std::make_shared<Pending>();
    m_pending = pending;
    RemoteInfoJob* remotes = api->remoteInfo();
    FollowInfoJob* followers = api->followInfo();
    AutoFollowPatternsJob* patterns = api->autoFollowPatterns();
    CcrStatsJob* stats = api->ccrStats();
    DataStreamsJob* dataStreams = api->dataStreams();
    pending->jobs = {remotes, followers, patterns, stats, dataStreams};
    remotes->onFinished(this, [this, pending](RemoteInfoJob* job) {
        pending->remotes = job->takeResult();
        onAnswer(pending, job, true);
    });
    followers->onFinished(this, [this, pending](FollowInfoJob* job) {
        pending->followers = job->takeResult();
        onAnswer(pending, job, true);
    });
    patterns->onFinished(this, [this, pending](AutoFollowPatternsJob* job) {
        pending->patterns = job->takeResult();
        onAnswer(pending, job, true);
    });
    // The last two only refine the picture (errors, stream names): their failure is not the topology's.
    stats->onFinished(this, [this, pending](CcrStatsJob* job) {
        pending->stats = job->takeResult();
        onAnswer(pending, job, false);
    });
    dataStreams->onFinished(this, [this, pending](DataStreamsJob* job) {
        pending->dataStreams = job->takeResult();
        onAnswer(pending, job, false);
    });
}

void ReplicationTopologyRefresher::onAnswer(const std::shared_ptr<Pending>& pending, const EsJob* job, bool essential)
{
    if (essential && job->hasError() && !pending->error.isError())
        pending->error = job->error();
    if (--pending->outstanding > 0 || pending != m_pending)
        return;
    m_pending.reset();
    finishRefresh(pending->error, [this, pending] { publish(*pending); });
}

void ReplicationTopologyRefresher::publish(const Pending& pending)
{
    m_topology = std::make_shared<const ReplicationTopology>(ReplicationTopology::build(
        *pending.remotes, *pending.followers, pending.patterns->patterns,
        pending.stats ? &pending.stats->followStats : nullptr, pending.dataStreams ? &*pending.dataStreams : nullptr));
    emit topologyReady(m_topology);
}

} // namespace duper
