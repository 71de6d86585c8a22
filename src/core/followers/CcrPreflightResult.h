#pragma once

#include "core/followers/CcrPreflightFinding.h"

#include <QList>
#include <QStringList>

namespace duper {

// What a privilege preflight found: the missing privileges (the action would be refused with a 403) and, in words,
// what it could not check (no leader connection, key not in the keychain, …). With security off nothing is missing.
struct CcrPreflightResult
{
    QList<CcrPreflightFinding> missing;
    QStringList couldNotCheck;
    bool securityOff = false;

    bool hasMissing() const { return !missing.isEmpty(); }
    QStringList missingTexts() const;
};

} // namespace duper
