#pragma once

#include "core/batch/BatchItemResult.h"
#include "core/connections/ConnectionProfile.h"
#include "core/dr/FailbackPlan.h"
#include "core/dr/FailbackRun.h"
#include "ui/dr/TwoClusterDialog.h"

#include <QHash>
#include <QPointer>
#include <QScopedPointer>
#include <memory>
#include <optional>

class QTreeWidgetItem;

namespace Ui {
class FailbackDialog;
}

namespace duper {
class ClusterSession;
class ClusterSessionOpener;
class FailbackPlanner;
} // namespace duper

namespace duper::ui {

class FailbackPlanView;
class SwitchBackPage;

// Failing back once the old leader is repaired, as a wizard in one window. The current cluster is A (the old
// leader); B, the promoted cluster, is picked from the saved connections, with the remote alias on A that points to
// B. Steps: the plan (core FailbackPlanner: both clusters' document counts and sequence numbers, differing copies
// flagged; nothing changes) → a confirmation naming A's stale copies, which are deleted only once its box is ticked →
// the run (core FailbackRun) with each index's state, Stop → the result, its saved report, Export and Try again
// (plans again from both clusters and continues). Then, optionally, Switch back (SwitchBackPage).
class FailbackDialog : public TwoClusterDialog
{
    Q_OBJECT

public:
    enum class Step
    {
        Plan,
        Confirm,
        Run, // running, then the result
        SwitchBack
    };

    // `session` must outlive the dialog. `connections`: the saved connections to pick B from (the current one is
    // left out). The dialog takes `opener` over. `reportDirectory` empty = ReportStore's default.
    FailbackDialog(ClusterSession* session, const QList<ConnectionProfile>& connections, ClusterSessionOpener* opener,
                   QWidget* parent = nullptr, QString reportDirectory = {});
    ~FailbackDialog() override;

    Step step() const { return m_step; }
    const std::optional<FailbackPlan>& plan() const { return m_plan; }
    const FailbackRun* run() const { return m_run; }
    bool isRunning() const override;
    QTreeWidgetItem* itemFor(FailbackPlan::Phase phase, const QString& name) const;
    SwitchBackPage* switchBackPage() const { return m_switchBack; }
    // How the runs wait for followers to catch up (tests shorten it); deleting stays the user's choice.
    void setRunOptions(const FailbackRun::Options& options) { m_options = options; }

public slots:
    void next();
    void back();
    // Writes the last run's report (the switch back's on that step): Markdown (.md) or JSON; false after saying why.
    bool exportReport(const QString& path);

private:
    // replan(true) runs at once unless the new plan has a copy to delete that the user has not agreed to.
    QString planProblem() const override;
    void startPlanner() override;
    bool isPlanning() const override { return !m_planner.isNull(); }
    void updateButtons() override;
    void showPlan();
    void showConfirmation();
    void startRun();
    void onItemFinished(FailbackPlan::Phase phase, const BatchItemResult& result);
    void onRunFinished();
    void setStep(Step step);
    QString clusterB() const;

    QScopedPointer<Ui::FailbackDialog> m_ui;
    SwitchBackPage* m_switchBack;
    FailbackRun::Options m_options;
    QPointer<FailbackPlanner> m_planner;
    QPointer<FailbackRun> m_run;
    std::optional<FailbackPlan> m_plan;
    Step m_step = Step::Plan;
    QStringList m_confirmedCopies; // what the user agreed to delete
    std::unique_ptr<FailbackPlanView> m_view;
};

} // namespace duper::ui
