#pragma once

#include "core/es/EsJob.h"

#include <QSignalSpy>
#include <QTest>
#include <memory>

namespace duper::test {

// Takes ownership of a started job and waits (in the event loop, so a sandbox in this thread keeps answering) until
// it finished. The job is kept alive for inspection and deleted with the returned pointer.
template <typename Job> std::unique_ptr<Job> await(Job* job, int timeoutMs = 10000)
{
    job->setAutoDelete(false);
    std::unique_ptr<Job> owned(job);
    if (!job->isFinished()) {
        QSignalSpy spy(job, &EsJob::finished);
        if (!spy.wait(timeoutMs))
            qWarning("await: job %s did not finish within %d ms", qPrintable(job->request().describe()), timeoutMs);
    }
    return owned;
}

} // namespace duper::test
