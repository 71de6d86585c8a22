// RemoteClusterModel: the merge of remote info, settings and follow info into rows, in-place diffs by alias (checked
// by QAbstractItemModelTester), persistent indexes kept across refreshes, numeric sorting through the proxy, and the
// Security column (text, tooltip, sorting, filtering).
#include "core/remotes/RemoteClusterRow.h"
#include "ui/remotes/RemoteClusterModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace duper;
using ui::RemoteClusterModel;

namespace {
RemoteClusterRow sniff(const QString& alias, bool connected, int nodes, int usedBy = 0)
{
    RemoteClusterRow row;
    row.alias = alias;
    row.seeds = {QStringLiteral("127.0.0.1:9300")};
    row.connected = connected;
    row.nodesConnected = nodes;
    row.maxNodeConnections = 3;
    row.usedByKnown = true;
    for (int i = 0; i < usedBy; ++i)
        row.usedBy << QStringLiteral("%1-f%2").arg(alias).arg(i);
    return row;
}
} // namespace

class RemoteClusterModelTest : public QObject
{
    Q_OBJECT

private slots:
    void mergeCombinesSources();
    void diffRounds();
    void sortsNumerically();
    void statusHasTextAndIcon();
    void securityColumnSortsAndFilters();
};

void RemoteClusterModelTest::mergeCombinesSources()
{
    RemoteInfoResponse info;
    RemoteClusterInfo a;
    a.alias = QStringLiteral("a");
    a.connected = true;
    a.seeds = {QStringLiteral("h:9300")};
    a.numNodesConnected = 1;
    a.maxConnectionsPerCluster = 3;
    RemoteClusterInfo yml;
    yml.alias = QStringLiteral("yml");
    info.remotes << a << yml;

    ClusterSettingsResponse settings;
    RemoteClusterSettings sa;
    sa.alias = QStringLiteral("a");
    sa.persistent = false;
    sa.seeds = {QStringLiteral("h:9300")};
    RemoteClusterSettings missing;
    missing.alias = QStringLiteral("missing");
    missing.mode = RemoteClusterMode::Proxy;
    missing.proxyAddress = QStringLiteral("p:9400");
    missing.proxySocketConnections = 5;
    settings.remotes << sa << missing;

    FollowInfoResponse followers;
    FollowerInfo f;
    f.followerIndex = QStringLiteral("copy");
    f.remoteCluster = QStringLiteral("a");
    followers.followers << f;

    const QList<RemoteClusterRow> rows = RemoteClusterRow::merge(info, settings, &followers);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows[0].alias, QStringLiteral("a"));
    QCOMPARE(rows[0].source, RemoteClusterRow::Source::Transient);
    QCOMPARE(rows[0].usedBy, QStringList{QStringLiteral("copy")});
    QCOMPARE(rows[1].alias, QStringLiteral("missing"));
    QVERIFY(!rows[1].inRemoteInfo);
    QCOMPARE(rows[1].mode, RemoteClusterMode::Proxy);
    QCOMPARE(rows[1].maxSocketConnections, 5);
    QCOMPARE(rows[2].alias, QStringLiteral("yml"));
    QCOMPARE(rows[2].source, RemoteClusterRow::Source::Node);
    QVERIFY(!rows[2].editable());

    const QList<RemoteClusterRow> unknown = RemoteClusterRow::merge(info, settings, nullptr);
    QVERIFY(!unknown[0].usedByKnown);
    QCOMPARE(RemoteClusterModel::usedByText(unknown[0]), QStringLiteral("unknown"));
}

void RemoteClusterModelTest::diffRounds()
{
    RemoteClusterModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(RemoteClusterModel::SortRole);
    proxy.sort(RemoteClusterModel::AliasColumn);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

    model.applyRemotes({sniff(QStringLiteral("a"), true, 1), sniff(QStringLiteral("b"), false, 0)});
    QCOMPARE(model.rowCount(), 2);
    const QPersistentModelIndex b = model.index(model.rowOf(QStringLiteral("b")), RemoteClusterModel::AliasColumn);

    // Round 2: "a" vanishes, "b" changes, "c" arrives.
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.applyRemotes({sniff(QStringLiteral("b"), true, 2), sniff(QStringLiteral("c"), false, 0)});
    QCOMPARE(reset.size(), 0);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(changed.size(), 1);
    QVERIFY(b.isValid());
    QCOMPARE(b.data().toString(), QStringLiteral("b"));
    QCOMPARE(model.index(b.row(), RemoteClusterModel::StatusColumn).data().toString(), QStringLiteral("Connected"));

    // Round 3: nothing changed, nothing reported.
    changed.clear();
    model.applyRemotes({sniff(QStringLiteral("b"), true, 2), sniff(QStringLiteral("c"), false, 0)});
    QCOMPARE(changed.size(), 0);

    // Round 4: everything gone.
    model.applyRemotes({});
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!b.isValid());
}

