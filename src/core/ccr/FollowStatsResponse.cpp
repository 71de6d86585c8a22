#include "core/ccr/FollowStatsResponse.h"

#include "core/ccr/OnDemandReader.h"

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

} // namespace duper
