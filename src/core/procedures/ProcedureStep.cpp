#include "core/procedures/ProcedureStep.h"

#include <QCoreApplication>

namespace duper::ProcedureStepText {

QString title(ProcedureStep step)
{
    switch (step) {
    case ProcedureStep::Inspect:
        return QCoreApplication::translate("duper::Procedure", "Read the follower index's state");
    case ProcedureStep::Pause:
        return QCoreApplication::translate("duper::Procedure", "Pause replication");
    case ProcedureStep::Close:
        return QCoreApplication::translate("duper::Procedure", "Close the follower index");
    case ProcedureStep::Unfollow:
        return QCoreApplication::translate("duper::Procedure", "Convert it to a regular index (unfollow)");
    case ProcedureStep::Open:
        return QCoreApplication::translate("duper::Procedure", "Reopen the index");
    case ProcedureStep::Follow:
        return QCoreApplication::translate("duper::Procedure", "Follow the leader index again");
    case ProcedureStep::Resume:
        return QCoreApplication::translate("duper::Procedure", "Resume replication with the new settings");
    }
    return {};
}

} // namespace duper::ProcedureStepText
