#pragma once

#include <QObject>

namespace duper {

// What the window and the CLI drive for any "do this to N things": start it, cancel it, run the failed items again,
// and hear how far it got. BatchRunner is the plain loop; an operation with a last step of its own (follow many, then
// create the auto-follow pattern) builds on one. At most maxConcurrency() items run at a time.
class BatchOperation : public QObject
{
    Q_OBJECT

public:
    static constexpr int defaultConcurrency = 4;

    void setMaxConcurrency(int count) { m_maxConcurrency = qMax(1, count); }
    int maxConcurrency() const { return m_maxConcurrency; }
    bool isRunning() const { return m_running; }
    bool wasCancelled() const { return m_cancelled; }

    virtual int total() const = 0;
    virtual int doneCount() const = 0;

public slots:
    // Runs every pending item. No effect while running.
    virtual void start() = 0;
    // Starts no more items and cancels the ones in flight; finished() follows.
    virtual void cancel() = 0;
    // Runs the items that failed or were not run again. No effect while running.
    virtual void retryFailed() = 0;

signals:
    void progress(int done, int total);
    void finished();

protected:
    using QObject::QObject;

    // A run begins (not cancelled yet) or ends.
    void setRunning(bool running)
    {
        m_running = running;
        if (running)
            m_cancelled = false;
    }
    void setCancelled() { m_cancelled = true; }

private:
    int m_maxConcurrency = defaultConcurrency;
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace duper
