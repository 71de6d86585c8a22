// The Follower indices tab's parse pool (FollowerRefresher::configureParsePool): its thread must get a core while
// other processes keep the machine busy. At QThread::IdlePriority (SCHED_IDLE on Linux) it ran only when nothing
// else wanted a core, and a niced compile in the background stretched a 10,000-follower load from 45 ms to 1.4 s.
#include "core/followers/FollowerRefresher.h"

#include <QTest>
#include <QThreadPool>
#include <atomic>

#if defined(Q_OS_LINUX)
#include <sched.h>
#endif

using namespace duper;

class TestFollowerParsePool : public QObject
{
    Q_OBJECT

private slots:
    void runsOneThreadThatIsNeverIdleScheduled()
    {
        QThreadPool pool;
        FollowerRefresher::configureParsePool(pool);
        QCOMPARE(pool.maxThreadCount(), 1);
        QVERIFY(pool.threadPriority() != QThread::IdlePriority);
#if defined(Q_OS_LINUX)
        std::atomic<int> policy{-1};
        pool.start([&policy]() { policy = sched_getscheduler(0); });
        QVERIFY(pool.waitForDone(10000));
        QVERIFY(policy.load() >= 0);
        QVERIFY2(policy.load() != SCHED_IDLE, "the parse thread runs under SCHED_IDLE");
#endif
    }
};

QTEST_GUILESS_MAIN(TestFollowerParsePool)
#include "tst_followerparsepool.moc"
