#pragma once

#include "core/values/FollowParameters.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace duper {

// An auto-follow pattern: what GET /_ccr/auto_follow returns per pattern and what PUT /_ccr/auto_follow/{name}
// takes (without `name` and `active`).
struct AutoFollowPattern
{
    QString name;
    bool active = true;
    QString remoteCluster;
    QStringList leaderIndexPatterns;
    QStringList leaderIndexExclusionPatterns;
    QString followIndexPattern; // empty = not set ("{{leader_index}}" applies)
    QJsonObject settings;
    FollowParameters parameters; // only those explicitly set on the pattern

    // The PUT body: remote_cluster, leader_index_patterns, exclusions / follow_index_pattern / settings when set,
    // plus the set follow parameters.
    QJsonObject toJson() const;
    // Reads a PUT body or the `pattern` object of a GET response (`active` is read when present).
    // Returns nullopt when a known key has the wrong type.
    static std::optional<AutoFollowPattern> fromJson(const QString& name, const QJsonObject& object,
                                                     QString* error = nullptr);
};

} // namespace duper
