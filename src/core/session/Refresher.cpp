#include "core/session/Refresher.h"

#include "core/session/RequestGroup.h"

#include <utility>

namespace duper {

Refresher::Refresher(CcrApi* api, int intervalMs, QObject* parent)
    : QObject(parent), m_api(api), m_intervalMs(qMax(0, intervalMs))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &Refresher::refresh);
}

// Subclasses with their own jobs cancel them in their destructors: by now their members are gone.
Refresher::~Refresher()
{
    Refresher::cancelRefresh();
}

void Refresher::cancelRefresh()
{
    if (m_requests)
        std::exchange(m_requests, {})->cancel(this);
}

void Refresher::awaitRequests(const std::shared_ptr<RequestGroup>& requests, std::function<void()> publish)
{
    m_requests = requests;
    requests->onAllAnswered([this, group = requests.get(), publish = std::move(publish)](const EsError& error) {
        if (group != m_requests.get())
            return; // cancelled: a new connection or refresher moved on
        m_requests.reset();
        finishRefresh(error, publish);
    });
}

void Refresher::setApi(CcrApi* api)
{
    if (m_running)
        cancelRefresh();
    m_running = false;
    m_again = false;
    m_api = api;
    clearSnapshot();
    m_lastRefreshed = {};
    m_lastError = {};
    m_timer.stop();
}

void Refresher::setInterval(int ms)
{
    m_intervalMs = qMax(0, ms);
    if (!m_running)
        scheduleNext();
}

void Refresher::refresh()
{
    if (!m_api)
        return;
    if (m_running) {
        m_again = true;
        return;
    }
    m_timer.stop();
    m_running = true;
    startRefresh(m_api);
    emit refreshStarted();
}

void Refresher::finishRefresh(const EsError& error, const std::function<void()>& publish)
{
    m_running = false;
    if (error.kind() == EsError::Kind::Cancelled)
        return; // shutdown or a new connection: nothing to report
    if (std::exchange(m_again, false)) {
        refresh(); // asked for after this one started: its answer may predate a change
        return;
    }
    if (error.isError()) {
        m_lastError = error;
        emit refreshFailed(m_lastError);
    } else {
        m_lastError = {};
        m_lastRefreshed = QDateTime::currentDateTime();
        publish();
    }
    scheduleNext();
}

void Refresher::scheduleNext()
{
    const int delay = m_api ? nextRefreshDelay() : 0;
    if (delay > 0)
        m_timer.start(delay);
    else
        m_timer.stop();
}

} // namespace duper
