#include "core/followers/FollowManyPlan.h"

#include "core/autofollow/AutoFollowPatternRules.h"
#include "core/values/IndexName.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>

namespace duper {

namespace {

const QLatin1String kTemplate("{{leader_index}}");

QString tr(const char* text)
{
    return QCoreApplication::translate("duper::FollowManyPlan", text);
}

} // namespace

QString FollowManyPlan::followerName(const QString& followIndexPattern, const QString& leaderIndex)
{
    if (followIndexPattern.isEmpty())
        return leaderIndex;
    QString name = followIndexPattern;
    return name.replace(kTemplate, leaderIndex);
}

QString FollowManyPlan::dataStreamOfBackingIndex(const QString& index)
{
    static const QRegularExpression backing(QStringLiteral("^\\.ds-(.+)-\\d{4}\\.\\d{2}\\.\\d{2}-\\d+$"));
    const QRegularExpressionMatch match = backing.match(index);
    return match.hasMatch() ? match.captured(1) : QString();
}

QString FollowManyPlan::patternFromAffixes(const QString& prefix, const QString& suffix)
{
    return prefix + kTemplate + suffix;
}

bool FollowManyPlan::wildcardMatch(const QString& pattern, const QString& name)
{
    return AutoFollowPatternRules::matches(pattern, name); // one wildcard rule for patterns and exclusions alike
}

QString FollowManyPlan::resolveExpression(const FollowManySpec& spec)
{
    QStringList parts;
    for (const QString& pattern : spec.leaderIndexPatterns)
        parts.append(spec.remoteCluster + QLatin1Char(':') + pattern);
    return parts.join(QLatin1Char(','));
}

QString FollowManyPlan::stateText(State state)
{
    switch (state) {
    case State::WillFollow:
        return tr("Will follow");
    case State::AlreadyFollowed:
        return tr("Already followed");
    case State::NameTaken:
        return tr("Name taken");
    case State::InvalidName:
        return tr("Invalid name");
    case State::Excluded:
        break;
    }
    return tr("Excluded");
}

FollowManyPlan FollowManyPlan::build(const FollowManySpec& spec, const ResolveIndexResponse& remote,
                                     const QStringList& localNames, const QList<FollowerInfo>& followers)
{
    FollowManyPlan plan;
    plan.m_spec = spec;

    const QString prefix = spec.remoteCluster + QLatin1Char(':');
    auto strip = [&prefix](const QString& name) { return name.startsWith(prefix) ? name.mid(prefix.size()) : name; };

    // Backing indices: from the index's own data_stream field or from the data streams' lists.
    QHash<QString, QString> backing;
    for (const ResolvedDataStream& stream : remote.dataStreams) {
        for (const QString& index : stream.backingIndices)
            backing.insert(strip(index), strip(stream.name));
    }
    QStringList leaders;
    QSet<QString> seen;
    for (const ResolvedIndex& index : remote.indices) {
        const QString name = strip(index.name);
        if (seen.contains(name))
            continue;
        seen.insert(name);
        leaders.append(name);
        if (!index.dataStream.isEmpty())
            backing.insert(name, strip(index.dataStream));
    }
    std::sort(leaders.begin(), leaders.end());

    QHash<QString, QString> followedBy; // leader index on this remote → the local follower
    for (const FollowerInfo& info : followers) {
        if (info.remoteCluster == spec.remoteCluster)
            followedBy.insert(info.leaderIndex, info.followerIndex);
    }
    const QSet<QString> local(localNames.begin(), localNames.end());
    QSet<QString> planned;

    for (const QString& leader : std::as_const(leaders)) {
        FollowManyCandidate candidate;
        candidate.leaderIndex = leader;
        candidate.dataStream = backing.value(leader);
        candidate.followerIndex = followerName(spec.followIndexPattern, leader);
        const auto exclusion =
            std::find_if(spec.leaderIndexExclusionPatterns.begin(), spec.leaderIndexExclusionPatterns.end(),
                         [&leader](const QString& pattern) { return wildcardMatch(pattern, leader); });
        if (exclusion != spec.leaderIndexExclusionPatterns.end()) {
            candidate.state = State::Excluded;
            candidate.reason = tr("Matches the exclusion pattern %1.").arg(*exclusion);
        } else if (followedBy.contains(leader)) {
            candidate.state = State::AlreadyFollowed;
            candidate.reason = tr("Already followed by %1.").arg(followedBy.value(leader));
        } else if (const Parsed<IndexName> parsed =
                       IndexName::parse(candidate.followerIndex, QStringLiteral("follower_index"));
                   !parsed) {
            candidate.state = State::InvalidName;
            candidate.reason = parsed.error().message();
        } else if (local.contains(candidate.followerIndex)) {
            candidate.state = State::NameTaken;
            candidate.reason = tr("An index named %1 already exists on this cluster.").arg(candidate.followerIndex);
        } else if (planned.contains(candidate.followerIndex)) {
            // Two leaders must not be given the same follower (a template without {{leader_index}}).
            candidate.state = State::NameTaken;
            candidate.reason = tr("Another leader index would get the name %1.").arg(candidate.followerIndex);
        } else {
            planned.insert(candidate.followerIndex);
        }
        plan.m_candidates.append(candidate);
    }
    return plan;
}

QList<FollowManyCandidate> FollowManyPlan::followable() const
{
    QList<FollowManyCandidate> result;
    for (const FollowManyCandidate& candidate : m_candidates) {
        if (candidate.followable())
            result.append(candidate);
    }
    return result;
}

int FollowManyPlan::count(State state) const
{
    return int(std::count_if(m_candidates.begin(), m_candidates.end(),
                             [state](const FollowManyCandidate& c) { return c.state == state; }));
}

} // namespace duper
