// RemoteClusterRefresher against an in-process sandbox: the three answers merged into rows (connected, where the
// settings live, the followers that use a remote), one refresh at a time, the interval timer, a failure that keeps
// the previous snapshot and says why, and the session owning one refresher.
#include "AwaitJob.h"
#include "SandboxClient.h"
#include "TestSession.h"
#include "core/ccr/CcrApi.h"
#include "core/remotes/RemoteClusterRefresher.h"
#include "core/session/ClusterSession.h"

#include <QSignalSpy>
#include <QTest>

using namespace duper;
using duper::test::await;

class RemoteClusterRefresherTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void mergesInfoSettingsAndFollowers();
    void oneRefreshAtATime();
    void refreshAfterChangeShowsIt();
    void intervalRefreshesByItself();
    void failureKeepsSnapshotAndSaysWhy();
    void sessionOwnsOneRefresher();

private:
    std::shared_ptr<const RemoteClusterSnapshot> refreshAndWait(RemoteClusterRefresher* refresher);

    std::unique_ptr<test::SandboxClient> m_fixture;
    std::unique_ptr<ClusterSession> m_session;
};

void RemoteClusterRefresherTest::init()
{
    m_fixture = std::make_unique<test::SandboxClient>();
    QVERIFY2(m_fixture->started(), qPrintable(m_fixture->errorString()));
    m_session = test::makeSession(m_fixture->client(), QStringLiteral("test"), nullptr);
}

void RemoteClusterRefresherTest::cleanup()
{
    m_session.reset();
    m_fixture.reset();
}

std::shared_ptr<const RemoteClusterSnapshot>
RemoteClusterRefresherTest::refreshAndWait(RemoteClusterRefresher* refresher)
{
    QSignalSpy ready(refresher, &RemoteClusterRefresher::snapshotReady);
    refresher->refresh();
    if (!ready.wait(5000))
        return nullptr;
    return refresher->snapshot();
}

void RemoteClusterRefresherTest::mergesInfoSettingsAndFollowers()
{
    m_fixture->sandbox().createLeaderIndex(QStringLiteral("orders"));
    FollowRequest request;
    request.remoteCluster = QStringLiteral("leader");
    request.leaderIndex = QStringLiteral("orders");
    QVERIFY(!await(m_fixture->api().follow(QStringLiteral("orders-copy"), request))->hasError());
    RemoteClusterSettings offline;
    offline.alias = QStringLiteral("offline");
    offline.mode = RemoteClusterMode::Sniff;
    offline.seeds = {QStringLiteral("127.0.0.1:1")};
    offline.persistent = false;
    QVERIFY(!await(m_fixture->api().putRemoteCluster(offline))->hasError());

    RemoteClusterRefresher* refresher = m_session->remoteClusterRefresher();
    QVERIFY(!refresher->snapshot());
    QVERIFY(!refresher->lastRefreshed().isValid());
    const auto snapshot = refreshAndWait(refresher);
    QVERIFY(snapshot);
    QVERIFY(snapshot->followersKnown);
    QCOMPARE(snapshot->aliases(), (QStringList{QStringLiteral("leader"), QStringLiteral("offline")}));
    const RemoteClusterRow* leader = snapshot->find(QStringLiteral("leader"));
    QVERIFY(leader);
    QVERIFY(leader->connected);
    QCOMPARE(leader->source, RemoteClusterRow::Source::Persistent);
    QCOMPARE(leader->seeds, QStringList{m_fixture->sandbox().leader().transportAddress()});
    QCOMPARE(leader->usedBy, QStringList{QStringLiteral("orders-copy")});
    QVERIFY(leader->usedByKnown);
    const RemoteClusterRow* offlineRow = snapshot->find(QStringLiteral("offline"));
    QVERIFY(offlineRow);
    QVERIFY(!offlineRow->connected);
    QCOMPARE(offlineRow->source, RemoteClusterRow::Source::Transient);
    QVERIFY(offlineRow->usedBy.isEmpty());
    QVERIFY(!snapshot->find(QStringLiteral("missing")));
    QVERIFY(refresher->lastRefreshed().isValid());
    QVERIFY(!refresher->lastError().isError());
}

