#pragma once

#include <QString>

namespace duper {

// One privilege the preflight found missing: on which cluster, which privilege, on what (an index name or pattern;
// empty for a cluster privilege) and why the action needs it, in plain words.
struct CcrPreflightFinding
{
    enum class Side
    {
        Follower,
        Leader
    };

    Side side = Side::Follower;
    QString privilege;
    QString target;
    QString reason;

    // One line for people, e.g. "Follower cluster: index privilege write on logs-copy — needed to …".
    QString text() const;

    friend bool operator==(const CcrPreflightFinding&, const CcrPreflightFinding&) = default;
};

} // namespace duper
