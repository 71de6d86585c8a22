#pragma once

#include "core/ccr/AutoFollowError.h"
#include "core/ccr/AutoFollowPattern.h"

#include <QList>

namespace duper {

// One auto-follow pattern as a list shows it: the pattern (its `active` flag is the status) and the recent
// auto-follow errors that concern it, newest first.
struct AutoFollowPatternRow
{
    AutoFollowPattern pattern;
    QList<AutoFollowError> errors;
};

} // namespace duper
