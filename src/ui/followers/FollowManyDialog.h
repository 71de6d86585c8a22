#pragma once

#include "core/followers/FollowManyOperation.h"
#include "core/followers/FollowManyPlan.h"
#include "core/followers/FollowManySpec.h"
#include "ui/common/RemoteClusterPicker.h"

#include <QDialog>
#include <QPointer>
#include <QScopedPointer>
#include <QString>
#include <QStringList>
#include <optional>

class QTimer;

namespace Ui {
class FollowManyDialog;
}

namespace duper {
class ClusterSession;
class FollowManyPlanner;
} // namespace duper

namespace duper::ui {

// Follows leader indices that already exist on a remote cluster, in bulk (auto-follow patterns only pick up indices
// created later). The user picks a connected remote, leader patterns, exclusions and a follower name template;
// "Find leader indices" (or a pause after typing) fills the plan table — the dry run — with each leader, its
// follower name and whether it can be followed. Follow runs a FollowManyOperation inside the dialog (progress,
// Cancel), ends with a per-index result list and "Retry failed", and can also create the matching auto-follow
// pattern so new indices follow too. Nothing blocks: every request is a job.
class FollowManyDialog : public QDialog
{
    Q_OBJECT

public:
    // How long the form must stay unchanged before the leader indices are looked up by themselves.
    static constexpr int kAutoFindDelayMs = 600;

    enum Column
    {
        LeaderColumn,
        FollowerColumn,
        StateColumn
    };

    // `session` must outlive the dialog.
    explicit FollowManyDialog(duper::ClusterSession* session, QWidget* parent = nullptr);
    ~FollowManyDialog() override;

    // Prefills the form (e.g. from an auto-follow pattern) and looks the leader indices up once remotes are known.
    void setInitialPatterns(const QString& remote, const QStringList& leaderPatterns, const QStringList& exclusions,
                            const QString& followerPattern);

    // The form as it is now.
    FollowManySpec spec() const;
    // The last plan found; empty before the first lookup or when it failed.
    const std::optional<FollowManyPlan>& plan() const { return m_plan; }
    // Candidates checked in the plan table.
    QList<FollowManyCandidate> checkedCandidates() const;
    bool isFinding() const;
    bool isFollowing() const;
    // The running or finished operation; null before Follow.
    FollowManyOperation* operation() const { return m_operation; }

public slots:
    void findLeaderIndices();
    void follow();
    void retryFailed();

signals:
    // Follower indices created by a run (each name reported once).
    void followersCreated(const QStringList& names);

private:
    void onRemotesState(RemoteClusterPicker::State state);
    void scheduleFind();
    void onPlanFinished();
    void fillPlanTable();
    void updateButtons();
    void startOperation(bool retry);
    void onProgress(int done, int total);
    void onOperationFinished();
    void cancelOrClose();
    QString formProblem() const;

    QScopedPointer<Ui::FollowManyDialog> m_ui;
    duper::ClusterSession* m_session;
    duper::FollowManyPlanner* m_planner;
    QPointer<duper::FollowManyOperation> m_operation;
    QTimer* m_findTimer;
    std::optional<FollowManyPlan> m_plan;
    QStringList m_reported; // followers already announced through followersCreated()
    bool m_remotesLoaded = false;
};

} // namespace duper::ui
