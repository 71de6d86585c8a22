#include "core/fleet/FleetRowRules.h"

#include <QCoreApplication>
#include <algorithm>

namespace duper {

FleetRow FleetRowRules::pending(const ConnectionProfile& profile)
{
    FleetRow row;
    row.connectionId = profile.id;
    row.connectionName = profile.name;
    const QList<QUrl> urls = profile.effectiveUrls();
    if (!urls.isEmpty())
        row.url = urls.first().adjusted(QUrl::RemoveUserInfo).toString();
    return row;
}

FleetRow FleetRowRules::reachable(const FleetRow& previous, const FleetAnswers& answers, const QDateTime& now)
{
    FleetRow row;
    row.connectionId = previous.connectionId;
    row.connectionName = previous.connectionName;
    row.url = previous.url;
    row.state = FleetRow::State::Reachable;
    row.refreshedAt = now;
    if (answers.identity) {
        row.clusterName = answers.identity->clusterName;
        row.clusterUuid = answers.identity->clusterUuid;
        row.version = answers.identity->versionNumber;
    }
    if (answers.license) {
        row.licenseType = answers.license->type;
        row.licenseStatus = answers.license->status;
    }
    if (answers.followers) {
        for (const FollowerRow& follower : answers.followers->rows) {
            switch (follower.state) {
            case FollowerState::Active:
                ++row.activeFollowers;
                break;
            case FollowerState::Paused:
                ++row.pausedFollowers;
                break;
            case FollowerState::Error:
                ++row.errorFollowers;
                break;
            }
            if (follower.state != FollowerState::Paused && !follower.shards.isEmpty())
                row.worstLag = std::max(row.worstLag.value_or(0), follower.lag);
            if (follower.timeSinceLastReadMillis)
                row.longestSinceLastReadMs =
                    std::max(row.longestSinceLastReadMs.value_or(0), *follower.timeSinceLastReadMillis);
            if (!follower.remoteCluster.isEmpty() && !row.remotes.contains(follower.remoteCluster))
                row.remotes.append(follower.remoteCluster);
        }
    }
    if (answers.autoFollowPatterns)
        row.autoFollowPatterns = *answers.autoFollowPatterns;
    if (answers.replication) {
        // Patterns follow a remote too, even before they created a follower.
        for (const ReplicationTopology::Remote& remote : answers.replication->remotes)
            if (remote.replicatesAnything() && !row.remotes.contains(remote.alias))
                row.remotes.append(remote.alias);
    }
    row.remotes.sort();
    if (answers.ccrError.isError())
        row.ccrProblem = answers.ccrError.userMessage();
    return row;
}

FleetRow FleetRowRules::unreachable(const FleetRow& previous, const EsError& error)
{
    FleetRow row = previous;
    const bool refused =
        error.kind() == EsError::Kind::Http && (error.httpStatus() == 401 || error.httpStatus() == 403);
    row.state = refused ? FleetRow::State::Unauthorised : FleetRow::State::Unreachable;
    row.problem = error.userMessage();
    row.stale = previous.refreshedAt.isValid();
    return row;
}

FleetRow FleetRowRules::notOpened(const FleetRow& previous, bool secretMissing, const QString& message)
{
    FleetRow row = previous;
    row.state = secretMissing ? FleetRow::State::SecretMissing : FleetRow::State::NotOpened;
    row.problem = !message.isEmpty()
                      ? message
                      : QCoreApplication::translate("duper::FleetRowRules", "No secret was given for this connection.");
    row.stale = previous.refreshedAt.isValid();
    return row;
}

FleetClusterFacts FleetRowRules::facts(const FleetClusterFacts& previous, const FleetAnswers& answers)
{
    FleetClusterFacts facts = previous;
    if (answers.identity) {
        facts.clusterName = answers.identity->clusterName;
        facts.clusterUuid = answers.identity->clusterUuid;
    }
    if (answers.nodes)
        facts.nodeAddresses = answers.nodes->addresses;
    facts.replication = answers.replication;
    return facts;
}

FleetClusterFacts FleetRowRules::unreachableFacts(const FleetClusterFacts& previous)
{
    FleetClusterFacts facts = previous;
    facts.replication.reset();
    return facts;
}

} // namespace duper
