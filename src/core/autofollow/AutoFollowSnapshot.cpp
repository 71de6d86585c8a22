#include "core/autofollow/AutoFollowSnapshot.h"

#include "core/autofollow/AutoFollowPatternRules.h"

namespace duper {

qsizetype AutoFollowSnapshot::indexOf(const QString& name) const
{
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (rows.at(i).pattern.name == name)
            return i;
    }
    return -1;
}

const AutoFollowPatternRow* AutoFollowSnapshot::row(const QString& name) const
{
    const qsizetype i = indexOf(name);
    return i >= 0 ? &rows.at(i) : nullptr;
}

AutoFollowSnapshot AutoFollowSnapshot::merge(const QList<AutoFollowPattern>& patterns, const AutoFollowStats& stats)
{
    AutoFollowSnapshot snapshot;
    snapshot.stats = stats;
    QStringList allNames;
    allNames.reserve(patterns.size());
    for (const AutoFollowPattern& pattern : patterns)
        allNames << pattern.name;
    snapshot.rows.reserve(patterns.size());
    for (const AutoFollowPattern& pattern : patterns)
        snapshot.rows.append(
            {pattern, AutoFollowPatternRules::errorsFor(pattern, stats.recentAutoFollowErrors, allNames)});
    return snapshot;
}

} // namespace duper
