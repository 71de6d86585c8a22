#include "sandbox/IndexPattern.h"

namespace duper::sandbox {

bool IndexPattern::matches(const QString& pattern, const QString& name)
{
    // Iterative glob with '*' only (Regex.simpleMatch).
    qsizetype p = 0, n = 0, star = -1, mark = 0;
    while (n < name.size()) {
        if (p < pattern.size() && pattern.at(p) == QLatin1Char('*')) {
            star = p++;
            mark = n;
        } else if (p < pattern.size() && pattern.at(p) == name.at(n)) {
            ++p;
            ++n;
        } else if (star >= 0) {
            p = star + 1;
            n = ++mark;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern.at(p) == QLatin1Char('*'))
        ++p;
    return p == pattern.size();
}

bool IndexPattern::matchesAny(const QStringList& patterns, const QString& name)
{
    for (const QString& p : patterns) {
        if (matches(p, name))
            return true;
    }
    return false;
}

} // namespace duper::sandbox
