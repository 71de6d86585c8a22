// The response parsers against what real clusters of other versions send: unknown keys, missing optional keys,
// paused followers, exceptions in the stats, malformed and truncated bodies. And the simdjson readings checked
// field by field against an independent QJsonDocument reading of generated bodies.

#include "FollowerBodyGenerator.h"
#include "core/ccr/CcrStatsResponse.h"
#include "core/ccr/CloseIndexResponse.h"
#include "core/ccr/ClusterInfo.h"
#include "core/ccr/ClusterSettingsResponse.h"
#include "core/ccr/FollowInfoResponse.h"
#include "core/ccr/FollowStatsResponse.h"
#include "core/ccr/LicenseInfo.h"
#include "core/ccr/PrivilegesResponse.h"
#include "core/ccr/RemoteInfoResponse.h"
#include "core/ccr/ResolveIndexResponse.h"
#include "core/es/EsErrorBody.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace duper;
using duper::test::FollowerBodyGenerator;

namespace {

const QByteArray shardWithExceptions = R"({"indices":[{"index":"f1","shards":[{
  "remote_cluster":"leader","leader_index":"l1","follower_index":"f1","shard_id":2,
  "leader_global_checkpoint":100,"leader_max_seq_no":120,"follower_global_checkpoint":40,"follower_max_seq_no":50,
  "last_requested_seq_no":51,"outstanding_read_requests":1,"outstanding_write_requests":0,
  "write_buffer_operation_count":0,"write_buffer_size":"1.5kb","write_buffer_size_in_bytes":1536,
  "follower_mapping_version":1,"follower_settings_version":1,"follower_aliases_version":1,
  "total_read_time":"1s","total_read_time_millis":1000,"total_read_remote_exec_time_millis":400,
  "successful_read_requests":10,"failed_read_requests":7,"operations_read":51,"total_read":"4kb","bytes_read":4096,
  "total_write_time_millis":20,"successful_write_requests":5,"failed_write_requests":0,"operations_written":41,
  "read_exceptions":[{"from_seq_no":51,"retries":7,"exception":{"type":"node_not_connected_exception",
     "reason":"[n1][127.0.0.1:9300] Node not connected","caused_by":{"type":"io_exception","reason":"reset"}}}],
  "time_since_last_read":"-1","time_since_last_read_millis":-1,
  "fatal_exception":{"type":"illegal_argument_exception","reason":"leader index [l1] does not have soft deletes enabled"}
}]}]})";

// A plain QJsonDocument reading of follow_stats `indices`, compared with what the simdjson parser produced.
void compareFollowStats(const QJsonArray& indices, const FollowStatsResponse& parsed)
{
    QCOMPARE(parsed.indices.size(), indices.size());
    for (qsizetype i = 0; i < indices.size(); ++i) {
        const QJsonObject index = indices.at(i).toObject();
        const FollowerStats& stats = parsed.indices.at(i);
        QCOMPARE(stats.index, index.value(QStringLiteral("index")).toString());
        if (index.contains(QStringLiteral("total_global_checkpoint_lag")))
            QCOMPARE(stats.totalGlobalCheckpointLag,
                     std::optional<qint64>(index.value(QStringLiteral("total_global_checkpoint_lag")).toInteger()));
        else
            QVERIFY(!stats.totalGlobalCheckpointLag);
        const QJsonArray shards = index.value(QStringLiteral("shards")).toArray();
        QCOMPARE(stats.shards.size(), shards.size());
        qint64 lagSum = 0;
        for (qsizetype s = 0; s < shards.size(); ++s) {
            const QJsonObject j = shards.at(s).toObject();
            const ShardFollowStats& shard = stats.shards.at(s);
            auto n = [&](const char* key) { return j.value(QLatin1String(key)).toInteger(); };
            QCOMPARE(shard.remoteCluster, j.value(QStringLiteral("remote_cluster")).toString());
            QCOMPARE(shard.leaderIndex, j.value(QStringLiteral("leader_index")).toString());
            QCOMPARE(shard.followerIndex, j.value(QStringLiteral("follower_index")).toString());
            QCOMPARE(shard.shardId, n("shard_id"));
            QCOMPARE(shard.leaderGlobalCheckpoint, n("leader_global_checkpoint"));
            QCOMPARE(shard.leaderMaxSeqNo, n("leader_max_seq_no"));
            QCOMPARE(shard.followerGlobalCheckpoint, n("follower_global_checkpoint"));
            QCOMPARE(shard.followerMaxSeqNo, n("follower_max_seq_no"));
            QCOMPARE(shard.lastRequestedSeqNo, n("last_requested_seq_no"));
            QCOMPARE(shard.outstandingReadRequests, n("outstanding_read_requests"));
            QCOMPARE(shard.outstandingWriteRequests, n("outstanding_write_requests"));
            QCOMPARE(shard.writeBufferOperationCount, n("write_buffer_operation_count"));
            QCOMPARE(shard.writeBufferSizeInBytes, n("write_buffer_size_in_bytes"));
            QCOMPARE(shard.followerMappingVersion, n("follower_mapping_version"));
            QCOMPARE(shard.followerSettingsVersion, n("follower_settings_version"));
            QCOMPARE(shard.followerAliasesVersion, n("follower_aliases_version"));
            QCOMPARE(shard.totalReadTimeMillis, n("total_read_time_millis"));
            QCOMPARE(shard.totalReadRemoteExecTimeMillis, n("total_read_remote_exec_time_millis"));
            QCOMPARE(shard.successfulReadRequests, n("successful_read_requests"));
            QCOMPARE(shard.failedReadRequests, n("failed_read_requests"));
            QCOMPARE(shard.operationsRead, n("operations_read"));
            QCOMPARE(shard.bytesRead, n("bytes_read"));
            QCOMPARE(shard.totalWriteTimeMillis, n("total_write_time_millis"));
            QCOMPARE(shard.successfulWriteRequests, n("successful_write_requests"));
            QCOMPARE(shard.failedWriteRequests, n("failed_write_requests"));
            QCOMPARE(shard.operationsWritten, n("operations_written"));
            QCOMPARE(shard.timeSinceLastReadMillis, n("time_since_last_read_millis"));
            const QJsonArray exceptions = j.value(QStringLiteral("read_exceptions")).toArray();
            QCOMPARE(shard.readExceptions.size(), exceptions.size());
            for (qsizetype e = 0; e < exceptions.size(); ++e) {
                const QJsonObject exception = exceptions.at(e).toObject();
                QCOMPARE(shard.readExceptions.at(e).fromSeqNo,
                         exception.value(QStringLiteral("from_seq_no")).toInteger());
                QCOMPARE(shard.readExceptions.at(e).retries, exception.value(QStringLiteral("retries")).toInt());
                QCOMPARE(shard.readExceptions.at(e).exception.toJson(),
                         ErrorCause::fromJson(exception.value(QStringLiteral("exception")).toObject()).toJson());
            }
            QCOMPARE(shard.fatalException.has_value(), j.contains(QStringLiteral("fatal_exception")));
            if (shard.fatalException)
                QCOMPARE(
                    shard.fatalException->reason,
                    j.value(QStringLiteral("fatal_exception")).toObject().value(QStringLiteral("reason")).toString());
            lagSum += shard.globalCheckpointLag();
        }
        QCOMPARE(stats.globalCheckpointLag(), lagSum);
    }
}

