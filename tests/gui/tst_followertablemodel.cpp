// FollowerTableModel and FollowerFilterProxyModel: diffs across refreshes, the check column, filtering and sorting.

#include "ui/followers/FollowerFilterProxyModel.h"
#include "ui/followers/FollowerTableModel.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QPersistentModelIndex>
#include <QSignalSpy>
#include <QTest>
#include <algorithm>

using namespace duper;
using duper::ui::FollowerFilterProxyModel;
using duper::ui::FollowerTableModel;

namespace {

struct Spec
{
    QString name;
    qint64 lag = 0; // < 0: paused
    qint64 written = 0;
    bool fatal = false;
    QString remote = QStringLiteral("leader");
};

std::shared_ptr<const FollowerSnapshot> snapshotOf(const QList<Spec>& specs, qint64 takenAtMs = 1000,
                                                   const FollowerSnapshot* previous = nullptr)
{
    FollowInfoResponse info;
    FollowStatsResponse stats;
    for (const Spec& spec : specs) {
        FollowerInfo follower;
        follower.followerIndex = spec.name;
        follower.remoteCluster = spec.remote;
        follower.leaderIndex = QStringLiteral("src-") + spec.name;
        follower.status = spec.lag < 0 ? FollowerStatus::Paused : FollowerStatus::Active;
        info.followers.append(follower);
        if (spec.lag < 0)
            continue;
        ShardFollowStats shard;
        shard.leaderGlobalCheckpoint = 1000 + spec.lag;
        shard.followerGlobalCheckpoint = 1000;
        shard.operationsWritten = spec.written;
        shard.timeSinceLastReadMillis = 2000;
        if (spec.fatal) {
            ErrorCause cause;
            cause.type = QStringLiteral("resource_not_found_exception");
            cause.reason = QStringLiteral("history gone");
            shard.fatalException = cause;
        }
        FollowerStats entry;
        entry.index = spec.name;
        entry.shards = {shard};
        stats.indices.append(entry);
    }
    return std::make_shared<const FollowerSnapshot>(FollowerSnapshot::build(info, stats, takenAtMs, previous));
}

QStringList namesIn(const QAbstractItemModel& model)
{
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row)
        names.append(model.index(row, FollowerTableModel::NameColumn).data().toString());
    return names;
}

} // namespace

