#include "cli/ExitCode.h"

namespace duper::cli {

int exitCodeFor(const EsError& error)
{
    switch (error.kind()) {
    case EsError::Kind::None:
        return static_cast<int>(ExitCode::Success);
    case EsError::Kind::Http:
        if (error.httpStatus() == 401 || error.httpStatus() == 403)
            return static_cast<int>(ExitCode::AuthFailed);
        return static_cast<int>(ExitCode::Refused);
    case EsError::Kind::ConnectionRefused:
    case EsError::Kind::HostNotFound:
    case EsError::Kind::Timeout:
    case EsError::Kind::Tls:
    case EsError::Kind::Network:
        return static_cast<int>(ExitCode::Unreachable);
    case EsError::Kind::Configuration:
        return static_cast<int>(ExitCode::Usage);
    case EsError::Kind::MalformedResponse:
    case EsError::Kind::Cancelled:
        return static_cast<int>(ExitCode::Refused);
    }
    return static_cast<int>(ExitCode::Refused);
}

} // namespace duper::cli
