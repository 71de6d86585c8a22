#include "core/followers/CcrPreflight.h"

#include "core/ccr/CcrApi.h"
#include "core/connections/SecretStore.h"
#include "core/followers/CcrPreflightRules.h"
#include "core/remotes/RemoteClusterRow.h"
#include "core/security/CrossClusterKeySecret.h"
#include "core/security/SecurityApi.h"
#include "core/session/ClusterSession.h"

#include <QDateTime>
#include <QTimer>

namespace duper {

namespace {

using Rules = CcrPreflightRules;
using Side = CcrPreflightFinding::Side;

} // namespace

CcrPreflight::CcrPreflight(ClusterSession* follower, ClusterSession* leader, SecretStore* secrets,
                           CcrPreflightRequest request, QObject* parent)
    : QObject(parent), m_follower(follower), m_leader(leader), m_secrets(secrets), m_request(std::move(request))
{}

void CcrPreflight::start()
{
    if (m_started)
        return;
    m_started = true;
    // Holds finished() back until every part has been sent, and out of start() itself.
    begin();
    checkFollower();
    if (Rules::checksLeader(m_request.action))
        checkRemote();
    QTimer::singleShot(0, this, &CcrPreflight::done);
}

void CcrPreflight::checkFollower()
{
    if (!m_follower) {
        m_result.couldNotCheck << tr("The follower cluster's privileges: no connection to it.");
        return;
    }
    const QStringList targets = Rules::followerTargets(m_request);
    begin();
    m_follower->api()
        ->hasPrivileges(Rules::followerClusterPrivileges(m_request.action),
                        Rules::indexChecks(targets, Rules::followerIndexPrivileges(m_request.action)))
        ->onFinished(this, [this](PrivilegesJob* job) {
            if (!job->hasError()) {
                m_result.missing.append(Rules::missingIn(*job->result(), m_request.action, Side::Follower));
            } else if (Rules::isSecurityDisabled(job->error())) {
                m_result.securityOff = true;
                m_result.couldNotCheck << tr("Privileges: security is off on the follower cluster, so none is "
                                             "missing there.");
            } else {
                m_result.couldNotCheck << tr("The follower cluster's privileges: %1").arg(job->error().userMessage());
            }
            done();
        });
}

void CcrPreflight::checkRemote()
{
    if (!m_follower || m_request.remoteAlias.isEmpty())
        return;
    begin();
    m_follower->api()->remoteInfo()->onFinished(this, [this](RemoteInfoJob* job) {
        if (job->hasError()) {
            m_result.couldNotCheck << tr("The leader cluster's privileges: the remote clusters could not be read "
                                         "(%1).")
                                          .arg(job->error().userMessage());
            return done();
        }
        const RemoteClusterInfo* remote = nullptr;
        for (const RemoteClusterInfo& info : job->result()->remotes)
            if (info.alias == m_request.remoteAlias)
                remote = &info;
        if (!remote) {
            m_result.couldNotCheck << tr("The leader cluster's privileges: the follower has no remote cluster %1.")
                                          .arg(m_request.remoteAlias);
        } else if (RemoteClusterRow::securityOf(remote->clusterCredentials.has_value(), remote->seeds,
                                                remote->proxyAddress) == RemoteClusterRow::Security::ApiKey) {
            // _has_privileges has no remote_indices part: the follower user's remote index privilege is not
            // readable over REST.
            m_result.couldNotCheck << tr("The follower user's remote index privilege cross_cluster_replication for "
                                         "%1 on remote cluster %2 (Elasticsearch does not report remote index "
                                         "privileges).")
                                          .arg(m_request.leaderIndices.join(QStringLiteral(", ")),
                                               m_request.remoteAlias);
            checkKey();
        } else {
            checkLeaderPrivileges();
        }
        done();
    });
}

void CcrPreflight::checkLeaderPrivileges()
{
    if (!m_leader) {
        m_result.couldNotCheck << tr("The leader cluster's privileges (read_ccr; monitor and read on the leader "
                                     "indices): no connection to the leader cluster.");
        return;
    }
    begin();
    m_leader->api()
        ->hasPrivileges(Rules::leaderClusterPrivileges(),
                        Rules::indexChecks(m_request.leaderIndices, Rules::leaderIndexPrivileges()))
        ->onFinished(this, [this](PrivilegesJob* job) {
            if (!job->hasError())
                m_result.missing.append(Rules::missingIn(*job->result(), m_request.action, Side::Leader));
            else if (!Rules::isSecurityDisabled(job->error()))
                m_result.couldNotCheck << tr("The leader cluster's privileges: %1").arg(job->error().userMessage());
            done();
        });
}

void CcrPreflight::checkKey()
{
    const QString what =
        tr("What the cross-cluster API key of remote cluster %1 allows to replicate").arg(m_request.remoteAlias);
    if (!m_leader) {
        m_result.couldNotCheck << tr("%1: no connection to the leader cluster.").arg(what);
        return;
    }
    if (!m_secrets) {
        m_result.couldNotCheck << tr("%1: no keychain.").arg(what);
        return;
    }
    begin();
    m_secrets->read(CrossClusterKeySecret::ownerId(m_request.remoteAlias), CrossClusterKeySecret::kind, this,
                    [this, what](const SecretResult& secret) {
                        const std::optional<QString> id = secret.ok() ? Rules::keyIdOf(secret.secret) : std::nullopt;
                        if (!secret.ok() || !id) {
                            m_result.couldNotCheck << tr("%1: Duper does not keep the key in the keychain.").arg(what);
                            return done();
                        }
                        if (!m_leader) {
                            m_result.couldNotCheck << tr("%1: no connection to the leader cluster.").arg(what);
                            return done();
                        }
                        SecurityApi security(m_leader->client());
                        security.apiKeys(*id)->onFinished(this, [this, what, keyId = *id](ApiKeysJob* job) {
                            if (job->hasError()) {
                                m_result.couldNotCheck << tr("%1: %2").arg(what, job->error().userMessage());
                            } else {
                                const QList<ApiKeyInfo> keys = job->result()->keys;
                                compareKey(keyId, keys.isEmpty() ? nullptr : &keys.first());
                            }
                            done();
                        });
                    });
}

void CcrPreflight::compareKey(const QString& keyId, const ApiKeyInfo* key)
{
    const QString privilege = QStringLiteral("cross-cluster API key");
    if (!key) {
        m_result.missing.append({Side::Leader, privilege, keyId,
                                 tr("the leader cluster does not know the key kept for remote cluster %1: it was "
                                    "deleted or belongs to another cluster")
                                     .arg(m_request.remoteAlias)});
        return;
    }
    if (key->invalidated || key->expiredAt(QDateTime::currentMSecsSinceEpoch())) {
        m_result.missing.append(
            {Side::Leader, privilege, keyId,
             tr("the key of remote cluster %1 is invalidated or expired: every request through it is refused")
                 .arg(m_request.remoteAlias)});
        return;
    }
    for (const QString& leader : Rules::uncoveredByKey(key->replication, m_request.leaderIndices))
        m_result.missing.append(
            {Side::Leader, QStringLiteral("access.replication"), leader,
             tr("the cross-cluster API key %1 of remote cluster %2 only allows replicating %3: Elasticsearch "
                "refuses to follow this index with a security error")
                 .arg(keyId, m_request.remoteAlias,
                      key->replication.isEmpty() ? tr("nothing") : key->replication.join(QStringLiteral(", ")))});
}

void CcrPreflight::done()
{
    if (--m_pending > 0)
        return;
    emit finished(m_result);
}

} // namespace duper