FollowerBodyGenerator::Options mixedOptions(int followers)
{
    FollowerBodyGenerator::Options options;
    options.followers = followers;
    options.pausedEvery = 5;
    options.maxShards = 3;
    options.readExceptionEvery = 4;
    options.fatalEvery = 6;
    return options;
}

} // namespace

class ParsersTest : public QObject
{
    Q_OBJECT

private slots:
    void followInfoToleratesUnknownKeys();
    void followInfoPausedWithoutParameters();
    void followInfoRejectsWrongTypes_data();
    void followInfoRejectsWrongTypes();
    void followStatsWithoutTotalLag();
    void followStatsExceptionsAndHumanFields();
    void followStatsNullFatalException();
    void ccrStatsAutoFollowErrors();
    void malformedBodies_data();
    void malformedBodies();
    void truncatedBodiesNeverParse();
    void corruptedBodiesNeverCrash();
    void simdjsonAgreesWithQJsonDocument();
    void generatorMatchesWhatItPromises();
    void errorBody();
    void remoteInfoProxyAndOldShapes();
    void clusterSettingsNestedFlatAndRemoval();
    void remoteClusterSettingsToJson();
    void licenseAllowsCcr_data();
    void licenseAllowsCcr();
    void smallResponses();
};

void ParsersTest::followInfoToleratesUnknownKeys()
{
    const QByteArray body = R"({"took_ms": 3, "follower_indices": [
        {"follower_index": "f1", "future_field": {"nested": [1, {"x": null}]}, "remote_cluster": "leader",
         "leader_index": "l1", "status": "active",
         "parameters": {"max_read_request_size": "64mb", "max_outstanding_read_requests": 4,
                        "max_write_request_operation_count": "7", "brand_new_parameter": [1, 2, 3],
                        "read_poll_timeout": "2m"}, "tail": true}
      ], "_shards": {"total": 1}})";
    QString error;
    const std::optional<FollowInfoResponse> response = FollowInfoResponse::parse(body, &error);
    QVERIFY2(response, qPrintable(error));
    QCOMPARE(response->followers.size(), 1);
    const FollowerInfo& follower = response->followers.constFirst();
    QCOMPARE(follower.followerIndex, QStringLiteral("f1"));
    QCOMPARE(follower.remoteCluster, QStringLiteral("leader"));
    QCOMPARE(follower.leaderIndex, QStringLiteral("l1"));
    QCOMPARE(follower.status, FollowerStatus::Active);
    QVERIFY(follower.hasParameters);
    QCOMPARE(follower.parameters.maxReadRequestSize->bytes(), qint64(64) * 1024 * 1024);
    QCOMPARE(follower.parameters.maxOutstandingReadRequests, std::optional<int>(4));
    QCOMPARE(follower.parameters.maxWriteRequestOperationCount, std::optional<int>(7));
    QCOMPARE(follower.parameters.readPollTimeout->milliseconds(), 120'000);
    QVERIFY(!follower.parameters.maxRetryDelay); // not reported = not set
}

