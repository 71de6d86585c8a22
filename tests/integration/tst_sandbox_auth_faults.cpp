// Authentication (401 with ES's body and WWW-Authenticate), restricted users (403), API keys, fault injection
// (disconnected remote, fatal follower, error rate, latency, hang) and a large --followers sandbox.
#include "SandboxFixture.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QtTest>

using duper::sandbox::SandboxOptions;
using duper::test::SandboxFixture;

namespace {

QJsonObject errorOf(const SandboxFixture::Reply& reply)
{
    return reply.json().value(QLatin1String("error")).toObject();
}

SandboxOptions authOptions()
{
    SandboxOptions options = SandboxFixture::defaultOptions();
    options.users.append({QStringLiteral("elastic"), QStringLiteral("s3cret")});
    options.restrictedUsers.append({QStringLiteral("bob"), QStringLiteral("viewer")});
    options.apiKeys.append({QStringLiteral("key1"), QStringLiteral("abc")});
    return options;
}

} // namespace

class TestSandboxAuthFaults : public QObject
{
    Q_OBJECT

private slots:
    void commandLineOptions()
    {
        SandboxOptions options;
        QString error;
        QVERIFY(options.parseArguments(
            {QStringLiteral("--follower-port"), QStringLiteral("9200"), QStringLiteral("--followers"),
             QStringLiteral("10000"), QStringLiteral("--workload"), QStringLiteral("--user"),
             QStringLiteral("elastic:pw"), QStringLiteral("--restricted-user"), QStringLiteral("bob:pw2"),
             QStringLiteral("--api-key"), QStringLiteral("id:key"), QStringLiteral("--fault"),
             QStringLiteral("fatal:f1"), QStringLiteral("--fault"), QStringLiteral("remote-disconnected"),
             QStringLiteral("--latency"), QStringLiteral("20"), QStringLiteral("--error-rate"), QStringLiteral("0.2")},
            &error));
        QCOMPARE(options.followerPort, quint16(9200));
        QCOMPARE(options.leaderPort, quint16(9201)); // the default from the command line
        QCOMPARE(options.followers, 10000);
        QVERIFY(options.workload);
        QCOMPARE(options.users.value(0).first, QStringLiteral("elastic"));
        QCOMPARE(options.restrictedUsers.value(0).second, QStringLiteral("pw2"));
        QCOMPARE(options.apiKeys.value(0).first, QStringLiteral("id"));
        QVERIFY(options.fatalFollowers.contains(QStringLiteral("f1")));
        QVERIFY(options.remoteDisconnected);
        QCOMPARE(options.latencyMs, 20);
        QCOMPARE(options.errorRate, 0.2);
        SandboxOptions bad;
        QVERIFY(!bad.parseArguments({QStringLiteral("--error-rate"), QStringLiteral("2")}, &error));
        QVERIFY(!bad.parseArguments({QStringLiteral("--fault"), QStringLiteral("meteor")}, &error));
        QVERIFY(error.contains(QLatin1String("meteor")));
    }

    void missingCredentialsGive401()
    {
        SandboxFixture fixture(authOptions());
        QVERIFY(fixture.start());
        const auto reply = fixture.get(fixture.followerUrl(QStringLiteral("/")));
        QCOMPARE(reply.status, 401);
        const QJsonObject error = errorOf(reply);
        QCOMPARE(error.value(QLatin1String("type")).toString(), QStringLiteral("security_exception"));
        QCOMPARE(error.value(QLatin1String("reason")).toString(),
                 QStringLiteral("missing authentication credentials for REST request [/]"));
        const QJsonArray www =
            error.value(QLatin1String("header")).toObject().value(QLatin1String("WWW-Authenticate")).toArray();
        QCOMPARE(www.size(), 3);
        QCOMPARE(www.at(0).toString(), QStringLiteral("Basic realm=\"security\", charset=\"UTF-8\""));
        QVERIFY(reply.header("WWW-Authenticate").contains("Basic realm=\"security\""));
        QCOMPARE(reply.json().value(QLatin1String("status")).toInt(), 401);

        const auto wrong =
            fixture.request("GET", fixture.followerUrl(QStringLiteral("/_ccr/stats")), {},
                            SandboxFixture::basicAuth(QStringLiteral("elastic"), QStringLiteral("nope")));
        QCOMPARE(wrong.status, 401);
        QCOMPARE(errorOf(wrong).value(QLatin1String("reason")).toString(),
                 QStringLiteral("unable to authenticate user [elastic] for REST request [/_ccr/stats]"));
        QVERIFY(!wrong.body.contains("nope"));
        const auto ok = fixture.request("GET", fixture.followerUrl(QStringLiteral("/")), {},
                                        SandboxFixture::basicAuth(QStringLiteral("elastic"), QStringLiteral("s3cret")));
        QCOMPARE(ok.status, 200);
        const auto apiKey = fixture.request("GET", fixture.followerUrl(QStringLiteral("/")), {},
                                            QByteArrayLiteral("ApiKey ") + QByteArrayLiteral("key1:abc").toBase64());
        QCOMPARE(apiKey.status, 200);
    }

