#pragma once

#include "core/ccr/AutoFollowError.h"
#include "core/ccr/AutoFollowPattern.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace duper {

// Elasticsearch's rules around auto-follow patterns that a client can apply before sending anything: the pattern
// name, the leader index patterns, the follower index template, which leader names a pattern picks up, and which
// recent auto-follow errors concern which pattern. Each check returns an empty string when fine, else a sentence.
class AutoFollowPatternRules
{
public:
    static QString placeholder() { return QStringLiteral("{{leader_index}}"); }

    // PutAutoFollowPatternAction.Request.validate: present, no ',', not starting with '_', at most 255 UTF-8 bytes.
    static QString nameProblem(const QString& name);
    // A leader index pattern or exclusion pattern: an index name in which '*' may stand for anything.
    static QString indexPatternProblem(const QString& pattern);
    // The follow_index_pattern: empty (= "{{leader_index}}") or a template containing "{{leader_index}}" whose
    // expansion is a valid index name.
    static QString followIndexPatternProblem(const QString& followIndexPattern);

    // The follower name Elasticsearch derives for `leaderIndex` ("{{leader_index}}" replaced).
    static QString followerName(const QString& followIndexPattern, const QString& leaderIndex);
    // Regex.simpleMatch: '*' matches any run of characters.
    static bool matches(const QString& pattern, const QString& name);
    static bool matchesAny(const QStringList& patterns, const QString& name);
    // Whether the pattern would pick up a leader index of this name (matches a pattern, no exclusion).
    static bool picksUp(const AutoFollowPattern& pattern, const QString& leaderIndex);
    // Leader names to illustrate the patterns with: each '*' replaced by "example"; at most `max`, no duplicates.
    static QStringList exampleLeaderNames(const QStringList& leaderIndexPatterns, int max = 5);

    // The recent errors that concern `pattern`. ES keys an error by the pattern name (failed remote cluster state
    // request) or "<pattern>:<leader index>" (failed follow); a key that is a bare leader index name (as some
    // versions and the sandbox write) is attributed to every pattern that would pick that index up, unless it is
    // the name of another pattern. Newest first.
    static QList<AutoFollowError> errorsFor(const AutoFollowPattern& pattern, const QList<AutoFollowError>& errors,
                                            const QStringList& allPatternNames);
};

} // namespace duper
