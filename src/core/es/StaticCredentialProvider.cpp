#include "core/es/StaticCredentialProvider.h"

#include <QCoreApplication>

namespace duper {

std::shared_ptr<StaticCredentialProvider> StaticCredentialProvider::none()
{
    return std::make_shared<StaticCredentialProvider>(Scheme::None, QByteArray(), QString());
}

std::shared_ptr<StaticCredentialProvider> StaticCredentialProvider::basic(const QString& user, const QString& password)
{
    const QByteArray pair = user.toUtf8() + ':' + password.toUtf8();
    return std::make_shared<StaticCredentialProvider>(Scheme::Basic, QByteArrayLiteral("Basic ") + pair.toBase64(),
                                                      user);
}

std::shared_ptr<StaticCredentialProvider> StaticCredentialProvider::apiKey(const QString& encoded)
{
    // The key id is the part before ':' in the decoded value; it is not secret and helps to say which key was used.
    const QByteArray decoded = QByteArray::fromBase64(encoded.trimmed().toLatin1());
    const qsizetype colon = decoded.indexOf(':');
    const QString id = colon > 0 ? QString::fromUtf8(decoded.left(colon)) : QString();
    return std::make_shared<StaticCredentialProvider>(Scheme::ApiKey,
                                                      QByteArrayLiteral("ApiKey ") + encoded.trimmed().toLatin1(), id);
}

std::shared_ptr<StaticCredentialProvider> StaticCredentialProvider::apiKey(const QString& id, const QString& key)
{
    const QByteArray pair = id.toUtf8() + ':' + key.toUtf8();
    return std::make_shared<StaticCredentialProvider>(Scheme::ApiKey, QByteArrayLiteral("ApiKey ") + pair.toBase64(),
                                                      id);
}

std::shared_ptr<StaticCredentialProvider> StaticCredentialProvider::bearer(const QString& token)
{
    return std::make_shared<StaticCredentialProvider>(
        Scheme::Bearer, QByteArrayLiteral("Bearer ") + token.trimmed().toUtf8(), QString());
}

QString StaticCredentialProvider::description() const
{
    switch (m_scheme) {
    case Scheme::None:
        return QCoreApplication::translate("duper::StaticCredentialProvider", "no credentials");
    case Scheme::Basic:
        return QCoreApplication::translate("duper::StaticCredentialProvider", "user %1").arg(m_who);
    case Scheme::ApiKey:
        return m_who.isEmpty()
                   ? QCoreApplication::translate("duper::StaticCredentialProvider", "an API key")
                   : QCoreApplication::translate("duper::StaticCredentialProvider", "API key %1").arg(m_who);
    case Scheme::Bearer:
        return QCoreApplication::translate("duper::StaticCredentialProvider", "a bearer token");
    }
    return {};
}

} // namespace duper
