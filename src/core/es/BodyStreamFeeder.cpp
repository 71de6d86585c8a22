#include "core/es/BodyStreamFeeder.h"

#include <QMutexLocker>
#include <QThreadPool>

namespace duper {

BodyStreamFeeder::BodyStreamFeeder(QThreadPool* pool, Advance advance)
    : m_pool(pool ? pool : QThreadPool::globalInstance()), m_advance(std::move(advance))
{}

void BodyStreamFeeder::feed(const char* data, qsizetype available)
{
    {
        QMutexLocker state(&m_stateMutex);
        if (m_stopped)
            return;
        m_data = data;
        m_available = available;
        if (m_scheduled || available == m_stepped)
            return;
        m_scheduled = true;
    }
    m_pool->start([self = shared_from_this()]() { self->runSteps(); });
}

void BodyStreamFeeder::runSteps()
{
    for (;;) {
        QMutexLocker step(&m_stepMutex);
        const char* data = nullptr;
        qsizetype available = 0;
        {
            QMutexLocker state(&m_stateMutex);
            if (m_stopped || m_available == m_stepped) {
                m_scheduled = false;
                return;
            }
            data = m_data;
            available = m_available;
        }
        m_advance(data, available);
        QMutexLocker state(&m_stateMutex);
        m_stepped = available;
    }
}

void BodyStreamFeeder::stop()
{
    {
        QMutexLocker state(&m_stateMutex);
        if (!m_stopped)
            m_stoppedByJob = true;
        m_stopped = true;
    }
    QMutexLocker step(&m_stepMutex); // a step under way finishes reading first
}

bool BodyStreamFeeder::takeOver(const char* finalData)
{
    {
        QMutexLocker state(&m_stateMutex);
        m_stopped = true;
    }
    QMutexLocker step(&m_stepMutex);
    QMutexLocker state(&m_stateMutex);
    return !m_stoppedByJob && (m_data == nullptr || m_data == finalData);
}

} // namespace duper
