// FleetModel: one row per saved connection from FleetService's rows, updated in place one cluster at a time (checked
// by QAbstractItemModelTester), words for every state, figures hidden for an unreachable cluster, numeric sorting
// through a proxy with missing figures last.
#include "ui/fleet/FleetModel.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QIcon>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace duper;
using ui::FleetModel;

namespace {

FleetRow reachable(const QString& name, int active, qint64 lag, qint64 sinceRead)
{
    FleetRow row;
    row.connectionId = name + QStringLiteral("-id");
    row.connectionName = name;
    row.url = QStringLiteral("https://%1.example:9200").arg(name);
    row.state = FleetRow::State::Reachable;
    row.clusterName = name + QStringLiteral("-cluster");
    row.version = QStringLiteral("8.15.0");
    row.licenseType = QStringLiteral("platinum");
    row.activeFollowers = active;
    row.worstLag = lag;
    row.longestSinceLastReadMs = sinceRead;
    row.remotes = {QStringLiteral("east"), QStringLiteral("west")};
    return row;
}

FleetRow unreachable(const QString& name)
{
    FleetRow row;
    row.connectionId = name + QStringLiteral("-id");
    row.connectionName = name;
    row.state = FleetRow::State::Unreachable;
    row.problem = QStringLiteral("Nothing is listening at %1.example:9200.").arg(name);
    return row;
}

QString text(const FleetModel& model, int row, int column)
{
    return model.index(row, column).data().toString();
}

} // namespace

class FleetModelTest : public QObject
{
    Q_OBJECT

private slots:
    void rowsShowTheFleet();
    void updatesInPlace();
    void unreachableRowSaysWhy();
    void sortsNumericallyWithMissingFiguresLast();
    void statesInWords();
    void refreshIndicatorAndStateIcons();
};

void FleetModelTest::rowsShowTheFleet()
{
    FleetModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows({reachable(QStringLiteral("dc1"), 3, 120, 2500), unreachable(QStringLiteral("dc2"))});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(FleetModel::ColumnCount));
    QCOMPARE(text(model, 0, FleetModel::ConnectionColumn), QStringLiteral("dc1"));
    QCOMPARE(text(model, 0, FleetModel::StateColumn), QStringLiteral("Reachable"));
    QCOMPARE(text(model, 0, FleetModel::ClusterColumn), QStringLiteral("dc1-cluster"));
    QCOMPARE(text(model, 0, FleetModel::LicenseColumn), QStringLiteral("platinum"));
    QCOMPARE(text(model, 0, FleetModel::ActiveColumn), QStringLiteral("3"));
    QCOMPARE(text(model, 0, FleetModel::WorstLagColumn), QStringLiteral("120"));
    QCOMPARE(text(model, 0, FleetModel::SinceLastReadColumn), QStringLiteral("2 s"));
    QCOMPARE(text(model, 0, FleetModel::RemotesColumn), QStringLiteral("east, west"));
    QCOMPARE(model.index(1, FleetModel::ActiveColumn).data(FleetModel::ConnectionIdRole).toString(),
             QStringLiteral("dc2-id"));
    QCOMPARE(model.index(1, 0).data(FleetModel::ReachableRole).toBool(), false);
    QCOMPARE(model.headerData(FleetModel::WorstLagColumn, Qt::Horizontal).toString(), QStringLiteral("Worst lag"));
}

void FleetModelTest::updatesInPlace()
{
    FleetModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows({reachable(QStringLiteral("dc1"), 3, 120, 2500), unreachable(QStringLiteral("dc2"))});
    const QPersistentModelIndex kept = model.index(1, FleetModel::StateColumn);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.updateRow(reachable(QStringLiteral("dc2"), 7, 0, 100));
    QCOMPARE(reset.size(), 0);
    QCOMPARE(changed.size(), 1);
    QVERIFY(kept.isValid());
    QCOMPARE(kept.data().toString(), QStringLiteral("Reachable"));
    QCOMPARE(text(model, 1, FleetModel::ActiveColumn), QStringLiteral("7"));
    // The same row again changes nothing; a new connection is appended.
    model.updateRow(reachable(QStringLiteral("dc2"), 7, 0, 100));
    QCOMPARE(changed.size(), 1);
    model.updateRow(unreachable(QStringLiteral("dc3")));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.rowOf(QStringLiteral("dc3-id")), 2);
}

