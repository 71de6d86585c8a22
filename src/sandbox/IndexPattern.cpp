#include "sandbox/IndexPattern.h"

#include "core/values/WildcardMatch.h"

namespace duper::sandbox {

bool IndexPattern::matches(const QString& pattern, const QString& name)
{
    return WildcardMatch::matches(pattern, name);
}

bool IndexPattern::matchesAny(const QStringList& patterns, const QString& name)
{
    return WildcardMatch::matchesAny(patterns, name);
}

} // namespace duper::sandbox