void ParsersTest::followInfoPausedWithoutParameters()
{
    const QByteArray body = R"({"follower_indices":[
        {"follower_index":"a","remote_cluster":"r","leader_index":"la","status":"paused"},
        {"follower_index":"b","remote_cluster":"r","leader_index":"lb","status":"active",
         "parameters":{"max_retry_delay":"500ms"}}]})";
    const std::optional<FollowInfoResponse> response = FollowInfoResponse::parse(body);
    QVERIFY(response);
    QCOMPARE(response->followers.size(), 2);
    QCOMPARE(response->followers.at(0).status, FollowerStatus::Paused);
    QVERIFY(!response->followers.at(0).hasParameters);
    QVERIFY(response->followers.at(0).parameters == FollowParameters());
    QCOMPARE(response->followers.at(1).status, FollowerStatus::Active);
    QCOMPARE(response->followers.at(1).parameters.maxRetryDelay->milliseconds(), 500);

    const std::optional<FollowInfoResponse> empty = FollowInfoResponse::parse(R"({"follower_indices":[]})");
    QVERIFY(empty);
    QVERIFY(empty->followers.isEmpty());
}

void ParsersTest::followInfoRejectsWrongTypes_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expected");
    QTest::newRow("status number") << QByteArray(R"({"follower_indices":[{"follower_index":"a"},{"status":3}]})")
                                   << QStringLiteral("follow_info: follower_indices[1].status is not a string");
    QTest::newRow("status unknown") << QByteArray(R"({"follower_indices":[{"status":"sleeping"}]})")
                                    << QStringLiteral("follow_info: follower_indices[0].status is \"sleeping\"");
    QTest::newRow("not an array") << QByteArray(R"({"follower_indices":{"a":1}})")
                                  << QStringLiteral("follow_info: follower_indices is not an array");
    QTest::newRow("element not object") << QByteArray(R"({"follower_indices":["a"]})")
                                        << QStringLiteral("follow_info: follower_indices[0] is not an object");
    QTest::newRow("parameter bool")
        << QByteArray(R"({"follower_indices":[{"parameters":{"max_read_request_size":true}}]})")
        << QStringLiteral("follow_info: follower_indices[0].parameters.max_read_request_size is not a number or");
    QTest::newRow("top-level array") << QByteArray("[1,2]")
                                     << QStringLiteral("follow_info: the body is not a JSON object");
}

void ParsersTest::followInfoRejectsWrongTypes()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);
    QString error;
    QVERIFY(!FollowInfoResponse::parse(body, &error));
    QVERIFY2(error.startsWith(expected), qPrintable(error));
}

void ParsersTest::followStatsWithoutTotalLag()
{
    // The 7.x shape: no total_global_checkpoint_lag, no follower_aliases_version.
    const QByteArray body = R"({"indices":[{"index":"f","shards":[
        {"shard_id":0,"leader_global_checkpoint":50,"follower_global_checkpoint":20,"read_exceptions":[]},
        {"shard_id":1,"leader_global_checkpoint":9,"follower_global_checkpoint":9,"read_exceptions":[]},
        {"shard_id":2,"leader_global_checkpoint":-1,"follower_global_checkpoint":-1,"read_exceptions":[]}]}]})";
    QString error;
    const std::optional<FollowStatsResponse> response = FollowStatsResponse::parse(body, &error);
    QVERIFY2(response, qPrintable(error));
    const FollowerStats& stats = response->indices.constFirst();
    QVERIFY(!stats.totalGlobalCheckpointLag);
    QCOMPARE(stats.shards.size(), 3);
    QCOMPARE(stats.shards.at(2).shardId, 2);
    QCOMPARE(stats.shards.at(0).followerAliasesVersion, 0);
    QCOMPARE(stats.shards.at(0).timeSinceLastReadMillis, -1);
    QCOMPARE(stats.globalCheckpointLag(), 30);
}

void ParsersTest::followStatsExceptionsAndHumanFields()
{
    QString error;
    const std::optional<FollowStatsResponse> response = FollowStatsResponse::parse(shardWithExceptions, &error);
    QVERIFY2(response, qPrintable(error));
    const ShardFollowStats& shard = response->indices.constFirst().shards.constFirst();
    QCOMPARE(shard.shardId, 2);
    QCOMPARE(shard.writeBufferSizeInBytes, 1536); // the "1.5kb" twin is ignored
    QCOMPARE(shard.bytesRead, 4096);
    QCOMPARE(shard.totalReadTimeMillis, 1000);
    QCOMPARE(shard.failedReadRequests, 7);
    QCOMPARE(shard.timeSinceLastReadMillis, -1);
    QCOMPARE(shard.globalCheckpointLag(), 60);
    QCOMPARE(shard.readExceptions.size(), 1);
    QCOMPARE(shard.readExceptions.at(0).fromSeqNo, 51);
    QCOMPARE(shard.readExceptions.at(0).retries, 7);
    QCOMPARE(shard.readExceptions.at(0).exception.type, QStringLiteral("node_not_connected_exception"));
    QVERIFY(shard.readExceptions.at(0).exception.causedBy);
    QCOMPARE(shard.readExceptions.at(0).exception.causedBy->type, QStringLiteral("io_exception"));
    QVERIFY(shard.fatalException);
    QCOMPARE(shard.fatalException->type, QStringLiteral("illegal_argument_exception"));
    QCOMPARE(shard.fatalException->reason, QStringLiteral("leader index [l1] does not have soft deletes enabled"));
}

void ParsersTest::followStatsNullFatalException()
{
    const std::optional<FollowStatsResponse> response = FollowStatsResponse::parse(
        R"({"indices":[{"index":"f","shards":[{"shard_id":0,"fatal_exception":null,"read_exceptions":[]}]}]})");
    QVERIFY(response);
    QVERIFY(!response->indices.constFirst().shards.constFirst().fatalException);
    const std::optional<FollowStatsResponse> empty = FollowStatsResponse::parse("\n {\"indices\":[]} \r\n\t");
    QVERIFY(empty);
    QVERIFY(empty->indices.isEmpty());
}

