#include "core/remotes/RemoteClusterRefresher.h"

#include "core/ccr/CcrApi.h"
#include "core/session/RequestGroup.h"

#include <optional>

namespace duper {

// The three answers of one refresh, collected as they arrive.
struct RemoteClusterRefresher::Answers : RequestGroup
{
    std::optional<RemoteInfoResponse> info;
    std::optional<ClusterSettingsResponse> settings;
    std::optional<FollowInfoResponse> followers;
};

RemoteClusterRefresher::RemoteClusterRefresher(QObject* parent) : Refresher(nullptr, 0, parent)
{}

void RemoteClusterRefresher::startRefresh(CcrApi* api)
{
    auto answers = std::make_shared<Answers>();
    Answers* kept = answers.get();
    answers->add(this, api->remoteInfo(), true, [kept](auto result) { kept->info = std::move(result); });
    answers->add(this, api->clusterSettings(), true, [kept](auto result) { kept->settings = std::move(result); });
    // Its failure is not an error of the list: without it the rows say "unknown" under "Used by".
    answers->add(this, api->followInfo(), false, [kept](auto result) { kept->followers = std::move(result); });
    awaitRequests(answers, [this, answers] { publish(*answers); });
}

void RemoteClusterRefresher::publish(const Answers& answers)
{
    auto snapshot = std::make_shared<RemoteClusterSnapshot>();
    snapshot->followersKnown = answers.followers.has_value();
    snapshot->rows =
        RemoteClusterRow::merge(*answers.info, *answers.settings, answers.followers ? &*answers.followers : nullptr);
    m_snapshot = std::move(snapshot);
    emit snapshotReady(m_snapshot);
}

} // namespace duper
