#include "core/dr/ReplicationTopologyRefresher.h"

#include "core/ccr/CcrApi.h"
#include "core/session/RequestGroup.h"

#include <optional>

namespace duper {

// The five answers of one refresh, collected as they arrive.
struct ReplicationTopologyRefresher::Answers : RequestGroup
{
    std::optional<RemoteInfoResponse> remotes;
    std::optional<FollowInfoResponse> followers;
    std::optional<AutoFollowPatternsResponse> patterns;
    std::optional<CcrStatsResponse> stats;
    std::optional<DataStreamsResponse> dataStreams;
};

ReplicationTopologyRefresher::ReplicationTopologyRefresher(QObject* parent) : Refresher(nullptr, 0, parent)
{}

void ReplicationTopologyRefresher::startRefresh(CcrApi* api)
{
    auto answers = std::make_shared<Answers>();
    Answers* kept = answers.get();
    answers->add(this, api->remoteInfo(), true, [kept](auto result) { kept->remotes = std::move(result); });
    answers->add(this, api->followInfo(), true, [kept](auto result) { kept->followers = std::move(result); });
    answers->add(this, api->autoFollowPatterns(), true, [kept](auto result) { kept->patterns = std::move(result); });
    // The last two only refine the picture (errors, stream names): their failure is not the topology's.
    answers->add(this, api->ccrStats(), false, [kept](auto result) { kept->stats = std::move(result); });
    answers->add(this, api->dataStreams(), false, [kept](auto result) { kept->dataStreams = std::move(result); });
    awaitRequests(answers, [this, answers] { publish(*answers); });
}

void ReplicationTopologyRefresher::publish(const Answers& answers)
{
    m_topology = std::make_shared<const ReplicationTopology>(ReplicationTopology::build(
        *answers.remotes, *answers.followers, answers.patterns->patterns,
        answers.stats ? &answers.stats->followStats : nullptr, answers.dataStreams ? &*answers.dataStreams : nullptr));
    emit topologyReady(m_topology);
}

} // namespace duper
