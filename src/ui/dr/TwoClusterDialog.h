#pragma once

#include "core/connections/ConnectionProfile.h"

#include <QDialog>
#include <QList>
#include <QString>

class QComboBox;
class QLabel;
class QProgressBar;

namespace duper {
class ClusterSession;
class ClusterSessionOpener;
} // namespace duper

namespace duper::ui {

class OtherClusterPicker;

// What the wizards over two clusters (bi-directional setup, failback) share: the other cluster, picked from the saved
// connections and opened only when a plan is asked for; reading the plan (a busy progress bar, the reason in the
// status line when the form is incomplete or a cluster cannot be read, planned/planFailed); a run asked for together
// with the plan; the report folder; and a window that does not close while a run is changing the clusters.
class TwoClusterDialog : public QDialog
{
    Q_OBJECT

public:
    virtual bool isRunning() const = 0;
    // Where the last run's report was saved (its JSON file), empty before a run or when it could not be saved.
    QString reportPath() const { return m_reportPath; }

public slots:
    // Opens the other cluster when needed, then reads the plan (and runs it at once when `runAfter`).
    void replan(bool runAfter = false);

signals:
    void planned();
    void planFailed(const QString& message);
    void runFinished(bool succeeded);

protected:
    // `session` must outlive the dialog. `reportDirectory` empty = ReportStore's default.
    TwoClusterDialog(ClusterSession* session, QString reportDirectory, QWidget* parent);
    // Once the form is set up: the other cluster's combo box (filled from `connections`, the current one left out;
    // the dialog takes `opener` over), the progress bar and the status line.
    void setUpForm(QComboBox* otherClusterCombo, QProgressBar* progress, QLabel* status,
                   const QList<ConnectionProfile>& connections, ClusterSessionOpener* opener);

    // What the form still lacks before a plan can be read, in words; empty when it is complete.
    virtual QString planProblem() const = 0;
    // Starts reading the plan; the other cluster's session is open (m_picker->session()).
    virtual void startPlanner() = 0;
    virtual bool isPlanning() const = 0;
    virtual void updateButtons() = 0;
    // The planner has answered: `error` empty when the plan was read (and shown). Says whether the run asked for
    // together with the plan should start now.
    bool planRead(const QString& error);
    void setStatus(const QString& text);
    void reject() override;

    ClusterSession* m_session;
    OtherClusterPicker* m_picker = nullptr;
    QString m_reportDirectory;
    QString m_reportPath;

private:
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    bool m_runAfterPlan = false;
};

} // namespace duper::ui
