#pragma once

#include "core/ccr/RemoteClusterInfo.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace duper {

// What the Follower indices tab needs to know before it can explain an empty or failing list: whether the license
// allows CCR, which of the privileges the tab uses are missing, and which remote clusters exist. Each part is
// nullopt when it could not be read (the list is then shown as far as it loads).
struct CcrAccess
{
    std::optional<bool> licenseAllowsCcr;
    QString licenseType;
    std::optional<QStringList> missingPrivileges; // among manage_ccr and monitor
    std::optional<QList<RemoteClusterInfo>> remotes;

    bool lacks(const QString& privilege) const { return missingPrivileges && missingPrivileges->contains(privilege); }
    bool hasNoRemotes() const { return remotes && remotes->isEmpty(); }
};

} // namespace duper