void RemoteClusterModelTest::sortsNumerically()
{
    RemoteClusterModel model;
    model.applyRemotes({sniff(QStringLiteral("a"), true, 1, 2), sniff(QStringLiteral("b"), true, 1, 10),
                        sniff(QStringLiteral("c"), true, 1, 9)});
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(RemoteClusterModel::SortRole);
    proxy.sort(RemoteClusterModel::UsedByColumn, Qt::DescendingOrder);
    QStringList order;
    for (int row = 0; row < proxy.rowCount(); ++row)
        order << proxy.index(row, 0).data(RemoteClusterModel::AliasRole).toString();
    // As text "9 …" would sort above "10 …"; the sort role is the count.
    QCOMPARE(order, (QStringList{QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("a")}));

    proxy.sort(RemoteClusterModel::AliasColumn, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("a"));
}

void RemoteClusterModelTest::statusHasTextAndIcon()
{
    RemoteClusterModel model;
    model.applyRemotes({sniff(QStringLiteral("down"), false, 0)});
    const QModelIndex status = model.index(0, RemoteClusterModel::StatusColumn);
    QCOMPARE(status.data().toString(), QStringLiteral("Not connected"));
    QVERIFY(!status.data(Qt::DecorationRole).isNull());
    QCOMPARE(model.index(0, RemoteClusterModel::ConnectionsColumn).data().toString(), QStringLiteral("0 of 3 nodes"));
}

void RemoteClusterModelTest::securityColumnSortsAndFilters()
{
    RemoteClusterRow apiKey = sniff(QStringLiteral("a-secure"), true, 1);
    apiKey.security = RemoteClusterRow::Security::ApiKey;
    apiKey.credentialPresent = true;
    RemoteClusterModel model;
    model.applyRemotes({apiKey, sniff(QStringLiteral("b-legacy"), true, 1)});
    QCOMPARE(model.headerData(RemoteClusterModel::SecurityColumn, Qt::Horizontal).toString(),
             QStringLiteral("Security"));
    QVERIFY(
        !model.headerData(RemoteClusterModel::SecurityColumn, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
    const QModelIndex secure = model.index(0, RemoteClusterModel::SecurityColumn);
    const QModelIndex legacy = model.index(1, RemoteClusterModel::SecurityColumn);
    QCOMPARE(secure.data().toString(), QStringLiteral("API key"));
    QCOMPARE(legacy.data().toString(), QStringLiteral("Certificate"));
    QVERIFY(secure.data(Qt::ToolTipRole).toString().contains(QLatin1String("cross-cluster API key")));
    QVERIFY(legacy.data(Qt::ToolTipRole).toString().contains(QLatin1String("certificates")));

    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(RemoteClusterModel::SortRole);
    proxy.setFilterKeyColumn(-1);
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy.sort(RemoteClusterModel::SecurityColumn, Qt::DescendingOrder); // "Certificate" after "API key"
    QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("b-legacy"));
    proxy.sort(RemoteClusterModel::SecurityColumn, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("a-secure"));
    proxy.setFilterFixedString(QStringLiteral("api key"));
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("a-secure"));
    proxy.setFilterFixedString(QStringLiteral("certificate"));
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("b-legacy"));

    // A change of the credential alone is reported.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    apiKey.credentialPresent = false;
    model.applyRemotes({apiKey, sniff(QStringLiteral("b-legacy"), true, 1)});
    QCOMPARE(changed.size(), 1);
}

QTEST_MAIN(RemoteClusterModelTest)
#include "tst_remoteclustermodel.moc"
