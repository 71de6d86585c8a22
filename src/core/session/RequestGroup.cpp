#include "core/session/RequestGroup.h"

namespace duper {

void RequestGroup::cancel(QObject* context)
{
    m_allAnswered = {}; // it may hold the group's owner
    for (const QPointer<EsJob>& job : std::as_const(m_jobs)) {
        if (job) {
            job->disconnect(context);
            job->cancel();
        }
    }
}

void RequestGroup::answered(const EsJob& job, bool essential)
{
    if (essential && job.hasError() && !m_error.isError())
        m_error = job.error();
    if (--m_outstanding == 0 && m_allAnswered)
        std::exchange(m_allAnswered, {})(m_error); // it may hold the group's owner: do not keep it
}

} // namespace duper
