#pragma once

#include "core/values/FollowParameters.h"
#include "sandbox/FlatSettings.h"

#include <QSet>
#include <QString>
#include <QStringList>

namespace duper::sandbox {

// One auto-follow pattern as stored in the follower cluster's metadata.
struct AutoFollowPattern
{
    QString remoteCluster;
    QStringList leaderIndexPatterns;
    QStringList leaderIndexExclusionPatterns;
    QString followIndexPattern;  // may be empty; "{{leader_index}}" is replaced
    QByteArray settingsJson;     // as sent, rendered back only when non-empty
    FlatSettings::Map settings;  // normalised to "index.*"
    FollowParameters parameters; // only the explicitly set ones
    bool active = true;
    QSet<QString> followedLeaderUuids; // leader indices already handled (followed, failed or pre-existing)
};

} // namespace duper::sandbox
