#pragma once

#include "core/es/EsError.h"

#include <QList>
#include <QPointer>

class QObject;

namespace duper {

class EsJob;

// The reads a planner sends in parallel before it can build its plan: which are still out, the first error among
// the answers, and cancelling what is left. The planner stores each answer itself and builds once all are in.
class PlannerReads
{
public:
    // Forgets the last round: no read out, no error.
    void reset();
    void add(EsJob* job);
    // Notes one answer: true when it carried the first error of the round (the planner records where it came from).
    bool noteError(const EsJob* job);
    // Counts one answer; true once every read has answered.
    bool answered();
    // Cancels the reads still out; `owner` stops listening to them.
    void cancel(QObject* owner);
    const EsError& error() const { return m_error; }

private:
    QList<QPointer<EsJob>> m_jobs;
    int m_outstanding = 0;
    EsError m_error;
};

} // namespace duper
