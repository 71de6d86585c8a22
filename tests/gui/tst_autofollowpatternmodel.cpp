// AutoFollowPatternModel and AutoFollowPatternFilterProxyModel: in-place diffs across refresh rounds, recent errors
// matched to patterns, filtering and sorting; plus the pattern rules they rely on.

#include "core/autofollow/AutoFollowPatternRules.h"
#include "ui/autofollow/AutoFollowPatternFilterProxyModel.h"
#include "ui/autofollow/AutoFollowPatternModel.h"

#include <QAbstractItemModelTester>
#include <QPersistentModelIndex>
#include <QSignalSpy>
#include <QTest>

using namespace duper;
using duper::ui::AutoFollowPatternFilterProxyModel;
using duper::ui::AutoFollowPatternModel;

namespace {

AutoFollowPattern patternOf(const QString& name, const QStringList& leaders, bool active = true,
                            const QString& remote = QStringLiteral("leader"))
{
    AutoFollowPattern p;
    p.name = name;
    p.active = active;
    p.remoteCluster = remote;
    p.leaderIndexPatterns = leaders;
    return p;
}

AutoFollowError errorOf(const QString& key, qint64 timestamp, const QString& reason)
{
    AutoFollowError error;
    error.leaderIndex = key;
    error.timestamp = timestamp;
    error.autoFollowException.type = QStringLiteral("illegal_argument_exception");
    error.autoFollowException.reason = reason;
    return error;
}

} // namespace

class TestAutoFollowPatternModel : public QObject
{
    Q_OBJECT

private slots:
    void refreshRoundsDiffInPlace();
    void errorsMatchedByPatternName();
    void proxyFiltersAndSorts();
    void rules();
};

