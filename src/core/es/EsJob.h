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
#include <QSharedPointer>
#include <QSslError>
#include <QStringList>
#include <QThreadPool>
#include <memory>
#include <utility>

class QNetworkAccessManager;
class QNetworkReply;

namespace duper {

class EsClient;

// One Elasticsearch request in flight. Made and started by EsClient; emits finished() exactly once (always from the
// event loop, never from inside EsClient::send), then deletes itself with deleteLater() unless setAutoDelete(false).
// After finished(), error() says what went wrong (or isError() is false) and body() holds the response body.
// When the node provably never got the request (refused, unknown host, TLS handshake; for GET/HEAD also a connect
// timeout or a drop before it went out), the client sends it to its next URL; the job finishes once one answers or
// all failed.
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
    const QByteArray& body() const;
    QByteArray responseHeader(const QByteArray& name) const;
    // Wall time from start to finished().
    qint64 elapsedMs() const { return m_elapsedMs; }
    // How much of the answer's body has arrived so far.
    qint64 bodyBytesReceived() const { return m_bodyBytesReceived; }
    // true when Qt's network thread wrote the body straight into a buffer of its own, so none of it was copied on
    // the job's thread (see readsBodyWhileArriving()).
    bool bodyReceivedDirectly() const { return m_bodyReceivedDirectly; }