void ParsersTest::ccrStatsAutoFollowErrors()
{
    FollowerBodyGenerator generator(mixedOptions(12));
    QString error;
    const std::optional<CcrStatsResponse> response = CcrStatsResponse::parse(generator.ccrStatsBody(), &error);
    QVERIFY2(response, qPrintable(error));
    const AutoFollowStats& autoFollow = response->autoFollowStats;
    QCOMPARE(autoFollow.numberOfFailedFollowIndices, 1);
    QCOMPARE(autoFollow.numberOfSuccessfulFollowIndices, 12);
    QCOMPARE(autoFollow.recentAutoFollowErrors.size(), 1);
    QCOMPARE(autoFollow.recentAutoFollowErrors.at(0).leaderIndex, QStringLiteral("logs-broken"));
    QCOMPARE(autoFollow.recentAutoFollowErrors.at(0).timestamp, Q_INT64_C(1700000000000));
    QCOMPARE(autoFollow.recentAutoFollowErrors.at(0).autoFollowException.type,
             QStringLiteral("illegal_argument_exception"));
    QCOMPARE(autoFollow.autoFollowedClusters.size(), 3);
    QCOMPARE(autoFollow.autoFollowedClusters.at(2).clusterName, QStringLiteral("leader-cluster-2"));
    QCOMPARE(autoFollow.autoFollowedClusters.at(2).lastSeenMetadataVersion, 44);
    QCOMPARE(response->followStats.indices.size(), generator.activeFollowers());

    QVERIFY(
        !CcrStatsResponse::parse(R"({"auto_follow_stats":{"recent_auto_follow_errors":[{"timestamp":"x"}]}})", &error));
    QVERIFY2(error.contains(QLatin1String("auto_follow_stats.recent_auto_follow_errors[0].timestamp is not a number")),
             qPrintable(error));
    QVERIFY(!CcrStatsResponse::parse(R"({"follow_stats":{"indices":[{"shards":[{"shard_id":1.5}]}]}})", &error));
    QVERIFY2(error.contains(QLatin1String("follow_stats.indices[0].shards[0].shard_id")), qPrintable(error));
}

void ParsersTest::malformedBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("whitespace") << QByteArray("   \n");
    QTest::newRow("html") << QByteArray("<html><body>502 Bad Gateway</body></html>");
    QTest::newRow("string") << QByteArray("\"indices\"");
    QTest::newRow("array") << QByteArray("[]");
    QTest::newRow("unclosed string") << QByteArray(R"({"indices":[{"index":"abc)");
    QTest::newRow("bad literal") << QByteArray(R"({"indices":[{"index":"a","shards":[{"shard_id":tru}]}]})");
    QTest::newRow("missing colon") << QByteArray(R"({"indices" [] })");
    QTest::newRow("trailing comma") << QByteArray(R"({"indices":[{"index":"a",}]})");
    QTest::newRow("shard id string") << QByteArray(R"({"indices":[{"index":"a","shards":[{"shard_id":"0"}]}]})");
    QTest::newRow("huge number") << QByteArray(R"({"indices":[{"shards":[{"bytes_read":99999999999999999999999}]}]})");
    QTest::newRow("int overflow") << QByteArray(R"({"indices":[{"shards":[{"shard_id":4294967296}]}]})");
    QTest::newRow("read_exceptions object") << QByteArray(R"({"indices":[{"shards":[{"read_exceptions":{}}]}]})");
    QTest::newRow("two documents") << QByteArray(R"({"indices":[]} {"indices":[]})");
    QTest::newRow("trailing garbage") << QByteArray(R"({"indices":[]}]})");
    QTest::newRow("fatal string") << QByteArray(R"({"indices":[{"shards":[{"fatal_exception":"boom"}]}]})");
}

void ParsersTest::malformedBodies()
{
    QFETCH(QByteArray, body);
    QString error;
    QVERIFY(!FollowStatsResponse::parse(body, &error));
    QVERIFY2(error.startsWith(QLatin1String("follow_stats: ")), qPrintable(error));
    error.clear();
    QVERIFY(!CcrStatsResponse::parse(QByteArray("{\"follow_stats\":") + body + '}', &error));
    QVERIFY(!error.isEmpty());
    error.clear();
    // The same garbage as a follow_info body is rejected too (except where it is a valid shape there).
    if (!body.contains("\"indices\":[{") && !body.contains("\"indices\":[]") && !body.contains("\"indices\" ")) {
        QVERIFY(!FollowInfoResponse::parse(body, &error));
        QVERIFY(!error.isEmpty());
    }
}

