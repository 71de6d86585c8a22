#pragma once

#include "core/es/EsError.h"
#include "core/followers/CcrAccess.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace duper::ui {

// What the Follower indices tab shows in place of the table when there is nothing to list, and why: not connected,
// no license, no permission, loading, load failure, no remote clusters, no followers yet. Decided from what is
// known; the table is shown (kind Table) as soon as a snapshot has rows.
struct FollowerListStatus
{
    Q_DECLARE_TR_FUNCTIONS(FollowerListStatus)

public:
    enum class Kind
    {
        Table,
        NotConnected,
        NotLicensed,
        NoPermission,
        LoadFailed,
        Loading,
        NoRemoteClusters,
        NoFollowers
    };
    // What the empty state's button does.
    enum class Action
    {
        None,
        Create,
        Retry,
        RemoteClusters
    };

    Kind kind = Kind::Loading;
    QString title;
    QString text;
    Action action = Action::None;
    QString buttonText;

    // `rowCount` < 0 = no snapshot yet.
    static FollowerListStatus decide(bool connected, const std::optional<CcrAccess>& access, int rowCount,
                                     const EsError& lastError);
};

} // namespace duper::ui
