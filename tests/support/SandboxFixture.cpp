#include "SandboxFixture.h"

#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>

namespace duper::test {

QByteArray SandboxFixture::Reply::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QList<QByteArray> SandboxFixture::Reply::headerValues(const QByteArray& name) const
{
    // QNetworkReply folds repeated headers into one value joined by ", " for most names and "\n" for some; the
    // sandbox's WWW-Authenticate values contain ", " themselves, so split on newlines only.
    return header(name).split('\n');
}

sandbox::SandboxOptions SandboxFixture::defaultOptions()
{
    sandbox::SandboxOptions options;
    options.tickIntervalMs = 0; // tests advance explicitly
    return options;
}

SandboxFixture::SandboxFixture(sandbox::SandboxOptions options) : m_options(std::move(options))
{
    m_network.setProxy(QNetworkProxy::NoProxy);
}

SandboxFixture::~SandboxFixture() = default;

bool SandboxFixture::start()
{
    m_sandbox = std::make_unique<sandbox::Sandbox>(m_options);
    return m_sandbox->start(&m_error);
}

QUrl SandboxFixture::followerUrl(const QString& pathAndQuery) const
{
    return QUrl(m_sandbox->followerUrl().toString() + pathAndQuery);
}

QUrl SandboxFixture::leaderUrl(const QString& pathAndQuery) const
{
    return QUrl(m_sandbox->leaderUrl().toString() + pathAndQuery);
}

void SandboxFixture::createLeaderIndex(const QString& name, int shards, bool softDeletes)
{
    m_sandbox->createLeaderIndex(name, shards, softDeletes);
}

void SandboxFixture::indexLeaderDocuments(const QString& index, int count)
{
    m_sandbox->indexLeaderDocuments(index, count);
}

QByteArray SandboxFixture::basicAuth(const QString& user, const QString& password)
{
    return QByteArrayLiteral("Basic ") + (user + QLatin1Char(':') + password).toUtf8().toBase64();
}

SandboxFixture::Reply SandboxFixture::request(const QByteArray& method, const QUrl& url, const QByteArray& body,
                                              const QByteArray& authorization, int timeoutMs)
{
    QNetworkRequest request(url);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!authorization.isEmpty())
        request.setRawHeader(QByteArrayLiteral("Authorization"), authorization);
    QNetworkReply* reply = m_network.sendCustomRequest(request, method, body);
    Reply result;
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(timeoutMs)) {
        reply->abort();
        reply->deleteLater();
        return result;
    }
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    result.networkError = reply->error();
    reply->deleteLater();
    return result;
}

} // namespace duper::test
