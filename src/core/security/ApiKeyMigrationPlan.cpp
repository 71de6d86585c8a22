#include "core/security/ApiKeyMigrationPlan.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

namespace duper {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("duper::ApiKeyMigrationPlan", text);
}

QStringList sortedUnion(const QStringList& a, const QStringList& b)
{
    QStringList result = a;
    for (const QString& item : b)
        if (!result.contains(item))
            result.append(item);
    result.sort();
    return result;
}

QJsonObject settingsJson(const RemoteClusterSettings& settings)
{
    QJsonObject object;
    object.insert(QStringLiteral("mode"),
                  RemoteClusterModeText::toString(settings.mode.value_or(RemoteClusterMode::Sniff)));
    if (!settings.seeds.isEmpty())
        object.insert(QStringLiteral("seeds"), QJsonArray::fromStringList(settings.seeds));
    if (!settings.proxyAddress.isEmpty())
        object.insert(QStringLiteral("proxy_address"), settings.proxyAddress);
    if (settings.serverName)
        object.insert(QStringLiteral("server_name"), *settings.serverName);
    if (settings.skipUnavailable)
        object.insert(QStringLiteral("skip_unavailable"), *settings.skipUnavailable);
    if (settings.nodeConnections)
        object.insert(QStringLiteral("node_connections"), *settings.nodeConnections);
    if (settings.proxySocketConnections)
        object.insert(QStringLiteral("proxy_socket_connections"), *settings.proxySocketConnections);
    return object;
}

} // namespace

ApiKeyMigrationPlan ApiKeyMigrationPlan::build(const QString& alias, const ClusterSettingsResponse& settings,
                                               const RemoteInfoResponse& remotes, const FollowInfoResponse& followInfo,
                                               const QList<AutoFollowPattern>& patterns,
                                               const std::optional<ApiKeyMigrationState>& earlier)
{
    ApiKeyMigrationPlan plan;
    plan.alias = alias;
    if (earlier) {
        plan.resumed = true;
        plan.previous = earlier->previous;
        plan.followersPausedEarlier = earlier->pausedFollowers;
        plan.patternsPausedEarlier = earlier->pausedPatterns;
    } else if (const RemoteClusterSettings* current = settings.find(alias, true)) {
        plan.previous = *current;
        const RemoteClusterInfo* info = remotes.find(alias);
        plan.alreadyMigrated = info && info->clusterCredentials.has_value();
    } else if (settings.find(alias, false)) {
        plan.problems.append(tr("remote cluster %1 is set in the transient cluster settings: make it persistent "
                                "first, the migration writes the persistent ones")
                                 .arg(alias));
    } else {
        plan.problems.append(tr("the follower cluster's settings have no remote cluster %1 (a remote set in "
                                "elasticsearch.yml cannot be changed over the REST API)")
                                 .arg(alias));
    }

    const QSet<QString> earlierFollowers(plan.followersPausedEarlier.cbegin(), plan.followersPausedEarlier.cend());
    for (const FollowerInfo& follower : followInfo.followers) {
        if (follower.remoteCluster != alias)
            continue;
        if (!follower.leaderIndex.isEmpty() && !plan.leaderIndices.contains(follower.leaderIndex))
            plan.leaderIndices.append(follower.leaderIndex);
        // Active ones are paused (again, when an earlier run's resume got that far): the switch needs them quiet.
        if (follower.status == FollowerStatus::Active)
            plan.followersToPause.append(follower.followerIndex);
        else if (!earlierFollowers.contains(follower.followerIndex))
            plan.leftPaused.append(follower.followerIndex);
    }
    for (const AutoFollowPattern& pattern : patterns) {
        if (pattern.remoteCluster != alias)
            continue;
        if (pattern.active)
            plan.patternsToPause.append(pattern.name);
        for (const QString& leaderPattern : pattern.leaderIndexPatterns)
            if (!plan.leaderIndices.contains(leaderPattern))
                plan.leaderIndices.append(leaderPattern);
    }
    plan.leaderIndices.sort();
    plan.followersToPause.sort();
    plan.patternsToPause.sort();
    plan.leftPaused.sort();
    return plan;
}

QStringList ApiKeyMigrationPlan::followersToResume() const
{
    return sortedUnion(followersPausedEarlier, followersToPause);
}

QStringList ApiKeyMigrationPlan::patternsToResume() const
{
    return sortedUnion(patternsPausedEarlier, patternsToPause);
}

ApiKeyMigrationState ApiKeyMigrationPlan::state() const
{
    return ApiKeyMigrationState{alias, previous, followersToResume(), patternsToResume()};
}

QString ApiKeyMigrationPlan::describe(const RemoteClusterSettings& settings)
{
    if (settings.mode.value_or(RemoteClusterMode::Sniff) == RemoteClusterMode::Proxy)
        return tr("proxy mode on %1").arg(settings.proxyAddress);
    return tr("sniff mode on %1").arg(settings.seeds.join(QStringLiteral(", ")));
}

QJsonObject ApiKeyMigrationPlan::toJson() const
{
    QJsonObject object{{QStringLiteral("remote_cluster"), alias},
                       {QStringLiteral("resumed"), resumed},
                       {QStringLiteral("already_migrated"), alreadyMigrated},
                       {QStringLiteral("followers_to_pause"), QJsonArray::fromStringList(followersToPause)},
                       {QStringLiteral("patterns_to_pause"), QJsonArray::fromStringList(patternsToPause)},
                       {QStringLiteral("followers_paused_earlier"), QJsonArray::fromStringList(followersPausedEarlier)},
                       {QStringLiteral("patterns_paused_earlier"), QJsonArray::fromStringList(patternsPausedEarlier)},
                       {QStringLiteral("left_paused"), QJsonArray::fromStringList(leftPaused)},
                       {QStringLiteral("problems"), QJsonArray::fromStringList(problems)}};
    if (problems.isEmpty())
        object.insert(QStringLiteral("previous_settings"), settingsJson(previous));
    return object;
}

} // namespace duper