class FollowerTableModelTest : public QObject
{
    Q_OBJECT

private slots:
    void diffsAcrossRefreshes()
    {
        FollowerTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        FollowerFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removes(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);

        model.applySnapshot(snapshotOf({{QStringLiteral("b"), 5}, {QStringLiteral("d"), 7}, {QStringLiteral("f"), 1}}));
        QCOMPARE(namesIn(model), (QStringList{QStringLiteral("b"), QStringLiteral("d"), QStringLiteral("f")}));
        QCOMPARE(inserts.size(), 1);

        QPersistentModelIndex d(model.index(1, FollowerTableModel::LagColumn));
        QItemSelectionModel selection(&model);
        selection.select(model.index(1, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        model.setChecked({QStringLiteral("d"), QStringLiteral("f"), QStringLiteral("absent")}, true);
        QCOMPARE(model.checkedNames(), (QStringList{QStringLiteral("d"), QStringLiteral("f")}));

        // Insert before and between, remove one, change one.
        inserts.clear();
        changes.clear();
        model.applySnapshot(snapshotOf(
            {{QStringLiteral("a"), 0}, {QStringLiteral("c"), 0}, {QStringLiteral("d"), 70}, {QStringLiteral("e"), 0}}));
        QCOMPARE(namesIn(model),
                 (QStringList{QStringLiteral("a"), QStringLiteral("c"), QStringLiteral("d"), QStringLiteral("e")}));
        QCOMPARE(removes.size(), 2); // b and f
        QCOMPARE(inserts.size(), 2); // a+c before d... a, c are not adjacent to each other's neighbours: 2 runs
        QCOMPARE(resets.size(), 0);
        QVERIFY(d.isValid());
        QCOMPARE(d.row(), 2);
        QCOMPARE(d.data().toString(), QLocale().toString(qint64(70)));
        QVERIFY(selection.isRowSelected(2, QModelIndex()));
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.first().at(0).value<QModelIndex>().row(), 2);
        QCOMPARE(changes.first().at(0).value<QModelIndex>().column(), int(FollowerTableModel::LagColumn));
        QCOMPARE(changes.first().at(1).value<QModelIndex>().column(), int(FollowerTableModel::LagColumn));
        QCOMPARE(model.checkedNames(), QStringList{QStringLiteral("d")}); // f vanished
        QCOMPARE(model.rowOf(QStringLiteral("e")), 3);
        QCOMPARE(model.rowOf(QStringLiteral("b")), -1);

        // Same data again: nothing to report.
        changes.clear();
        model.applySnapshot(snapshotOf(
            {{QStringLiteral("a"), 0}, {QStringLiteral("c"), 0}, {QStringLiteral("d"), 70}, {QStringLiteral("e"), 0}}));
        QCOMPARE(changes.size(), 0);

        // Everything changes at once: one range, then everything goes.
        model.applySnapshot(snapshotOf({{QStringLiteral("a"), 1},
                                        {QStringLiteral("c"), 2},
                                        {QStringLiteral("d"), 3},
                                        {QStringLiteral("e"), 4, 0, true}}));
        QCOMPARE(changes.size(), 1);
        QCOMPARE(model.index(3, FollowerTableModel::StatusColumn).data().toString(), QStringLiteral("Error"));
        QCOMPARE(model.index(3, FollowerTableModel::NameColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("shard 0: history gone"));
        QCOMPARE(model.index(3, 0).data(FollowerTableModel::StateRole).toInt(), int(FollowerState::Error));
        model.applySnapshot(nullptr);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.checkedNames().isEmpty());
        QCOMPARE(resets.size(), 0);
        model.applySnapshot(snapshotOf({{QStringLiteral("x"), 0}}));
        QCOMPARE(model.rowCount(), 1);
    }

    void displayTextAndSortKeys()
    {
        FollowerTableModel model;
        const auto first = snapshotOf({{QStringLiteral("p"), -1}, {QStringLiteral("r"), 12345, 100}}, 1000);
        model.applySnapshot(first);
        model.applySnapshot(
            snapshotOf({{QStringLiteral("p"), -1}, {QStringLiteral("r"), 12345, 350}}, 3000, first.get()));
        const auto cell = [&](int row, int column, int role = Qt::DisplayRole) {
            return model.index(row, column).data(role);
        };
        QCOMPARE(cell(0, FollowerTableModel::StatusColumn).toString(), QStringLiteral("Paused"));
        QCOMPARE(cell(1, FollowerTableModel::StatusColumn).toString(), QStringLiteral("Active"));
        QCOMPARE(cell(1, FollowerTableModel::LagColumn).toString(), QLocale().toString(qint64(12345)));
        QCOMPARE(cell(1, FollowerTableModel::OperationsPerSecondColumn).toString(), QLocale().toString(125.0, 'f', 1));
        QCOMPARE(cell(0, FollowerTableModel::OperationsPerSecondColumn).toString(), QString(QChar(0x2014)));
        QCOMPARE(cell(0, FollowerTableModel::OperationsPerSecondColumn, FollowerTableModel::SortRole).toDouble(), -1.0);
        QCOMPARE(cell(1, FollowerTableModel::TimeSinceLastReadColumn).toString(), QStringLiteral("2 s"));
        QCOMPARE(cell(1, FollowerTableModel::LagColumn, FollowerTableModel::SortRole).toLongLong(), 12345);
        QCOMPARE(FollowerTableModel::formatDuration(150'000), QStringLiteral("2 min"));
        QCOMPARE(FollowerTableModel::formatDuration(std::nullopt), QString(QChar(0x2014)));
        QCOMPARE(model.headerData(FollowerTableModel::NameColumn, Qt::Horizontal).toString(), QStringLiteral("Name"));
        QCOMPARE(model.rowAt(1)->name, QStringLiteral("r"));
        QVERIFY(!model.rowAt(2));
    }

    void checkColumn()
    {
        FollowerTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.applySnapshot(snapshotOf({{QStringLiteral("a"), 0}, {QStringLiteral("b"), 0}}));
        QSignalSpy checked(&model, &FollowerTableModel::checkedNamesChanged);
        const QModelIndex box = model.index(1, FollowerTableModel::SelectedColumn);
        QVERIFY(box.flags() & Qt::ItemIsUserCheckable);
        QVERIFY(!(model.index(1, FollowerTableModel::NameColumn).flags() & Qt::ItemIsUserCheckable));
        QVERIFY(model.setData(box, Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(box.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QCOMPARE(checked.size(), 1);
        QCOMPARE(model.checkedNames(), QStringList{QStringLiteral("b")});
        // Kept by name across a refresh that inserts before it.
        model.applySnapshot(snapshotOf({{QStringLiteral("0"), 0}, {QStringLiteral("a"), 0}, {QStringLiteral("b"), 3}}));
        QCOMPARE(model.index(2, FollowerTableModel::SelectedColumn).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        model.clearChecked();
        QVERIFY(model.checkedNames().isEmpty());
        QCOMPARE(checked.size(), 2);
        QVERIFY(!model.setData(model.index(0, FollowerTableModel::NameColumn), Qt::Checked, Qt::CheckStateRole));
    }

    void proxyFiltersAndSortsNumerically()
    {
        FollowerTableModel model;
        FollowerFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.applySnapshot(snapshotOf({{QStringLiteral("beta"), 9},
                                        {QStringLiteral("alpha"), 100},
                                        {QStringLiteral("gamma"), 20, 0, false, QStringLiteral("east")},
                                        {QStringLiteral("paused"), -1}}));
        QCOMPARE(namesIn(proxy), (QStringList{QStringLiteral("alpha"), QStringLiteral("beta"), QStringLiteral("gamma"),
                                              QStringLiteral("paused")})); // by name (index names are lowercase)

        proxy.sort(FollowerTableModel::LagColumn, Qt::AscendingOrder);
        QCOMPARE(namesIn(proxy), (QStringList{QStringLiteral("paused"), QStringLiteral("beta"), QStringLiteral("gamma"),
                                              QStringLiteral("alpha")})); // 9 < 20 < 100 numerically
        // A refresh re-sorts in place.
        model.applySnapshot(snapshotOf({{QStringLiteral("beta"), 900},
                                        {QStringLiteral("alpha"), 100},
                                        {QStringLiteral("gamma"), 20, 0, false, QStringLiteral("east")},
                                        {QStringLiteral("paused"), -1}}));
        QCOMPARE(namesIn(proxy).last(), QStringLiteral("beta"));

        proxy.setSearchText(QStringLiteral("EAST"));
        QCOMPARE(namesIn(proxy), QStringList{QStringLiteral("gamma")}); // remote cluster
        proxy.setSearchText(QStringLiteral("src-al"));
        QCOMPARE(namesIn(proxy), QStringList{QStringLiteral("alpha")}); // leader index
        proxy.setSearchText(QString());
        proxy.setStateFilter(FollowerState::Paused);
        QCOMPARE(namesIn(proxy), QStringList{QStringLiteral("paused")});
        proxy.setStateFilter(std::nullopt);
        proxy.sort(FollowerTableModel::StatusColumn, Qt::DescendingOrder);
        QCOMPARE(namesIn(proxy).first(), QStringLiteral("paused"));
        QCOMPARE(proxy.rowCount(), 4);
    }

    void nameOrderWithAndWithoutSortedRows()
    {
        FollowerTableModel model;
        FollowerFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
        const QList<Spec> specs{{QStringLiteral("delta"), 5},
                                {QStringLiteral("alpha"), 5},
                                {QStringLiteral("charlie"), 1},
                                {QStringLiteral("bravo"), 5}};
        // Built snapshots are in name order: the proxy sorts by position, ties in the lag broken by name.
        model.applySnapshot(snapshotOf(specs));
        QVERIFY(model.rowsInNameOrder());
        proxy.sort(FollowerTableModel::LagColumn, Qt::AscendingOrder);
        const QStringList byLagThenName{QStringLiteral("charlie"), QStringLiteral("alpha"), QStringLiteral("bravo"),
                                        QStringLiteral("delta")};
        QCOMPARE(namesIn(proxy), byLagThenName);

        // A snapshot put together by hand, rows out of name order: names are compared instead, same result.
        auto unsorted = std::make_shared<FollowerSnapshot>(*snapshotOf(specs, 2000));
        std::reverse(unsorted->rows.begin(), unsorted->rows.end());
        unsorted->sortedByName = false;
        FollowerTableModel handMade;
        FollowerFilterProxyModel handMadeProxy;
        handMadeProxy.setSourceModel(&handMade);
        handMade.applySnapshot(unsorted);
        QVERIFY(!handMade.rowsInNameOrder());
        QCOMPARE(namesIn(handMade).first(), QStringLiteral("delta")); // the source keeps the hand-made order
        QCOMPARE(namesIn(handMadeProxy), (QStringList{QStringLiteral("alpha"), QStringLiteral("bravo"),
                                                      QStringLiteral("charlie"), QStringLiteral("delta")}));
        handMadeProxy.sort(FollowerTableModel::LagColumn, Qt::AscendingOrder);
        QCOMPARE(namesIn(handMadeProxy), byLagThenName);
        proxy.sort(FollowerTableModel::NameColumn, Qt::DescendingOrder);
        QCOMPARE(namesIn(proxy).first(), QStringLiteral("delta"));
    }

    void catchUpColumn()
    {
        FollowerTableModel model;
        FollowerFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
        const auto refresh = [&model](qint64 atMs, qint64 draining, qint64 growing) {
            model.applySnapshot(snapshotOf({{QStringLiteral("done"), 0},
                                            {QStringLiteral("draining"), draining},
                                            {QStringLiteral("growing"), growing},
                                            {QStringLiteral("paused"), -1}},
                                           atMs));
        };
        const auto text = [&model](const QString& name) {
            return model.index(model.rowOf(name), FollowerTableModel::CatchUpColumn).data().toString();
        };
        QCOMPARE(model.headerData(FollowerTableModel::CatchUpColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Catch-up"));
        refresh(1000, 1200, 100);
        QCOMPARE(text(QStringLiteral("done")), QStringLiteral("Caught up"));
        QCOMPARE(text(QStringLiteral("draining")), QStringLiteral("Unknown")); // one sample has no pace
        QCOMPARE(text(QStringLiteral("paused")), QStringLiteral("Unknown"));

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        refresh(11000, 1100, 200);
        bool columnReported = false;
        for (const QList<QVariant>& change : changed)
            columnReported |= change.at(0).value<QModelIndex>().column() <= FollowerTableModel::CatchUpColumn &&
                              change.at(1).value<QModelIndex>().column() >= FollowerTableModel::CatchUpColumn;
        QVERIFY(columnReported);
        refresh(21000, 960, 300);
        QCOMPARE(text(QStringLiteral("draining")), QStringLiteral("≈ 2 min")); // 12 ops/s, 960 left: 80 s
        QCOMPARE(text(QStringLiteral("growing")), QStringLiteral("Falling behind"));
        const FollowerRow* draining = model.rowAt(model.rowOf(QStringLiteral("draining")));
        QVERIFY(draining && draining->name == QStringLiteral("draining"));
        QCOMPARE(model.catchUpEstimate(*draining), CatchUpEstimate::eta(80));

        proxy.sort(FollowerTableModel::CatchUpColumn, Qt::AscendingOrder);
        QCOMPARE(namesIn(proxy), (QStringList{QStringLiteral("paused"), QStringLiteral("done"),
                                              QStringLiteral("draining"), QStringLiteral("growing")}));
        QCOMPARE(model.index(model.rowOf(QStringLiteral("draining")), FollowerTableModel::CatchUpColumn)
                     .data(FollowerTableModel::SortRole)
                     .toLongLong(),
                 80);

        // A new connection starts with an empty snapshot: the estimates start over.
        model.applySnapshot(std::make_shared<const FollowerSnapshot>());
        refresh(31000, 900, 300);
        QCOMPARE(text(QStringLiteral("growing")), QStringLiteral("Unknown"));
    }
};

QTEST_MAIN(FollowerTableModelTest)
#include "tst_followertablemodel.moc"
