#include "core/trend/CatchUpEstimate.h"

#include <limits>

namespace duper {

qint64 CatchUpEstimate::sortKey() const
{
    switch (kind) {
    case Kind::Unknown:
        return -1;
    case Kind::CaughtUp:
        return 0;
    case Kind::Eta:
        return qMax<qint64>(1, secondsLeft);
    case Kind::FallingBehind:
        return std::numeric_limits<qint64>::max();
    }
    return -1;
}

} // namespace duper
