// The core's typed data stream calls against the sandbox over real sockets: listing streams, following a backing
// index into a replicated stream (FollowRequest::dataStreamName) and promoting it.
#include "AwaitJob.h"
#include "SandboxClient.h"
#include "core/ccr/CcrApi.h"
#include "sandbox/Cluster.h"
#include "sandbox/Sandbox.h"

#include <QTest>

using namespace duper;
using duper::test::await;

class TestCoreDataStreams : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_fixture = std::make_unique<test::SandboxClient>();
        QVERIFY2(m_fixture->started(), qPrintable(m_fixture->errorString()));
        sandbox::Cluster& leader = m_fixture->sandbox().leader();
        leader.dataStreams().putTemplate({QStringLiteral("logs"), {QStringLiteral("logs-*")}, 100, true});
        m_backing = leader.dataStreams().create(QStringLiteral("logs-app"), QStringLiteral("logs")).writeIndex();
    }
    void cleanup() { m_fixture.reset(); }

    void followedBackingIndexIsAReplicatedStreamUntilPromoted()
    {
        CcrApi& api = m_fixture->api();
        auto none = await(api.dataStreams());
        QVERIFY2(!none->hasError(), qPrintable(none->error().userMessage()));
        QVERIFY(none->result()->dataStreams.isEmpty());

        FollowRequest request;
        request.remoteCluster = QStringLiteral("leader");
        request.leaderIndex = m_backing;
        request.dataStreamName = QStringLiteral("logs-app");
        auto follow = await(api.follow(m_backing, request));
        QVERIFY2(!follow->hasError(), qPrintable(follow->error().userMessage()));

        auto listed = await(api.dataStreams(QStringLiteral("logs-app")));
        QVERIFY2(!listed->hasError(), qPrintable(listed->error().userMessage()));
        QCOMPARE(listed->result()->dataStreams.size(), 1);
        const DataStream stream = listed->result()->dataStreams.first();
        QCOMPARE(stream.name, QStringLiteral("logs-app"));
        QVERIFY(stream.replicated);
        QCOMPARE(stream.writeIndex(), m_backing);
        QCOMPARE(stream.indices.first().uuid, m_fixture->sandbox().follower().index(m_backing)->uuid());
        QCOMPARE(stream.timestampField, QStringLiteral("@timestamp"));
        QCOMPARE(stream.status, QStringLiteral("GREEN"));

        auto promoted = await(api.promoteDataStream(QStringLiteral("logs-app")));
        QVERIFY2(!promoted->hasError(), qPrintable(promoted->error().userMessage()));
        QVERIFY(promoted->result()->acknowledged);
        auto after = await(api.dataStreams(QStringLiteral("logs-app")));
        QVERIFY(!after->hasError());
        QVERIFY(!after->result()->dataStreams.first().replicated);
    }

    void missingStreamsAreErrors()
    {
        auto missing = await(m_fixture->api().dataStreams(QStringLiteral("nope")));
        QVERIFY(missing->hasError());
        QCOMPARE(missing->error().httpStatus(), 404);
        QCOMPARE(missing->error().cause().type, QStringLiteral("index_not_found_exception"));
        auto promote = await(m_fixture->api().promoteDataStream(QStringLiteral("nope")));
        QVERIFY(promote->hasError());
        QCOMPARE(promote->error().httpStatus(), 404);
        QCOMPARE(promote->error().cause().type, QStringLiteral("resource_not_found_exception"));
    }

private:
    std::unique_ptr<test::SandboxClient> m_fixture;
    QString m_backing;
};

QTEST_GUILESS_MAIN(TestCoreDataStreams)
#include "tst_core_datastreams.moc"
