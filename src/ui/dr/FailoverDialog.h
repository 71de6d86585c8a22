#pragma once

#include "core/batch/BatchItemResult.h"
#include "core/dr/FailoverPlan.h"

#include <QDialog>
#include <QHash>
#include <QPointer>
#include <QScopedPointer>
#include <optional>

class QMessageBox;
class QTreeWidgetItem;

namespace Ui {
class FailoverDialog;
}

namespace duper {
class ClusterSession;
class FailoverPlanner;
class FailoverRun;
} // namespace duper

namespace duper::ui {

// Failing over from one remote cluster, in three stages in one window: the plan (core FailoverPlanner, read from the
// cluster: it is the dry run and changes nothing), a confirmation that names what happens, then the run (core
// FailoverRun) with each index's state as it goes, the result, the saved report and Export. "Try again" plans again
// from what the cluster says now and runs what is left, so a failed step or a stop is continued, never repeated.
class FailoverDialog : public QDialog
{
    Q_OBJECT

public:
    // `session` must outlive the dialog; `reportDirectory` empty = ReportStore's default.
    FailoverDialog(ClusterSession* session, QString remoteCluster, QWidget* parent = nullptr,
                   QString reportDirectory = {});
    ~FailoverDialog() override;

    // The one way the window opens it (Remote clusters tab, Disaster recovery tab): non-modal, deleted on close,
    // shown at once; `parent` is told through runFinished. Null without a session or an alias.
    static FailoverDialog* open(ClusterSession* session, const QString& remoteCluster, QWidget* parent,
                                const QString& reportDirectory = {});

    const std::optional<FailoverPlan>& plan() const { return m_plan; }
    bool isRunning() const;
    QString reportPath() const { return m_reportPath; }
    QTreeWidgetItem* itemFor(FailoverPlan::Phase phase, const QString& name) const;

public slots:
    // Reads the plan again (and, when `runAfter`, runs it at once: the user confirmed already).
    void replan(bool runAfter = false);
    // Asks before running; returns the (window-modal, already open) question.
    QMessageBox* askToFailOver();
    // Writes the last run's report as Markdown (.md) or JSON (any other suffix); false after saying why.
    bool exportReport(const QString& path);

signals:
    void planned();
    void runFinished(bool succeeded);

protected:
    void reject() override;

private:
    void showPlan();
    void run();
    void onItemFinished(FailoverPlan::Phase phase, const BatchItemResult& result);
    void onRunFinished();
    void updateButtons();
    void chooseExportFile();

    QScopedPointer<Ui::FailoverDialog> m_ui;
    ClusterSession* m_session;
    QString m_remoteCluster;
    QString m_reportDirectory;
    QPointer<FailoverPlanner> m_planner;
    QPointer<FailoverRun> m_run;
    std::optional<FailoverPlan> m_plan;
    bool m_runAfterPlan = false;
    QHash<QString, QTreeWidgetItem*> m_items; // "<phase key>/<name>"
    QString m_reportPath;
};

} // namespace duper::ui
