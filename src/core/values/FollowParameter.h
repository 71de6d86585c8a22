#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace duper {

// The ten tuning options of the follow, resume-follow and auto-follow APIs, with what Elasticsearch needs to know
// about each: its REST name, the kind of value, and the default Elasticsearch applies when it is not sent.
enum class FollowParameter
{
    MaxReadRequestOperationCount,
    MaxWriteRequestOperationCount,
    MaxOutstandingReadRequests,
    MaxOutstandingWriteRequests,
    MaxReadRequestSize,
    MaxWriteRequestSize,
    MaxWriteBufferCount,
    MaxWriteBufferSize,
    MaxRetryDelay,
    ReadPollTimeout,
};

namespace FollowParameterInfo {

enum class Kind
{
    Count,
    ByteSize,
    Time
};

// In the order follow_info renders them (FollowParameters.toXContentFragment).
const QList<FollowParameter>& all();
QString restName(FollowParameter parameter); // "max_read_request_size"
std::optional<FollowParameter> fromRestName(const QString& name);
Kind kind(FollowParameter parameter);
QString defaultText(FollowParameter parameter); // as follow_info renders the default: "32mb", "5120", "1m"

} // namespace FollowParameterInfo

} // namespace duper
