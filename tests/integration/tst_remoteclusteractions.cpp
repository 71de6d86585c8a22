// RemoteClusterActions against an in-process sandbox: adding (persistent, transient, proxy), editing and deleting a
// remote through the cluster settings, remoteSaved / remoteDeleted only after an acknowledged change, Elasticsearch's
// refusal passed on, and what deleting a remote would break.
#include "AwaitJob.h"
#include "SandboxClient.h"
#include "TestSession.h"
#include "core/ccr/CcrApi.h"
#include "core/remotes/RemoteClusterActions.h"
#include "core/remotes/RemoteClusterRefresher.h"
#include "core/session/ClusterSession.h"

#include <QSignalSpy>
#include <QTest>

using namespace duper;
using duper::test::await;

class RemoteClusterActionsTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void addsAndEditsThroughSettings();
    void addsProxyRemote();
    void deletesWhereTheSettingsLive();
    void refusalIsPassedOn();
    void elasticsearchYmlRemoteCannotBeDeleted();
    void deletionImpactNamesTenAndCountsTheRest();
    void deletionImpactFromTheRefresher();

private:
    std::optional<ClusterSettingsResponse> settings();

    std::unique_ptr<test::SandboxClient> m_fixture;
    std::unique_ptr<ClusterSession> m_session;
};

void RemoteClusterActionsTest::init()
{
    m_fixture = std::make_unique<test::SandboxClient>();
    QVERIFY2(m_fixture->started(), qPrintable(m_fixture->errorString()));
    m_session = test::makeSession(m_fixture->client(), QStringLiteral("test"), nullptr);
}

void RemoteClusterActionsTest::cleanup()
{
    m_session.reset();
    m_fixture.reset();
}

std::optional<ClusterSettingsResponse> RemoteClusterActionsTest::settings()
{
    auto job = await(m_fixture->api().clusterSettings());
    if (job->hasError())
        return std::nullopt;
    return job->takeResult();
}

void RemoteClusterActionsTest::addsAndEditsThroughSettings()
{
    RemoteClusterActions* actions = m_session->remoteClusterActions();
    QCOMPARE(m_session->remoteClusterActions(), actions);
    QSignalSpy saved(actions, &RemoteClusterActions::remoteSaved);

    RemoteClusterSettings added;
    added.alias = QStringLiteral("second");
    added.mode = RemoteClusterMode::Sniff;
    added.seeds = {m_fixture->sandbox().leader().transportAddress()};
    added.skipUnavailable = false;
    added.persistent = true;
    auto job = await(actions->save(added));
    QVERIFY2(!job->hasError(), qPrintable(job->error().userMessage()));
    QCOMPARE(saved.size(), 1);
    QCOMPARE(saved.at(0).at(0).toString(), QStringLiteral("second"));
    auto stored = settings();
    QVERIFY(stored);
    QVERIFY(stored->find(QStringLiteral("second"), true));
    QCOMPARE(stored->find(QStringLiteral("second"), true)->seeds, added.seeds);

    RemoteClusterSettings edited = added;
    edited.skipUnavailable = true;
    QVERIFY(!await(actions->save(edited))->hasError());
    QCOMPARE(saved.size(), 2);
    stored = settings();
    QCOMPARE(stored->find(QStringLiteral("second"), true)->skipUnavailable, std::optional<bool>(true));
}

void RemoteClusterActionsTest::addsProxyRemote()
{
    RemoteClusterActions* actions = m_session->remoteClusterActions();
    RemoteClusterSettings proxy;
    proxy.alias = QStringLiteral("via-proxy");
    proxy.mode = RemoteClusterMode::Proxy;
    proxy.proxyAddress = m_fixture->sandbox().leader().transportAddress();
    proxy.persistent = false;
    QVERIFY(!await(actions->save(proxy))->hasError());
    const auto stored = settings();
    QVERIFY(stored);
    QVERIFY(!stored->find(QStringLiteral("via-proxy"), true));
    const RemoteClusterSettings* transient = stored->find(QStringLiteral("via-proxy"), false);
    QVERIFY(transient);
    QCOMPARE(transient->proxyAddress, proxy.proxyAddress);
}

