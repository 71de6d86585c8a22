#pragma once

#include <QString>
#include <QStringList>

namespace duper::sandbox {

// ES's simple wildcard matching ("logs-*", "*-follower") used by index expressions and auto-follow patterns.
class IndexPattern
{
public:
    static bool isWildcard(const QString& expression) { return expression.contains(QLatin1Char('*')); }
    static bool matches(const QString& pattern, const QString& name);
    static bool matchesAny(const QStringList& patterns, const QString& name);
};

} // namespace duper::sandbox
