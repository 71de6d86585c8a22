#include "core/connections/ConnectionTestReport.h"

#include <QCoreApplication>

namespace duper {

ConnectionTestReport::Status ConnectionTestReport::overall() const
{
    bool warning = false;
    for (const Check* check : {&connection, &license, &privileges, &remoteClusters}) {
        if (check->status == Status::Failed || check->status == Status::NotRun)
            return Status::Failed;
        if (check->status == Status::Warning)
            warning = true;
    }
    return warning ? Status::Warning : Status::Ok;
}

QStringList ConnectionTestReport::lines() const
{
    return {connection.text, license.text, privileges.text, remoteClusters.text};
}

QString ConnectionTestReport::statusName(Status status)
{
    switch (status) {
    case Status::NotRun:
        return QCoreApplication::translate("duper::ConnectionTestReport", "not run");
    case Status::Ok:
        return QCoreApplication::translate("duper::ConnectionTestReport", "ok");
    case Status::Warning:
        return QCoreApplication::translate("duper::ConnectionTestReport", "warning");
    case Status::Failed:
        return QCoreApplication::translate("duper::ConnectionTestReport", "failed");
    }
    return {};
}

} // namespace duper
