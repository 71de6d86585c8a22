// FollowerDetailsPanel with hand-built FollowerRow values: placeholder, shard table, settings markers, paused
// message, read errors, the fatal_exception frame and its Recreate button, and refreshes that keep the selection.
#include "GuiFixture.h"
#include "core/followers/FollowerRow.h"
#include "ui/followers/FollowerDetailsPanel.h"
#include "ui/followers/ShardStatsModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>
#include <memory>

using namespace duper;
using duper::ui::FollowerDetailsPanel;
using duper::ui::ShardStatsModel;

namespace {

ShardFollowStats shard(int id, qint64 leader, qint64 follower)
{
    ShardFollowStats s;
    s.remoteCluster = QStringLiteral("leader");
    s.leaderIndex = QStringLiteral("logs");
    s.followerIndex = QStringLiteral("logs-copy");
    s.shardId = id;
    s.leaderGlobalCheckpoint = leader;
    s.followerGlobalCheckpoint = follower;
    s.successfulReadRequests = 10 * (id + 1);
    s.operationsWritten = follower + 1;
    s.timeSinceLastReadMillis = 250;
    return s;
}

void set(FollowParameters& parameters, FollowParameter parameter, const QString& text)
{
    if (parameters.setFromText(parameter, text))
        qFatal("cannot set %s", qPrintable(text));
}

FollowerRow activeRow()
{
    FollowerRow row;
    row.name = QStringLiteral("logs-copy");
    row.remoteCluster = QStringLiteral("leader");
    row.leaderIndex = QStringLiteral("logs");
    row.state = FollowerState::Active;
    // follow_info reports all ten; two differ from the defaults.
    for (FollowParameter parameter : FollowParameterInfo::all())
        set(row.parameters, parameter, FollowParameterInfo::defaultText(parameter));
    set(row.parameters, FollowParameter::MaxReadRequestOperationCount, QStringLiteral("64"));
    set(row.parameters, FollowParameter::MaxRetryDelay, QStringLiteral("2s"));
    // The same as the default 32mb, written differently: still "default".
    set(row.parameters, FollowParameter::MaxReadRequestSize, QStringLiteral("32768kb"));
    row.hasParameters = true;
    row.shards = {shard(0, 120, 100), shard(1, 80, 80)};
    row.lag = 20;
    return row;
}

} // namespace

