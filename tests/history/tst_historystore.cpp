// The history store against real SQLite files in a temporary folder: written off the calling thread, read back
// across a restart, rolled up per minute and aged out on a fake clock, kept under its size limit, and switched off
// in words for a corrupt, unwritable or locked file.
#include "core/followers/FollowerSnapshot.h"
#include "history/HistoryDatabase.h"
#include "history/HistoryStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <atomic>
#include <memory>
#include <unistd.h>

using namespace duper;

namespace {

constexpr qint64 t0 = 1767225600000; // 2026-01-01T00:00:00Z, a minute boundary
constexpr qint64 second = 1000;
constexpr qint64 minute = 60 * second;
constexpr qint64 hour = 60 * minute;
constexpr qint64 day = 24 * hour;
const QString kConnection = QStringLiteral("0b5c8f9e-1111-4c3e-9a7e-000000000001");

FollowerSample sample(const QString& follower, std::optional<qint64> lag, FollowerState state = FollowerState::Active,
                      const QString& error = {})
{
    FollowerSample result;
    result.follower = follower;
    result.lag = lag;
    if (lag) {
        result.operationsPerSecond = double(*lag) / 10.0;
        result.timeSinceLastReadMs = 500;
    }
    result.failedReads = state == FollowerState::Error ? 3 : 0;
    result.state = state;
    result.errorText = error;
    return result;
}

HistoryBatch batch(qint64 atMs, const QList<FollowerSample>& samples, const QString& connection = kConnection)
{
    return {connection, atMs, samples};
}

} // namespace

class HistoryStoreTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void writesAndReadsBackAcrossARestart();
    void writesHappenOffTheCallingThread();
    void keyedByConnectionAndFollower();
    void rollsUpPerMinuteAndAgesOut();
    void unfollowedFollowersKeepTheirHistoryUntilItAgesOut();
    void recentLagOfAllFollowers();
    void staysUnderTheSizeLimit();
    void limitsFromPreferences();
    void corruptFileIsReportedAndSwitchedOff();
    void unwritableFolderIsReported();
    void readOnlyFileIsReported();
    void lockedFileIsReported();

private:
    std::unique_ptr<HistoryStore> openStore(HistoryLimits limits = {});
    void write(HistoryStore& store, const HistoryBatch& batch);
    HistorySeries series(HistoryStore& store, const QString& follower, HistoryWindow window,
                         const QString& connection = kConnection);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    qint64 m_now = t0;
};

void HistoryStoreTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("data/history.sqlite"));
    m_now = t0;
}

std::unique_ptr<HistoryStore> HistoryStoreTest::openStore(HistoryLimits limits)
{
    auto store = std::make_unique<HistoryStore>(m_path, limits, [this] { return m_now; });
    QSignalSpy opened(store.get(), &HistoryStore::opened);
    connect(store.get(), &HistoryStore::disabled, this,
            [](const HistoryError& error) { qWarning() << "switched off:" << int(error.kind()) << error.detail(); });
    store->open();
    if (!opened.wait(10000))
        qWarning() << "not opened:" << store->lastError().detail();
    return store;
}

void HistoryStoreTest::write(HistoryStore& store, const HistoryBatch& batch)
{
    QSignalSpy written(&store, &HistoryStore::batchWritten);
    m_now = batch.takenAtMs;
    store.record(batch);
    QVERIFY(written.wait(10000));
    QCOMPARE(written.first().at(0).toLongLong(), batch.takenAtMs);
}

HistorySeries HistoryStoreTest::series(HistoryStore& store, const QString& follower, HistoryWindow window,
                                       const QString& connection)
{
    QSignalSpy ready(&store, &HistoryStore::seriesReady);
    const quint64 id = store.requestSeries(connection, follower, window);
    if (!ready.wait(10000))
        return {};
    const auto result = ready.first().at(0).value<HistorySeries>();
    if (result.requestId != id)
        qWarning() << "answer to another request";
    return result;
}

