#include "core/dr/FailbackPlan.h"

#include "core/followers/FollowManyPlan.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <algorithm>

namespace duper {

bool FailbackPlan::isSystemName(const QString& name)
{
    return name.startsWith(QLatin1Char('.')) && FollowManyPlan::dataStreamOfBackingIndex(name).isEmpty();
}

FailbackPlan FailbackPlan::build(const QString& remoteCluster, const Input& input)
{
    FailbackPlan plan;
    plan.remoteCluster = remoteCluster;
    if (const RemoteClusterInfo* remote = input.remotesA.find(remoteCluster)) {
        plan.remoteExists = true;
        plan.remoteConnected = remote->connected;
    }
    plan.seeds = input.seedsB;

    QSet<QString> followersOnB;
    for (const FollowerInfo& info : input.followInfoB.followers)
        followersOnB.insert(info.followerIndex);
    QHash<QString, const FollowerInfo*> followersOnA;
    for (const FollowerInfo& info : input.followInfoA.followers)
        followersOnA.insert(info.followerIndex, &info);
    QHash<QString, const DataStream*> streamOnA; // backing index → A's data stream
    for (const DataStream& stream : input.dataStreamsA.dataStreams)
        for (const DataStreamIndex& backing : stream.indices)
            streamOnA.insert(backing.name, &stream);

    QSet<QString> streamsToDelete;
    for (auto it = input.statsB.indices.constBegin(); it != input.statsB.indices.constEnd(); ++it) {
        const QString& name = it.key();
        if (isSystemName(name) || followersOnB.contains(name))
            continue;
        Index index;
        index.name = name;
        index.dataStream = FollowManyPlan::dataStreamOfBackingIndex(name);
        index.statsB = it.value();
        if (const FollowerInfo* follower = followersOnA.value(name)) {
            if (follower->remoteCluster != remoteCluster) {
                plan.skipped.append({name, QCoreApplication::translate("duper::FailbackPlan", "A follows it from %1")
                                               .arg(follower->remoteCluster)});
                continue;
            }
            index.onA = OnA::Following;
        } else if (input.statsA.indices.contains(name)) {
            index.onA = OnA::Copy;
            if (const DataStream* stream = streamOnA.value(name))
                streamsToDelete.insert(stream->name);
            else
                plan.indicesToDelete.append(name);
        }
        if (input.statsA.indices.contains(name))
            index.statsA = input.statsA.indices.value(name);
        plan.indices.append(index);
    }
    std::sort(plan.indices.begin(), plan.indices.end(), [](const Index& a, const Index& b) { return a.name < b.name; });
    std::sort(plan.skipped.begin(), plan.skipped.end(),
              [](const Skipped& a, const Skipped& b) { return a.name < b.name; });
    plan.dataStreamsToDelete = QStringList(streamsToDelete.cbegin(), streamsToDelete.cend());
    plan.dataStreamsToDelete.sort();
    plan.indicesToDelete.sort();
    return plan;
}

QStringList FailbackPlan::staleCopies() const
{
    QStringList names;
    for (const QString& stream : dataStreamsToDelete)
        names.append(QCoreApplication::translate("duper::FailbackPlan", "data stream %1").arg(stream));
    return names + indicesToDelete;
}

QStringList FailbackPlan::indexNames() const
{
    QStringList names;
    for (const Index& index : indices)
        names.append(index.name);
    return names;
}

QStringList FailbackPlan::toFollow() const
{
    QStringList names;
    for (const Index& index : indices)
        if (index.onA != OnA::Following)
            names.append(index.name);
    return names;
}

const FailbackPlan::Index* FailbackPlan::find(const QString& name) const
{
    for (const Index& index : indices)
        if (index.name == name)
            return &index;
    return nullptr;
}

QList<FailbackPlan::Phase> FailbackPlan::phases() const
{
    QList<Phase> result{Phase::EnsureRemote};
    if (needsDeletion())
        result.append(Phase::DeleteStaleCopies);
    if (!toFollow().isEmpty())
        result.append(Phase::Follow);
    if (!indices.isEmpty())
        result.append(Phase::CatchUp);
    result.append(Phase::Verify);
    return result;
}

QString failbackPhaseKey(FailbackPlan::Phase phase)
{
    switch (phase) {
    case FailbackPlan::Phase::EnsureRemote:
        return QStringLiteral("ensure_remote");
    case FailbackPlan::Phase::DeleteStaleCopies:
        return QStringLiteral("delete_stale_copies");
    case FailbackPlan::Phase::Follow:
        return QStringLiteral("follow");
    case FailbackPlan::Phase::CatchUp:
        return QStringLiteral("catch_up");
    case FailbackPlan::Phase::Verify:
        return QStringLiteral("verify");
    }
    return {};
}

QString failbackPhaseTitle(FailbackPlan::Phase phase)
{
    switch (phase) {
    case FailbackPlan::Phase::EnsureRemote:
        return QCoreApplication::translate("duper::FailbackPlan",
                                           "Make sure the remote cluster is there and connected");
    case FailbackPlan::Phase::DeleteStaleCopies:
        return QCoreApplication::translate("duper::FailbackPlan", "Delete the old copies of the indices");
    case FailbackPlan::Phase::Follow:
        return QCoreApplication::translate("duper::FailbackPlan", "Follow each index from the promoted cluster");
    case FailbackPlan::Phase::CatchUp:
        return QCoreApplication::translate("duper::FailbackPlan", "Wait until every follower has caught up");
    case FailbackPlan::Phase::Verify:
        return QCoreApplication::translate("duper::FailbackPlan",
                                           "Check that each index follows with the same documents");
    }
    return {};
}

QString failbackOnAKey(FailbackPlan::OnA state)
{
    switch (state) {
    case FailbackPlan::OnA::Missing:
        return QStringLiteral("missing");
    case FailbackPlan::OnA::Copy:
        return QStringLiteral("copy");
    case FailbackPlan::OnA::Following:
        return QStringLiteral("following");
    }
    return {};
}

} // namespace duper