class TestFollowerDetailsPanel : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_panel = std::make_unique<FollowerDetailsPanel>();
        m_panel->resize(700, 500);
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    }
    void cleanup() { m_panel.reset(); }

    void placeholderWithoutFollower()
    {
        auto* placeholder = find<QLabel>("placeholderLabel");
        QVERIFY(placeholder->isVisible());
        QCOMPARE(placeholder->text(), QStringLiteral("Select a follower index to see its details"));
        QVERIFY(m_panel->currentFollower().isEmpty());

        const FollowerRow row = activeRow();
        m_panel->showFollower(&row);
        QVERIFY(!placeholder->isVisible());
        QCOMPARE(m_panel->currentFollower(), QStringLiteral("logs-copy"));
        m_panel->showFollower(nullptr);
        QVERIFY(placeholder->isVisible());
        QVERIFY(m_panel->currentFollower().isEmpty());
    }

    void activeRowShowsHeaderAndShards()
    {
        const FollowerRow row = activeRow();
        m_panel->showFollower(&row);
        QCOMPARE(find<QLabel>("followerNameLabel")->text(), QStringLiteral("logs-copy"));
        QCOMPARE(find<QLabel>("statusLabel")->text(), QStringLiteral("Active"));
        QVERIFY(!find<QLabel>("statusIconLabel")->pixmap().isNull());
        QCOMPARE(find<QLabel>("remoteClusterLabel")->text(), QStringLiteral("leader"));
        QCOMPARE(find<QLabel>("leaderIndexLabel")->text(), QStringLiteral("logs"));
        QVERIFY(!find<QWidget>("fatalFrame")->isVisible());
        QVERIFY(!find<QPushButton>("resumeButton")->isVisible());

        QAbstractItemModel* model = find<QTableView>("shardTable")->model();
        QCOMPARE(model->rowCount(), 2);
        auto value = [&](int row, int column) { return model->index(row, column).data(ShardStatsModel::SortRole); };
        QCOMPARE(value(0, ShardStatsModel::ShardColumn).toLongLong(), qint64(0));
        QCOMPARE(value(0, ShardStatsModel::LeaderCheckpointColumn).toLongLong(), qint64(120));
        QCOMPARE(value(0, ShardStatsModel::FollowerCheckpointColumn).toLongLong(), qint64(100));
        QCOMPARE(value(0, ShardStatsModel::LagColumn).toLongLong(), qint64(20));
        QCOMPARE(value(1, ShardStatsModel::ShardColumn).toLongLong(), qint64(1));
        QCOMPARE(value(1, ShardStatsModel::LagColumn).toLongLong(), qint64(0));
        QCOMPARE(value(1, ShardStatsModel::SuccessfulReadsColumn).toLongLong(), qint64(20));
        QCOMPARE(model->index(1, ShardStatsModel::OperationsWrittenColumn).data().toString(), QStringLiteral("81"));

        // Issue 16: no header cut to "eader checkpoi": every column is at least as wide as its label.
        QHeaderView* header = find<QTableView>("shardTable")->horizontalHeader();
        QCOMPARE(header->sectionResizeMode(ShardStatsModel::LeaderCheckpointColumn), QHeaderView::ResizeToContents);
        for (int column = 0; column < model->columnCount(); ++column) {
            const QString label = model->headerData(column, Qt::Horizontal).toString();
            QTRY_VERIFY2(header->sectionSize(column) > header->fontMetrics().horizontalAdvance(label),
                         qPrintable(label));
        }
    }

    void settingsShowCustomAndDefaultMarkers()
    {
        const FollowerRow row = activeRow();
        m_panel->showFollower(&row);
        QVERIFY(!find<QLabel>("pausedSettingsLabel")->isVisible());
        auto value = [&](const char* rest) {
            return find<QLabel>((QByteArrayLiteral("settingValue_") + rest).constData())->text();
        };
        auto marker = [&](const char* rest) {
            return find<QLabel>((QByteArrayLiteral("settingMarker_") + rest).constData())->text();
        };
        QCOMPARE(value("max_read_request_operation_count"), QStringLiteral("64"));
        QCOMPARE(marker("max_read_request_operation_count"), QStringLiteral("custom"));
        QCOMPARE(value("max_retry_delay"), QStringLiteral("2s"));
        QCOMPARE(marker("max_retry_delay"), QStringLiteral("custom"));
        QCOMPARE(value("max_outstanding_read_requests"), QStringLiteral("12"));
        QCOMPARE(marker("max_outstanding_read_requests"), QStringLiteral("default"));
        QCOMPARE(marker("max_read_request_size"), QStringLiteral("default"));
        QCOMPARE(marker("read_poll_timeout"), QStringLiteral("default"));
        // Elasticsearch's "no limit" values read as a word; the raw value is in the tooltip.
        auto* writeSize = find<QLabel>("settingValue_max_write_request_size");
        QCOMPARE(writeSize->text(), QStringLiteral("unlimited"));
        QVERIFY(writeSize->toolTip().contains(QLatin1String("9223372036854775807b")));
        QCOMPARE(value("max_write_buffer_count"), QStringLiteral("unlimited"));
        QVERIFY(find<QLabel>("settingValue_max_write_buffer_count")->toolTip().contains(QLatin1String("2147483647")));
        QCOMPARE(value("max_read_request_size"), QStringLiteral("32768kb"));
        QVERIFY(find<QLabel>("settingValue_max_read_request_size")->toolTip().isEmpty());
    }

    void pausedRowSaysNoSettings()
    {
        FollowerRow row = activeRow();
        row.state = FollowerState::Paused;
        row.parameters = {};
        row.hasParameters = false;
        row.shards.clear();
        m_panel->showFollower(&row);
        QCOMPARE(find<QLabel>("statusLabel")->text(), QStringLiteral("Paused"));
        auto* paused = find<QLabel>("pausedSettingsLabel");
        QVERIFY(paused->isVisible());
        QVERIFY(paused->text().contains(QLatin1String("Elasticsearch does not report settings for a paused follower")));
        QVERIFY(!find<QWidget>("settingsGrid")->isVisible());
        QVERIFY(find<QLabel>("pausedShardsLabel")->isVisible());
        QCOMPARE(find<QTableView>("shardTable")->model()->rowCount(), 0);

        auto* resume = find<QPushButton>("resumeButton");
        QVERIFY(resume->isVisible());
        QSignalSpy resumed(m_panel.get(), &FollowerDetailsPanel::resumeRequested);
        QTest::mouseClick(resume, Qt::LeftButton);
        QCOMPARE(resumed.count(), 1);
        QCOMPARE(resumed.first().first().toString(), QStringLiteral("logs-copy"));
    }

    void readExceptionsAreListed()
    {
        FollowerRow row = activeRow();
        QVERIFY(find<QLabel>("noReadErrorsLabel")->text() == QStringLiteral("No read errors"));
        m_panel->showFollower(&row);
        QVERIFY(find<QLabel>("noReadErrorsLabel")->isVisible());
        QVERIFY(!find<QTreeWidget>("readExceptionsTree")->isVisible());

        ErrorCause inner;
        inner.type = QStringLiteral("es_rejected_execution_exception");
        inner.reason = QStringLiteral("rejected execution on search pool");
        ErrorCause outer;
        outer.type = QStringLiteral("remote_transport_exception");
        outer.reason = QStringLiteral("[leader-node-0][127.0.0.1:9300][indices:data/read/xpack/ccr/shard_changes]");
        outer.causedBy = std::make_shared<const ErrorCause>(inner);
        row.shards[1].readExceptions = {ReadException{81, 4, outer}};
        row.shards[1].failedReadRequests = 4;
        m_panel->showFollower(&row);

        QVERIFY(!find<QLabel>("noReadErrorsLabel")->isVisible());
        auto* tree = find<QTreeWidget>("readExceptionsTree");
        QVERIFY(tree->isVisible());
        QCOMPARE(tree->topLevelItemCount(), 1);
        const QTreeWidgetItem* item = tree->topLevelItem(0);
        QCOMPARE(item->text(0), QStringLiteral("1"));
        QVERIFY(!item->text(1).isEmpty());
        QCOMPARE(item->text(2), QStringLiteral("81"));
        QCOMPARE(item->text(3), QStringLiteral("4"));
        QVERIFY(item->text(4).contains(QLatin1String("remote_transport_exception")));
        QVERIFY(item->text(4).contains(
            QLatin1String("es_rejected_execution_exception: rejected execution on search pool")));

        row.shards[1].readExceptions.clear();
        m_panel->showFollower(&row);
        QVERIFY(find<QLabel>("noReadErrorsLabel")->isVisible());
    }

    void fatalExceptionFrameOffersRecreate()
    {
        FollowerRow row = activeRow();
        row.state = FollowerState::Error;
        row.hasFatalException = true;
        ErrorCause fatal;
        fatal.type = QStringLiteral("resource_not_found_exception");
        fatal.reason = QStringLiteral("Operations are no longer available for replicating.");
        row.shards[0].fatalException = fatal;
        row.errorSummary = QStringLiteral("shard 0: Operations are no longer available for replicating.");
        m_panel->showFollower(&row);

        QCOMPARE(find<QLabel>("statusLabel")->text(), QStringLiteral("Error"));
        auto* frame = find<QWidget>("fatalFrame");
        QVERIFY(frame->isVisible());
        // At the top: above the settings.
        QVERIFY(frame->mapTo(m_panel.get(), QPoint()).y() <
                find<QWidget>("settingsGroup")->mapTo(m_panel.get(), QPoint()).y());
        const QString reason = find<QLabel>("fatalReasonLabel")->text();
        QVERIFY(reason.contains(QLatin1String("resource_not_found_exception")));
        QVERIFY(reason.contains(QLatin1String("Operations are no longer available")));
        QVERIFY(find<QLabel>("fatalExplanationLabel")->text().contains(QLatin1String("will not retry")));

        auto* recreate = find<QPushButton>("recreateButton");
        QCOMPARE(recreate->text(), QStringLiteral("Recreate follower index…"));
        QSignalSpy spy(m_panel.get(), &FollowerDetailsPanel::recreateRequested);
        QTest::mouseClick(recreate, Qt::LeftButton);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.first().first().toString(), QStringLiteral("logs-copy"));

        // Cleared once the follower recovers (recreated).
        const FollowerRow recovered = activeRow();
        m_panel->showFollower(&recovered);
        QVERIFY(!frame->isVisible());
    }

    // Labels wrap between words only: a long setting name in the error widens a narrow panel instead of making it
    // scroll sideways with the error box's edge cut off.
    void longWordWidensANarrowPanel()
    {
        m_panel.reset();
        QSplitter splitter;
        auto* table = new QWidget(&splitter);
        splitter.addWidget(table);
        auto* panel = new FollowerDetailsPanel(&splitter);
        splitter.addWidget(panel);
        splitter.setChildrenCollapsible(false);
        splitter.resize(1000, 600);
        splitter.setSizes({740, 260});
        splitter.show();
        QVERIFY(QTest::qWaitForWindowExposed(&splitter));

        FollowerRow row = activeRow();
        row.state = FollowerState::Error;
        row.hasFatalException = true;
        ErrorCause fatal;
        fatal.type = QStringLiteral("resource_not_found_exception");
        fatal.reason =
            QStringLiteral("Maybe increase the retention setting [index.soft_deletes.retention.lease.period]?");
        row.shards[0].fatalException = fatal;
        panel->showFollower(&row);

        auto* scroll = panel->findChild<QScrollArea*>(QStringLiteral("detailsScrollArea"));
        auto* frame = panel->findChild<QWidget*>(QStringLiteral("fatalFrame"));
        QTRY_VERIFY(panel->width() > 260);
        QTRY_VERIFY(!scroll->horizontalScrollBar()->isVisible());
        const QRect frameInViewport(frame->mapTo(scroll->viewport(), QPoint()), frame->size());
        QVERIFY(scroll->viewport()->rect().contains(frameInViewport));
    }

    void editButtonEmits()
    {
        const FollowerRow row = activeRow();
        m_panel->showFollower(&row);
        QSignalSpy spy(m_panel.get(), &FollowerDetailsPanel::editRequested);
        QTest::mouseClick(find<QPushButton>("editButton"), Qt::LeftButton);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.first().first().toString(), QStringLiteral("logs-copy"));
    }

    void refreshKeepsSelection()
    {
        FollowerRow row = activeRow();
        m_panel->showFollower(&row);
        auto* table = find<QTableView>("shardTable");
        table->selectRow(1);
        QCOMPARE(table->selectionModel()->selectedRows().size(), 1);
        QCOMPARE(table->selectionModel()->selectedRows().first().data(ShardStatsModel::ShardIdRole).toInt(), 1);

        row.shards[0] = shard(0, 300, 290);
        row.shards[1] = shard(1, 310, 250);
        m_panel->showFollower(&row);
        QCOMPARE(table->selectionModel()->selectedRows().size(), 1);
        const QModelIndex selected = table->selectionModel()->selectedRows().first();
        QCOMPARE(selected.data(ShardStatsModel::ShardIdRole).toInt(), 1);
        QCOMPARE(table->model()
                     ->index(selected.row(), ShardStatsModel::LagColumn)
                     .data(ShardStatsModel::SortRole)
                     .toLongLong(),
                 qint64(60));

        // Another follower starts without a selection.
        FollowerRow other = activeRow();
        other.name = QStringLiteral("metrics-copy");
        m_panel->showFollower(&other);
        QVERIFY(table->selectionModel()->selectedRows().isEmpty());
    }

private:
    template <typename T> T* find(const char* name) { return test::child<T>(m_panel.get(), name); }

    std::unique_ptr<FollowerDetailsPanel> m_panel;
};

QTEST_MAIN(TestFollowerDetailsPanel)
#include "tst_followerdetailspanel.moc"