    void restrictedUserGets403OnManageCalls()
    {
        SandboxFixture fixture(authOptions());
        QVERIFY(fixture.start());
        const QByteArray bob = SandboxFixture::basicAuth(QStringLiteral("bob"), QStringLiteral("viewer"));
        QCOMPARE(fixture.request("GET", fixture.followerUrl(QStringLiteral("/_ccr/stats")), {}, bob).status, 200);
        const auto pause =
            fixture.request("POST", fixture.followerUrl(QStringLiteral("/f/_ccr/pause_follow")), {}, bob);
        QCOMPARE(pause.status, 403);
        QCOMPARE(errorOf(pause).value(QLatin1String("reason")).toString(),
                 QStringLiteral(
                     "action [cluster:admin/xpack/ccr/pause_follow] is unauthorized for user [bob] with effective "
                     "roles [ccr_viewer], this action is granted by the cluster privileges [manage_ccr,all]"));
        const auto follow = fixture.request("PUT", fixture.followerUrl(QStringLiteral("/f/_ccr/follow")),
                                            R"({"remote_cluster":"leader","leader_index":"x"})", bob);
        QCOMPARE(follow.status, 403);
        QVERIFY(errorOf(follow).value(QLatin1String("reason")).toString().contains(QLatin1String(" on indices [f]")));
        const auto privileges =
            fixture.request("POST", fixture.followerUrl(QStringLiteral("/_security/user/_has_privileges")),
                            R"({"cluster":["manage_ccr","monitor"]})", bob);
        QCOMPARE(privileges.json().value(QLatin1String("has_all_requested")).toBool(), false);
        QCOMPARE(privileges.json().value(QLatin1String("username")).toString(), QStringLiteral("bob"));
    }

    void disconnectedRemoteGivesReadExceptions()
    {
        SandboxFixture fixture;
        QVERIFY(fixture.start());
        fixture.createLeaderIndex(QStringLiteral("l"));
        QCOMPARE(fixture
                     .put(fixture.followerUrl(QStringLiteral("/f/_ccr/follow")),
                          R"({"remote_cluster":"leader","leader_index":"l"})")
                     .status,
                 200);
        fixture.faults().remoteDisconnected = true;
        fixture.indexLeaderDocuments(QStringLiteral("l"), 5);
        fixture.advance(2);
        QJsonObject shard = shardStats(fixture, QStringLiteral("f"));
        QCOMPARE(shard.value(QLatin1String("failed_read_requests")).toInt(), 2);
        const QJsonObject exception = shard.value(QLatin1String("read_exceptions")).toArray().at(0).toObject();
        QCOMPARE(exception.value(QLatin1String("from_seq_no")).toInt(), 0);
        QCOMPARE(exception.value(QLatin1String("retries")).toInt(), 2);
        QCOMPARE(exception.value(QLatin1String("exception")).toObject().value(QLatin1String("type")).toString(),
                 QStringLiteral("node_disconnected_exception"));
        QCOMPARE(fixture.get(fixture.followerUrl(QStringLiteral("/_remote/info")))
                     .json()
                     .value(QLatin1String("leader"))
                     .toObject()
                     .value(QLatin1String("connected"))
                     .toBool(),
                 false);
        fixture.faults().remoteDisconnected = false;
        fixture.advance();
        shard = shardStats(fixture, QStringLiteral("f"));
        QCOMPARE(shard.value(QLatin1String("read_exceptions")).toArray().size(), 0);
        QCOMPARE(shard.value(QLatin1String("follower_global_checkpoint")).toInt(), 4);
    }