void ParsersTest::truncatedBodiesNeverParse()
{
    FollowerBodyGenerator::Options options = mixedOptions(6);
    const FollowerBodyGenerator generator(options);
    const QByteArray info = generator.followInfoBody();
    const QByteArray stats = generator.followStatsBody();
    const QByteArray ccr = generator.ccrStatsBody();
    QVERIFY(FollowInfoResponse::parse(info));
    QVERIFY(FollowStatsResponse::parse(stats));
    QVERIFY(CcrStatsResponse::parse(ccr));
    // Every strict prefix is an error with a message; never a crash, never a silently shorter result.
    for (qsizetype length = 0; length < info.size(); ++length) {
        QString error;
        QVERIFY2(!FollowInfoResponse::parse(info.left(length), &error), qPrintable(QString::number(length)));
        QVERIFY(!error.isEmpty());
    }
    for (qsizetype length = 0; length < stats.size(); ++length) {
        QString error;
        QVERIFY2(!FollowStatsResponse::parse(stats.left(length), &error), qPrintable(QString::number(length)));
        QVERIFY(!error.isEmpty());
    }
    for (qsizetype length = 0; length < ccr.size(); length += 7) {
        QString error;
        QVERIFY2(!CcrStatsResponse::parse(ccr.left(length), &error), qPrintable(QString::number(length)));
        QVERIFY(!error.isEmpty());
    }
}

void ParsersTest::corruptedBodiesNeverCrash()
{
    const FollowerBodyGenerator generator(mixedOptions(5));
    const QByteArray stats = generator.followStatsBody();
    const QByteArray info = generator.followInfoBody();
    QRandomGenerator rng(7);
    const char noise[] = {'{', '}', '[', ']', '"', ',', ':', '\\', '0', '-', 'e', 'n', '\0', '\xff'};
    int rejected = 0;
    for (int round = 0; round < 3000; ++round) {
        QByteArray body = round % 2 ? stats : info;
        const int edits = 1 + int(rng.bounded(3));
        for (int e = 0; e < edits; ++e)
            body[qsizetype(rng.bounded(quint32(body.size())))] = noise[rng.bounded(quint32(sizeof(noise)))];
        QString error;
        const bool parsed = round % 2 ? FollowStatsResponse::parse(body, &error).has_value()
                                      : FollowInfoResponse::parse(body, &error).has_value();
        if (!parsed) {
            QVERIFY(!error.isEmpty());
            ++rejected;
        }
    }
    QVERIFY(rejected > 1000); // most corruptions are caught
}

void ParsersTest::simdjsonAgreesWithQJsonDocument()
{
    const FollowerBodyGenerator generator(mixedOptions(60));
    // follow_stats
    const QByteArray stats = generator.followStatsBody();
    QString error;
    const std::optional<FollowStatsResponse> parsedStats = FollowStatsResponse::parse(stats, &error);
    QVERIFY2(parsedStats, qPrintable(error));
    compareFollowStats(QJsonDocument::fromJson(stats).object().value(QStringLiteral("indices")).toArray(),
                       *parsedStats);
    // the same inside ccr stats
    const QByteArray ccr = generator.ccrStatsBody();
    const std::optional<CcrStatsResponse> parsedCcr = CcrStatsResponse::parse(ccr, &error);
    QVERIFY2(parsedCcr, qPrintable(error));
    compareFollowStats(QJsonDocument::fromJson(ccr)
                           .object()
                           .value(QStringLiteral("follow_stats"))
                           .toObject()
                           .value(QStringLiteral("indices"))
                           .toArray(),
                       parsedCcr->followStats);
    // follow_info: the QJsonDocument route through FollowParameters::fromJson gives the same parameters
    const QByteArray info = generator.followInfoBody();
    const std::optional<FollowInfoResponse> parsedInfo = FollowInfoResponse::parse(info, &error);
    QVERIFY2(parsedInfo, qPrintable(error));
    const QJsonArray followers =
        QJsonDocument::fromJson(info).object().value(QStringLiteral("follower_indices")).toArray();
    QCOMPARE(parsedInfo->followers.size(), followers.size());
    for (qsizetype i = 0; i < followers.size(); ++i) {
        const QJsonObject j = followers.at(i).toObject();
        const FollowerInfo& follower = parsedInfo->followers.at(i);
        QCOMPARE(follower.followerIndex, j.value(QStringLiteral("follower_index")).toString());
        QCOMPARE(follower.remoteCluster, j.value(QStringLiteral("remote_cluster")).toString());
        QCOMPARE(follower.leaderIndex, j.value(QStringLiteral("leader_index")).toString());
        QCOMPARE(follower.status == FollowerStatus::Paused, j.value(QStringLiteral("status")).toString() == u"paused");
        QCOMPARE(follower.hasParameters, j.contains(QStringLiteral("parameters")));
        QList<ValueError> errors;
        QVERIFY(follower.parameters ==
                FollowParameters::fromJson(j.value(QStringLiteral("parameters")).toObject(), &errors));
        QVERIFY(errors.isEmpty());
    }
}

void ParsersTest::generatorMatchesWhatItPromises()
{
    const FollowerBodyGenerator generator(mixedOptions(30));
    const std::optional<FollowInfoResponse> info = FollowInfoResponse::parse(generator.followInfoBody());
    const std::optional<FollowStatsResponse> stats = FollowStatsResponse::parse(generator.followStatsBody());
    QVERIFY(info && stats);
    QCOMPARE(info->followers.size(), 30);
    QCOMPARE(stats->indices.size(), generator.activeFollowers());
    QVERIFY(generator.activeFollowers() < 30);
    qsizetype statsIndex = 0;
    for (int i = 0; i < 30; ++i) {
        QCOMPARE(info->followers.at(i).followerIndex, FollowerBodyGenerator::followerName(i));
        QCOMPARE(info->followers.at(i).status == FollowerStatus::Paused, generator.isPaused(i));
        if (generator.isPaused(i))
            continue;
        const FollowerStats& follower = stats->indices.at(statsIndex++);
        QCOMPARE(follower.index, FollowerBodyGenerator::followerName(i));
        QCOMPARE(follower.shards.size(), generator.shardCount(i));
        for (int s = 0; s < follower.shards.size(); ++s) {
            QCOMPARE(follower.shards.at(s).leaderGlobalCheckpoint, generator.leaderGlobalCheckpoint(i, s));
            QCOMPARE(follower.shards.at(s).followerGlobalCheckpoint, generator.followerGlobalCheckpoint(i, s));
        }
        QCOMPARE(*follower.totalGlobalCheckpointLag, follower.globalCheckpointLag());
        QCOMPARE(follower.shards.at(0).readExceptions.isEmpty(), !generator.hasReadException(i));
        QCOMPARE(follower.shards.at(0).fatalException.has_value(), generator.hasFatalException(i));
    }
    // Same options, same bytes.
    QCOMPARE(FollowerBodyGenerator(mixedOptions(30)).ccrStatsBody(), generator.ccrStatsBody());
}

