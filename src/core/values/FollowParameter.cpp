#include "core/values/FollowParameter.h"

namespace duper::FollowParameterInfo {

const QList<FollowParameter>& all()
{
    static const QList<FollowParameter> parameters{
        FollowParameter::MaxReadRequestOperationCount,
        FollowParameter::MaxReadRequestSize,
        FollowParameter::MaxOutstandingReadRequests,
        FollowParameter::MaxWriteRequestOperationCount,
        FollowParameter::MaxWriteRequestSize,
        FollowParameter::MaxOutstandingWriteRequests,
        FollowParameter::MaxWriteBufferCount,
        FollowParameter::MaxWriteBufferSize,
        FollowParameter::MaxRetryDelay,
        FollowParameter::ReadPollTimeout,
    };
    return parameters;
}

QString restName(FollowParameter parameter)
{
    switch (parameter) {
    case FollowParameter::MaxReadRequestOperationCount:
        return QStringLiteral("max_read_request_operation_count");
    case FollowParameter::MaxWriteRequestOperationCount:
        return QStringLiteral("max_write_request_operation_count");
    case FollowParameter::MaxOutstandingReadRequests:
        return QStringLiteral("max_outstanding_read_requests");
    case FollowParameter::MaxOutstandingWriteRequests:
        return QStringLiteral("max_outstanding_write_requests");
    case FollowParameter::MaxReadRequestSize:
        return QStringLiteral("max_read_request_size");
    case FollowParameter::MaxWriteRequestSize:
        return QStringLiteral("max_write_request_size");
    case FollowParameter::MaxWriteBufferCount:
        return QStringLiteral("max_write_buffer_count");
    case FollowParameter::MaxWriteBufferSize:
        return QStringLiteral("max_write_buffer_size");
    case FollowParameter::MaxRetryDelay:
        return QStringLiteral("max_retry_delay");
    case FollowParameter::ReadPollTimeout:
        return QStringLiteral("read_poll_timeout");
    }
    return {};
}

std::optional<FollowParameter> fromRestName(const QString& name)
{
    for (FollowParameter parameter : all()) {
        if (restName(parameter) == name)
            return parameter;
    }
    return std::nullopt;
}

Kind kind(FollowParameter parameter)
{
    switch (parameter) {
    case FollowParameter::MaxReadRequestSize:
    case FollowParameter::MaxWriteRequestSize:
    case FollowParameter::MaxWriteBufferSize:
        return Kind::ByteSize;
    case FollowParameter::MaxRetryDelay:
    case FollowParameter::ReadPollTimeout:
        return Kind::Time;
    case FollowParameter::MaxReadRequestOperationCount:
    case FollowParameter::MaxWriteRequestOperationCount:
    case FollowParameter::MaxOutstandingReadRequests:
    case FollowParameter::MaxOutstandingWriteRequests:
    case FollowParameter::MaxWriteBufferCount:
        return Kind::Count;
    }
    return Kind::Count;
}

QString defaultText(FollowParameter parameter)
{
    // TransportResumeFollowAction's DEFAULT_* constants, rendered as follow_info shows them.
    switch (parameter) {
    case FollowParameter::MaxReadRequestOperationCount:
    case FollowParameter::MaxWriteRequestOperationCount:
        return QStringLiteral("5120");
    case FollowParameter::MaxOutstandingReadRequests:
        return QStringLiteral("12");
    case FollowParameter::MaxOutstandingWriteRequests:
        return QStringLiteral("9");
    case FollowParameter::MaxReadRequestSize:
        return QStringLiteral("32mb");
    case FollowParameter::MaxWriteRequestSize:
        return QStringLiteral("9223372036854775807b");
    case FollowParameter::MaxWriteBufferCount:
        return QStringLiteral("2147483647");
    case FollowParameter::MaxWriteBufferSize:
        return QStringLiteral("512mb");
    case FollowParameter::MaxRetryDelay:
        return QStringLiteral("500ms");
    case FollowParameter::ReadPollTimeout:
        return QStringLiteral("1m");
    }
    return {};
}

} // namespace duper::FollowParameterInfo
