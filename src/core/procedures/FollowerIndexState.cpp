#include "core/procedures/FollowerIndexState.h"

#include <QCoreApplication>

namespace duper {

QString FollowerIndexState::describe(const QString& index) const
{
    QString replicationText;
    switch (replication) {
    case Replication::Active:
        replicationText = QCoreApplication::translate("duper::FollowerIndexState", "is an active follower index");
        break;
    case Replication::Paused:
        replicationText = QCoreApplication::translate("duper::FollowerIndexState", "is a paused follower index");
        break;
    case Replication::NotFollower:
        replicationText =
            QCoreApplication::translate("duper::FollowerIndexState", "is a regular index (not a follower)");
        break;
    case Replication::Unknown:
        replicationText =
            QCoreApplication::translate("duper::FollowerIndexState", "is in an unknown replication state");
        break;
    }
    QString opennessText;
    switch (openness) {
    case Openness::Open:
        opennessText = QCoreApplication::translate("duper::FollowerIndexState", "open");
        break;
    case Openness::Closed:
        opennessText = QCoreApplication::translate("duper::FollowerIndexState", "closed");
        break;
    case Openness::Unknown:
        opennessText = QCoreApplication::translate("duper::FollowerIndexState", "open or closed (unknown)");
        break;
    }
    return QCoreApplication::translate("duper::FollowerIndexState", "Index \"%1\" %2 and is %3.")
        .arg(index, replicationText, opennessText);
}

} // namespace duper