void FleetModelTest::unreachableRowSaysWhy()
{
    FleetModel model;
    FleetRow down = reachable(QStringLiteral("dc1"), 3, 120, 2500);
    down.state = FleetRow::State::Unreachable;
    down.problem = QStringLiteral("Nothing is listening at dc1.example:9200.");
    down.stale = true;
    model.setRows({down});
    QCOMPARE(text(model, 0, FleetModel::StateColumn), QStringLiteral("Unreachable"));
    QVERIFY(model.index(0, FleetModel::StateColumn).data(Qt::ToolTipRole).toString().contains(down.problem));
    // Stale figures are not shown as if current.
    QCOMPARE(text(model, 0, FleetModel::ActiveColumn), QStringLiteral("—"));
    QCOMPARE(text(model, 0, FleetModel::WorstLagColumn), QStringLiteral("—"));
    // The identity stays: it is still that cluster.
    QCOMPARE(text(model, 0, FleetModel::ClusterColumn), QStringLiteral("dc1-cluster"));
}

void FleetModelTest::sortsNumericallyWithMissingFiguresLast()
{
    FleetModel model;
    model.setRows({reachable(QStringLiteral("a"), 10, 9, 1000), reachable(QStringLiteral("b"), 2, 100, 61000),
                   unreachable(QStringLiteral("c")), reachable(QStringLiteral("d"), 100, 0, 10)});
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(FleetModel::SortRole);
    proxy.sort(FleetModel::ActiveColumn, Qt::DescendingOrder);
    QStringList order;
    for (int row = 0; row < proxy.rowCount(); ++row)
        order << proxy.index(row, FleetModel::ConnectionColumn).data().toString();
    QCOMPARE(order, (QStringList{QStringLiteral("d"), QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
    proxy.sort(FleetModel::WorstLagColumn, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, FleetModel::ConnectionColumn).data().toString(), QStringLiteral("b"));
    QCOMPARE(proxy.index(3, FleetModel::ConnectionColumn).data().toString(), QStringLiteral("c"));
}

void FleetModelTest::statesInWords()
{
    FleetRow row = unreachable(QStringLiteral("x"));
    const QList<QPair<FleetRow::State, QString>> words{
        {FleetRow::State::Pending, QStringLiteral("Waiting…")},
        {FleetRow::State::Unreachable, QStringLiteral("Unreachable")},
        {FleetRow::State::Unauthorised, QStringLiteral("Not authorised")},
        {FleetRow::State::SecretMissing, QStringLiteral("Secret missing")},
        {FleetRow::State::NotOpened, QStringLiteral("Not opened")}};
    for (const auto& [state, text] : words) {
        row.state = state;
        QCOMPARE(FleetModel::stateText(row), text);
    }
    QCOMPARE(FleetModel::durationText(850), QStringLiteral("850 ms"));
    QCOMPARE(FleetModel::durationText(61000), QStringLiteral("61 s"));
    QCOMPARE(FleetModel::durationText(15 * 60000), QStringLiteral("15 min"));
    QCOMPARE(FleetModel::durationText(5 * 3600000), QStringLiteral("5 h"));
}

// The Updated column is each row's refresh indicator; the state reads without colour (an icon per health).
void FleetModelTest::refreshIndicatorAndStateIcons()
{
    FleetModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    FleetRow dc1 = reachable(QStringLiteral("dc1"), 1, 0, 0);
    dc1.refreshedAt = QDateTime::currentDateTime().addSecs(-12);
    model.setRows({dc1, unreachable(QStringLiteral("dc2"))});
    QCOMPARE(text(model, 0, FleetModel::UpdatedColumn), QStringLiteral("12 s ago"));
    QCOMPARE(text(model, 1, FleetModel::UpdatedColumn), QStringLiteral("—"));
    QCOMPARE(model.headerData(FleetModel::UpdatedColumn, Qt::Horizontal).toString(), QStringLiteral("Updated"));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setRefreshing(QStringLiteral("dc1-id"), true);
    QCOMPARE(changed.size(), 1);
    QVERIFY(model.isRefreshing(QStringLiteral("dc1-id")));
    QCOMPARE(text(model, 0, FleetModel::UpdatedColumn), QStringLiteral("Refreshing…"));
    QVERIFY(!model.index(0, FleetModel::UpdatedColumn).data(Qt::DecorationRole).value<QIcon>().isNull());
    model.updateRow(dc1); // the same figures: still the answer that ends the refresh
    QVERIFY(!model.isRefreshing(QStringLiteral("dc1-id")));
    QCOMPARE(changed.size(), 2);
    QCOMPARE(text(model, 0, FleetModel::UpdatedColumn), QStringLiteral("12 s ago"));
    dc1.stale = true;
    model.updateRow(dc1);
    QCOMPARE(text(model, 0, FleetModel::UpdatedColumn), QStringLiteral("12 s ago (stale)"));

    const QIcon good = model.index(0, FleetModel::StateColumn).data(Qt::DecorationRole).value<QIcon>();
    const QIcon bad = model.index(1, FleetModel::StateColumn).data(Qt::DecorationRole).value<QIcon>();
    QVERIFY(!good.isNull() && !bad.isNull());
    QVERIFY(good.cacheKey() != bad.cacheKey());
}

QTEST_MAIN(FleetModelTest)
#include "tst_fleetmodel.moc"
