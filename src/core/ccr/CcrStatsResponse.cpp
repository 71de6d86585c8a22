#include "core/ccr/CcrStatsResponse.h"

#include "core/ccr/OnDemandReader.h"
#include "core/ccr/StreamedListParser.h"

namespace duper {

namespace {

bool readAutoFollowError(OnDemandReader& reader, OnDemandReader::Value& value, const JsonPath& path,
                         AutoFollowError& out)
{
    return forEachFieldOf(reader, value, path, [&](std::string_view key, OnDemandReader::Value& field) {
        const JsonPath fieldPath = path.child(key);
        if (key == "leader_index")
            return reader.readString(field, fieldPath, out.leaderIndex);
        if (key == "timestamp")
            return reader.readInt64(field, fieldPath, out.timestamp);
        if (key == "auto_follow_exception")
            return reader.readErrorCause(field, fieldPath, out.autoFollowException);
        return true;
    });
}

bool readAutoFollowedCluster(OnDemandReader& reader, OnDemandReader::Value& value, const JsonPath& path,
                             AutoFollowedCluster& out)
{
    return forEachFieldOf(reader, value, path, [&](std::string_view key, OnDemandReader::Value& field) {
        const JsonPath fieldPath = path.child(key);
        if (key == "cluster_name")
            return reader.readString(field, fieldPath, out.clusterName);
        if (key == "time_since_last_check_millis")
            return reader.readInt64(field, fieldPath, out.timeSinceLastCheckMillis);
        if (key == "last_seen_metadata_version")
            return reader.readInt64(field, fieldPath, out.lastSeenMetadataVersion);
        return true;
    });
}

bool readAutoFollowStats(OnDemandReader& reader, OnDemandReader::Value& value, const JsonPath& path,
                         AutoFollowStats& out)
{
    return forEachFieldOf(reader, value, path, [&](std::string_view key, OnDemandReader::Value& field) {
        const JsonPath fieldPath = path.child(key);
        if (key == "number_of_failed_follow_indices")
            return reader.readInt64(field, fieldPath, out.numberOfFailedFollowIndices);
        if (key == "number_of_failed_remote_cluster_state_requests")
            return reader.readInt64(field, fieldPath, out.numberOfFailedRemoteClusterStateRequests);
        if (key == "number_of_successful_follow_indices")
            return reader.readInt64(field, fieldPath, out.numberOfSuccessfulFollowIndices);
        if (key == "recent_auto_follow_errors")
            return readListOf(reader, field, fieldPath, out.recentAutoFollowErrors, readAutoFollowError);
        if (key == "auto_followed_clusters")
            return readListOf(reader, field, fieldPath, out.autoFollowedClusters, readAutoFollowedCluster);
        return true;
    });
}

} // namespace

std::optional<CcrStatsResponse> CcrStatsResponse::parse(const QByteArray& body, QString* error)
{
    return parseTopLevelFields<CcrStatsResponse>(
        QStringLiteral("ccr_stats"), body, error,
        [](OnDemandReader& reader, CcrStatsResponse& response, std::string_view key, OnDemandReader::Value& value,
           const JsonPath& path) {
            if (key == "auto_follow_stats")
                return readAutoFollowStats(reader, value, path, response.autoFollowStats);
            if (key == "follow_stats") {
                OnDemandReader::Object object;
                return reader.readObject(value, path, object) &&
                       reader.readFollowStats(object, path, response.followStats);
            }
            return true;
        });
}

std::shared_ptr<BodyStreamParser<CcrStatsResponse>> CcrStatsResponse::streamParser()
{
    return makeStreamedListParser<CcrStatsResponse, FollowerStats>(
        QStringLiteral("ccr_stats"), {"follow_stats", "indices"},
        [](OnDemandReader& reader, OnDemandReader::Value& value, const JsonPath& path, FollowerStats& out) {
            return reader.readFollowerStats(value, path, out);
        },
        [](CcrStatsResponse& response) -> QList<FollowerStats>& { return response.followStats.indices; },
        [](const QByteArray& body, QString* error) { return CcrStatsResponse::parse(body, error); });
}

} // namespace duper
