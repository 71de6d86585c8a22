#include "core/dr/BidirectionalPlan.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace duper {

namespace {

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

BidirectionalPlan::Side planSide(const BidirectionalPlan::ClusterState& self, const QString& alias,
                                 const BidirectionalPlan::ClusterState& other, const QStringList& leaderPatterns)
{
    BidirectionalPlan::Side side;
    side.cluster = self.name;
    side.otherCluster = other.name;
    side.alias = alias;
    side.seeds = other.transportAddresses;
    if (const RemoteClusterInfo* remote = self.remotes.find(alias))
        side.aliasState =
            remote->connected ? BidirectionalPlan::AliasState::Connected : BidirectionalPlan::AliasState::Disconnected;
    side.pattern = BidirectionalPlan::patternFor(alias, leaderPatterns);
    for (const AutoFollowPattern& existing : self.patterns) {
        if (existing.name != side.pattern.name)
            continue;
        side.conflict = BidirectionalPlan::difference(existing, side.pattern);
        side.patternState = side.conflict.isEmpty() ? BidirectionalPlan::PatternState::Present
                                                    : BidirectionalPlan::PatternState::Conflict;
    }
    return side;
}

} // namespace

BidirectionalPlan BidirectionalPlan::build(const ClusterState& local, const QString& localAlias,
                                           const ClusterState& other, const QString& otherAlias,
                                           const QStringList& leaderPatterns)
{
    BidirectionalPlan plan;
    plan.local = planSide(local, localAlias, other, leaderPatterns);
    plan.other = planSide(other, otherAlias, local, leaderPatterns);
    return plan;
}

AutoFollowPattern BidirectionalPlan::patternFor(const QString& alias, const QStringList& leaderPatterns)
{
    AutoFollowPattern pattern;
    pattern.name = patternName(alias);
    pattern.remoteCluster = alias;
    pattern.leaderIndexPatterns = leaderPatterns;
    pattern.leaderIndexExclusionPatterns = {QStringLiteral("*-replicated_from_*")};
    pattern.followIndexPattern = QStringLiteral("{{leader_index}}") + followerSuffix(alias);
    return pattern;
}

QString BidirectionalPlan::difference(const AutoFollowPattern& existing, const AutoFollowPattern& wanted)
{
    if (existing.remoteCluster != wanted.remoteCluster)
        return QCoreApplication::translate("duper::BidirectionalPlan", "it follows remote cluster %1")
            .arg(existing.remoteCluster);
    if (sorted(existing.leaderIndexPatterns) != sorted(wanted.leaderIndexPatterns))
        return QCoreApplication::translate("duper::BidirectionalPlan", "it follows %1")
            .arg(existing.leaderIndexPatterns.join(QStringLiteral(", ")));
    if (sorted(existing.leaderIndexExclusionPatterns) != sorted(wanted.leaderIndexExclusionPatterns))
        return QCoreApplication::translate("duper::BidirectionalPlan", "it excludes %1")
            .arg(existing.leaderIndexExclusionPatterns.join(QStringLiteral(", ")));
    const QString followName =
        existing.followIndexPattern.isEmpty() ? QStringLiteral("{{leader_index}}") : existing.followIndexPattern;
    if (followName != wanted.followIndexPattern)
        return QCoreApplication::translate("duper::BidirectionalPlan", "it names followers %1").arg(followName);
    return {};
}

std::optional<QStringList> BidirectionalPlan::parseTransportAddresses(const QByteArray& body, QString* error)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject()) {
        if (error)
            *error = QStringLiteral("GET /_nodes: not a JSON object");
        return std::nullopt;
    }
    QStringList addresses;
    const QJsonObject nodes = document.object().value(QLatin1String("nodes")).toObject();
    for (auto it = nodes.constBegin(); it != nodes.constEnd(); ++it) {
        const QString address = it.value().toObject().value(QLatin1String("transport_address")).toString();
        if (!address.isEmpty())
            addresses.append(address);
    }
    addresses.sort();
    return addresses;
}

bool BidirectionalPlan::hasConflict() const
{
    return local.patternState == PatternState::Conflict || other.patternState == PatternState::Conflict;
}

bool BidirectionalPlan::missingSeeds() const
{
    return (local.needsAlias() && local.seeds.isEmpty()) || (other.needsAlias() && other.seeds.isEmpty());
}

bool BidirectionalPlan::isDone() const
{
    return !local.needsAlias() && !other.needsAlias() && local.patternState == PatternState::Present &&
           other.patternState == PatternState::Present;
}

QList<BidirectionalPlan::Phase> BidirectionalPlan::phases() const
{
    QList<Phase> result;
    if (local.needsAlias() || other.needsAlias())
        result.append(Phase::AddAliases);
    if (local.patternState == PatternState::Create || other.patternState == PatternState::Create)
        result.append(Phase::CreatePatterns);
    result.append(Phase::Verify);
    return result;
}

QString bidirectionalPhaseKey(BidirectionalPlan::Phase phase)
{
    switch (phase) {
    case BidirectionalPlan::Phase::AddAliases:
        return QStringLiteral("add_aliases");
    case BidirectionalPlan::Phase::CreatePatterns:
        return QStringLiteral("create_patterns");
    case BidirectionalPlan::Phase::Verify:
        break;
    }
    return QStringLiteral("verify");
}

QString bidirectionalPhaseTitle(BidirectionalPlan::Phase phase)
{
    switch (phase) {
    case BidirectionalPlan::Phase::AddAliases:
        return QCoreApplication::translate("duper::BidirectionalPlan", "Add the remote cluster aliases");
    case BidirectionalPlan::Phase::CreatePatterns:
        return QCoreApplication::translate("duper::BidirectionalPlan", "Create the auto-follow patterns");
    case BidirectionalPlan::Phase::Verify:
        break;
    }
    return QCoreApplication::translate("duper::BidirectionalPlan", "Read both patterns back");
}

QString aliasStateKey(BidirectionalPlan::AliasState state)
{
    switch (state) {
    case BidirectionalPlan::AliasState::Connected:
        return QStringLiteral("connected");
    case BidirectionalPlan::AliasState::Disconnected:
        return QStringLiteral("disconnected");
    case BidirectionalPlan::AliasState::Missing:
        break;
    }
    return QStringLiteral("missing");
}

QString patternStateKey(BidirectionalPlan::PatternState state)
{
    switch (state) {
    case BidirectionalPlan::PatternState::Create:
        return QStringLiteral("create");
    case BidirectionalPlan::PatternState::Present:
        return QStringLiteral("present");
    case BidirectionalPlan::PatternState::Conflict:
        break;
    }
    return QStringLiteral("conflict");
}

} // namespace duper
