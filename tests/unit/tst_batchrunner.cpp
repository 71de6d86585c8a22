// BatchRunner: bounded concurrency, per-item results, "already done", cancel and retry — with tasks that finish on
// timers, so the order of answers differs from the order of items.
#include "core/batch/BatchRunner.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace duper;

namespace {

// A task that answers after `delays[name]` ms with `outcomes[name]` (Succeeded when not given) and records how many
// ran at once.
struct FakeTasks
{
    QHash<QString, int> delays;
    QHash<QString, BatchItemResult::Outcome> outcomes;
    int running = 0;
    int maxRunning = 0;
    QStringList started;
    QStringList cancelled;

    BatchRunner::Task task()
    {
        return [this](const QString& name, const BatchRunner::Finish& finish) -> BatchRunner::Cancel {
            started.append(name);
            ++running;
            maxRunning = qMax(maxRunning, running);
            auto* timer = new QTimer;
            timer->setSingleShot(true);
            QObject::connect(timer, &QTimer::timeout, timer, [this, name, finish, timer] {
                --running;
                timer->deleteLater();
                switch (outcomes.value(name, BatchItemResult::Outcome::Succeeded)) {
                case BatchItemResult::Outcome::AlreadyDone:
                    finish(BatchItemResult::already());
                    break;
                case BatchItemResult::Outcome::Failed:
                    finish(BatchItemResult::failure(EsError::http(400, QByteArrayLiteral("{}"))));
                    break;
                default:
                    finish(BatchItemResult::done());
                }
            });
            timer->start(delays.value(name, 5));
            return [this, timer, name] {
                cancelled.append(name);
                --running;
                timer->stop();
                timer->deleteLater();
            };
        };
    }
};

QStringList names(int count)
{
    QStringList list;
    for (int i = 0; i < count; ++i)
        list.append(QStringLiteral("item-%1").arg(i));
    return list;
}

} // namespace

class BatchRunnerTest : public QObject
{
    Q_OBJECT

private slots:
    void runsEveryItemAtMostFourAtATime()
    {
        // Each task waits until the test finishes it: deterministic whatever the machine's load.
        QHash<QString, BatchRunner::Finish> waiting;
        int running = 0;
        int maxRunning = 0;
        BatchRunner runner(names(10), [&](const QString& name, const BatchRunner::Finish& finish) {
            waiting.insert(name, finish);
            maxRunning = qMax(maxRunning, ++running);
            return BatchRunner::Cancel();
        });
        QSignalSpy finished(&runner, &BatchRunner::finished);
        QSignalSpy items(&runner, &BatchRunner::itemFinished);
        runner.start();
        QCOMPARE(waiting.size(), BatchRunner::defaultConcurrency);
        // A slow first item does not hold up the rest: finish everything else while it stays in flight.
        while (items.size() < 9) {
            const QStringList open = waiting.keys();
            for (const QString& name : open) {
                if (name == QStringLiteral("item-0"))
                    continue;
                --running;
                waiting.take(name)(BatchItemResult::done());
            }
        }
        QCOMPARE(finished.size(), 0);
        QVERIFY(runner.isRunning());
        QCOMPARE(waiting.keys(), QStringList{QStringLiteral("item-0")});
        --running;
        waiting.take(QStringLiteral("item-0"))(BatchItemResult::done());
        QCOMPARE(finished.size(), 1);
        QCOMPARE(items.size(), 10);
        QCOMPARE(maxRunning, BatchRunner::defaultConcurrency);
        QCOMPARE(runner.succeededCount(), 10);
        QCOMPARE(runner.doneCount(), 10);
        QVERIFY(!runner.isRunning());
        QCOMPARE(items.last().at(0).toString(), QStringLiteral("item-0"));
        QCOMPARE(runner.results().first().name, QStringLiteral("item-0")); // results keep the given order
    }

