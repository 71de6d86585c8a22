#pragma once

#include "core/ccr/FollowerInfo.h"
#include "core/ccr/ResolveIndexResponse.h"
#include "core/followers/FollowManyCandidate.h"
#include "core/followers/FollowManySpec.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace duper {

// Which existing leader indices a "follow many" would follow, under which names, and why the others would not.
// Pure: built from what the clusters answered, no I/O.
class FollowManyPlan
{
public:
    using State = FollowManyCandidate::State;

    // `remote`: GET /_resolve/index/<remote>:<patterns> (names with or without the "<remote>:" prefix).
    // `localNames`: every index, alias and data stream name of the local cluster. `followers`: its follow info.
    static FollowManyPlan build(const FollowManySpec& spec, const ResolveIndexResponse& remote,
                                const QStringList& localNames, const QList<FollowerInfo>& followers);

    // The follower name for `leader` under a "{{leader_index}}" template (empty template = the leader's name).
    static QString followerName(const QString& followIndexPattern, const QString& leaderIndex);
    // "logs-app" for ".ds-logs-app-2026.12.04-000001" (Elasticsearch's backing index names); empty for other names.
    static QString dataStreamOfBackingIndex(const QString& index);
    // "<prefix>{{leader_index}}<suffix>", as Kibana saves a prefix and suffix.
    static QString patternFromAffixes(const QString& prefix, const QString& suffix);
    // Elasticsearch's simple wildcard match: '*' matches any run of characters.
    static bool wildcardMatch(const QString& pattern, const QString& name);
    // The remote expression for _resolve/index: "<remote>:<p1>,<remote>:<p2>".
    static QString resolveExpression(const FollowManySpec& spec);
    // "Will follow", "Already followed", ... translated.
    static QString stateText(State state);

    const FollowManySpec& spec() const { return m_spec; }
    // Sorted by leader index.
    const QList<FollowManyCandidate>& candidates() const { return m_candidates; }
    QList<FollowManyCandidate> followable() const;
    int count(State state) const;

private:
    FollowManySpec m_spec;
    QList<FollowManyCandidate> m_candidates;
};

} // namespace duper
