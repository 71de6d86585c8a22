#pragma once

#include <QString>
#include <QStringList>

namespace duper {

// Elasticsearch's Regex.simpleMatch: '*' matches any run of characters (also none); nothing else is special. Used by
// index patterns, auto-follow leader patterns and their exclusions.
class WildcardMatch
{
public:
    static bool matches(const QString& pattern, const QString& name);
    static bool matchesAny(const QStringList& patterns, const QString& name);
};

} // namespace duper
