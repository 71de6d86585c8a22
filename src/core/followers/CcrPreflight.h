#pragma once

#include "core/followers/CcrPreflightRequest.h"
#include "core/followers/CcrPreflightResult.h"

#include <QObject>
#include <QPointer>

namespace duper {

class ClusterSession;
class SecretStore;
struct ApiKeyInfo;

// The privilege preflight before create-follower, follow-many, auto-follow and failover: asks the follower cluster
// (_has_privileges) for manage_ccr and the follower index privileges and, through `_remote/info`, how the alias is
// secured. For a certificate remote it asks the leader (when a leader session is given) for read_ccr and the leader
// index privileges; for an API-key remote it reads the alias's cross-cluster key from the keychain and compares the
// key's access.replication (GET /_security/api_key on the leader) with the leader indices. Whatever cannot be checked
// is named in couldNotCheck, never reported as missing. Sends nothing that changes a cluster.
class CcrPreflight : public QObject
{
    Q_OBJECT

public:
    // `follower` must outlive the run; `leader` and `secrets` may be null (then the leader side is "could not check").
    CcrPreflight(ClusterSession* follower, ClusterSession* leader, SecretStore* secrets, CcrPreflightRequest request,
                 QObject* parent = nullptr);

    // Starts the checks; finished() follows once, later (never from inside start()).
    void start();
    const CcrPreflightRequest& request() const { return m_request; }
    const CcrPreflightResult& result() const { return m_result; }

signals:
    void finished(const duper::CcrPreflightResult& result);

private:
    void checkFollower();
    void checkRemote();
    void checkLeaderPrivileges();
    void checkKey();
    void compareKey(const QString& keyId, const ApiKeyInfo* key);
    void begin() { ++m_pending; }
    void done();

    QPointer<ClusterSession> m_follower;
    QPointer<ClusterSession> m_leader;
    SecretStore* m_secrets;
    CcrPreflightRequest m_request;
    CcrPreflightResult m_result;
    int m_pending = 0;
    bool m_started = false;
};

} // namespace duper