void RemoteClusterRefresherTest::oneRefreshAtATime()
{
    RemoteClusterRefresher* refresher = m_session->remoteClusterRefresher();
    QSignalSpy started(refresher, &RemoteClusterRefresher::refreshStarted);
    QSignalSpy ready(refresher, &RemoteClusterRefresher::snapshotReady);
    refresher->refresh();
    QVERIFY(refresher->isRefreshing());
    refresher->refresh(); // queued behind the running one, once
    refresher->refresh();
    QCOMPARE(started.size(), 1);
    QVERIFY(ready.wait(5000));
    QCOMPARE(started.size(), 2); // the second followed the first, whose answer was not reported
    QTest::qWait(100);
    QCOMPARE(ready.size(), 1);
    QCOMPARE(started.size(), 2);
    QVERIFY(!refresher->isRefreshing());
}

void RemoteClusterRefresherTest::refreshAfterChangeShowsIt()
{
    RemoteClusterRefresher* refresher = m_session->remoteClusterRefresher();
    QSignalSpy ready(refresher, &RemoteClusterRefresher::snapshotReady);
    refresher->refresh(); // in flight: may read the list before the change
    RemoteClusterSettings added;
    added.alias = QStringLiteral("added-meanwhile");
    added.mode = RemoteClusterMode::Sniff;
    added.seeds = {QStringLiteral("127.0.0.1:1")};
    QVERIFY(!await(m_fixture->api().putRemoteCluster(added))->hasError());
    const qsizetype before = ready.size(); // the first may have answered while the change was written
    refresher->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(ready.size() > before && !refresher->isRefreshing(), 5000);
    for (qsizetype i = before; i < ready.size(); ++i) // nothing read before the change is reported after it
        QVERIFY(ready.at(i).at(0).value<std::shared_ptr<const RemoteClusterSnapshot>>()->find(
            QStringLiteral("added-meanwhile")));
}

void RemoteClusterRefresherTest::intervalRefreshesByItself()
{
    RemoteClusterRefresher* refresher = m_session->remoteClusterRefresher();
    QCOMPARE(refresher->interval(), 0); // off until someone shows the list
    QVERIFY(refreshAndWait(refresher));
    QSignalSpy ready(refresher, &RemoteClusterRefresher::snapshotReady);
    QTest::qWait(150);
    QCOMPARE(ready.size(), 0); // no timer while off
    refresher->setInterval(50);
    QTRY_VERIFY_WITH_TIMEOUT(ready.size() >= 2, 5000);
    refresher->setInterval(0);
    QTRY_VERIFY_WITH_TIMEOUT(!refresher->isRefreshing(), 5000);
    const qsizetype settled = ready.size();
    QTest::qWait(200);
    QCOMPARE(ready.size(), settled);
}

void RemoteClusterRefresherTest::failureKeepsSnapshotAndSaysWhy()
{
    RemoteClusterRefresher* refresher = m_session->remoteClusterRefresher();
    const auto before = refreshAndWait(refresher);
    QVERIFY(before);
    m_fixture->sandbox().faults().errorRate = 1.0;
    QSignalSpy failed(refresher, &RemoteClusterRefresher::refreshFailed);
    refresher->refresh();
    QVERIFY(failed.wait(5000));
    QVERIFY(refresher->lastError().isError());
    QCOMPARE(refresher->lastError().kind(), EsError::Kind::Http);
    QVERIFY(!refresher->lastError().userMessage().isEmpty());
    QCOMPARE(refresher->snapshot(), before); // the earlier list stays
    m_fixture->sandbox().faults().errorRate = 0.0;
    QVERIFY(refreshAndWait(refresher));
    QVERIFY(!refresher->lastError().isError());
}

void RemoteClusterRefresherTest::sessionOwnsOneRefresher()
{
    RemoteClusterRefresher* refresher = m_session->remoteClusterRefresher();
    QCOMPARE(m_session->remoteClusterRefresher(), refresher);
    QCOMPARE(refresher->api(), m_session->api());
    QCOMPARE(refresher->parent(), m_session.get());
    QPointer<RemoteClusterRefresher> watch(refresher);
    refresher->refresh(); // in flight while the session goes away: cancelled quietly
    QSignalSpy failed(refresher, &RemoteClusterRefresher::refreshFailed);
    m_session.reset();
    QVERIFY(watch.isNull());
    QTest::qWait(50);
    QCOMPARE(failed.size(), 0);
}

QTEST_MAIN(RemoteClusterRefresherTest)
#include "tst_remoteclusterrefresher.moc"
