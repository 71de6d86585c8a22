#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <optional>

namespace duper {

// One saved connection as the fleet shows it: whether its cluster answered (or why not, in the user's words), who it
// is, and a summary of what it replicates. Pure data; FleetRowRules builds it from a refresh's answers.
struct FleetRow
{
    enum class State
    {
        Pending,       // not answered yet
        Reachable,     // GET / answered
        Unreachable,   // it did not: refused, unknown host, timed out, TLS...; `problem` says which
        Unauthorised,  // it answered 401 or 403 to GET /: the credentials are wrong or lack `monitor`
        SecretMissing, // no secret was given when asked; Duper does not ask again until reopened
        NotOpened,     // the connection could not be opened (bad TLS files, keychain error); `problem` says why
    };

    QString connectionId;
    QString connectionName;
    QString url; // the first URL of the profile, without user info
    State state = State::Pending;
    QString problem; // for people: why the cluster is not reachable (empty when it is)

    QString clusterName;
    QString clusterUuid;
    QString version;
    QString licenseType;   // empty when the license could not be read
    QString licenseStatus; // active, expired, invalid

    int activeFollowers = 0;
    int pausedFollowers = 0;
    int errorFollowers = 0;
    int autoFollowPatterns = 0;
    std::optional<qint64> worstLag;               // the largest lag of a follower, in operations
    std::optional<qint64> longestSinceLastReadMs; // the longest time since a follower's shard last read
    QStringList remotes; // the remote cluster aliases its followers and auto-follow patterns follow, sorted
    // For people: the cluster answered, but its CCR figures could not be read (no license, a missing privilege).
    QString ccrProblem;

    QDateTime refreshedAt; // when its figures were last read successfully; invalid before
    // The figures are from an earlier refresh: the last one failed (they are kept so a row does not go blank).
    bool stale = false;

    bool reachable() const { return state == State::Reachable; }
    int followerCount() const { return activeFollowers + pausedFollowers + errorFollowers; }

    friend bool operator==(const FleetRow&, const FleetRow&) = default;
};

} // namespace duper