void HistoryStoreTest::writesAndReadsBackAcrossARestart()
{
    {
        auto store = openStore();
        QVERIFY(store->isEnabled());
        write(*store, batch(t0, {sample(QStringLiteral("orders"), 120)}));
        write(*store, batch(t0 + 10 * second, {sample(QStringLiteral("orders"), 60)}));
        write(*store, batch(t0 + 20 * second, {sample(QStringLiteral("orders"), 60, FollowerState::Error,
                                                      QStringLiteral("shard 0: no such index"))}));
        write(*store, batch(t0 + 30 * second, {sample(QStringLiteral("orders"), std::nullopt, FollowerState::Paused)}));
    } // closed: everything written is in the file
    QVERIFY(QFileInfo::exists(m_path));

    auto store = openStore();
    m_now = t0 + 40 * second;
    const HistorySeries read = series(*store, QStringLiteral("orders"), HistoryWindow::Last15Minutes);
    QVERIFY(!read.error.isError());
    QCOMPARE(read.resolution, HistoryResolution::Raw);
    QCOMPARE(read.fromMs, m_now - 15 * minute);
    QCOMPARE(read.points.size(), 4);
    QCOMPARE(read.points.at(0).atMs, t0);
    QCOMPARE(read.points.at(0).lag, HistoryRange({120, 120, 120}));
    QCOMPARE(read.points.at(0).operationsPerSecond, HistoryRange({12, 12, 12}));
    QCOMPARE(read.points.at(0).timeSinceLastReadMs, HistoryRange({500, 500, 500}));
    QCOMPARE(read.points.at(1).lag->avg, 60.0);
    QCOMPARE(read.points.at(2).state, FollowerState::Error);
    QCOMPARE(read.points.at(2).failedReads, qint64(3));
    QVERIFY(!read.points.at(3).lag); // paused: no figure, not zero
    QCOMPARE(read.points.at(3).state, FollowerState::Paused);
    // The first status, then only the changes, with the error text.
    QCOMPARE(read.events.size(), 3);
    QCOMPARE(read.events.at(0), HistoryEvent({t0, FollowerState::Active, {}}));
    QCOMPARE(read.events.at(1),
             HistoryEvent({t0 + 20 * second, FollowerState::Error, QStringLiteral("shard 0: no such index")}));
    QCOMPARE(read.events.at(2), HistoryEvent({t0 + 30 * second, FollowerState::Paused, {}}));

    // After the restart an unchanged status is still not a new event.
    write(*store, batch(t0 + 50 * second, {sample(QStringLiteral("orders"), std::nullopt, FollowerState::Paused)}));
    QCOMPARE(series(*store, QStringLiteral("orders"), HistoryWindow::LastHour).events.size(), 3);
}

void HistoryStoreTest::writesHappenOffTheCallingThread()
{
    auto store = openStore();
    QVERIFY(store->database());
    std::atomic<QThread*> writer = nullptr;
    connect(
        store->database(), &HistoryDatabase::written, this, [&writer] { writer = QThread::currentThread(); },
        Qt::DirectConnection);
    write(*store, batch(t0, {sample(QStringLiteral("orders"), 1)}));
    QTRY_VERIFY(writer.load());
    QVERIFY(writer.load() != QThread::currentThread());
    QCOMPARE(writer.load(), store->database()->thread());

    // A whole snapshot is turned into a batch over there too.
    auto snapshot = std::make_shared<FollowerSnapshot>();
    snapshot->takenAtMs = t0 + 10 * second;
    FollowerRow row;
    row.name = QStringLiteral("orders");
    row.lag = 7;
    row.shards.append(ShardFollowStats{});
    snapshot->rows.append(row);
    QSignalSpy written(store.get(), &HistoryStore::batchWritten);
    store->recordSnapshot(kConnection, snapshot);
    QVERIFY(written.wait(10000));
    m_now = t0 + 20 * second;
    const HistorySeries read = series(*store, QStringLiteral("orders"), HistoryWindow::LastHour);
    QCOMPARE(read.points.size(), 2);
    QCOMPARE(read.points.last().lag->max, 7.0);
}

void HistoryStoreTest::keyedByConnectionAndFollower()
{
    auto store = openStore();
    const QString other = QStringLiteral("0b5c8f9e-2222-4c3e-9a7e-000000000002");
    write(*store, batch(t0, {sample(QStringLiteral("orders"), 1), sample(QStringLiteral("logs"), 2)}));
    write(*store, batch(t0, {sample(QStringLiteral("orders"), 3)}, other));
    QCOMPARE(series(*store, QStringLiteral("orders"), HistoryWindow::LastHour).points.first().lag->max, 1.0);
    QCOMPARE(series(*store, QStringLiteral("logs"), HistoryWindow::LastHour).points.first().lag->max, 2.0);
    QCOMPARE(series(*store, QStringLiteral("orders"), HistoryWindow::LastHour, other).points.first().lag->max, 3.0);
    QVERIFY(series(*store, QStringLiteral("logs"), HistoryWindow::LastHour, other).points.isEmpty());
}

