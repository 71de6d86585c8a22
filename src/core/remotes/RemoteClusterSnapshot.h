#pragma once

#include "core/remotes/RemoteClusterRow.h"

#include <QList>
#include <QStringList>

namespace duper {

// The remote clusters of one cluster at one moment, as RemoteClusterRefresher merged them: _remote/info, where each
// remote's settings live and the followers that use it. Shared read-only between the page and the pickers.
struct RemoteClusterSnapshot
{
    QList<RemoteClusterRow> rows; // sorted by alias
    bool followersKnown = false;  // false: the follow info call failed; rows say "unknown" under "Used by"

    qsizetype indexOf(const QString& alias) const;
    // Null when no remote is called `alias`.
    const RemoteClusterRow* find(const QString& alias) const;
    QStringList aliases() const;
};

} // namespace duper
