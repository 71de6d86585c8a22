#include "core/autofollow/AutoFollowPatternRules.h"

#include "core/values/IndexName.h"
#include "core/values/WildcardMatch.h"

#include <QCoreApplication>
#include <QSet>
#include <algorithm>

namespace duper {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("duper::AutoFollowPatternRules", text);
}

} // namespace

QString AutoFollowPatternRules::nameProblem(const QString& name)
{
    if (name.isEmpty())
        return tr("Enter a name for the pattern.");
    if (name.contains(QLatin1Char(',')))
        return tr("The name must not contain a comma.");
    if (name.startsWith(QLatin1Char('_')))
        return tr("The name must not start with “_”.");
    const qsizetype bytes = name.toUtf8().size();
    if (bytes > 255)
        return tr("The name is too long (%1 bytes; at most 255).").arg(bytes);
    return {};
}

QString AutoFollowPatternRules::indexPatternProblem(const QString& pattern)
{
    if (pattern.trimmed().isEmpty())
        return tr("The pattern is empty.");
    // Check the rest of the rules on the pattern with each '*' as a letter.
    QString probe = pattern;
    probe.replace(QLatin1Char('*'), QLatin1Char('x'));
    const Parsed<IndexName> parsed = IndexName::parse(probe, QStringLiteral("leader_index_patterns"));
    if (!parsed.ok())
        return tr("“%1”: %2").arg(pattern, parsed.error().message());
    return {};
}

QString AutoFollowPatternRules::followIndexPatternProblem(const QString& followIndexPattern)
{
    if (followIndexPattern.isEmpty())
        return {};
    if (!followIndexPattern.contains(placeholder()))
        return tr("The follower index pattern must contain %1, or every leader index would get the same follower.")
            .arg(placeholder());
    const Parsed<IndexName> parsed = IndexName::parse(followerName(followIndexPattern, QStringLiteral("leader")),
                                                      QStringLiteral("follow_index_pattern"));
    if (!parsed.ok())
        return parsed.error().message();
    return {};
}

QString AutoFollowPatternRules::followerName(const QString& followIndexPattern, const QString& leaderIndex)
{
    QString name = followIndexPattern.isEmpty() ? placeholder() : followIndexPattern;
    name.replace(placeholder(), leaderIndex);
    return name;
}

bool AutoFollowPatternRules::matches(const QString& pattern, const QString& name)
{
    return WildcardMatch::matches(pattern, name);
}

bool AutoFollowPatternRules::matchesAny(const QStringList& patterns, const QString& name)
{
    return WildcardMatch::matchesAny(patterns, name);
}

bool AutoFollowPatternRules::picksUp(const AutoFollowPattern& pattern, const QString& leaderIndex)
{
    return matchesAny(pattern.leaderIndexPatterns, leaderIndex) &&
           !matchesAny(pattern.leaderIndexExclusionPatterns, leaderIndex);
}

QStringList AutoFollowPatternRules::exampleLeaderNames(const QStringList& leaderIndexPatterns, int max)
{
    QStringList names;
    for (const QString& pattern : leaderIndexPatterns) {
        QString name = pattern;
        name.replace(QLatin1Char('*'), QStringLiteral("example"));
        if (!name.isEmpty() && !names.contains(name))
            names << name;
        if (names.size() >= max)
            break;
    }
    return names;
}

QList<AutoFollowError> AutoFollowPatternRules::errorsFor(const AutoFollowPattern& pattern,
                                                         const QList<AutoFollowError>& errors,
                                                         const QStringList& allPatternNames)
{
    QList<AutoFollowError> mine;
    for (const AutoFollowError& error : errors) {
        const QString& key = error.leaderIndex;
        bool concerns = key == pattern.name || key.startsWith(pattern.name + QLatin1Char(':'));
        if (!concerns && !key.contains(QLatin1Char(':')) && !allPatternNames.contains(key))
            concerns = picksUp(pattern, key);
        if (concerns)
            mine << error;
    }
    std::stable_sort(mine.begin(), mine.end(),
                     [](const AutoFollowError& a, const AutoFollowError& b) { return a.timestamp > b.timestamp; });
    return mine;
}

} // namespace duper
