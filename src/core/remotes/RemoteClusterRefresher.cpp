#include "core/remotes/RemoteClusterRefresher.h"

#include "core/ccr/CcrApi.h"

#include <QPointer>
#include <optional>

namespace duper {

// The three answers of one refresh, collected as they arrive.
struct RemoteClusterRefresher::Pending
{
    int outstanding = 3;
    QList<QPointer<EsJob>> jobs;
    std::optional<RemoteInfoResponse> info;
    std::optional<ClusterSettingsResponse> settings;
    std::optional<FollowInfoResponse> followers;
    EsError error;
};

RemoteClusterRefresher::RemoteClusterRefresher(QObject* parent) : Refresher(nullptr, 0, parent) {}

RemoteClusterRefresher::~RemoteClusterRefresher()
{
    cancelRefresh();
}

void RemoteClusterRefresher::cancelRefresh()
{
    if (!m_pending)
        return;
    const std::shared_ptr<Pending> pending = std::move(m_pending);
    for (const QPointer<EsJob>& job : pending->jobs) {
        if (job) {
            job->disconnect(this); // no answer reaches a refresher that moved on
            job->cancel();
        }
    }
}

void RemoteClusterRefresher::startRefresh(CcrApi* api)
{
    auto pending = std::make_shared<Pending>();
    m_pending = pending;
    RemoteInfoJob* info = api->remoteInfo();
    ClusterSettingsJob* settings = api->clusterSettings();
    FollowInfoJob* followers = api->followInfo();
    pending->jobs = {info, settings, followers};
    info->onFinished(this, [this, pending](RemoteInfoJob* job) {
        pending->info = job->takeResult();
        onAnswer(pending, job, true);
    });
    settings->onFinished(this, [this, pending](ClusterSettingsJob* job) {
        pending->settings = job->takeResult();
        onAnswer(pending, job, true);
    });
    // Its failure is not an error of the list: without it the rows say "unknown" under "Used by".
    followers->onFinished(this, [this, pending](FollowInfoJob* job) {
        pending->followers = job->takeResult();
        onAnswer(pending, job, false);
    });
}

void RemoteClusterRefresher::onAnswer(const std::shared_ptr<Pending>& pending, const EsJob* job, bool essential)
{
    if (essential && job->hasError() && !pending->error.isError())
        pending->error = job->error();
    if (--pending->outstanding > 0 || pending != m_pending)
        return;
    m_pending.reset();
    finishRefresh(pending->error, [this, pending] { publish(*pending); });
}

void RemoteClusterRefresher::publish(const Pending& pending)
{
    auto snapshot = std::make_shared<RemoteClusterSnapshot>();
    snapshot->followersKnown = pending.followers.has_value();
    snapshot->rows =
        RemoteClusterRow::merge(*pending.info, *pending.settings, pending.followers ? &*pending.followers : nullptr);
    m_snapshot = std::move(snapshot);
    emit snapshotReady(m_snapshot);
}

} // namespace duper