void ParsersTest::errorBody()
{
    QString error;
    std::optional<EsErrorBody> body = EsErrorBody::parse(
        R"({"error":{"root_cause":[{"type":"x","reason":"inner"}],"type":"y","reason":"outer",
            "caused_by":{"type":"z","reason":"cause"},"index":"i1"},"status":409})",
        &error);
    QVERIFY2(body, qPrintable(error));
    QCOMPARE(body->status, 409);
    QCOMPARE(body->error.type, QStringLiteral("y"));
    QCOMPARE(body->error.deepestReason(), QStringLiteral("inner"));
    QCOMPARE(body->error.causedBy->reason, QStringLiteral("cause"));
    QCOMPARE(body->error.extra.value(QStringLiteral("index")).toString(), QStringLiteral("i1"));

    body = EsErrorBody::parse(R"({"error":"IndexMissingException[[foo] missing]","status":404})");
    QVERIFY(body);
    QCOMPARE(body->status, 404);
    QVERIFY(body->error.type.isEmpty());
    QCOMPARE(body->error.reason, QStringLiteral("IndexMissingException[[foo] missing]"));

    body = EsErrorBody::parse(R"({"error":{"type":"t","reason":null}})");
    QVERIFY(body);
    QCOMPARE(body->status, 0);
    QVERIFY(body->error.reason.isEmpty());

    QVERIFY(!EsErrorBody::parse(R"({"acknowledged":true})", &error));
    QVERIFY2(error.contains(QLatin1String("error is missing")), qPrintable(error));
    QVERIFY(!EsErrorBody::parse(R"({"error":42})", &error));
    // A status that is no whole number is left out rather than the whole body (tst_jsonnumbers has the table).
    body = EsErrorBody::parse(R"({"error":{"type":"t"},"status":"bad"})", &error);
    QVERIFY(body);
    QCOMPARE(body->status, 0);
    QCOMPARE(body->error.type, QStringLiteral("t"));
    QVERIFY(!EsErrorBody::parse("Bad Gateway", &error));
    QVERIFY(!error.isEmpty());
}

void ParsersTest::remoteInfoProxyAndOldShapes()
{
    const QByteArray body = R"({
      "cloud": {"connected": false, "mode": "proxy", "proxy_address": "es.example.com:9400",
                "server_name": "es.example.com", "num_proxy_sockets_connected": 0,
                "max_proxy_socket_connections": 18, "initial_connect_timeout": "30s", "skip_unavailable": true,
                "cluster_credentials": "::es_redacted::"},
      "old": {"seeds": ["10.0.0.1:9300"], "http_addresses": ["10.0.0.1:9200"], "connected": true,
              "num_nodes_connected": 1, "max_connections_per_cluster": 3, "initial_connect_timeout": "30s",
              "skip_unavailable": false}})";
    QString error;
    const std::optional<RemoteInfoResponse> response = RemoteInfoResponse::parse(body, &error);
    QVERIFY2(response, qPrintable(error));
    QCOMPARE(response->remotes.size(), 2);
    const RemoteClusterInfo* cloud = response->find(QStringLiteral("cloud"));
    QVERIFY(cloud);
    QCOMPARE(cloud->mode, RemoteClusterMode::Proxy);
    QCOMPARE(cloud->proxyAddress, QStringLiteral("es.example.com:9400"));
    QCOMPARE(cloud->serverName, QStringLiteral("es.example.com"));
    QCOMPARE(cloud->maxProxySocketConnections, 18);
    QVERIFY(cloud->skipUnavailable);
    QCOMPARE(cloud->clusterCredentials, std::optional<QString>(QStringLiteral("::es_redacted::")));
    const RemoteClusterInfo* old = response->find(QStringLiteral("old"));
    QVERIFY(old);
    QCOMPARE(old->mode, RemoteClusterMode::Sniff);
    QVERIFY(old->connected);
    QCOMPARE(old->seeds, QStringList({QStringLiteral("10.0.0.1:9300")}));
    QVERIFY(!response->find(QStringLiteral("missing")));

    QVERIFY(!RemoteInfoResponse::parse(R"({"x":{"mode":"carrier-pigeon"}})", &error));
    QVERIFY2(error.contains(QLatin1String("x.mode")), qPrintable(error));
    QVERIFY(!RemoteInfoResponse::parse(R"({"x":{"connected":"maybe"}})", &error));
    QVERIFY(RemoteInfoResponse::parse("{}")->remotes.isEmpty());
}

