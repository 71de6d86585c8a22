// Every real Elasticsearch example in $DUPER_ES_EXAMPLES_DIR goes through the parser (or request type) it belongs
// to, and the values that matter are checked. A file no handler claims fails the test, so new examples cannot be
// skipped silently.

#include "TestPaths.h"
#include "core/ccr/AcknowledgedResponse.h"
#include "core/ccr/AutoFollowPatternsResponse.h"
#include "core/ccr/CcrStatsResponse.h"
#include "core/ccr/CloseIndexResponse.h"
#include "core/ccr/ClusterSettingsResponse.h"
#include "core/ccr/FollowInfoResponse.h"
#include "core/ccr/FollowRequest.h"
#include "core/ccr/FollowResponse.h"
#include "core/ccr/FollowStatsResponse.h"
#include "core/ccr/ForgetFollowerRequest.h"
#include "core/ccr/ForgetFollowerResponse.h"
#include "core/ccr/OpenIndexResponse.h"
#include "core/ccr/RemoteInfoResponse.h"
#include "core/es/EsErrorBody.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace duper;

namespace {

QSet<QString> keysOf(const QJsonObject& object)
{
    const QStringList keys = object.keys();
    return QSet<QString>(keys.begin(), keys.end());
}

const QSet<QString> acknowledgedFolders = {
    QStringLiteral("ccr.delete_auto_follow_pattern"),
    QStringLiteral("ccr.pause_auto_follow_pattern"),
    QStringLiteral("ccr.resume_auto_follow_pattern"),
    QStringLiteral("ccr.put_auto_follow_pattern"),
    QStringLiteral("ccr.pause_follow"),
    QStringLiteral("ccr.resume_follow"),
    QStringLiteral("ccr.unfollow"),
};

void checkShard(const ShardFollowStats& shard)
{
    QCOMPARE(shard.remoteCluster, QStringLiteral("remote_cluster"));
    QCOMPARE(shard.leaderIndex, QStringLiteral("leader_index"));
    QCOMPARE(shard.followerIndex, QStringLiteral("follower_index"));
    QCOMPARE(shard.shardId, 0);
    QCOMPARE(shard.leaderGlobalCheckpoint, 1024);
    QCOMPARE(shard.leaderMaxSeqNo, 1536);
    QCOMPARE(shard.followerGlobalCheckpoint, 768);
    QCOMPARE(shard.followerMaxSeqNo, 896);
    QCOMPARE(shard.lastRequestedSeqNo, 897);
    QCOMPARE(shard.outstandingReadRequests, 8);
    QCOMPARE(shard.outstandingWriteRequests, 2);
    QCOMPARE(shard.writeBufferOperationCount, 64);
    QCOMPARE(shard.followerMappingVersion, 4);
    QCOMPARE(shard.followerSettingsVersion, 2);
    QCOMPARE(shard.followerAliasesVersion, 8);
    QCOMPARE(shard.totalReadTimeMillis, 32768);
    QCOMPARE(shard.totalReadRemoteExecTimeMillis, 16384);
    QCOMPARE(shard.successfulReadRequests, 32);
    QCOMPARE(shard.failedReadRequests, 0);
    QCOMPARE(shard.operationsRead, 896);
    QCOMPARE(shard.bytesRead, 32768);
    QCOMPARE(shard.totalWriteTimeMillis, 16384);
    QCOMPARE(shard.writeBufferSizeInBytes, 1536);
    QCOMPARE(shard.successfulWriteRequests, 16);
    QCOMPARE(shard.failedWriteRequests, 0);
    QCOMPARE(shard.operationsWritten, 832);
    QVERIFY(shard.readExceptions.isEmpty());
    QCOMPARE(shard.timeSinceLastReadMillis, 8);
    QVERIFY(!shard.fatalException);
    QCOMPARE(shard.globalCheckpointLag(), 256);
}

void checkFollowStats(const FollowStatsResponse& stats)
{
    QCOMPARE(stats.indices.size(), 1);
    const FollowerStats& index = stats.indices.constFirst();
    QCOMPARE(index.index, QStringLiteral("follower_index"));
    QCOMPARE(index.totalGlobalCheckpointLag, std::optional<qint64>(256));
    QCOMPARE(index.shards.size(), 1);
    checkShard(index.shards.constFirst());
}

// The follow_info defaults as ES renders them (both follow_info examples carry them).
void checkDefaultParameters(const FollowParameters& p)
{
    QCOMPARE(p.maxReadRequestOperationCount, std::optional<int>(5120));
    QCOMPARE(p.maxWriteRequestOperationCount, std::optional<int>(5120));
    QCOMPARE(p.maxOutstandingReadRequests, std::optional<int>(12));
    QCOMPARE(p.maxOutstandingWriteRequests, std::optional<int>(9));
    QCOMPARE(p.maxWriteBufferCount, std::optional<int>(2147483647));
    QVERIFY(p.maxReadRequestSize);
    QCOMPARE(p.maxReadRequestSize->bytes(), qint64(32) * 1024 * 1024);
    QVERIFY(p.maxWriteRequestSize);
    QCOMPARE(p.maxWriteRequestSize->bytes(), std::numeric_limits<qint64>::max());
    QVERIFY(p.maxWriteBufferSize);
    QCOMPARE(p.maxWriteBufferSize->bytes(), qint64(512) * 1024 * 1024);
    QVERIFY(p.maxRetryDelay);
    QCOMPARE(p.maxRetryDelay->milliseconds(), 500);
    QVERIFY(p.readPollTimeout);
    QCOMPARE(p.readPollTimeout->milliseconds(), 60'000);
}

// The tuned parameters of the spec follow / put-auto-follow / resume-follow request examples.
void checkSpecRequestParameters(const FollowParameters& p)
{
    QCOMPARE(p.maxReadRequestOperationCount, std::optional<int>(1024));
    QCOMPARE(p.maxOutstandingReadRequests, std::optional<int>(16));
    QCOMPARE(p.maxReadRequestSize->bytes(), 1024 * 1024);
    QCOMPARE(p.maxWriteRequestOperationCount, std::optional<int>(32768));
    QCOMPARE(p.maxWriteRequestSize->bytes(), 16 * 1024);
    QCOMPARE(p.maxOutstandingWriteRequests, std::optional<int>(8));
    QCOMPARE(p.maxWriteBufferCount, std::optional<int>(512));
    QCOMPARE(p.maxWriteBufferSize->bytes(), 512 * 1024);
    QCOMPARE(p.maxRetryDelay->milliseconds(), 10'000);
    QCOMPARE(p.readPollTimeout->milliseconds(), 30'000);
}

} // namespace

class ConformanceExamplesTest : public QObject
{
    Q_OBJECT

private slots:
    void examples_data();
    void examples();

private:
    void checkErrorBody(const QString& folder, const QString& file, const QByteArray& body);
    void checkRequest(const QString& folder, const QString& file, const QByteArray& body);
    void checkResponse(const QString& folder, const QString& file, const QByteArray& body);
};

void ConformanceExamplesTest::examples_data()
{
    QTest::addColumn<QString>("path");
    const QString dir = duper::test::esExamplesDir();
    if (dir.isEmpty())
        QSKIP("DUPER_ES_EXAMPLES_DIR is not set or missing; the conformance examples were not checked");
    QDirIterator it(dir, {QStringLiteral("*")}, QDir::Files, QDirIterator::Subdirectories);
    QStringList files;
    while (it.hasNext())
        files.append(QDir(dir).relativeFilePath(it.next()));
    files.sort();
    int count = 0;
    for (const QString& file : files) {
        if (file == u"SOURCES.md")
            continue;
        QTest::newRow(qPrintable(file)) << QDir(dir).filePath(file);
        ++count;
    }
    QVERIFY2(count >= 50, "expected the full example set (52 bodies)");
}

void ConformanceExamplesTest::examples()
{
    QFETCH(QString, path);
    const QFileInfo info(path);
    const QString folder = info.dir().dirName();
    const QString file = info.fileName();
    QVERIFY2(file.endsWith(QLatin1String(".json")), qPrintable(QStringLiteral("not a JSON example: ") + path));
    QFile input(path);
    QVERIFY(input.open(QIODevice::ReadOnly));
    const QByteArray body = input.readAll();

    if (file.startsWith(QLatin1String("src-error-")) || file.startsWith(QLatin1String("observed-")) ||
        folder == u"security") {
        checkErrorBody(folder, file, body);
    } else if (file.contains(QLatin1String("-request"))) {
        checkRequest(folder, file, body);
    } else {
        checkResponse(folder, file, body);
    }
}

void ConformanceExamplesTest::checkErrorBody(const QString& folder, const QString& file, const QByteArray& body)
{
    QString error;
    const std::optional<EsErrorBody> parsed = EsErrorBody::parse(body, &error);
    QVERIFY2(parsed, qPrintable(error));
    QVERIFY(!parsed->error.type.isEmpty());
    QVERIFY(!parsed->error.reason.isEmpty());
    QVERIFY2(parsed->status >= 400 && parsed->status < 600, qPrintable(QString::number(parsed->status)));
    QVERIFY(!parsed->error.rootCause.isEmpty());
    QCOMPARE(parsed->error.rootCause.constFirst().type, parsed->error.type);
    QCOMPARE(parsed->error.deepestReason(), parsed->error.rootCause.constFirst().reason);

    // The type decides the status (es-ccr-api.md §0).
    const QString& type = parsed->error.type;
    if (type == u"index_not_found_exception" || type == u"resource_not_found_exception" ||
        type == u"no_such_remote_cluster_exception") {
        QCOMPARE(parsed->status, 404);
    } else if (type == u"illegal_argument_exception" || type == u"action_request_validation_exception" ||
               type == u"status_exception") {
        QCOMPARE(parsed->status, 400);
    } else if (type == u"snapshot_restore_exception") {
        QCOMPARE(parsed->status, 500);
    } else if (type == u"security_exception") {
        QVERIFY(parsed->status == 401 || parsed->status == 403);
    } else {
        QFAIL(qPrintable(QStringLiteral("unmapped error type %1 in %2/%3").arg(type, folder, file)));
    }

    if (file == u"src-error-license-local.json") {
        QCOMPARE(parsed->status, 403);
        QCOMPARE(parsed->error.extra.value(QStringLiteral("license.expired.feature")).toString(),
                 QStringLiteral("ccr"));
    } else if (file == u"observed-401-missing-credentials.json") {
        QCOMPARE(parsed->status, 401);
        const QJsonArray challenges = parsed->error.extra.value(QStringLiteral("header"))
                                          .toObject()
                                          .value(QStringLiteral("WWW-Authenticate"))
                                          .toArray();
        QCOMPARE(challenges.size(), 3);
        QVERIFY(challenges.at(0).toString().startsWith(QLatin1String("Basic realm=")));
    } else if (file == u"src-error-index-missing.json") {
        QCOMPARE(parsed->error.extra.value(QStringLiteral("resource.type")).toString(),
                 QStringLiteral("index_or_alias"));
        QVERIFY(parsed->error.reason.startsWith(QLatin1String("no such index [")));
    } else if (file == u"src-error-no-such-remote-cluster.json") {
        QCOMPARE(parsed->error.reason, QStringLiteral("no such remote cluster: [another_cluster]"));
    }
}

void ConformanceExamplesTest::checkRequest(const QString& folder, const QString& file, const QByteArray& body)
{
    const QJsonObject original = QJsonDocument::fromJson(body).object();
    QVERIFY(!original.isEmpty());
    QString error;

    if (folder == u"ccr.follow") {
        const std::optional<FollowRequest> request = FollowRequest::fromJson(original, &error);
        QVERIFY2(request, qPrintable(error));
        QVERIFY(!request->remoteCluster.isEmpty());
        QVERIFY(!request->leaderIndex.isEmpty());
        const QJsonObject written = request->toJson();
        QCOMPARE(keysOf(written), keysOf(original));
        const std::optional<FollowRequest> again = FollowRequest::fromJson(written, &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(again->remoteCluster, request->remoteCluster);
        QCOMPARE(again->leaderIndex, request->leaderIndex);
        QCOMPARE(again->dataStreamName, request->dataStreamName);
        QCOMPARE(again->settings, request->settings);
        QVERIFY(again->parameters == request->parameters);
        if (file == u"spec-create-follow-index-request-example1.json") {
            QCOMPARE(request->remoteCluster, QStringLiteral("remote_cluster"));
            QCOMPARE(request->settings.value(QStringLiteral("index.number_of_replicas")).toInt(-1), 0);
            checkSpecRequestParameters(request->parameters);
        } else if (file == u"docs-getting-started-request.json") {
            QCOMPARE(request->leaderIndex, QStringLiteral("server-metrics"));
            QVERIFY(request->parameters == FollowParameters());
        }
    } else if (folder == u"ccr.put_auto_follow_pattern") {
        const std::optional<AutoFollowPattern> pattern =
            AutoFollowPattern::fromJson(QStringLiteral("example"), original, &error);
        QVERIFY2(pattern, qPrintable(error));
        QVERIFY(!pattern->remoteCluster.isEmpty());
        QVERIFY(!pattern->leaderIndexPatterns.isEmpty());
        const QJsonObject written = pattern->toJson();
        QCOMPARE(keysOf(written), keysOf(original));
        const std::optional<AutoFollowPattern> again =
            AutoFollowPattern::fromJson(QStringLiteral("example"), written, &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(again->leaderIndexPatterns, pattern->leaderIndexPatterns);
        QCOMPARE(again->leaderIndexExclusionPatterns, pattern->leaderIndexExclusionPatterns);
        QCOMPARE(again->followIndexPattern, pattern->followIndexPattern);
        QCOMPARE(again->settings, pattern->settings);
        QVERIFY(again->parameters == pattern->parameters);
        if (file == u"docs-beats-request.json") {
            QCOMPARE(pattern->leaderIndexPatterns,
                     QStringList({QStringLiteral("metricbeat-*"), QStringLiteral("packetbeat-*")}));
            QCOMPARE(pattern->followIndexPattern, QStringLiteral("{{leader_index}}-copy"));
        } else if (file == u"yaml-logs-with-exclusion-request.json") {
            QCOMPARE(pattern->leaderIndexExclusionPatterns, QStringList({QStringLiteral("logs-excluded")}));
            QCOMPARE(pattern->parameters.maxOutstandingReadRequests, std::optional<int>(2));
        } else if (file == u"spec-put-auto-follow-pattern-request-example1.json") {
            checkSpecRequestParameters(pattern->parameters);
        }
    } else if (folder == u"ccr.resume_follow") {
        QList<ValueError> errors;
        const FollowParameters parameters = FollowParameters::fromJson(original, &errors);
        QVERIFY(errors.isEmpty());
        checkSpecRequestParameters(parameters);
        const QJsonObject written = parameters.toJson();
        QCOMPARE(keysOf(written), keysOf(original));
        QVERIFY(FollowParameters::fromJson(written) == parameters);
    } else if (folder == u"ccr.forget_follower") {
        const std::optional<ForgetFollowerRequest> request = ForgetFollowerRequest::fromJson(original, &error);
        QVERIFY2(request, qPrintable(error));
        QCOMPARE(request->toJson(), original);
        QVERIFY(!request->followerCluster.isEmpty());
        QVERIFY(!request->followerIndexUuid.isEmpty());
        QVERIFY(!request->leaderRemoteCluster.isEmpty());
        if (file == u"yaml-request.json")
            QCOMPARE(request->followerIndex, QStringLiteral("follower_index"));
    } else if (folder == u"cluster.put_settings") {
        const std::optional<ClusterSettingsResponse> settings = ClusterSettingsResponse::fromJson(original, &error);
        QVERIFY2(settings, qPrintable(error));
        if (file == u"docs-remote-seeds-nested-request.json" || file == u"yaml-remote-seeds-flat-request.json") {
            QCOMPARE(settings->remotes.size(), 1);
            const RemoteClusterSettings& remote = settings->remotes.constFirst();
            QVERIFY(remote.persistent);
            QVERIFY(!remote.remove);
            if (file == u"docs-remote-seeds-nested-request.json") {
                QCOMPARE(remote.alias, QStringLiteral("leader"));
                QCOMPARE(remote.seeds, QStringList({QStringLiteral("127.0.0.1:9300")}));
            } else {
                QCOMPARE(remote.alias, QStringLiteral("local"));
                QCOMPARE(remote.seeds, QStringList({QStringLiteral("$local_ip")}));
            }
            // What we would write reads back as the same remote.
            const std::optional<ClusterSettingsResponse> again = ClusterSettingsResponse::fromJson(remote.toJson());
            QVERIFY(again);
            QCOMPARE(again->remotes.size(), 1);
            QCOMPARE(again->remotes.constFirst().alias, remote.alias);
            QCOMPARE(again->remotes.constFirst().seeds, remote.seeds);
            QCOMPARE(again->remotes.constFirst().persistent, remote.persistent);
        } else {
            // Not about remotes: nothing must be mistaken for one.
            QVERIFY(file.startsWith(QLatin1String("spec-cluster-put-settings-request")));
            QVERIFY(settings->remotes.isEmpty());
        }
    } else {
        QFAIL(qPrintable(QStringLiteral("no request type is mapped for %1/%2").arg(folder, file)));
    }
}

void ConformanceExamplesTest::checkResponse(const QString& folder, const QString& file, const QByteArray& body)
{
    QString error;
    if (acknowledgedFolders.contains(folder)) {
        const std::optional<AcknowledgedResponse> response = AcknowledgedResponse::parse(body, &error);
        QVERIFY2(response, qPrintable(error));
        QVERIFY(response->acknowledged);
    } else if (folder == u"ccr.follow") {
        const std::optional<FollowResponse> response = FollowResponse::parse(body, &error);
        QVERIFY2(response, qPrintable(error));
        QVERIFY(response->followIndexCreated);
        QVERIFY(response->followIndexShardsAcked);
        QVERIFY(response->indexFollowingStarted);
    } else if (folder == u"ccr.follow_info") {
        const std::optional<FollowInfoResponse> response = FollowInfoResponse::parse(body, &error);
        QVERIFY2(response, qPrintable(error));
        QCOMPARE(response->followers.size(), 1);
        const FollowerInfo& follower = response->followers.constFirst();
        QVERIFY(follower.hasParameters);
        checkDefaultParameters(follower.parameters);
        if (file == u"spec-follow-info-response-example1.json") {
            QCOMPARE(follower.followerIndex, QStringLiteral("follower_index"));
            QCOMPARE(follower.remoteCluster, QStringLiteral("remote_cluster"));
            QCOMPARE(follower.leaderIndex, QStringLiteral("leader_index"));
            QCOMPARE(follower.status, FollowerStatus::Active);
        } else {
            QVERIFY(file.startsWith(QLatin1String("docs-default-parameters"))); // filter_path: parameters only
            QVERIFY(follower.followerIndex.isEmpty());
        }
    } else if (folder == u"ccr.follow_stats") {
        const std::optional<FollowStatsResponse> response = FollowStatsResponse::parse(body, &error);
        QVERIFY2(response, qPrintable(error));
        checkFollowStats(*response);
    } else if (folder == u"ccr.stats") {
        const std::optional<CcrStatsResponse> response = CcrStatsResponse::parse(body, &error);
        QVERIFY2(response, qPrintable(error));
        QCOMPARE(response->autoFollowStats.numberOfSuccessfulFollowIndices, 1);
        QCOMPARE(response->autoFollowStats.numberOfFailedFollowIndices, 0);
        QCOMPARE(response->autoFollowStats.numberOfFailedRemoteClusterStateRequests, 0);
        QVERIFY(response->autoFollowStats.recentAutoFollowErrors.isEmpty());
        QVERIFY(response->autoFollowStats.autoFollowedClusters.isEmpty());
        checkFollowStats(response->followStats);
    } else if (folder == u"ccr.get_auto_follow_pattern") {
        const std::optional<AutoFollowPatternsResponse> response = AutoFollowPatternsResponse::parse(body, &error);
        QVERIFY2(response, qPrintable(error));
        if (file == u"src-empty-response.json") {
            QVERIFY(response->patterns.isEmpty());
        } else {
            QCOMPARE(response->patterns.size(), 1);
            const AutoFollowPattern& pattern = response->patterns.constFirst();
            QCOMPARE(pattern.name, QStringLiteral("my_auto_follow_pattern"));
            QVERIFY(pattern.active);
            QCOMPARE(pattern.remoteCluster, QStringLiteral("remote_cluster"));
            QCOMPARE(pattern.leaderIndexPatterns, QStringList({QStringLiteral("leader_index*")}));
            QCOMPARE(pattern.leaderIndexExclusionPatterns, QStringList({QStringLiteral("leader_index_001")}));
            QCOMPARE(pattern.followIndexPattern, QStringLiteral("{{leader_index}}-follower"));
            QVERIFY(pattern.parameters == FollowParameters());
        }
    } else if (folder == u"ccr.forget_follower") {
        const std::optional<ForgetFollowerResponse> response = ForgetFollowerResponse::parse(body, &error);
        QVERIFY2(response, qPrintable(error));
        QCOMPARE(response->total, 1);
        QCOMPARE(response->successful, 1);
        QCOMPARE(response->failed, 0);
        QVERIFY(response->failures.isEmpty());
    } else if (folder == u"indices.close") {
        const std::optional<CloseIndexResponse> response = CloseIndexResponse::parse(body, &error);
        QVERIFY2(response, qPrintable(error));
        QVERIFY(response->acknowledged);
        QVERIFY(response->shardsAcknowledged);
        QCOMPARE(response->closed.size(), 1);
        QCOMPARE(response->closed.value(QStringLiteral("my-index-000001")), true);
        QVERIFY(response->shardFailures.isEmpty());
    } else if (folder == u"indices.open") {
        const std::optional<OpenIndexResponse> response = OpenIndexResponse::parse(body, &error);
        QVERIFY2(response, qPrintable(error));
        QVERIFY(response->acknowledged);
        QVERIFY(response->shardsAcknowledged);
    } else if (folder == u"cluster.remote_info") {
        const std::optional<RemoteInfoResponse> response = RemoteInfoResponse::parse(body, &error);
        QVERIFY2(response, qPrintable(error));
        QCOMPARE(response->remotes.size(), 1);
        const RemoteClusterInfo* leader = response->find(QStringLiteral("leader"));
        QVERIFY(leader);
        QVERIFY(leader->connected);
        QCOMPARE(leader->mode, RemoteClusterMode::Sniff);
        QCOMPARE(leader->seeds, QStringList({QStringLiteral("127.0.0.1:9300")}));
        QCOMPARE(leader->numNodesConnected, 1);
        QCOMPARE(leader->maxConnectionsPerCluster, 3);
        QCOMPARE(leader->initialConnectTimeout, QStringLiteral("30s"));
        QVERIFY(!leader->skipUnavailable);
        QVERIFY(!leader->clusterCredentials);
    } else {
        QFAIL(qPrintable(QStringLiteral("no response parser is mapped for %1/%2").arg(folder, file)));
    }
}

QTEST_GUILESS_MAIN(ConformanceExamplesTest)
#include "tst_conformance_examples.moc"
