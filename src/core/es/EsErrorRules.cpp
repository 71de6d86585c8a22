#include "core/es/EsErrorRules.h"

#include "core/es/EsError.h"

namespace duper::EsErrorRules {

namespace {

bool isHttp(const EsError& error, int status)
{
    return error.kind() == EsError::Kind::Http && error.httpStatus() == status;
}

bool hasType(const EsError& error, QLatin1String type)
{
    if (error.cause().type == type)
        return true;
    for (const ErrorCause& root : error.cause().rootCause) {
        if (root.type == type)
            return true;
    }
    return false;
}

} // namespace

bool isFollowerAlreadyPaused(const EsError& error)
{
    return isHttp(error, 400) && error.cause().deepestReason().startsWith(QLatin1String("no shard follow tasks"));
}

bool isFollowerAlreadyActive(const EsError& error)
{
    return isHttp(error, 400) && hasType(error, QLatin1String("resource_already_exists_exception"));
}

bool isNotAFollower(const EsError& error)
{
    return isHttp(error, 400) && error.cause().deepestReason().endsWith(QLatin1String("is not a follower index"));
}

bool isIndexMissing(const EsError& error)
{
    return isHttp(error, 404) && hasType(error, QLatin1String("index_not_found_exception"));
}

} // namespace duper::EsErrorRules
