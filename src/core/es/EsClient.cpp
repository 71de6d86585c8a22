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
    m_configurationError.clear();
    m_sslConfiguration.reset();
    const QString scheme = m_endpoint.baseUrl.scheme();
    if (!m_endpoint.baseUrl.isValid() || m_endpoint.baseUrl.host().isEmpty() ||
        (scheme != u"http" && scheme != u"https")) {
        m_configurationError = tr("“%1” is not an http:// or https:// URL with a host.")
                                   .arg(m_endpoint.baseUrl.toDisplayString(QUrl::RemoveUserInfo));
        return;
    }
    if (scheme == u"https") {
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

QUrl EsClient::urlFor(const EsRequest& request) const
{
    QUrl url = m_endpoint.baseUrl;
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

QNetworkRequest EsClient::networkRequest(const EsRequest& request) const
{
    QNetworkRequest netRequest(urlFor(request));
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
    if (m_sslConfiguration)
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
    EsJob::StartContext context;
    context.manager = m_manager;
    context.pool = m_pool ? m_pool.data() : QThreadPool::globalInstance();
    context.offThreadThreshold = m_offThreadThreshold;
    context.timeoutMs = m_endpoint.transferTimeoutMs;
    context.host = m_endpoint.baseUrl.host();
    context.port = m_endpoint.baseUrl.port(m_endpoint.baseUrl.scheme() == u"https" ? 443 : 80);
    if (!m_configurationError.isEmpty())
        context.failBeforeSending = EsError::configuration(m_configurationError);
    else
        context.request = networkRequest(job->request());
    job->start(context);
}

} // namespace duper
