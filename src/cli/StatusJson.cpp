#include "cli/StatusJson.h"

#include "cli/FollowerStatsTotals.h"
#include "cli/InfoFollower.h"
#include "cli/JsonStreamWriter.h"
#include "core/ccr/AutoFollowStats.h"
#include "core/values/FollowParameters.h"

#include <optional>

namespace duper::cli {

namespace {

// Follow stats repeat a follower's remote cluster and leader in every shard; the first shard's stand for it.
const ShardFollowStats* firstShard(const FollowerStats& follower)
{
    return follower.shards.isEmpty() ? nullptr : &follower.shards.first();
}

void writeFollowerStats(JsonStreamWriter& out, const FollowerStats& follower, bool shardLevel)
{
    const FollowerStatsTotals totals = FollowerStatsTotals::of(follower);
    const ShardFollowStats* first = firstShard(follower);
    out.beginObject();
    out.field(QLatin1StringView("index"), QStringView(follower.index));
    out.field(QLatin1StringView("remote_cluster"), first ? QStringView(first->remoteCluster) : QStringView(u""));
    out.field(QLatin1StringView("leader_index"), first ? QStringView(first->leaderIndex) : QStringView(u""));
    out.field(QLatin1StringView("shards"), qint64(follower.shards.size()));
    out.field(QLatin1StringView("operations_written"), totals.operationsWritten);
    out.field(QLatin1StringView("global_checkpoint_lag"), follower.globalCheckpointLag());
    out.field(QLatin1StringView("failed_read_requests"), totals.failedReadRequests);
    if (totals.fatalException)
        out.field(QLatin1StringView("fatal_exception"), QStringView(*totals.fatalException));
    else
        out.nullField(QLatin1StringView("fatal_exception"));
    if (shardLevel) {
        out.key(QLatin1StringView("shard_stats"));
        out.beginArray();
        for (const ShardFollowStats& shard : follower.shards) {
            out.beginObject();
            out.field(QLatin1StringView("shard_id"), shard.shardId);
            out.field(QLatin1StringView("leader_global_checkpoint"), shard.leaderGlobalCheckpoint);
            out.field(QLatin1StringView("follower_global_checkpoint"), shard.followerGlobalCheckpoint);
            out.field(QLatin1StringView("operations_written"), shard.operationsWritten);
            out.field(QLatin1StringView("failed_read_requests"), shard.failedReadRequests);
            if (shard.fatalException)
                out.field(QLatin1StringView("fatal_exception"), QStringView(shard.fatalException->reason));
            else
                out.nullField(QLatin1StringView("fatal_exception"));
            out.endObject();
        }
        out.endArray();
    }
    out.endObject();
}

// A parameter as follow info renders it: counts as numbers, sizes and times as text.
struct ParameterText
{
    QString key;
    bool isCount = false;
    qint64 count = 0;
    QString text;
};

QList<ParameterText> parameterTexts(const FollowParameters& parameters)
{
    QList<ParameterText> texts;
    for (const FollowParameter parameter : FollowParameterInfo::all()) {
        if (!parameters.isSet(parameter))
            continue;
        ParameterText& entry = texts.emplaceBack();
        entry.key = FollowParameterInfo::restName(parameter);
        entry.text = parameters.text(parameter);
        entry.isCount = FollowParameterInfo::kind(parameter) == FollowParameterInfo::Kind::Count;
        if (entry.isCount)
            entry.count = entry.text.toLongLong();
    }
    return texts;
}

void writeParameterTexts(JsonStreamWriter& out, const QList<ParameterText>& texts)
{
    out.beginObject();
    for (const ParameterText& entry : texts) {
        out.key(QStringView(entry.key));
        if (entry.isCount)
            out.value(entry.count);
        else
            out.value(QStringView(entry.text));
    }
    out.endObject();
}

} // namespace

void StatusJson::writeInfo(JsonStreamWriter& out, const QList<InfoFollower>& followers)
{
    // Followers mostly share their parameters (the defaults): rendered once per distinct set, not 10,000 times, and
    // copied as bytes after that.
    std::optional<FollowParameters> renderedFor;
    QByteArray rendered;
    out.beginObject();
    out.key(QLatin1StringView("follower_indices"));
    out.beginArray();
    for (const InfoFollower& follower : followers) {
        const FollowerInfo& info = *follower.info;
        out.beginObject();
        out.field(QLatin1StringView("follower_index"), QStringView(info.followerIndex));
        out.field(QLatin1StringView("remote_cluster"), QStringView(info.remoteCluster));
        out.field(QLatin1StringView("leader_index"), QStringView(info.leaderIndex));
        // "status" stays what Elasticsearch reports; "state" is Duper's reading of it with the shard stats.
        out.field(QLatin1StringView("status"),
                  info.status == FollowerStatus::Paused ? QLatin1StringView("paused") : QLatin1StringView("active"));
        out.field(QLatin1StringView("state"), follower.state == FollowerState::Paused  ? QLatin1StringView("paused")
                                              : follower.state == FollowerState::Error ? QLatin1StringView("error")
                                                                                       : QLatin1StringView("active"));
        if (follower.state == FollowerState::Error)
            out.field(QLatin1StringView("error"), QStringView(follower.errorSummary));
        if (info.hasParameters) {
            out.key(QLatin1StringView("parameters"));
            if (!renderedFor || !(*renderedFor == info.parameters)) {
                const QList<ParameterText> texts = parameterTexts(info.parameters);
                rendered = JsonStreamWriter::renderedAt(
                    out.depth(), [&texts](JsonStreamWriter& at) { writeParameterTexts(at, texts); });
                renderedFor = info.parameters;
            }
            out.rawValue(rendered);
        }
        out.endObject();
    }
    out.endArray();
    out.endObject();
}

void StatusJson::writeStats(JsonStreamWriter& out, const QList<FollowerStats>& followers, bool shardLevel,
                            const AutoFollowStats* autoFollow)
{
    out.beginObject();
    if (autoFollow) {
        out.key(QLatin1StringView("auto_follow_stats"));
        out.beginObject();
        out.field(QLatin1StringView("number_of_failed_follow_indices"), autoFollow->numberOfFailedFollowIndices);
        out.field(QLatin1StringView("number_of_failed_remote_cluster_state_requests"),
                  autoFollow->numberOfFailedRemoteClusterStateRequests);
        out.field(QLatin1StringView("number_of_successful_follow_indices"),
                  autoFollow->numberOfSuccessfulFollowIndices);
        out.endObject();
    }
    out.key(QLatin1StringView("indices"));
    out.beginArray();
    for (const FollowerStats& follower : followers)
        writeFollowerStats(out, follower, shardLevel);
    out.endArray();
    out.endObject();
}

void StatusJson::writeParameters(JsonStreamWriter& out, const FollowParameters& parameters)
{
    writeParameterTexts(out, parameterTexts(parameters));
}

} // namespace duper::cli