void HistoryStoreTest::rollsUpPerMinuteAndAgesOut()
{
    auto store = openStore();
    // Three minutes at one refresh every 10 s: lag 0, 10, ..., 170.
    for (int i = 0; i < 18; ++i)
        write(*store, batch(t0 + i * 10 * second, {sample(QStringLiteral("orders"), i * 10)}));

    // Maintenance rolled up the first two minutes while writing; per-minute series aggregate the samples not rolled
    // up yet on the fly...
    m_now = t0 + 3 * minute;
    const HistorySeries live = series(*store, QStringLiteral("orders"), HistoryWindow::Last24Hours);
    QCOMPARE(live.resolution, HistoryResolution::PerMinute);
    QCOMPARE(live.points.size(), 3);
    QCOMPARE(live.points.at(0).atMs, t0);
    QCOMPARE(live.points.at(0).samples, 6);
    QCOMPARE(live.points.at(0).lag, HistoryRange({0, 25, 50}));
    QCOMPARE(live.points.at(2).lag, HistoryRange({120, 145, 170}));
    QCOMPARE(live.points.at(2).operationsPerSecond, HistoryRange({12, 14.5, 17}));

    // ...and after it they read the same from the stored minutes.
    QSignalSpy maintained(store.get(), &HistoryStore::maintained);
    m_now = t0 + 25 * hour;
    store->maintainNow();
    QVERIFY(maintained.wait(10000));
    QVERIFY(series(*store, QStringLiteral("orders"), HistoryWindow::LastHour).points.isEmpty()); // no samples left
    m_now = t0 + 3 * minute;
    QCOMPARE(series(*store, QStringLiteral("orders"), HistoryWindow::Last24Hours).points, live.points);
    m_now = t0 + 25 * hour;
    const HistorySeries week = series(*store, QStringLiteral("orders"), HistoryWindow::Last7Days);
    QCOMPARE(week.points, live.points);
    QCOMPARE(week.events.size(), 1);

    // Past the downsampled period everything is gone.
    m_now = t0 + 31 * day;
    store->maintainNow();
    QVERIFY(maintained.wait(10000));
    const HistorySeries month = series(*store, QStringLiteral("orders"), HistoryWindow::Last30Days);
    QVERIFY(month.points.isEmpty());
    QVERIFY(month.events.isEmpty());
}

void HistoryStoreTest::unfollowedFollowersKeepTheirHistoryUntilItAgesOut()
{
    HistoryLimits limits;
    limits.fullResolutionMs = 2 * hour;
    limits.downsampledMs = 2 * day;
    auto store = openStore(limits);
    write(*store, batch(t0, {sample(QStringLiteral("gone"), 5), sample(QStringLiteral("kept"), 1)}));
    // Later refreshes no longer list "gone" (unfollowed); writes go on, maintenance runs every minute.
    for (int i = 1; i <= 12; ++i)
        write(*store, batch(t0 + i * 10 * minute, {sample(QStringLiteral("kept"), 1)}));
    m_now = t0 + 2 * hour;
    QCOMPARE(series(*store, QStringLiteral("gone"), HistoryWindow::Last24Hours).points.size(), 1);
    m_now = t0 + 3 * hour;
    store->maintainNow();
    QCOMPARE(series(*store, QStringLiteral("gone"), HistoryWindow::LastHour).points.size(), 0);    // samples aged out
    QCOMPARE(series(*store, QStringLiteral("gone"), HistoryWindow::Last24Hours).points.size(), 1); // the minute stays
    m_now = t0 + 3 * day;
    store->maintainNow();
    QVERIFY(series(*store, QStringLiteral("gone"), HistoryWindow::Last7Days).points.isEmpty());
}

