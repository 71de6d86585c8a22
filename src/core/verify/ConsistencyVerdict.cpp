#include "core/verify/ConsistencyVerdict.h"

namespace duper {

QString ConsistencyVerdict::kindName() const
{
    switch (kind) {
    case Kind::Complete:
        return QStringLiteral("complete");
    case Kind::Behind:
        return QStringLiteral("behind");
    case Kind::Differs:
        return QStringLiteral("differs");
    case Kind::Unchecked:
        break;
    }
    return QStringLiteral("unchecked");
}

} // namespace duper
