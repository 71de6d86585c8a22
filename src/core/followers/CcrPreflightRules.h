#pragma once

#include "core/ccr/PrivilegesResponse.h"
#include "core/followers/CcrPreflightFinding.h"
#include "core/followers/CcrPreflightRequest.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace duper {

class EsError;

// The privilege preflight's rules, without I/O: which privileges each action needs on which cluster (Elasticsearch's
// CCR documentation: manage_ccr plus monitor, read, write, manage_follow_index on the follower index; read_ccr plus
// monitor, read on the leader index for certificate remotes), why, and what a cross-cluster API key's
// access.replication covers.
class CcrPreflightRules
{
    Q_DECLARE_TR_FUNCTIONS(duper::CcrPreflightRules)

public:
    using Action = CcrPreflightRequest::Action;
    using Side = CcrPreflightFinding::Side;

    static QStringList followerClusterPrivileges(Action action);
    static QStringList followerIndexPrivileges(Action action);
    static QStringList leaderClusterPrivileges();
    static QStringList leaderIndexPrivileges();
    // Failover runs on the follower alone (its leader may be lost): nothing is checked on the leader.
    static bool checksLeader(Action action) { return action != Action::Failover; }

    // The follower index names or patterns to check: for auto-follow the follow_index_pattern with {{leader_index}}
    // as '*' (no pattern: the leader patterns themselves, as the followers take the leaders' names).
    static QStringList followerTargets(const CcrPreflightRequest& request);
    // The _has_privileges index part: each target with `privileges`.
    static QMap<QString, QStringList> indexChecks(const QStringList& targets, const QStringList& privileges);

    // Why `privilege` is needed for `action` on `side`, in plain words.
    static QString reason(Action action, Side side, const QString& privilege);
    // The privileges `response` says are not granted, named with their reasons (cluster first, then by index).
    static QList<CcrPreflightFinding> missingIn(const PrivilegesResponse& response, Action action, Side side);

    // True when every index `leader` (a name or an auto-follow pattern) can stand for is matched by one of the
    // key's access.replication names. A pattern counts as covered when a key pattern matches it read literally
    // ('*' absorbs the pattern's own '*'): sound, though a pattern only covered by several key patterns together
    // is reported as not covered.
    static bool keyCovers(const QStringList& keyPatterns, const QString& leader);
    static QStringList uncoveredByKey(const QStringList& keyPatterns, const QStringList& leaders);

    // The key id of an encoded cross-cluster API key (base64 of "id:secret"); nullopt when it is not of that shape.
    static std::optional<QString> keyIdOf(const QString& encodedKey);
    // _has_privileges failed because security is off (the endpoint is missing or says security is not enabled):
    // then nothing can be missing.
    static bool isSecurityDisabled(const EsError& error);
};

} // namespace duper