void TestAutoFollowPatternModel::refreshRoundsDiffInPlace()
{
    AutoFollowPatternModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

    model.applyPatterns({patternOf(QStringLiteral("a"), {QStringLiteral("a-*")}),
                         patternOf(QStringLiteral("b"), {QStringLiteral("b-*")}),
                         patternOf(QStringLiteral("c"), {QStringLiteral("c-*")})},
                        {});
    QCOMPARE(model.rowCount(), 3);
    const QPersistentModelIndex b = model.index(model.rowOf(QStringLiteral("b")), 0);

    // b paused, a removed, d added.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.applyPatterns({patternOf(QStringLiteral("b"), {QStringLiteral("b-*")}, false),
                         patternOf(QStringLiteral("c"), {QStringLiteral("c-*")}),
                         patternOf(QStringLiteral("d"), {QStringLiteral("d-*")})},
                        {});
    QCOMPARE(model.names(), (QStringList{QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")}));
    QVERIFY(b.isValid());
    QCOMPARE(b.data().toString(), QStringLiteral("b"));
    QCOMPARE(model.index(b.row(), AutoFollowPatternModel::StatusColumn).data().toString(), QStringLiteral("Paused"));
    QCOMPARE(changed.size(), 1); // only b changed

    // The same data again changes nothing.
    changed.clear();
    model.applyPatterns({patternOf(QStringLiteral("b"), {QStringLiteral("b-*")}, false),
                         patternOf(QStringLiteral("c"), {QStringLiteral("c-*")}),
                         patternOf(QStringLiteral("d"), {QStringLiteral("d-*")})},
                        {});
    QCOMPARE(changed.size(), 0);
    model.applyPatterns({}, {});
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(resets.size(), 0);
}

void TestAutoFollowPatternModel::errorsMatchedByPatternName()
{
    AutoFollowPatternModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    AutoFollowPattern logs = patternOf(QStringLiteral("logs"), {QStringLiteral("logs-*")});
    logs.leaderIndexExclusionPatterns = {QStringLiteral("logs-debug-*")};
    AutoFollowStats stats;
    stats.recentAutoFollowErrors = {
        errorOf(QStringLiteral("logs"), 100, QStringLiteral("remote unavailable")),    // pattern name
        errorOf(QStringLiteral("logs:logs-2"), 300, QStringLiteral("already exists")), // pattern:index
        errorOf(QStringLiteral("metrics:logs-3"), 200, QStringLiteral("other pattern")),
        errorOf(QStringLiteral("logs-4"), 250, QStringLiteral("bare index")),          // bare leader index name
        errorOf(QStringLiteral("logs-debug-1"), 260, QStringLiteral("excluded index")),
    };
    model.applyPatterns({logs, patternOf(QStringLiteral("metrics"), {QStringLiteral("metrics-*")})}, stats);
    const auto* row = model.rowNamed(QStringLiteral("logs"));
    QVERIFY(row);
    QCOMPARE(row->errors.size(), 3);
    QCOMPARE(row->errors.first().autoFollowException.reason, QStringLiteral("already exists")); // newest first
    const QString text = model.index(model.rowOf(QStringLiteral("logs")), AutoFollowPatternModel::ErrorsColumn)
                             .data()
                             .toString();
    QVERIFY2(text.contains(QStringLiteral("3")) && text.contains(QStringLiteral("already exists")), qPrintable(text));
    QCOMPARE(model.rowNamed(QStringLiteral("metrics"))->errors.size(), 1);

    // Errors going away update the row in place.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.applyPatterns({logs, patternOf(QStringLiteral("metrics"), {QStringLiteral("metrics-*")})}, {});
    QCOMPARE(changed.size(), 2);
    QVERIFY(model.rowNamed(QStringLiteral("logs"))->errors.isEmpty());
}

void TestAutoFollowPatternModel::proxyFiltersAndSorts()
{
    AutoFollowPatternModel model;
    AutoFollowPatternFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(AutoFollowPatternModel::NameColumn);
    model.applyPatterns({patternOf(QStringLiteral("zeta"), {QStringLiteral("z-*")}),
                         patternOf(QStringLiteral("alpha"), {QStringLiteral("a-*")}, false, QStringLiteral("dc2")),
                         patternOf(QStringLiteral("mid"), {QStringLiteral("metrics-*")})},
                        {});
    auto column = [&proxy](int c) {
        QStringList values;
        for (int row = 0; row < proxy.rowCount(); ++row)
            values << proxy.index(row, c).data().toString();
        return values;
    };
    QCOMPARE(column(0), (QStringList{QStringLiteral("alpha"), QStringLiteral("mid"), QStringLiteral("zeta")}));
    proxy.sort(AutoFollowPatternModel::StatusColumn, Qt::DescendingOrder);
    QCOMPARE(column(0).first(), QStringLiteral("alpha")); // paused sorts after active; descending puts it first

    proxy.setSearchText(QStringLiteral("METRICS"));
    QCOMPARE(column(0), QStringList{QStringLiteral("mid")});
    proxy.setSearchText(QStringLiteral("dc2"));
    QCOMPARE(column(0), QStringList{QStringLiteral("alpha")});
    // A refresh adding a matching pattern shows it under the filter.
    model.applyPatterns({patternOf(QStringLiteral("zeta"), {QStringLiteral("z-*")}),
                         patternOf(QStringLiteral("alpha"), {QStringLiteral("a-*")}, false, QStringLiteral("dc2")),
                         patternOf(QStringLiteral("beta"), {QStringLiteral("b-*")}, true, QStringLiteral("dc2"))},
                        {});
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setSearchText({});
    QCOMPARE(proxy.rowCount(), 3);
}

void TestAutoFollowPatternModel::rules()
{
    using R = AutoFollowPatternRules;
    QVERIFY(!R::nameProblem({}).isEmpty());
    QVERIFY(!R::nameProblem(QStringLiteral("a,b")).isEmpty());
    QVERIFY(!R::nameProblem(QStringLiteral("_a")).isEmpty());
    QVERIFY(!R::nameProblem(QString(256, QLatin1Char('a'))).isEmpty());
    QVERIFY(R::nameProblem(QStringLiteral("My pattern")).isEmpty()); // ES allows it
    QVERIFY(R::indexPatternProblem(QStringLiteral("logs-*")).isEmpty());
    QVERIFY(R::indexPatternProblem(QStringLiteral("*")).isEmpty());
    QVERIFY(!R::indexPatternProblem(QStringLiteral("Logs-*")).isEmpty());
    QVERIFY(!R::indexPatternProblem(QStringLiteral("logs /x")).isEmpty());
    QVERIFY(R::followIndexPatternProblem({}).isEmpty());
    QVERIFY(R::followIndexPatternProblem(QStringLiteral("copy-{{leader_index}}")).isEmpty());
    QVERIFY(!R::followIndexPatternProblem(QStringLiteral("copy")).isEmpty());
    QVERIFY(!R::followIndexPatternProblem(QStringLiteral("_{{leader_index}}")).isEmpty());
    QCOMPARE(R::followerName(QStringLiteral("{{leader_index}}-copy"), QStringLiteral("logs-1")),
             QStringLiteral("logs-1-copy"));
    QCOMPARE(R::followerName({}, QStringLiteral("logs-1")), QStringLiteral("logs-1"));
    QVERIFY(R::matches(QStringLiteral("logs-*"), QStringLiteral("logs-1")));
    QVERIFY(R::matches(QStringLiteral("*-a*b"), QStringLiteral("x-aab")));
    QVERIFY(!R::matches(QStringLiteral("logs-*"), QStringLiteral("metrics-1")));
    QVERIFY(!R::matches(QStringLiteral("logs"), QStringLiteral("logs-1")));
    QCOMPARE(R::exampleLeaderNames({QStringLiteral("logs-*"), QStringLiteral("logs-*"), QStringLiteral("m*")}),
             (QStringList{QStringLiteral("logs-example"), QStringLiteral("mexample")}));
}

QTEST_MAIN(TestAutoFollowPatternModel)
#include "tst_autofollowpatternmodel.moc"
