#pragma once

#include "core/es/EsError.h"
#include "core/es/EsJob.h"

#include <QList>
#include <QPointer>
#include <functional>
#include <memory>

namespace duper {

// The requests of one refresh, sent in parallel: it hands each answer to its keeper as it arrives, remembers the first
// error of an essential request (an optional one only refines the picture), and reports once all are answered.
// Create it with std::make_shared (a derived struct can hold the answers); a job in flight keeps it alive.
class RequestGroup : public std::enable_shared_from_this<RequestGroup>
{
public:
    using AllAnswered = std::function<void(const EsError& error)>;

    virtual ~RequestGroup() = default;

    // `keep(std::optional<Result>)` receives the job's result (empty on error). Add every job before returning to the
    // event loop: answers never arrive synchronously.
    template <typename Job, typename Keep> void add(QObject* context, Job* job, bool essential, Keep keep)
    {
        m_jobs.append(job);
        ++m_outstanding;
        job->onFinished(context, [self = shared_from_this(), keep = std::move(keep), essential](Job* answered) mutable {
            keep(answered->takeResult());
            self->answered(*answered, essential);
        });
    }

    void onAllAnswered(AllAnswered allAnswered) { m_allAnswered = std::move(allAnswered); }

    // Stops the requests still in flight; none of their answers reaches `context` any more.
    void cancel(QObject* context);

private:
    void answered(const EsJob& job, bool essential);

    QList<QPointer<EsJob>> m_jobs;
    int m_outstanding = 0;
    EsError m_error;
    AllAnswered m_allAnswered;
};

} // namespace duper
