#include "core/dr/PlannerReads.h"

#include "core/es/EsJob.h"

namespace duper {

void PlannerReads::reset()
{
    m_jobs.clear();
    m_outstanding = 0;
    m_error = {};
}

void PlannerReads::add(EsJob* job)
{
    ++m_outstanding;
    m_jobs.append(job);
}

bool PlannerReads::noteError(const EsJob* job)
{
    if (!job->hasError() || m_error.isError())
        return false;
    m_error = job->error();
    return true;
}

bool PlannerReads::answered()
{
    if (--m_outstanding > 0)
        return false;
    m_jobs.clear();
    return true;
}

void PlannerReads::cancel(QObject* owner)
{
    for (const QPointer<EsJob>& job : std::exchange(m_jobs, {})) {
        if (job) {
            job->disconnect(owner);
            job->cancel();
        }
    }
}

} // namespace duper
