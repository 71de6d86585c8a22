#pragma once

#include "core/es/EsError.h"
#include "core/followers/FollowManyPlan.h"
#include "core/followers/FollowManySpec.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <optional>

namespace duper {

class CcrApi;
class EsJob;

// Fetches what a FollowManyPlan needs, the three requests in parallel: the remote's indices matching the leader
// patterns (_resolve/index/<remote>:<pattern>,…), the local cluster's index names (_resolve/index/*,.*) and its
// follow info. Then builds the plan; finished() either way, error() says why there is no plan.
class FollowManyPlanner : public QObject
{
    Q_OBJECT

public:
    // `api` (the local, follower cluster) must outlive the planner.
    explicit FollowManyPlanner(CcrApi* api, QObject* parent = nullptr);
    ~FollowManyPlanner() override;

    bool isRunning() const { return m_pending > 0; }
    // Set after a successful run.
    const std::optional<FollowManyPlan>& plan() const { return m_plan; }
    const EsError& error() const { return m_error; }

public slots:
    // Cancels a run in progress and starts again with `spec`.
    void start(const duper::FollowManySpec& spec);
    void cancel();

signals:
    void finished();

private:
    void jobDone();

    CcrApi* m_api;
    FollowManySpec m_spec;
    QList<QPointer<EsJob>> m_jobs;
    int m_pending = 0;
    std::optional<ResolveIndexResponse> m_remote;
    QStringList m_localNames;
    QList<FollowerInfo> m_followers;
    std::optional<FollowManyPlan> m_plan;
    EsError m_error;
};

} // namespace duper
