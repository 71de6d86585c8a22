#pragma once

#include "core/followers/FollowerRow.h"

#include <QString>

namespace duper::cli {

// A follower's status as the CLI's tables print it ("active", "paused", "error"), translated.
QString followerStateText(FollowerState state);

} // namespace duper::cli
