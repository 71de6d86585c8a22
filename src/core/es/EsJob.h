#pragma once

#include "core/es/EsError.h"
#include "core/es/EsRequest.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QMutex>
#include <QMutexLocker>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QSslError>
#include <QThreadPool>
#include <memory>
#include <utility>

class QNetworkAccessManager;
class QNetworkReply;

namespace duper {

// One Elasticsearch request in flight. Made and started by EsClient; emits finished() exactly once (always from the
// event loop, never from inside EsClient::send), then deletes itself with deleteLater() unless setAutoDelete(false).
// After finished(), error() says what went wrong (or isError() is false) and body() holds the response body.
class EsJob : public QObject
{
    Q_OBJECT

public:
    ~EsJob() override;

    const EsRequest& request() const { return m_request; }
    bool isFinished() const { return m_finished; }
    const EsError& error() const { return m_error; }
    bool hasError() const { return m_error.isError(); }
    // 0 until a status line arrived.
    int httpStatus() const { return m_httpStatus; }
    const QByteArray& body() const { return m_body; }
    QByteArray responseHeader(const QByteArray& name) const;
    // Wall time from start to finished().
    qint64 elapsedMs() const { return m_elapsedMs; }

    // true (the default): the job deleteLater()s itself right after finished(). Set false to keep it and delete it
    // yourself (a procedure holding on to a result, a test).
    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }
    bool autoDelete() const { return m_autoDelete; }

public slots:
    // Aborts the request; finished() is emitted (synchronously, from inside cancel()) with a Cancelled error.
    // No effect once finished.
    void cancel();

signals:
    void finished(duper::EsJob* job);

protected:
    EsJob(EsRequest request, QObject* parent);

    // Called on the job's thread with the body of a 2xx answer. The default accepts it as it is; typed jobs parse it
    // and then call finishSuccess() or finishWithError().
    virtual void handleSuccess(const QByteArray& body);

    void finishSuccess();
    void finishWithError(EsError error);

    // Bodies at least this long are parsed on the thread pool.
    qsizetype offThreadThreshold() const { return m_offThreadThreshold; }

    // Runs `work()` on the pool and hands its result to `done` on this job's thread. If the job is destroyed
    // first, the result is dropped. Both callables must be copyable.
    template <typename Work, typename Done> void runOffThread(Work work, Done done)
    {
        std::shared_ptr<Guard> guard = m_guard;
        QThreadPool* pool = m_pool ? m_pool.data() : QThreadPool::globalInstance();
        pool->start([guard, work, done]() {
            auto outcome = work();
            QMutexLocker locker(&guard->mutex);
            if (guard->job) {
                // Posted while the job provably exists; if it is deleted before the event runs, Qt drops the event.
                QMetaObject::invokeMethod(
                    guard->job, [done, outcome]() mutable { done(std::move(outcome)); }, Qt::QueuedConnection);
            }
        });
    }

private:
    friend class EsClient;

    struct Guard
    {
        QMutex mutex;
        EsJob* job = nullptr;
    };

    struct StartContext
    {
        QNetworkAccessManager* manager = nullptr;
        QNetworkRequest request;
        QThreadPool* pool = nullptr;
        qsizetype offThreadThreshold = 256 * 1024;
        int timeoutMs = 0;
        QString host;
        int port = -1;
        std::optional<EsError> failBeforeSending; // configuration problems: finish with this instead of sending
    };
    void start(const StartContext& context);

    void onReplyFinished();
    void emitFinished();

    EsRequest m_request;
    QPointer<QNetworkReply> m_reply; // QPointer: the manager may be destroyed before the job
    QPointer<QThreadPool> m_pool;
    std::shared_ptr<Guard> m_guard;
    QList<QSslError> m_sslErrors;
    QList<std::pair<QByteArray, QByteArray>> m_responseHeaders;
    EsError m_error;
    QByteArray m_body;
    QElapsedTimer m_clock;
    QString m_host;
    qsizetype m_offThreadThreshold = 256 * 1024;
    qint64 m_elapsedMs = 0;
    int m_httpStatus = 0;
    int m_timeoutMs = 0;
    int m_port = -1;
    bool m_finished = false;
    bool m_cancelled = false;
    bool m_autoDelete = true;
};

} // namespace duper
