#include "core/followers/FollowerRow.h"

namespace duper {

QString followerStateName(FollowerState state)
{
    switch (state) {
    case FollowerState::Active:
        return QStringLiteral("Active");
    case FollowerState::Paused:
        return QStringLiteral("Paused");
    case FollowerState::Error:
        return QStringLiteral("Error");
    }
    return QStringLiteral("Active");
}

} // namespace duper