void HistoryStoreTest::recentLagOfAllFollowers()
{
    auto store = openStore();
    for (int i = 0; i < 12; ++i) // two hours, one refresh every 10 minutes
        write(*store,
              batch(t0 + i * 10 * minute, {sample(QStringLiteral("a"), i), sample(QStringLiteral("b"), 100 + i),
                                           sample(QStringLiteral("paused"), std::nullopt, FollowerState::Paused)}));
    write(*store, batch(t0 + 115 * minute, {sample(QStringLiteral("x"), 9)}, QStringLiteral("other-connection")));
    m_now = t0 + 115 * minute;
    QSignalSpy ready(store.get(), &HistoryStore::recentLagReady);
    const quint64 id = store->requestRecentLag(kConnection);
    QVERIFY(ready.wait(10000));
    const auto lag = ready.first().at(0).value<RecentLag>();
    QCOMPARE(lag.requestId, id);
    QCOMPARE(lag.fromMs, m_now - hour);
    QCOMPARE(lag.byFollower.keys().size(), 2); // not the paused one, not the other connection's
    // Refreshes at 60, 70, ..., 110 minutes.
    QCOMPARE(lag.byFollower.value(QStringLiteral("a")).size(), 6);
    QCOMPARE(lag.byFollower.value(QStringLiteral("a")).first(), LagPoint({t0 + 60 * minute, 6}));
    QCOMPARE(lag.byFollower.value(QStringLiteral("b")).last(), LagPoint({t0 + 110 * minute, 111}));

    // Refreshes within one minute give one point: the minute's start and its highest lag.
    write(*store, batch(t0 + 112 * minute + 10 * second, {sample(QStringLiteral("a"), 40)}));
    write(*store, batch(t0 + 112 * minute + 20 * second, {sample(QStringLiteral("a"), 70)}));
    write(*store, batch(t0 + 112 * minute + 30 * second, {sample(QStringLiteral("a"), 50)}));
    m_now = t0 + 115 * minute;
    ready.clear();
    store->requestRecentLag(kConnection);
    QVERIFY(ready.wait(10000));
    const auto perMinute = ready.first().at(0).value<RecentLag>().byFollower.value(QStringLiteral("a"));
    QCOMPARE(perMinute.size(), qsizetype(7));
    QCOMPARE(perMinute.last(), LagPoint({t0 + 112 * minute, 70}));
}

void HistoryStoreTest::staysUnderTheSizeLimit()
{
    HistoryLimits limits;
    limits.maxBytes = 512 * 1024;
    auto store = openStore(limits);
    QList<FollowerSample> samples;
    for (int f = 0; f < 40; ++f)
        samples.append(sample(QStringLiteral("follower-%1").arg(f, 3, 10, QLatin1Char('0')), f * 1000));
    QSignalSpy written(store.get(), &HistoryStore::batchWritten);
    // Six hours at one refresh a minute: about 14,000 samples and their minutes, several megabytes.
    const int refreshes = 360;
    for (int i = 0; i < refreshes; ++i) {
        m_now = t0 + i * minute;
        store->record(batch(m_now, samples));
    }
    QTRY_COMPARE_WITH_TIMEOUT(written.size(), refreshes, 60000);
    QSignalSpy maintained(store.get(), &HistoryStore::maintained);
    m_now = t0 + refreshes * minute;
    store->maintainNow();
    // The newest figures stay, the oldest went first. (Answered after the maintenance asked for above.)
    const HistorySeries recent = series(*store, QStringLiteral("follower-039"), HistoryWindow::Last15Minutes);
    QCOMPARE(recent.points.size(), 15);
    const HistorySeries all = series(*store, QStringLiteral("follower-039"), HistoryWindow::Last24Hours);
    QVERIFY(!all.points.isEmpty());
    QVERIFY(all.points.first().atMs > t0 + hour);
    QVERIFY(!maintained.isEmpty());
    const qint64 used = maintained.last().at(0).toLongLong();
    QVERIFY2(used <= limits.maxBytes, qPrintable(QString::number(used)));
    QVERIFY2(QFileInfo(m_path).size() <= limits.maxBytes, qPrintable(QString::number(QFileInfo(m_path).size())));
}

void HistoryStoreTest::limitsFromPreferences()
{
    HistoryRetention retention;
    QCOMPARE(HistoryLimits::from(retention), HistoryLimits());
    QCOMPARE(HistoryLimits().maxBytes, qint64(200) * 1024 * 1024);
    retention.fullResolutionHours = 48;
    retention.downsampledDays = 1;    // shorter than the full resolution: per-minute figures cover it anyway
    retention.maxMegabytesOnDisk = 1; // below what Preferences offers
    const HistoryLimits limits = HistoryLimits::from(retention);
    QCOMPARE(limits.fullResolutionMs, 48 * hour);
    QCOMPARE(limits.downsampledMs, 48 * hour);
    QCOMPARE(limits.maxBytes, qint64(HistoryRetention::minMegabytes) * 1024 * 1024);
}

