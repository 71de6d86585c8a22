#include "core/es/EsClient.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>

namespace duper {

EsClient::EsClient(QNetworkAccessManager* manager, EsEndpoint endpoint,
                   std::shared_ptr<const CredentialProvider> credentials, QObject* parent)
    : QObject(parent), m_manager(manager), m_credentials(std::move(credentials))
{
    setEndpoint(std::move(endpoint));
}

void EsClient::setEndpoint(EsEndpoint endpoint)
{
    m_endpoint = std::move(endpoint);
    m_endpoint.baseUrl.setUserInfo(QString());
    for (QUrl& url : m_endpoint.fallbackUrls)
        url.setUserInfo(QString());
    m_urls = m_endpoint.urls();
    m_currentIndex = 0;
    m_configurationError.clear();
    m_sslConfiguration.reset();
    bool anyHttps = false;
    for (const QUrl& url : std::as_const(m_urls)) {
        const QString scheme = url.scheme();
        if (!url.isValid() || url.host().isEmpty() || (scheme != u"http" && scheme != u"https")) {
            m_configurationError = tr("“%1” is not an http:// or https:// URL with a host.")
                                       .arg(url.toDisplayString(QUrl::RemoveUserInfo));
            return;
        }
        anyHttps = anyHttps || scheme == u"https";
    }
    if (anyHttps) {
        QString error;
        m_sslConfiguration = m_endpoint.tls.build(&error);
        if (!m_sslConfiguration)
            m_configurationError = error;
    }
}

void EsClient::setCredentials(std::shared_ptr<const CredentialProvider> credentials)
{
    m_credentials = std::move(credentials);
}

QUrl EsClient::urlFor(const EsRequest& request, int urlIndex) const
{
    QUrl url = m_urls.value(urlIndex);
    QByteArray prefix = url.path(QUrl::FullyEncoded).toLatin1();
    while (prefix.endsWith('/'))
        prefix.chop(1);
    url.setPath(QString::fromLatin1(prefix + request.encodedPath()), QUrl::TolerantMode);
    const QByteArray query = request.encodedQuery();
    if (query.isEmpty())
        url.setQuery(QString());
    else
        url.setQuery(QString::fromLatin1(query), QUrl::TolerantMode);
    url.setFragment(QString());
    return url;
}

QNetworkRequest EsClient::networkRequest(const EsRequest& request, int urlIndex) const
{
    const QUrl url = urlFor(request, urlIndex);
    QNetworkRequest netRequest(url);
    netRequest.setRawHeader("Accept", "application/json");
    switch (request.bodyType()) {
    case EsRequest::BodyType::Json:
        netRequest.setRawHeader("Content-Type", "application/json");
        break;
    case EsRequest::BodyType::NdJson:
        netRequest.setRawHeader("Content-Type", "application/x-ndjson");
        break;
    case EsRequest::BodyType::None:
        break;
    }
    if (m_credentials) {
        const QByteArray authorization = m_credentials->authorizationHeader();
        if (!authorization.isEmpty())
            netRequest.setRawHeader("Authorization", authorization);
    }
    if (m_endpoint.transferTimeoutMs > 0)
        netRequest.setTransferTimeout(m_endpoint.transferTimeoutMs);
    // Never follow redirects: the Authorization header must not travel to another host.
    netRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    netRequest.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    netRequest.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    if (m_sslConfiguration && url.scheme() == u"https")
        netRequest.setSslConfiguration(*m_sslConfiguration);
    return netRequest;
}

EsJob* EsClient::send(const EsRequest& request)
{
    auto* job = new EsJob(request, this);
    start(job);
    return job;
}

void EsClient::start(EsJob* job)
{
    if (m_currentIndex >= m_urls.size())
        m_currentIndex = 0;
    job->start(startContext(job, m_currentIndex, 1));
}

EsJob::StartContext EsClient::startContext(const EsJob* job, int urlIndex, int urlsTried)
{
    const QUrl url = m_urls.value(urlIndex);
    EsJob::StartContext context;
    context.manager = m_manager;
    context.pool = m_pool ? m_pool.data() : QThreadPool::globalInstance();
    context.offThreadThreshold = m_offThreadThreshold;
    context.timeoutMs = m_endpoint.transferTimeoutMs;
    context.host = url.host();
    context.port = url.port(url.scheme() == u"https" ? 443 : 80);
    context.displayUrl = url.toDisplayString(QUrl::RemoveUserInfo);
    context.urlIndex = urlIndex;
    context.urlsTried = urlsTried;
    context.client = this; // the job calls back sendToNextUrl / rememberReachable
    if (!m_configurationError.isEmpty())
        context.failBeforeSending = EsError::configuration(m_configurationError);
    else
        context.request = networkRequest(job->request(), urlIndex);
    return context;
}

bool EsClient::sendToNextUrl(EsJob* job)
{
    const int count = int(m_urls.size());
    if (job->m_urlsTried >= count || !m_manager || !m_configurationError.isEmpty())
        return false;
    const int next = (job->m_urlIndex + 1) % count;
    job->send(startContext(job, next, job->m_urlsTried + 1));
    return true;
}

void EsClient::rememberReachable(int urlIndex)
{
    if (urlIndex >= 0 && urlIndex < m_urls.size())
        m_currentIndex = urlIndex;
}

} // namespace duper
