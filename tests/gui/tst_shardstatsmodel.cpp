// ShardStatsModel: structure checked by QAbstractItemModelTester, numbers, human units, numeric sorting, and
// in-place refreshes that keep a view's selection.
#include "ui/followers/ShardStatsModel.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QLocale>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using duper::ShardFollowStats;
using duper::ui::ShardStatsModel;

namespace {

ShardFollowStats shard(int id, qint64 leader, qint64 follower)
{
    ShardFollowStats s;
    s.shardId = id;
    s.leaderGlobalCheckpoint = leader;
    s.followerGlobalCheckpoint = follower;
    s.outstandingReadRequests = 2;
    s.outstandingWriteRequests = 1;
    s.writeBufferOperationCount = 7;
    s.writeBufferSizeInBytes = 1258291; // 1.2 MB
    s.successfulReadRequests = 100 + id;
    s.failedReadRequests = id;
    s.successfulWriteRequests = 50;
    s.failedWriteRequests = 0;
    s.operationsRead = 5000;
    s.operationsWritten = 4990;
    s.bytesRead = 2048;
    s.timeSinceLastReadMillis = 1500;
    s.followerMappingVersion = 3;
    s.followerSettingsVersion = 4;
    return s;
}

} // namespace

class TestShardStatsModel : public QObject
{
    Q_OBJECT

private slots:
    void passesModelTester()
    {
        ShardStatsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setShards({shard(0, 10, 5), shard(1, 20, 20)});
        model.setShards({shard(0, 11, 6), shard(1, 21, 21)});
        model.setShards({shard(0, 11, 6)});
        model.setShards({});
        QCOMPARE(model.columnCount(), int(ShardStatsModel::ColumnCount));
        for (int column = 0; column < ShardStatsModel::ColumnCount; ++column)
            QVERIFY(!model.headerData(column, Qt::Horizontal).toString().isEmpty());
    }

    void showsNumbersAndHumanUnits()
    {
        ShardStatsModel model;
        model.setShards({shard(0, 1234, 1000), shard(1, 20, 20)});
        QCOMPARE(model.rowCount(), 2);
        auto sortValue = [&](int row, int column) { return model.index(row, column).data(ShardStatsModel::SortRole); };
        auto text = [&](int row, int column) { return model.index(row, column).data().toString(); };
        QCOMPARE(text(0, ShardStatsModel::ShardColumn), QStringLiteral("0"));
        QCOMPARE(sortValue(0, ShardStatsModel::LeaderCheckpointColumn).toLongLong(), 1234);
        QCOMPARE(text(0, ShardStatsModel::LeaderCheckpointColumn), QLocale().toString(qint64(1234)));
        QCOMPARE(sortValue(0, ShardStatsModel::LagColumn).toLongLong(), 234);
        QCOMPARE(sortValue(1, ShardStatsModel::LagColumn).toLongLong(), 0);
        QCOMPARE(sortValue(1, ShardStatsModel::FailedReadsColumn).toLongLong(), 1);
        QCOMPARE(sortValue(0, ShardStatsModel::WriteBufferBytesColumn).toLongLong(), 1258291);
        QCOMPARE(text(0, ShardStatsModel::WriteBufferBytesColumn),
                 QLocale().formattedDataSize(1258291, 1, QLocale::DataSizeTraditionalFormat));
        QVERIFY(text(0, ShardStatsModel::WriteBufferBytesColumn).contains(QLatin1String("MB")));
        QCOMPARE(sortValue(0, ShardStatsModel::TimeSinceLastReadColumn).toLongLong(), 1500);
        QCOMPARE(text(0, ShardStatsModel::TimeSinceLastReadColumn), ShardStatsModel::humanDuration(1500));
        QCOMPARE(sortValue(0, ShardStatsModel::MappingVersionColumn).toLongLong(), 3);
        QCOMPARE(sortValue(0, ShardStatsModel::SettingsVersionColumn).toLongLong(), 4);
        QCOMPARE(model.index(1, 0).data(ShardStatsModel::ShardIdRole).toInt(), 1);
    }

    void humanDurations()
    {
        QCOMPARE(ShardStatsModel::humanDuration(-1), QStringLiteral("never"));
        QCOMPARE(ShardStatsModel::humanDuration(850), QStringLiteral("850 ms"));
        QCOMPARE(ShardStatsModel::humanDuration(185000), QStringLiteral("3 min 5 s"));
        QCOMPARE(ShardStatsModel::humanDuration(7800000), QStringLiteral("2 h 10 min"));
    }

    void sortsNumerically()
    {
        ShardStatsModel model;
        ShardFollowStats big = shard(0, 100000, 0);
        big.bytesRead = 10 * 1024 * 1024; // "10.0 MB" sorts after "900 bytes" only by number
        ShardFollowStats small = shard(1, 9, 0);
        small.bytesRead = 900;
        model.setShards({big, small});
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(ShardStatsModel::SortRole);
        proxy.sort(ShardStatsModel::BytesReadColumn, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, ShardStatsModel::ShardColumn).data().toString(), QStringLiteral("1"));
        proxy.sort(ShardStatsModel::LeaderCheckpointColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, ShardStatsModel::ShardColumn).data().toString(), QStringLiteral("0"));
    }

    void refreshUpdatesInPlace()
    {
        ShardStatsModel model;
        model.setShards({shard(0, 10, 5), shard(1, 20, 20)});
        QItemSelectionModel selection(&model);
        selection.select(model.index(1, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setShards({shard(0, 30, 25), shard(1, 40, 39)});
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 1);
        QVERIFY(selection.isRowSelected(1, {}));
        QCOMPARE(model.index(1, ShardStatsModel::LagColumn).data(ShardStatsModel::SortRole).toLongLong(), 1);
        // Another set of shards (a recreated follower) resets.
        model.setShards({shard(0, 1, 1)});
        QCOMPARE(reset.count(), 1);
    }
};

QTEST_MAIN(TestShardStatsModel)
#include "tst_shardstatsmodel.moc"
