#pragma once

#include "core/values/ByteSize.h"
#include "core/values/FollowParameter.h"
#include "core/values/TimeValue.h"
#include "core/values/ValueError.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace duper {

// The follow tuning options a user chose, each optional: only the ones set are sent, so Elasticsearch applies its
// own defaults to the rest. Also carries wait_for_active_shards (a query parameter of the follow API only).
class FollowParameters
{
public:
    std::optional<int> maxReadRequestOperationCount;
    std::optional<int> maxWriteRequestOperationCount;
    std::optional<int> maxOutstandingReadRequests;
    std::optional<int> maxOutstandingWriteRequests;
    std::optional<ByteSize> maxReadRequestSize;
    std::optional<ByteSize> maxWriteRequestSize;
    std::optional<int> maxWriteBufferCount;
    std::optional<ByteSize> maxWriteBufferSize;
    std::optional<TimeValue> maxRetryDelay;
    std::optional<TimeValue> readPollTimeout;
    // "all", or a non-negative shard count as text; follow API only.
    std::optional<QString> waitForActiveShards;

    bool isSet(FollowParameter parameter) const;
    void clear(FollowParameter parameter);
    // The value as Elasticsearch renders it ("32mb", "5120"), or an empty string when not set.
    QString text(FollowParameter parameter) const;
    // The value in force: the one set, else Elasticsearch's default, as ES renders it.
    QString effectiveText(FollowParameter parameter) const;
    // Whether the value in force is one of Elasticsearch's "no limit" values: Integer.MAX_VALUE (2147483647) for a
    // count, Long.MAX_VALUE bytes (9223372036854775807b) for a size. Times are never unlimited.
    bool isUnlimited(FollowParameter parameter) const;

    // Parses `text` with the parameter's grammar (integer, byte size or time value) and stores it. Grammar errors
    // only; the CCR limits are checked by validate(). Blank text clears the parameter. Counts may be padded with
    // spaces; sizes and times are parsed exactly as ES would parse the same JSON string ("5m " is rejected).
    std::optional<ValueError> setFromText(FollowParameter parameter, const QString& text);
    // "all" or a shard count >= 0, as ActiveShardCount.parseString accepts; blank text clears it.
    std::optional<ValueError> setWaitForActiveShards(const QString& text);

    // The CCR-specific limits Elasticsearch checks (FollowParameters.validate): counts and sizes > 0,
    // max_retry_delay in (0, 5m]. Empty when everything set is acceptable.
    QList<ValueError> validate() const;

    // Only the parameters that are set; counts as JSON numbers, sizes and times as strings (ES rejects numbers
    // for those). wait_for_active_shards is not part of the body.
    QJsonObject toJson() const;
    // Reads the ten parameters from a follow_info / auto-follow body (numbers or numeric strings for counts).
    // Unknown keys are ignored; a malformed value is reported and skipped.
    static FollowParameters fromJson(const QJsonObject& object, QList<ValueError>* errors = nullptr);

    friend bool operator==(const FollowParameters&, const FollowParameters&) = default;
};

} // namespace duper