void HistoryStoreTest::corruptFileIsReportedAndSwitchedOff()
{
    QVERIFY(QDir().mkpath(QFileInfo(m_path).absolutePath()));
    QByteArray garbage;
    for (int i = 0; i < 512; ++i)
        garbage += "this is not a database, just text ";
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(garbage);
    file.close();

    HistoryStore store(m_path, {}, [this] { return m_now; });
    QSignalSpy disabled(&store, &HistoryStore::disabled);
    QSignalSpy opened(&store, &HistoryStore::opened);
    store.open();
    QVERIFY(disabled.wait(10000));
    QVERIFY(opened.isEmpty());
    QVERIFY(!store.isEnabled());
    const auto error = disabled.first().at(0).value<HistoryError>();
    QCOMPARE(error.kind(), HistoryError::Kind::Corrupt);
    QCOMPARE(store.lastError(), error);
    QVERIFY(error.userMessage().contains(QStringLiteral("damaged")));
    QVERIFY(error.userMessage().contains(QDir::toNativeSeparators(m_path)));

    // Off: records are dropped, requests answer at once with the reason, and the file is left as it was.
    store.record(batch(t0, {sample(QStringLiteral("orders"), 1)}));
    const HistorySeries answer = series(store, QStringLiteral("orders"), HistoryWindow::LastHour);
    QCOMPARE(answer.error.kind(), HistoryError::Kind::Corrupt);
    QVERIFY(answer.points.isEmpty());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), garbage);
    QCOMPARE(disabled.size(), 1); // reported once
}

void HistoryStoreTest::unwritableFolderIsReported()
{
    // The folder the file should go in is a file: it can never be created (whoever runs the test).
    const QString blocker = m_dir->filePath(QStringLiteral("not-a-folder"));
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    m_path = blocker + QStringLiteral("/history.sqlite");
    HistoryStore store(m_path, {}, [this] { return m_now; });
    QSignalSpy disabled(&store, &HistoryStore::disabled);
    store.open();
    QVERIFY(disabled.wait(10000));
    const auto error = disabled.first().at(0).value<HistoryError>();
    QCOMPARE(error.kind(), HistoryError::Kind::Unwritable);
    QVERIFY(error.userMessage().contains(QStringLiteral("cannot write")));
}

void HistoryStoreTest::readOnlyFileIsReported()
{
    { // a good history file...
        auto store = openStore();
        write(*store, batch(t0, {sample(QStringLiteral("orders"), 1)}));
    }
    // ...that may no longer be written.
    QVERIFY(QFile::setPermissions(m_path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    if (geteuid() == 0)
        QSKIP("root writes to read-only files; the unwritable folder test covers this path");
    HistoryStore store(m_path, {}, [this] { return m_now; });
    QSignalSpy disabled(&store, &HistoryStore::disabled);
    store.open();
    QVERIFY(disabled.wait(10000));
    QCOMPARE(disabled.first().at(0).value<HistoryError>().kind(), HistoryError::Kind::Unwritable);
}

void HistoryStoreTest::lockedFileIsReported()
{
    QVERIFY(QDir().mkpath(QFileInfo(m_path).absolutePath()));
    const QString lockerName = QStringLiteral("locker");
    {
        QSqlDatabase locker = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), lockerName);
        locker.setDatabaseName(m_path);
        QVERIFY(locker.open());
        QSqlQuery query(locker);
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE other(x)")));
        QVERIFY(query.exec(QStringLiteral("BEGIN EXCLUSIVE"))); // another program holds the file

        HistoryStore store(m_path, {}, [this] { return m_now; });
        store.setBusyTimeoutMs(50);
        QSignalSpy disabled(&store, &HistoryStore::disabled);
        store.open();
        QVERIFY(disabled.wait(10000));
        const auto error = disabled.first().at(0).value<HistoryError>();
        QCOMPARE(error.kind(), HistoryError::Kind::Locked);
        QVERIFY(error.userMessage().contains(QStringLiteral("another program")));
        QVERIFY(query.exec(QStringLiteral("ROLLBACK")));
        locker.close();
    }
    QSqlDatabase::removeDatabase(lockerName);
}

QTEST_GUILESS_MAIN(HistoryStoreTest)
#include "tst_historystore.moc"
