// LagTrendFeed, which keeps the table's lag sparklines current: it asks the store after every written batch with at
// most one question in flight (a batch written meanwhile asks once more), drops answers about another connection and
// asks nothing while paused.
#include "history/HistoryStore.h"
#include "history/LagTrendFeed.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace duper;

namespace {

constexpr qint64 t0 = 1767225600000; // 2026-01-01T00:00:00Z
constexpr qint64 minute = 60 * 1000;

FollowerSample sample(const QString& follower, qint64 lag)
{
    FollowerSample result;
    result.follower = follower;
    result.lag = lag;
    return result;
}

} // namespace

class LagTrendFeedTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void answersEveryWrittenBatch();
    void oneQuestionInFlight();
    void pausedAsksNothing();
    void anotherConnectionStartsEmpty();

private:
    void record(const QString& connection, qint64 atMs, qint64 lag);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<HistoryStore> m_store;
    qint64 m_now = t0;
};

void LagTrendFeedTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_now = t0;
    m_store = std::make_unique<HistoryStore>(m_dir->filePath(QStringLiteral("history.sqlite")), HistoryLimits{},
                                             [this] { return m_now; });
    QSignalSpy opened(m_store.get(), &HistoryStore::opened);
    m_store->open();
    QVERIFY(opened.wait(10000));
}

void LagTrendFeedTest::record(const QString& connection, qint64 atMs, qint64 lag)
{
    m_now = atMs;
    m_store->record(HistoryBatch{connection, atMs, {sample(QStringLiteral("orders"), lag)}});
}

void LagTrendFeedTest::answersEveryWrittenBatch()
{
    LagTrendFeed feed;
    feed.setConnectionId(QStringLiteral("a"));
    feed.setStore(m_store.get());
    QSignalSpy updated(&feed, &LagTrendFeed::updated);
    QVERIFY(updated.wait(10000)); // the first answer: nothing stored yet
    QVERIFY(updated.takeFirst().at(0).value<RecentLag>().byFollower.isEmpty());

    QSignalSpy written(m_store.get(), &HistoryStore::batchWritten);
    record(QStringLiteral("a"), t0 + minute, 40);
    QVERIFY(written.wait(10000));
    QTRY_VERIFY_WITH_TIMEOUT(!updated.isEmpty(), 10000);
    const auto lag = updated.last().at(0).value<RecentLag>();
    QCOMPARE(lag.connectionId, QStringLiteral("a"));
    QCOMPARE(lag.byFollower.value(QStringLiteral("orders")), (QList<LagPoint>{{t0 + minute, 40}}));
}

void LagTrendFeedTest::oneQuestionInFlight()
{
    LagTrendFeed feed;
    feed.setConnectionId(QStringLiteral("a"));
    feed.setStore(m_store.get());
    QSignalSpy updated(&feed, &LagTrendFeed::updated);
    QVERIFY(updated.wait(10000));
    QSignalSpy asked(m_store.get(), &HistoryStore::recentLagReady);
    QSignalSpy written(m_store.get(), &HistoryStore::batchWritten);
    // Five batches in a row: their batchWritten signals arrive while the first question is still out.
    for (int i = 1; i <= 5; ++i)
        record(QStringLiteral("a"), t0 + i * minute, i * 10);
    QTRY_COMPARE_WITH_TIMEOUT(written.size(), 5, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(
        !updated.isEmpty() &&
            updated.last().at(0).value<RecentLag>().byFollower.value(QStringLiteral("orders")).size() == 5,
        10000);
    QTest::qWait(200);
    // Fewer questions than batches, and the last answer has all five.
    QVERIFY2(asked.size() < 1 + 5, qPrintable(QString::number(asked.size())));
    QVERIFY(asked.size() >= 2);
}

void LagTrendFeedTest::pausedAsksNothing()
{
    LagTrendFeed feed;
    feed.setPaused(true);
    feed.setConnectionId(QStringLiteral("a"));
    QSignalSpy asked(m_store.get(), &HistoryStore::recentLagReady);
    feed.setStore(m_store.get());
    QSignalSpy written(m_store.get(), &HistoryStore::batchWritten);
    record(QStringLiteral("a"), t0 + minute, 5);
    QVERIFY(written.wait(10000));
    QTest::qWait(200);
    QCOMPARE(asked.size(), 0);
    QSignalSpy updated(&feed, &LagTrendFeed::updated);
    feed.setPaused(false); // resuming asks at once
    QVERIFY(updated.wait(10000));
    QCOMPARE(updated.first().at(0).value<RecentLag>().byFollower.value(QStringLiteral("orders")).size(), qsizetype(1));
}

void LagTrendFeedTest::anotherConnectionStartsEmpty()
{
    QSignalSpy written(m_store.get(), &HistoryStore::batchWritten);
    record(QStringLiteral("a"), t0 + minute, 5);
    QVERIFY(written.wait(10000));
    LagTrendFeed feed;
    feed.setStore(m_store.get());
    feed.setConnectionId(QStringLiteral("a"));
    QSignalSpy updated(&feed, &LagTrendFeed::updated);
    QTRY_VERIFY_WITH_TIMEOUT(!updated.isEmpty() && !updated.last().at(0).value<RecentLag>().byFollower.isEmpty(),
                             10000);
    updated.clear();
    // Switching says "nothing" at once (the table must not show the previous cluster's lines), then answers.
    feed.setConnectionId(QStringLiteral("b"));
    QVERIFY(!updated.isEmpty());
    QCOMPARE(updated.first().at(0).value<RecentLag>().connectionId, QStringLiteral("b"));
    QVERIFY(updated.first().at(0).value<RecentLag>().byFollower.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(updated.size() >= 2, 10000);
    QVERIFY(updated.last().at(0).value<RecentLag>().byFollower.isEmpty()); // "b" has no history
}

QTEST_GUILESS_MAIN(LagTrendFeedTest)
#include "tst_lagtrendfeed.moc"
