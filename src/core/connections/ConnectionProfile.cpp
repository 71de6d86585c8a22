#include "core/connections/ConnectionProfile.h"

#include "core/connections/CloudId.h"

#include <QCoreApplication>
#include <QUuid>

namespace duper {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("duper::ConnectionProfile", text);
}

QString displayUrl(const QUrl& url)
{
    return url.toDisplayString(QUrl::RemoveUserInfo);
}

} // namespace

ConnectionProfile ConnectionProfile::create(const QString& name)
{
    ConnectionProfile profile;
    profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    profile.name = name;
    return profile;
}

QList<QUrl> ConnectionProfile::effectiveUrls() const
{
    QList<QUrl> result;
    if (!cloudId.trimmed().isEmpty()) {
        if (const std::optional<CloudId> decoded = CloudId::decode(cloudId))
            result.append(decoded->elasticsearchUrl());
    }
    for (const QUrl& url : urls) {
        if (!result.contains(url))
            result.append(url);
    }
    return result;
}

QStringList ConnectionProfile::validate() const
{
    QStringList problems;
    if (id.trimmed().isEmpty())
        problems << tr("The connection has no id; create it with ConnectionProfile::create().");
    if (name.trimmed().isEmpty())
        problems << tr("Give the connection a name.");
    if (urls.isEmpty() && cloudId.trimmed().isEmpty())
        problems << tr("Add at least one node URL (http:// or https://) or an Elastic Cloud ID.");
    for (const QUrl& url : urls) {
        const QString scheme = url.scheme().toLower();
        if (!url.isValid() || (scheme != u"http" && scheme != u"https")) {
            problems << tr("“%1” is not an http:// or https:// URL.").arg(displayUrl(url));
            continue;
        }
        if (url.host().isEmpty())
            problems << tr("“%1” has no host name.").arg(displayUrl(url));
        if (!url.userInfo().isEmpty())
            problems << tr("Put the user name and password in their fields, not in the URL “%1”.").arg(displayUrl(url));
        if (url.hasQuery() || url.hasFragment())
            problems << tr("“%1” must not have a query or a fragment.").arg(displayUrl(url));
    }
    if (!cloudId.trimmed().isEmpty()) {
        QString error;
        if (!CloudId::decode(cloudId, &error))
            problems << tr("The Elastic Cloud ID cannot be read: %1").arg(error);
    }
    switch (authKind) {
    case AuthKind::Basic:
        if (username.trimmed().isEmpty())
            problems << tr("Basic authentication needs a user name.");
        break;
    case AuthKind::None:
    case AuthKind::ApiKey:
    case AuthKind::Bearer:
        break;
    }
    if (clientCertificateFile.isEmpty() != clientKeyFile.isEmpty())
        problems << tr("A client certificate needs both the certificate file and its key file.");
    if (requestTimeoutMs < 0)
        problems << tr("The request timeout cannot be negative (0 means no limit).");
    if (defaultRemoteCluster.contains(QLatin1Char(':')) || defaultRemoteCluster.contains(QLatin1Char(' ')))
        problems << tr("The remote cluster alias “%1” must not contain “:” or spaces.").arg(defaultRemoteCluster);
    return problems;
}

EsEndpoint ConnectionProfile::endpoint(int urlIndex) const
{
    EsEndpoint endpoint;
    endpoint.baseUrl = effectiveUrls().value(urlIndex);
    endpoint.tls.verifyPeer = verifyTls;
    if (!caCertificateFile.isEmpty())
        endpoint.tls.caCertificateFiles = {caCertificateFile};
    endpoint.tls.clientCertificateFile = clientCertificateFile;
    endpoint.tls.clientKeyFile = clientKeyFile;
    endpoint.transferTimeoutMs = requestTimeoutMs;
    return endpoint;
}

EsEndpoint ConnectionProfile::failoverEndpoint() const
{
    EsEndpoint all = endpoint(0);
    all.setUrls(effectiveUrls());
    return all;
}

std::optional<SecretKind> ConnectionProfile::secretKind() const
{
    switch (authKind) {
    case AuthKind::None:
        return std::nullopt;
    case AuthKind::Basic:
        return SecretKind::Password;
    case AuthKind::ApiKey:
        return SecretKind::ApiKey;
    case AuthKind::Bearer:
        return SecretKind::BearerToken;
    }
    return std::nullopt;
}

QString ConnectionProfile::authKindName(AuthKind kind)
{
    switch (kind) {
    case AuthKind::None:
        return QStringLiteral("none");
    case AuthKind::Basic:
        return QStringLiteral("basic");
    case AuthKind::ApiKey:
        return QStringLiteral("api-key");
    case AuthKind::Bearer:
        return QStringLiteral("bearer");
    }
    return QStringLiteral("none");
}

std::optional<ConnectionProfile::AuthKind> ConnectionProfile::authKindFromName(const QString& name)
{
    for (AuthKind kind : {AuthKind::None, AuthKind::Basic, AuthKind::ApiKey, AuthKind::Bearer}) {
        if (authKindName(kind).compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return kind;
    }
    return std::nullopt;
}

QString ConnectionProfile::roleName(ClusterRole role)
{
    switch (role) {
    case ClusterRole::None:
        return QStringLiteral("none");
    case ClusterRole::Leader:
        return QStringLiteral("leader");
    case ClusterRole::Follower:
        return QStringLiteral("follower");
    }
    return QStringLiteral("none");
}

std::optional<ConnectionProfile::ClusterRole> ConnectionProfile::roleFromName(const QString& name)
{
    for (ClusterRole role : {ClusterRole::None, ClusterRole::Leader, ClusterRole::Follower}) {
        if (roleName(role).compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return role;
    }
    return std::nullopt;
}

} // namespace duper
