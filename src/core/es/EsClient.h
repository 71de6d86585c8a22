#pragma once

#include "core/es/CredentialProvider.h"
#include "core/es/EsEndpoint.h"
#include "core/es/EsJob.h"
#include "core/es/EsRequest.h"
#include "core/es/EsResultJob.h"

#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QThreadPool>
#include <QUrl>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace duper {

// Talks to one Elasticsearch endpoint (one or more node URLs of the same cluster) through an injected
// QNetworkAccessManager. A request that cannot reach a node (refused, unknown host, TLS handshake, connect timeout)
// goes to the next URL; the client remembers the last URL that answered and starts there next time. Each send() makes
// one job, parented to the client and already started; connect to its finished() signal. Adds Accept/Content-Type, the
// Authorization header from the credential provider, the TLS configuration and the transfer timeout. Secrets go only
// into the Authorization header: never into URLs, logs or error messages (user info in the base URL is dropped).
class EsClient : public QObject
{
    Q_OBJECT

public:
    static constexpr qsizetype kDefaultOffThreadThreshold = 256 * 1024;

    EsClient(QNetworkAccessManager* manager, EsEndpoint endpoint,
             std::shared_ptr<const CredentialProvider> credentials = {}, QObject* parent = nullptr);

    const EsEndpoint& endpoint() const { return m_endpoint; }
    void setEndpoint(EsEndpoint endpoint);
    void setCredentials(std::shared_ptr<const CredentialProvider> credentials);
    const std::shared_ptr<const CredentialProvider>& credentials() const { return m_credentials; }
    // Set when the TLS files of the endpoint could not be loaded; every job then fails with a Configuration error.
    const QString& configurationError() const { return m_configurationError; }

    // Where large bodies are parsed; the global pool unless set.
    void setThreadPool(QThreadPool* pool) { m_pool = pool; }
    void setOffThreadParseThreshold(qsizetype bytes) { m_offThreadThreshold = bytes; }
    qsizetype offThreadParseThreshold() const { return m_offThreadThreshold; }
    // true (the default): responses whose parser can read them while they arrive do so (see sendParsed), which
    // shortens a load over a real link; false parses every body once it is complete, a little cheaper when the
    // bytes come faster than one thread parses them, as on loopback (README, "Parsing while the bytes arrive").
    void setParsesWhileArriving(bool enabled) { m_parsesWhileArriving = enabled; }

    // The URL requests start at: the one that answered last (endpoint().baseUrl until one did), without user info.
    QUrl currentUrl() const { return m_urls.value(m_currentIndex); }
    int currentUrlIndex() const { return m_currentIndex; }

    // The full URL a request goes to (percent-encoded path under the current URL's prefix, query), without user info.
    QUrl urlFor(const EsRequest& request) const { return urlFor(request, m_currentIndex); }

    // A job that only checks the HTTP outcome; body() holds the answer.
    EsJob* send(const EsRequest& request);

    // A job whose body is parsed by `parser` (std::optional<T>(const QByteArray&, QString*)).
    template <typename T> EsResultJob<T>* send(const EsRequest& request, typename EsResultJob<T>::Parser parser)
    {
        auto* job = new EsResultJob<T>(request, std::move(parser), this);
        start(job);
        return job;
    }

    // Same, for a parser class with `static std::optional<T> parse(const QByteArray&, QString*)`; one that also has
    // `static std::shared_ptr<BodyStreamParser<T>> streamParser()` parses large bodies while they arrive.
    template <typename ParserClass> auto sendParsed(const EsRequest& request)
    {
        using Result = typename decltype(ParserClass::parse(QByteArray(), nullptr))::value_type;
        auto* job = new EsResultJob<Result>(request, &ParserClass::parse, this);
        if constexpr (requires { ParserClass::streamParser(); }) {
            if (m_parsesWhileArriving)
                job->setStreamParser(&ParserClass::streamParser);
        }
        start(job);
        return job;
    }

private:
    friend class EsJob;

    void start(EsJob* job);
    QUrl urlFor(const EsRequest& request, int urlIndex) const;
    QNetworkRequest networkRequest(const EsRequest& request, int urlIndex) const;
    EsJob::StartContext startContext(const EsJob* job, int urlIndex, int urlsTried);
    // Called by a job whose request could not reach its URL: sends it to the next one. False when every URL was
    // tried (the job then finishes with its error).
    bool sendToNextUrl(EsJob* job);
    // Called by a job that got an HTTP answer from this URL.
    void rememberReachable(int urlIndex);

    QPointer<QNetworkAccessManager> m_manager;
    EsEndpoint m_endpoint;
    QList<QUrl> m_urls; // m_endpoint.urls() without user info
    int m_currentIndex = 0;
    std::shared_ptr<const CredentialProvider> m_credentials;
    std::optional<QSslConfiguration> m_sslConfiguration;
    QString m_configurationError;
    QPointer<QThreadPool> m_pool;
    qsizetype m_offThreadThreshold = kDefaultOffThreadThreshold;
    bool m_parsesWhileArriving = true;
};

} // namespace duper