void ParsersTest::clusterSettingsNestedFlatAndRemoval()
{
    // GET /_cluster/settings renders values as strings; nested by default.
    const QByteArray nested =
        R"({"persistent":{"cluster":{"remote":{"leader":{"mode":"sniff","seeds":["a:9300","b:9300"],
        "skip_unavailable":"true","node_connections":"5"},"cloud":{"mode":"proxy","proxy_address":"p:9400",
        "server_name":"p"}},"routing":{"allocation":{"enable":"all"}}},"indices":{"recovery":{"max_bytes_per_sec":"50mb"}}},
        "transient":{"cluster.remote.tmp.seeds":"c:9300,d:9300","cluster.remote.initial_connect_timeout":"30s",
        "cluster.remote.node.attr":"gateway"}})";
    QString error;
    const std::optional<ClusterSettingsResponse> response = ClusterSettingsResponse::parse(nested, &error);
    QVERIFY2(response, qPrintable(error));
    QCOMPARE(response->remotes.size(), 3);
    const RemoteClusterSettings* leader = response->find(QStringLiteral("leader"));
    QVERIFY(leader);
    QCOMPARE(leader->mode, std::optional<RemoteClusterMode>(RemoteClusterMode::Sniff));
    QCOMPARE(leader->seeds, QStringList({QStringLiteral("a:9300"), QStringLiteral("b:9300")}));
    QCOMPARE(leader->skipUnavailable, std::optional<bool>(true));
    QCOMPARE(leader->nodeConnections, std::optional<int>(5));
    const RemoteClusterSettings* cloud = response->find(QStringLiteral("cloud"));
    QVERIFY(cloud);
    QCOMPARE(cloud->mode, std::optional<RemoteClusterMode>(RemoteClusterMode::Proxy));
    QCOMPARE(cloud->proxyAddress, QStringLiteral("p:9400"));
    QCOMPARE(cloud->serverName, std::optional<QString>(QStringLiteral("p")));
    const RemoteClusterSettings* tmp = response->find(QStringLiteral("tmp"), false);
    QVERIFY(tmp);
    QVERIFY(!tmp->persistent);
    QCOMPARE(tmp->seeds, QStringList({QStringLiteral("c:9300"), QStringLiteral("d:9300")}));

    // A PUT response echoing a removal.
    const std::optional<ClusterSettingsResponse> removal = ClusterSettingsResponse::parse(
        R"({"acknowledged":true,"persistent":{"cluster":{"remote":{"old":{"seeds":null,"mode":null}}}},"transient":{}})");
    QVERIFY(removal);
    QVERIFY(removal->acknowledged);
    QCOMPARE(removal->remotes.size(), 1);
    QVERIFY(removal->remotes.constFirst().remove);

    QVERIFY(!ClusterSettingsResponse::parse(R"({"persistent":{"cluster.remote.x.mode":"teleport"}})", &error));
    QVERIFY2(error.contains(QLatin1String("cluster.remote.x.mode")), qPrintable(error));
    QVERIFY(
        !ClusterSettingsResponse::parse(R"({"persistent":{"cluster.remote.x.skip_unavailable":"perhaps"}})", &error));
    QVERIFY(!ClusterSettingsResponse::parse(R"({"persistent":[]})", &error));
}

void ParsersTest::remoteClusterSettingsToJson()
{
    RemoteClusterSettings proxy;
    proxy.alias = QStringLiteral("leader");
    proxy.mode = RemoteClusterMode::Proxy;
    proxy.proxyAddress = QStringLiteral("p:9400");
    proxy.skipUnavailable = false;
    const QJsonObject json = proxy.toJson();
    const QJsonObject section = json.value(QStringLiteral("persistent")).toObject();
    QVERIFY(!json.contains(QStringLiteral("transient")));
    QCOMPARE(section.value(QStringLiteral("cluster.remote.leader.mode")).toString(), QStringLiteral("proxy"));
    QCOMPARE(section.value(QStringLiteral("cluster.remote.leader.proxy_address")).toString(), QStringLiteral("p:9400"));
    QVERIFY(section.value(QStringLiteral("cluster.remote.leader.seeds")).isNull()); // cleared: switching from sniff
    QVERIFY(section.contains(QStringLiteral("cluster.remote.leader.seeds")));
    QCOMPARE(section.value(QStringLiteral("cluster.remote.leader.skip_unavailable")).toBool(true), false);

    // Round trip through the reader.
    const std::optional<ClusterSettingsResponse> back = ClusterSettingsResponse::fromJson(json);
    QVERIFY(back);
    QCOMPARE(back->remotes.size(), 1);
    QCOMPARE(back->remotes.constFirst().mode, proxy.mode);
    QCOMPARE(back->remotes.constFirst().proxyAddress, proxy.proxyAddress);
    QCOMPARE(back->remotes.constFirst().skipUnavailable, proxy.skipUnavailable);

    RemoteClusterSettings removal;
    removal.alias = QStringLiteral("gone");
    removal.persistent = false;
    removal.remove = true;
    const QJsonObject removed = removal.toJson().value(QStringLiteral("transient")).toObject();
    QVERIFY(removed.size() >= 4);
    for (auto it = removed.begin(); it != removed.end(); ++it) {
        QVERIFY(it.key().startsWith(QLatin1String("cluster.remote.gone.")));
        QVERIFY(it.value().isNull());
    }
    const std::optional<ClusterSettingsResponse> removedBack = ClusterSettingsResponse::fromJson(removal.toJson());
    QVERIFY(removedBack && removedBack->remotes.size() == 1 && removedBack->remotes.constFirst().remove);
}