    // true (the default): the job deleteLater()s itself right after finished(). Set false to keep it and delete it
    // yourself (a procedure holding on to a result, a test).
    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }
    bool autoDelete() const { return m_autoDelete; }

    // true (the default): body() keeps a 2xx body after finished(). Set false (before the reply finishes) when only
    // the parsed result matters: a typed job then frees the body as soon as it is parsed, on the thread that parsed
    // it, so a large refresh does not hold megabytes of text beside its result. Error bodies are always kept.
    void setRetainsBody(bool retains) { m_retainsBody = retains; }
    bool retainsBody() const { return m_retainsBody; }

    // Where a large body is parsed instead of the client's pool (call before the reply finishes). Jobs that share
    // a single-thread pool are parsed one after the other, which bounds the parser memory alive at once.
    void setThreadPool(QThreadPool* pool) { m_pool = pool; }

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
    // The pool that runOffThread() uses.
    QThreadPool* threadPool() const { return m_pool ? m_pool.data() : QThreadPool::globalInstance(); }

    // On the job's thread, while a 2xx body whose length was declared arrives: its first `available` bytes are in at
    // `data`, a buffer that holds the whole body and does not move until bodyBufferReleasing(). For parsing while it
    // arrives.
    virtual void bodyArriving(const char* data, qsizetype available)
    {
        Q_UNUSED(data);
        Q_UNUSED(available);
    }
    // true: the body is read while it arrives (see bodyArriving), so it should land where it can be read in place.
    // Such a request asks Qt's network thread to write a body of declared length straight into one buffer of that
    // size, so the job's thread never copies it (see takeBodyOwner), and asks for it uncompressed (Qt would inflate
    // a compressed body on the job's thread).
    virtual bool readsBodyWhileArriving() const { return false; }
    // The Content-Length of the body bodyArriving() shows.
    qint64 declaredBodyLength() const { return m_declaredBodyLength; }
    // On the job's thread, before the buffer bodyArriving() showed moves or may be freed (it had to grow, the request
    // failed or was cancelled): whatever reads it elsewhere must stop first.
    virtual void bodyBufferReleasing() {}

    // The 2xx body, moved out of the job (body() is empty afterwards). When the network thread wrote it straight into
    // a buffer of its own (readsBodyWhileArriving), the array handed to handleSuccess() and taken here only views
    // that buffer: keep what takeBodyOwner() or bodyOwner() returns alive for as long as the array (or anything
    // reading it) is in use. body() itself hands out a copy of its own.
    QByteArray takeBody()
    {
        m_bodyIsView = false;
        return std::exchange(m_body, QByteArray());
    }
    QSharedPointer<char> takeBodyOwner() { return std::exchange(m_directBody, QSharedPointer<char>()); }
    QSharedPointer<char> bodyOwner() const { return m_directBody; }

    // Runs `work()` on the pool and hands its result to `done` on this job's thread. If the job is destroyed
    // first, the result is dropped. Both callables must be copyable; they are moved, never copied, so the pool holds
    // the only copy of what `work` owns (it may release it when done) and the result reaches `done` without a copy.
    template <typename Work, typename Done> void runOffThread(Work work, Done done)
    {
        std::shared_ptr<Guard> guard = m_guard;
        QThreadPool* pool = m_pool ? m_pool.data() : QThreadPool::globalInstance();
        pool->start([guard, work = std::move(work), done = std::move(done)]() mutable {
            auto outcome = work();
            QMutexLocker locker(&guard->mutex);
            if (guard->job) {
                // Posted while the job provably exists; if it is deleted before the event runs, Qt drops the event.
                QMetaObject::invokeMethod(
                    guard->job,
                    [done = std::move(done), outcome = std::move(outcome)]() mutable { done(std::move(outcome)); },
                    Qt::QueuedConnection);
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
        EsClient* client = nullptr;               // asked for the next URL when this one cannot be reached
        QString displayUrl;                       // the base URL, for messages naming every URL tried
        int urlIndex = 0;
        int urlsTried = 1; // counting this one
    };
    void start(const StartContext& context);
    // Sends (again) as the context says: the first attempt or the next URL after a connection failure.
    void send(const StartContext& context);

    void onReplyFinished();
    // The transport failure of a reply that got no HTTP answer, as an EsError.
    EsError transportError(QNetworkReply* reply) const;
    void emitFinished();
    // Appends what the reply has so far to m_body, reserving room for the whole declared body on the first piece.
    void appendAvailable(QNetworkReply* reply);
    // Picks up the buffer Qt's network thread writes the body into, once the headers said it does; false when the
    // body comes the ordinary way (in pieces to append).
    bool adoptDirectBody(QNetworkReply* reply);
    // The body once the reply finished: from m_body, or a view of the direct buffer (see takeBody()).
    QByteArray finalBody(QNetworkReply* reply);

    EsRequest m_request;
    QPointer<QNetworkReply> m_reply; // QPointer: the manager may be destroyed before the job
    QPointer<QThreadPool> m_pool;
    std::shared_ptr<Guard> m_guard;
    QList<QSslError> m_sslErrors;
    QList<std::pair<QByteArray, QByteArray>> m_responseHeaders;
    EsError m_error;
    mutable QByteArray m_body;
    mutable bool m_bodyIsView = false; // m_body views m_directBody; body() copies it first (copies would not own it)
    QSharedPointer<char> m_directBody; // the buffer Qt's network thread writes the body into, when it does
    QElapsedTimer m_clock;
    QString m_host;
    QPointer<EsClient> m_client;
    QString m_displayUrl;
    QStringList m_failedAttempts; // "URL: message" of the URLs that could not be reached
    qsizetype m_offThreadThreshold = 256 * 1024;
    qint64 m_elapsedMs = 0;
    qint64 m_bodyBytesReceived = 0;
    int m_httpStatus = 0;
    int m_timeoutMs = 0;
    int m_port = -1;
    int m_urlIndex = 0;
    int m_urlsTried = 1;
    bool m_requestSent = false; // once true, the server may have acted on the request: never send it elsewhere
    bool m_finished = false;
    bool m_cancelled = false;
    bool m_autoDelete = true;
    bool m_retainsBody = true;
    bool m_bodyReceivedDirectly = false;
    bool m_bodyReserved = false; // m_body holds room for the declared Content-Length (and does not move within it)
    qint64 m_declaredBodyLength = -1;
};

} // namespace duper
