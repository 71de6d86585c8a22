#pragma once

#include "core/dr/PlannerReads.h"
#include "core/security/ApiKeyMigrationPlan.h"
#include "core/security/ApiKeyMigrationStateStore.h"

#include <QObject>
#include <QPointer>
#include <optional>

namespace duper {

class ClusterSession;

// Reads what an ApiKeyMigrationPlan is built from, in parallel and read-only: the follower cluster's settings,
// remote info, follow info and auto-follow patterns, and the state an unfinished earlier run left in the store.
class ApiKeyMigrationPlanner : public QObject
{
    Q_OBJECT

public:
    // `follower` must outlive the planner.
    ApiKeyMigrationPlanner(ClusterSession* follower, QString alias, ApiKeyMigrationStateStore store,
                           QObject* parent = nullptr);
    ~ApiKeyMigrationPlanner() override;

    void start();
    void cancel();

    // After finished(): the plan, or the read that failed.
    const std::optional<ApiKeyMigrationPlan>& plan() const { return m_plan; }
    const EsError& error() const { return m_reads.error(); }
    const QString& errorWhat() const { return m_errorWhat; }
    // The key the store keeps this follower cluster's state under.
    static QString clusterKey(const ClusterSession& session);

signals:
    void finished();

private:
    void answered(const EsJob* job, const QString& what);

    QPointer<ClusterSession> m_follower;
    QString m_alias;
    ApiKeyMigrationStateStore m_store;
    PlannerReads m_reads;
    QString m_errorWhat;
    std::optional<ClusterSettingsResponse> m_settings;
    std::optional<RemoteInfoResponse> m_remotes;
    std::optional<FollowInfoResponse> m_followInfo;
    QList<AutoFollowPattern> m_patterns;
    std::optional<ApiKeyMigrationPlan> m_plan;
};

} // namespace duper