void ParsersTest::licenseAllowsCcr_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("allows");
    QTest::newRow("platinum") << QByteArray(R"({"license":{"status":"active","type":"platinum","uid":"u"}})") << true;
    QTest::newRow("enterprise") << QByteArray(R"({"license":{"status":"active","type":"enterprise"}})") << true;
    QTest::newRow("trial") << QByteArray(R"({"license":{"status":"active","type":"trial"}})") << true;
    QTest::newRow("basic") << QByteArray(R"({"license":{"status":"active","type":"basic"}})") << false;
    QTest::newRow("gold") << QByteArray(R"({"license":{"status":"active","type":"gold"}})") << false;
    QTest::newRow("expired platinum") << QByteArray(R"({"license":{"status":"expired","type":"platinum"}})") << false;
}

void ParsersTest::licenseAllowsCcr()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, allows);
    QString error;
    const std::optional<LicenseInfo> license = LicenseInfo::parse(body, &error);
    QVERIFY2(license, qPrintable(error));
    QCOMPARE(license->allowsCcr(), allows);
}

void ParsersTest::smallResponses()
{
    QString error;
    const std::optional<ClusterInfo> info = ClusterInfo::parse(
        R"({"name":"node-1","cluster_name":"leader","cluster_uuid":"abc","version":{"number":"8.13.4",
            "build_flavor":"default","lucene_version":"9.10.0"},"tagline":"You Know, for Search"})",
        &error);
    QVERIFY2(info, qPrintable(error));
    QCOMPARE(info->name, QStringLiteral("node-1"));
    QCOMPARE(info->clusterName, QStringLiteral("leader"));
    QCOMPARE(info->clusterUuid, QStringLiteral("abc"));
    QCOMPARE(info->versionNumber, QStringLiteral("8.13.4"));
    QCOMPARE(info->tagline, QStringLiteral("You Know, for Search"));
    QVERIFY(!ClusterInfo::parse(R"({"version":"8"})", &error));
    QVERIFY2(error.contains(QLatin1String("version is not an object")), qPrintable(error));

    const std::optional<PrivilegesResponse> privileges = PrivilegesResponse::parse(
        R"({"username":"bob","has_all_requested":false,"cluster":{"monitor":true,"manage_ccr":false},
            "index":{"follower-*":{"read":true,"manage_follow_index":false}},"application":{}})",
        &error);
    QVERIFY2(privileges, qPrintable(error));
    QCOMPARE(privileges->username, QStringLiteral("bob"));
    QVERIFY(!privileges->hasAllRequested);
    QCOMPARE(privileges->cluster.value(QStringLiteral("monitor")), true);
    QCOMPARE(privileges->cluster.value(QStringLiteral("manage_ccr"), true), false);
    QCOMPARE(privileges->index.value(QStringLiteral("follower-*")).value(QStringLiteral("read")), true);
    QVERIFY(!PrivilegesResponse::parse(R"({"cluster":{"monitor":"yes"}})", &error));
    QVERIFY2(error.contains(QLatin1String("cluster.monitor")), qPrintable(error));

    const std::optional<ResolveIndexResponse> resolved = ResolveIndexResponse::parse(
        R"({"indices":[{"name":"f1","aliases":["a1"],"attributes":["open"]},
                       {"name":".ds-logs-2024","attributes":["hidden","closed"],"data_stream":"logs"}],
            "aliases":[{"name":"a1","indices":["f1"]}],
            "data_streams":[{"name":"logs","backing_indices":[".ds-logs-2024"],"timestamp_field":"@timestamp"}]})",
        &error);
    QVERIFY2(resolved, qPrintable(error));
    QCOMPARE(resolved->indices.size(), 2);
    QVERIFY(resolved->indices.at(0).isOpen());
    QVERIFY(!resolved->indices.at(1).isOpen());
    QCOMPARE(resolved->indices.at(1).dataStream, QStringLiteral("logs"));
    QCOMPARE(resolved->aliases.constFirst().indices, QStringList({QStringLiteral("f1")}));
    QCOMPARE(resolved->dataStreams.constFirst().timestampField, QStringLiteral("@timestamp"));
    QVERIFY(!ResolveIndexResponse::parse(R"({"indices":[{"name":5}]})", &error));
    QVERIFY2(error.contains(QLatin1String("indices[0].name is not a string")), qPrintable(error));

    const std::optional<CloseIndexResponse> closed = CloseIndexResponse::parse(
        R"({"acknowledged":false,"shards_acknowledged":false,"indices":{"f1":{"closed":false,"shards":{"0":{
            "failures":[{"shard":0,"index":"f1","status":"BAD_REQUEST","reason":{"type":"x","reason":"y"}}]}}},
            "f2":{"closed":true}}})",
        &error);
    QVERIFY2(closed, qPrintable(error));
    QVERIFY(!closed->acknowledged);
    QCOMPARE(closed->closed.value(QStringLiteral("f1"), true), false);
    QCOMPARE(closed->closed.value(QStringLiteral("f2")), true);
    QVERIFY(closed->shardFailures.contains(QStringLiteral("f1")));
    QVERIFY(!closed->shardFailures.contains(QStringLiteral("f2")));
}

QTEST_GUILESS_MAIN(ParsersTest)
#include "tst_parsers.moc"
