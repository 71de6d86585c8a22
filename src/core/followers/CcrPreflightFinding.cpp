#include "core/followers/CcrPreflightFinding.h"

#include <QCoreApplication>

namespace duper {

QString CcrPreflightFinding::text() const
{
    const QString cluster = side == Side::Follower
                                ? QCoreApplication::translate("duper::CcrPreflight", "Follower cluster")
                                : QCoreApplication::translate("duper::CcrPreflight", "Leader cluster");
    if (target.isEmpty())
        return QCoreApplication::translate("duper::CcrPreflight", "%1: cluster privilege %2 is missing — %3")
            .arg(cluster, privilege, reason);
    return QCoreApplication::translate("duper::CcrPreflight", "%1: privilege %2 on %3 is missing — %4")
        .arg(cluster, privilege, target, reason);
}

} // namespace duper