    void duplicatesRunOnce()
    {
        FakeTasks tasks;
        BatchRunner runner({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("a")}, tasks.task());
        QSignalSpy finished(&runner, &BatchRunner::finished);
        runner.start();
        QVERIFY(finished.wait(2000));
        QCOMPARE(runner.total(), 2);
        QCOMPARE(tasks.started, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    }

    void classifiesOutcomesAndRetriesOnlyTheFailed()
    {
        FakeTasks tasks;
        tasks.outcomes.insert(QStringLiteral("item-1"), BatchItemResult::Outcome::AlreadyDone);
        tasks.outcomes.insert(QStringLiteral("item-2"), BatchItemResult::Outcome::Failed);
        BatchRunner runner(names(4), tasks.task());
        QSignalSpy finished(&runner, &BatchRunner::finished);
        runner.start();
        QVERIFY(finished.wait(2000));
        QCOMPARE(runner.count(BatchItemResult::Outcome::Succeeded), 2);
        QCOMPARE(runner.count(BatchItemResult::Outcome::AlreadyDone), 1);
        QCOMPARE(runner.count(BatchItemResult::Outcome::Failed), 1);
        QCOMPARE(runner.unsuccessful(), QStringList{QStringLiteral("item-2")});
        QVERIFY(!runner.results().at(2).message.isEmpty());

        tasks.outcomes.remove(QStringLiteral("item-2")); // the cause went away
        tasks.started.clear();
        runner.retryFailed();
        QVERIFY(finished.wait(2000));
        QCOMPARE(tasks.started, QStringList{QStringLiteral("item-2")});
        QCOMPARE(runner.succeededCount(), 4);
        QCOMPARE(runner.doneCount(), 4);
        QVERIFY(runner.unsuccessful().isEmpty());
    }

    void cancelStopsTheRestAndRetryRunsThem()
    {
        FakeTasks tasks;
        for (const QString& name : names(8))
            tasks.delays.insert(name, 200);
        BatchRunner runner(names(8), tasks.task());
        runner.setMaxConcurrency(2);
        QSignalSpy finished(&runner, &BatchRunner::finished);
        runner.start();
        QCOMPARE(tasks.started.size(), 2);
        runner.cancel();
        QCOMPARE(finished.size(), 1); // at once: nothing left in flight
        QVERIFY(runner.wasCancelled());
        QCOMPARE(tasks.cancelled.size(), 2);
        QCOMPARE(runner.count(BatchItemResult::Outcome::Failed), 2);  // the two in flight, "cancelled"
        QCOMPARE(runner.count(BatchItemResult::Outcome::Pending), 6); // never started
        QCOMPARE(runner.results().first().error.kind(), EsError::Kind::Cancelled);
        QCOMPARE(runner.unsuccessful().size(), 8);

        for (const QString& name : names(8))
            tasks.delays.insert(name, 1);
        runner.retryFailed();
        QVERIFY(finished.wait(2000));
        QCOMPARE(runner.succeededCount(), 8);
        QVERIFY(!runner.wasCancelled());
    }

    void tasksThatFinishAtOnceAndEmptyBatches()
    {
        int calls = 0;
        BatchRunner runner(names(6), [&calls](const QString&, const BatchRunner::Finish& finish) {
            ++calls;
            finish(BatchItemResult::done());
            finish(BatchItemResult::failure(EsError::cancelled())); // a second answer is ignored
            return BatchRunner::Cancel();
        });
        QSignalSpy finished(&runner, &BatchRunner::finished);
        runner.start();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(calls, 6);
        QCOMPARE(runner.succeededCount(), 6);

        BatchRunner empty({}, [](const QString&, const BatchRunner::Finish&) { return BatchRunner::Cancel(); });
        QSignalSpy emptyFinished(&empty, &BatchRunner::finished);
        empty.start();
        QCOMPARE(emptyFinished.size(), 1);
    }
};

QTEST_GUILESS_MAIN(BatchRunnerTest)
#include "tst_batchrunner.moc"
