#pragma once

#include "core/es/EsError.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <functional>
#include <memory>

namespace duper {

class CcrApi;
class RequestGroup;

// What every list refresher shares (followers, auto-follow patterns, remote clusters): one refresh at a time, on
// demand and every interval(), the time and error of the last one, and a cancel when the connection changes.
//
// A refresh asked for while one runs is not dropped: it starts when the running one ends, and the running one's
// answer is not reported, because it may predate a change the caller just made. So after an action the next
// snapshot always shows it, never a list read before it.
class Refresher : public QObject
{
    Q_OBJECT

public:
    ~Refresher() override;

    // `api` may be null (no connection); it must outlive its use here. Changing it drops the previous snapshot and
    // cancels a refresh in flight.
    void setApi(CcrApi* api);
    CcrApi* api() const { return m_api; }

    // Auto-refresh period in ms; 0 = off. The next refresh is due `ms` after the last one ended.
    void setInterval(int ms);
    int interval() const { return m_intervalMs; }

    bool isRefreshing() const { return m_running; }
    // When the last successful refresh arrived; invalid before the first.
    QDateTime lastRefreshed() const { return m_lastRefreshed; }
    // The reason the last refresh failed; no error once one succeeded again.
    const EsError& lastError() const { return m_lastError; }

public slots:
    // Starts a refresh now, or right after the one running (whose answer is then dropped as possibly stale).
    void refresh();

signals:
    void refreshStarted();
    void refreshFailed(const duper::EsError& error);

protected:
    Refresher(CcrApi* api, int intervalMs, QObject* parent);

    // Sends the requests of one refresh; the subclass calls finishRefresh() once they are answered.
    virtual void startRefresh(CcrApi* api) = 0;
    // Stops the requests in flight without an answer reaching the refresher. By default those of awaitRequests().
    virtual void cancelRefresh();
    // Forgets the last snapshot (a new connection).
    virtual void clearSnapshot() = 0;
    // Milliseconds until the next refresh is due after one ended; <= 0 = none. The interval by default.
    virtual int nextRefreshDelay() const { return m_intervalMs; }

    // Ends the running refresh. Without an error, `publish` stores and announces the snapshot; a cancelled
    // refresh (shutdown, a new connection) reports nothing.
    void finishRefresh(const EsError& error, const std::function<void()>& publish);
    // For a refresh made of parallel requests: once all of `requests` are answered, finishes the refresh with the
    // first essential error or, without one, `publish`.
    void awaitRequests(const std::shared_ptr<RequestGroup>& requests, std::function<void()> publish);

private:
    void scheduleNext();

    CcrApi* m_api;
    std::shared_ptr<RequestGroup> m_requests;
    QTimer m_timer;
    int m_intervalMs;
    bool m_running = false;
    bool m_again = false; // refresh() came while a refresh ran
    QDateTime m_lastRefreshed;
    EsError m_lastError;
};

} // namespace duper
