#include "core/ccr/FollowStatsResponse.h"

#include "core/ccr/OnDemandReader.h"
#include "core/ccr/StreamedListParser.h"

namespace duper {

std::optional<FollowStatsResponse> FollowStatsResponse::parse(const QByteArray& body, QString* error)
{
    OnDemandReader reader(QStringLiteral("follow_stats"));
    OnDemandReader::Object root;
    FollowStatsResponse response;
    if (!reader.open(body, root) || !reader.readFollowStats(root, JsonPath(), response) || !reader.finish()) {
        reader.reportTo(error);
        return std::nullopt;
    }
    return response;
}

std::shared_ptr<BodyStreamParser<FollowStatsResponse>> FollowStatsResponse::streamParser()
{
    return makeStreamedListParser<FollowStatsResponse, FollowerStats>(
        QStringLiteral("follow_stats"), {"indices"},
        [](OnDemandReader& reader, OnDemandReader::Value& value, const JsonPath& path, FollowerStats& out) {
            return reader.readFollowerStats(value, path, out);
        },
        [](FollowStatsResponse& response) -> QList<FollowerStats>& { return response.indices; },
        [](const QByteArray& body, QString* error) { return FollowStatsResponse::parse(body, error); });
}

} // namespace duper