void RemoteClusterActionsTest::deletesWhereTheSettingsLive()
{
    RemoteClusterActions* actions = m_session->remoteClusterActions();
    RemoteClusterSettings transient;
    transient.alias = QStringLiteral("short-lived");
    transient.mode = RemoteClusterMode::Sniff;
    transient.seeds = {QStringLiteral("127.0.0.1:1")};
    transient.persistent = false;
    QVERIFY(!await(actions->save(transient))->hasError());

    QSignalSpy deleted(actions, &RemoteClusterActions::remoteDeleted);
    RemoteClusterRow row;
    row.alias = QStringLiteral("short-lived");
    row.source = RemoteClusterRow::Source::Transient;
    QVERIFY(!await(actions->remove(row))->hasError());
    QCOMPARE(deleted.size(), 1);
    QCOMPARE(deleted.at(0).at(0).toString(), QStringLiteral("short-lived"));
    auto stored = settings();
    QVERIFY(!stored->find(QStringLiteral("short-lived"), false));

    QVERIFY(!await(actions->remove(QStringLiteral("leader"), true))->hasError());
    stored = settings();
    QVERIFY(!stored->find(QStringLiteral("leader"), true));
    QCOMPARE(deleted.size(), 2);
}

void RemoteClusterActionsTest::refusalIsPassedOn()
{
    RemoteClusterActions* actions = m_session->remoteClusterActions();
    QSignalSpy saved(actions, &RemoteClusterActions::remoteSaved);
    QSignalSpy deleted(actions, &RemoteClusterActions::remoteDeleted);
    m_fixture->sandbox().faults().errorRate = 1.0;
    RemoteClusterSettings added;
    added.alias = QStringLiteral("refused");
    added.mode = RemoteClusterMode::Sniff;
    added.seeds = {QStringLiteral("127.0.0.1:1")};
    auto job = await(actions->save(added));
    QVERIFY(job->hasError());
    QVERIFY(!job->error().userMessage().isEmpty());
    QVERIFY(await(actions->remove(QStringLiteral("leader"), true))->hasError());
    QCOMPARE(saved.size(), 0);
    QCOMPARE(deleted.size(), 0);
    m_fixture->sandbox().faults().errorRate = 0.0;
    QVERIFY(settings()->find(QStringLiteral("leader"), true));
}

void RemoteClusterActionsTest::elasticsearchYmlRemoteCannotBeDeleted()
{
    RemoteClusterRow node;
    node.alias = QStringLiteral("from-yml");
    node.source = RemoteClusterRow::Source::Node;
    QVERIFY(!node.editable());
    QCOMPARE(m_session->remoteClusterActions()->remove(node), nullptr);
}

void RemoteClusterActionsTest::deletionImpactNamesTenAndCountsTheRest()
{
    RemoteClusterRow row;
    row.alias = QStringLiteral("big");
    row.usedByKnown = true;
    QVERIFY(!RemoteClusterActions::deletionImpact(row).breaksFollowers());
    for (int i = 0; i < 13; ++i)
        row.usedBy << QStringLiteral("f%1").arg(i, 2, 10, QLatin1Char('0'));
    const RemoteClusterDeletionImpact impact = RemoteClusterActions::deletionImpact(row);
    QVERIFY(impact.breaksFollowers());
    QVERIFY(impact.followersKnown);
    QCOMPARE(impact.totalFollowers, 13);
    QCOMPARE(impact.namedFollowers.size(), RemoteClusterDeletionImpact::maxNamedFollowers);
    QCOMPARE(impact.namedFollowers.last(), QStringLiteral("f09"));
    QCOMPARE(impact.moreFollowers, 3);
}

void RemoteClusterActionsTest::deletionImpactFromTheRefresher()
{
    m_fixture->sandbox().createLeaderIndex(QStringLiteral("orders"));
    FollowRequest request;
    request.remoteCluster = QStringLiteral("leader");
    request.leaderIndex = QStringLiteral("orders");
    QVERIFY(!await(m_fixture->api().follow(QStringLiteral("orders-copy"), request))->hasError());
    RemoteClusterRefresher* refresher = m_session->remoteClusterRefresher();
    QSignalSpy ready(refresher, &RemoteClusterRefresher::snapshotReady);
    refresher->refresh();
    QVERIFY(ready.wait(5000));
    const RemoteClusterRow* leader = refresher->snapshot()->find(QStringLiteral("leader"));
    QVERIFY(leader);
    const RemoteClusterDeletionImpact impact = RemoteClusterActions::deletionImpact(*leader);
    QCOMPARE(impact.namedFollowers, QStringList{QStringLiteral("orders-copy")});
    QCOMPARE(impact.moreFollowers, 0);
}

QTEST_MAIN(RemoteClusterActionsTest)
#include "tst_remoteclusteractions.moc"
