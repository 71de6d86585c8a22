#include "core/fleet/FleetClusterRefresher.h"

#include "core/ccr/CcrApi.h"
#include "core/es/EsClient.h"
#include "core/session/RequestGroup.h"

#include <QDateTime>
#include <QPointer>

namespace duper {

// The answers of one refresh as they arrive, and the first error among the optional ones.
struct FleetClusterRefresher::Requests : RequestGroup
{
    std::optional<ClusterInfo> identity;
    std::optional<LicenseInfo> license;
    std::optional<FollowInfoResponse> followInfo;
    std::optional<CcrStatsResponse> stats;
    std::optional<AutoFollowPatternsResponse> patterns;
    std::optional<RemoteInfoResponse> remotes;
    std::optional<FleetNodesResponse> nodes;
    EsError ccrError;

    // Keeps the result; the error of a CCR request is remembered to say why the CCR figures are missing (the license
    // and the nodes only refine the row and the topology).
    template <typename Result> auto keeper(std::optional<Result>& slot, EsJob* job, bool ccr = true)
    {
        return [this, &slot, ccr, job = QPointer<EsJob>(job)](std::optional<Result> result) {
            if (!result && ccr && job && !ccrError.isError() && job->error().kind() != EsError::Kind::Cancelled)
                ccrError = job->error();
            slot = std::move(result);
        };
    }
};

FleetClusterRefresher::FleetClusterRefresher(int deadlineMs, QObject* parent)
    : Refresher(nullptr, 0, parent), m_deadlineMs(deadlineMs)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &FleetClusterRefresher::deadlinePassed);
}

FleetClusterRefresher::~FleetClusterRefresher()
{
    FleetClusterRefresher::cancelRefresh();
}

void FleetClusterRefresher::startRefresh(CcrApi* api)
{
    auto requests = std::make_shared<Requests>();
    Requests* r = requests.get();
    auto* identity = api->clusterInfo();
    requests->add(this, identity, true, [r](auto result) { r->identity = std::move(result); });
    auto* license = api->license();
    requests->add(this, license, false, r->keeper(r->license, license, false));
    auto* followInfo = api->followInfo();
    requests->add(this, followInfo, false, r->keeper(r->followInfo, followInfo));
    auto* stats = api->ccrStats();
    requests->add(this, stats, false, r->keeper(r->stats, stats));
    auto* patterns = api->autoFollowPatterns();
    requests->add(this, patterns, false, r->keeper(r->patterns, patterns));
    auto* remotes = api->remoteInfo();
    requests->add(this, remotes, false, r->keeper(r->remotes, remotes));
    auto* nodes = api->client()->sendParsed<FleetNodesResponse>(
        EsRequest::get({QStringLiteral("_nodes")})
            .addQuery(QStringLiteral("filter_path"), FleetNodesResponse::filterPath()));
    requests->add(this, nodes, false, r->keeper(r->nodes, nodes, false));
    if (m_deadlineMs > 0)
        m_deadline.start(m_deadlineMs);
    awaitRequests(requests, [this, requests] { publish(*requests); });
}

void FleetClusterRefresher::cancelRefresh()
{
    m_deadline.stop();
    Refresher::cancelRefresh();
}

void FleetClusterRefresher::deadlinePassed()
{
    if (!isRefreshing())
        return;
    Refresher::cancelRefresh(); // its answers no longer count
    finishRefresh(EsError::timeout(m_deadlineMs), {});
}

void FleetClusterRefresher::publish(const Requests& requests)
{
    m_deadline.stop();
    auto answers = std::make_shared<FleetAnswers>();
    answers->identity = requests.identity;
    answers->license = requests.license;
    answers->nodes = requests.nodes;
    answers->ccrError = requests.ccrError;
    // Without the stats the followers are still counted, but none can be told to be in error.
    if (requests.followInfo)
        answers->followers = FollowerSnapshot::build(
            *requests.followInfo, requests.stats ? requests.stats->followStats : FollowStatsResponse{},
            QDateTime::currentMSecsSinceEpoch());
    if (requests.patterns)
        answers->autoFollowPatterns = int(requests.patterns->patterns.size());
    if (requests.remotes && requests.followInfo && requests.patterns)
        answers->replication =
            ReplicationTopology::build(*requests.remotes, *requests.followInfo, requests.patterns->patterns,
                                       requests.stats ? &requests.stats->followStats : nullptr, nullptr);
    m_answers = std::move(answers);
    emit answersReady(m_answers);
}

} // namespace duper
