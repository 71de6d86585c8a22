#include "core/followers/CcrPreflightResult.h"

namespace duper {

QStringList CcrPreflightResult::missingTexts() const
{
    QStringList texts;
    for (const CcrPreflightFinding& finding : missing)
        texts << finding.text();
    return texts;
}

} // namespace duper
