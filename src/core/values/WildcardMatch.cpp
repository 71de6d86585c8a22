#include "core/values/WildcardMatch.h"

#include <algorithm>

namespace duper {

bool WildcardMatch::matches(const QString& pattern, const QString& name)
{
    // Iterative glob with backtracking to the last '*': linear in practice, no recursion on hostile patterns.
    qsizetype p = 0, n = 0, star = -1, mark = 0;
    while (n < name.size()) {
        if (p < pattern.size() && pattern[p] == QLatin1Char('*')) {
            star = p++;
            mark = n;
        } else if (p < pattern.size() && pattern[p] == name[n]) {
            ++p;
            ++n;
        } else if (star >= 0) {
            p = star + 1;
            n = ++mark;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern[p] == QLatin1Char('*'))
        ++p;
    return p == pattern.size();
}

bool WildcardMatch::matchesAny(const QStringList& patterns, const QString& name)
{
    return std::any_of(patterns.begin(), patterns.end(), [&](const QString& p) { return matches(p, name); });
}

} // namespace duper
