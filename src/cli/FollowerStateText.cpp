#include "cli/FollowerStateText.h"

#include <QCoreApplication>

namespace duper::cli {

QString followerStateText(FollowerState state)
{
    switch (state) {
    case FollowerState::Paused:
        return QCoreApplication::translate("duper::cli", "paused");
    case FollowerState::Error:
        return QCoreApplication::translate("duper::cli", "error");
    case FollowerState::Active:
        break;
    }
    return QCoreApplication::translate("duper::cli", "active");
}

} // namespace duper::cli
