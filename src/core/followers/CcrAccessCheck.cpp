#include "core/followers/CcrAccessCheck.h"

#include "core/ccr/CcrApi.h"

namespace duper {

QStringList CcrAccessCheck::checkedPrivileges()
{
    return {QStringLiteral("manage_ccr"), QStringLiteral("monitor")};
}

CcrAccessCheck::CcrAccessCheck(CcrApi* api, QObject* parent) : QObject(parent)
{
    api->license()->onFinished(this, [this](LicenseJob* job) {
        if (!job->hasError()) {
            m_access.licenseAllowsCcr = job->result()->allowsCcr();
            m_access.licenseType = job->result()->type;
        }
        partDone();
    });
    api->hasPrivileges(checkedPrivileges())->onFinished(this, [this](PrivilegesJob* job) {
        if (!job->hasError()) {
            QStringList missing;
            for (const QString& privilege : checkedPrivileges())
                if (!job->result()->cluster.value(privilege, false))
                    missing << privilege;
            m_access.missingPrivileges = missing;
        }
        partDone();
    });
    api->remoteInfo()->onFinished(this, [this](RemoteInfoJob* job) {
        if (!job->hasError())
            m_access.remotes = job->result()->remotes;
        partDone();
    });
}

void CcrAccessCheck::partDone()
{
    if (--m_pending > 0)
        return;
    emit finished(m_access);
    deleteLater();
}

} // namespace duper
