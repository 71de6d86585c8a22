#pragma once

#include <QMutex>
#include <QtGlobal>
#include <functional>
#include <memory>

class QThreadPool;

namespace duper {

// Hands a body that is still arriving to a BodyStreamParser's advance() on a thread pool, one step at a time and
// never two steps at once, without copying it: the job's thread appends to a buffer that does not move (reserved from
// Content-Length) and says how much is there; a pool task reads what is complete. Before the buffer moves or is freed
// the job calls stop(), which waits for a step that is reading it (a step covers what arrived since the last one).
class BodyStreamFeeder : public std::enable_shared_from_this<BodyStreamFeeder>
{
public:
    using Advance = std::function<void(const char* data, qsizetype available)>;

    BodyStreamFeeder(QThreadPool* pool, Advance advance);

    // Job thread: the body's first `available` bytes are at `data`, which stays valid until stop(). Starts a pool
    // task unless one is already pending.
    void feed(const char* data, qsizetype available);

    // Job thread: once this returns, no step reads the body any more; later feeds are ignored.
    void stop();

    // Pool thread, from the final parse: stops further steps, waits for a running one, and says whether every step
    // read `finalData` (the whole body's allocation) and feeding was not stopped before.
    bool takeOver(const char* finalData);

private:
    void runSteps();

    QThreadPool* m_pool = nullptr;
    Advance m_advance;
    QMutex m_stepMutex;  // held while a step reads the body
    QMutex m_stateMutex; // guards the fields below
    const char* m_data = nullptr;
    qsizetype m_available = 0;
    qsizetype m_stepped = 0; // how much the steps so far have covered
    bool m_scheduled = false;
    bool m_stopped = false;
    bool m_stoppedByJob = false;
};

} // namespace duper
