#include "core/session/ClusterSession.h"

#include "core/autofollow/AutoFollowActions.h"
#include "core/autofollow/AutoFollowRefresher.h"
#include "core/ccr/CcrApi.h"
#include "core/es/EsClient.h"
#include "core/followers/CcrAccessCheck.h"
#include "core/followers/FollowerActions.h"
#include "core/followers/FollowerRefresher.h"
#include "core/followers/RememberedParameters.h"
#include "core/remotes/RemoteClusterActions.h"
#include "core/remotes/RemoteClusterRefresher.h"

namespace duper {

ClusterSession::ClusterSession(ConnectionProfile profile, EsClient* client, QSettings* settings, QObject* parent)
    : QObject(parent), m_profile(std::move(profile)), m_client(client)
{
    Q_ASSERT(client);
    m_api = std::make_unique<CcrApi>(client);
    if (settings)
        m_remembered = std::make_unique<RememberedParameters>(settings, m_profile.id);
}

ClusterSession::~ClusterSession()
{
    // Services hold the API: they go first, then the API, then (as a child) the client.
    delete m_followerActions;
    m_followerActions = nullptr;
    delete m_followerRefresher;
    m_followerRefresher = nullptr;
    delete m_remoteClusterRefresher;
    m_remoteClusterRefresher = nullptr;
    delete m_remoteClusterActions;
    m_remoteClusterActions = nullptr;
    delete m_autoFollowRefresher;
    m_autoFollowRefresher = nullptr;
    delete m_autoFollowActions;
    m_autoFollowActions = nullptr;
    m_api.reset();
}

EsClient* ClusterSession::client() const
{
    return m_client;
}

void ClusterSession::loadIdentity()
{
    m_api->clusterInfo()->onFinished(this, [this](ClusterInfoJob* job) {
        if (job->hasError()) {
            emit identityFailed(job->error());
            return;
        }
        m_identity = *job->result();
        emit identityChanged(*m_identity);
    });
    m_api->license()->onFinished(this, [this](LicenseJob* job) {
        if (job->hasError()) {
            emit licenseFailed(job->error());
            return;
        }
        m_license = *job->result();
        emit licenseChanged(*m_license);
    });
}

void ClusterSession::checkAccess()
{
    const quint64 generation = ++m_accessGeneration;
    auto* check = new CcrAccessCheck(m_api.get(), this);
    connect(check, &CcrAccessCheck::finished, this, [this, generation](const CcrAccess& access) {
        if (generation != m_accessGeneration)
            return;
        m_access = access;
        emit accessChanged(access);
    });
}

FollowerRefresher* ClusterSession::followerRefresher()
{
    if (!m_followerRefresher) {
        m_followerRefresher = new FollowerRefresher(this);
        m_followerRefresher->setApi(m_api.get());
    }
    return m_followerRefresher;
}

RemoteClusterRefresher* ClusterSession::remoteClusterRefresher()
{
    if (!m_remoteClusterRefresher) {
        m_remoteClusterRefresher = new RemoteClusterRefresher(this);
        m_remoteClusterRefresher->setApi(m_api.get());
    }
    return m_remoteClusterRefresher;
}

RemoteClusterActions* ClusterSession::remoteClusterActions()
{
    if (!m_remoteClusterActions)
        m_remoteClusterActions = new RemoteClusterActions(m_api.get(), this);
    return m_remoteClusterActions;
}

FollowerActions* ClusterSession::followerActions()
{
    if (!m_followerActions)
        m_followerActions = new FollowerActions(m_api.get(), m_remembered.get(), this);
    return m_followerActions;
}

AutoFollowRefresher* ClusterSession::autoFollowRefresher()
{
    if (!m_autoFollowRefresher)
        m_autoFollowRefresher = new AutoFollowRefresher(m_api.get(), this);
    return m_autoFollowRefresher;
}

AutoFollowActions* ClusterSession::autoFollowActions()
{
    if (!m_autoFollowActions)
        m_autoFollowActions = new AutoFollowActions(m_api.get(), this);
    return m_autoFollowActions;
}

} // namespace duper