    void fatalFollowerStops()
    {
        SandboxFixture fixture;
        QVERIFY(fixture.start());
        fixture.createLeaderIndex(QStringLiteral("l"));
        fixture.put(fixture.followerUrl(QStringLiteral("/f/_ccr/follow")),
                    R"({"remote_cluster":"leader","leader_index":"l"})");
        fixture.faults().fatalFollowers.insert(QStringLiteral("f"));
        fixture.indexLeaderDocuments(QStringLiteral("l"), 5);
        fixture.advance();
        const QJsonObject shard = shardStats(fixture, QStringLiteral("f"));
        QCOMPARE(shard.value(QLatin1String("fatal_exception")).toObject().value(QLatin1String("type")).toString(),
                 QStringLiteral("resource_not_found_exception"));
        QCOMPARE(shard.value(QLatin1String("follower_global_checkpoint")).toInt(), -1);
    }

    void errorRateLatencyAndHang()
    {
        SandboxFixture fixture;
        QVERIFY(fixture.start());
        fixture.faults().errorRate = 1.0;
        const auto first = fixture.get(fixture.followerUrl(QStringLiteral("/")));
        const auto second = fixture.get(fixture.followerUrl(QStringLiteral("/")));
        QCOMPARE(first.status, 429);
        QCOMPARE(errorOf(first).value(QLatin1String("type")).toString(),
                 QStringLiteral("es_rejected_execution_exception"));
        QCOMPARE(second.status, 503);
        fixture.faults().errorRate = 0.0;
        // The leader port is never faulted.
        QCOMPARE(fixture.get(fixture.leaderUrl(QStringLiteral("/"))).status, 200);

        fixture.faults().latencyMs = 150;
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(fixture.get(fixture.followerUrl(QStringLiteral("/"))).status, 200);
        QVERIFY(timer.elapsed() >= 150);
        fixture.faults().latencyMs = 0;

        fixture.faults().hang = true;
        const auto hung = fixture.request("GET", fixture.followerUrl(QStringLiteral("/")), {}, {}, 300);
        QCOMPARE(hung.status, 0);
        fixture.faults().hang = false;
        QCOMPARE(fixture.get(fixture.followerUrl(QStringLiteral("/"))).status, 200);
    }

    void tenThousandFollowers()
    {
        SandboxOptions options = SandboxFixture::defaultOptions();
        options.followers = 10000;
        options.workload = true;
        options.workloadDocsPerTick = 2000;
        SandboxFixture fixture(options);
        QElapsedTimer timer;
        timer.start();
        QVERIFY(fixture.start());
        const qint64 startMs = timer.restart();
        fixture.advance(2);
        const qint64 advanceMs = timer.restart();
        const auto stats = fixture.get(fixture.followerUrl(QStringLiteral("/_ccr/stats")));
        const qint64 statsMs = timer.elapsed();
        QCOMPARE(stats.status, 200);
        const QJsonArray indices =
            stats.json().value(QLatin1String("follow_stats")).toObject().value(QLatin1String("indices")).toArray();
        QCOMPARE(indices.size(), 10000);
        qint64 written = 0;
        for (const QJsonValue& index : indices)
            written += index.toObject()
                           .value(QLatin1String("shards"))
                           .toArray()
                           .at(0)
                           .toObject()
                           .value(QLatin1String("operations_written"))
                           .toInteger();
        QCOMPARE(written, 4000);
        qInfo("10000 followers: start %lld ms, 2 ticks %lld ms, _ccr/stats (%lld bytes) %lld ms", startMs, advanceMs,
              static_cast<long long>(stats.body.size()), statsMs);
    }

private:
    static QJsonObject shardStats(SandboxFixture& fixture, const QString& index)
    {
        return fixture.get(fixture.followerUrl(QLatin1Char('/') + index + QStringLiteral("/_ccr/stats")))
            .json()
            .value(QLatin1String("indices"))
            .toArray()
            .at(0)
            .toObject()
            .value(QLatin1String("shards"))
            .toArray()
            .at(0)
            .toObject();
    }
};

QTEST_GUILESS_MAIN(TestSandboxAuthFaults)
#include "tst_sandbox_auth_faults.moc"
