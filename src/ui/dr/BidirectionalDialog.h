#pragma once

#include "core/batch/BatchItemResult.h"
#include "core/connections/ConnectionProfile.h"
#include "core/dr/BidirectionalPlan.h"
#include "ui/dr/TwoClusterDialog.h"

#include <QHash>
#include <QPointer>
#include <QScopedPointer>
#include <optional>

class QMessageBox;
class QTreeWidgetItem;

namespace Ui {
class BidirectionalDialog;
}

namespace duper {
class BidirectionalPlanner;
class BidirectionalRun;
class ClusterSession;
class ClusterSessionOpener;
} // namespace duper

namespace duper::ui {

// Sets up bi-directional replication between the current cluster and another saved connection, as a wizard in one
// window: pick the other cluster (its session is opened asynchronously through the given opener, which asks for a
// secret when needed), the two remote aliases and the leader indices → Plan (core BidirectionalPlanner: both
// patterns and any alias to add; nothing changes) → a confirmation → the run (core BidirectionalRun) with each
// step's state → the result, saved as a report (core BidirectionalReport, ReportStore) and exportable. "Try again"
// plans again from what both clusters say now and runs what is left.
class BidirectionalDialog : public TwoClusterDialog
{
    Q_OBJECT

public:
    // `session` must outlive the dialog. `connections`: the saved connections to pick the other cluster from (the
    // current one is left out). `opener` opens the other cluster; the dialog takes it over (it becomes a child).
    // `reportDirectory` empty = ReportStore's default.
    BidirectionalDialog(ClusterSession* session, const QList<ConnectionProfile>& connections,
                        ClusterSessionOpener* opener, QWidget* parent = nullptr, QString reportDirectory = {});
    ~BidirectionalDialog() override;

    const std::optional<BidirectionalPlan>& plan() const { return m_plan; }
    bool isRunning() const override;
    // The plan's row of an alias ("alias", name) or a pattern ("pattern", name).
    QTreeWidgetItem* itemFor(const QString& kind, const QString& name) const;
    // Writes the last run's report as Markdown (.md) or JSON (any other suffix); false after saying why.
    bool exportReport(const QString& path);

public slots:
    // Asks before running; returns the (window-modal, already open) question.
    QMessageBox* askToSetUp();

private:
    QString planProblem() const override;
    void startPlanner() override;
    bool isPlanning() const override { return !m_planner.isNull(); }
    void updateButtons() override;
    void otherClusterChanged();
    void showPlan();
    void run();
    void onItemFinished(BidirectionalPlan::Phase phase, const BatchItemResult& result);
    void onRunFinished();

    QScopedPointer<Ui::BidirectionalDialog> m_ui;
    QPointer<BidirectionalPlanner> m_planner;
    QPointer<BidirectionalRun> m_run;
    std::optional<BidirectionalPlan> m_plan;
    QHash<QString, QTreeWidgetItem*> m_items; // "alias/<name>", "pattern/<name>"
};

} // namespace duper::ui
