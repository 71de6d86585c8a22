#pragma once

#include "core/es/CredentialProvider.h"

#include <QByteArray>
#include <QString>
#include <memory>

namespace duper {

// A credential known up front: none, basic user/password, an Elasticsearch API key (the encoded form ES returns as
// "encoded", or id + key), or a bearer token. Build one with the static factories.
class StaticCredentialProvider final : public CredentialProvider
{
public:
    enum class Scheme
    {
        None,
        Basic,
        ApiKey,
        Bearer
    };

    static std::shared_ptr<StaticCredentialProvider> none();
    static std::shared_ptr<StaticCredentialProvider> basic(const QString& user, const QString& password);
    // `encoded` is base64("id:key") exactly as the create-API-key response's "encoded" field.
    static std::shared_ptr<StaticCredentialProvider> apiKey(const QString& encoded);
    static std::shared_ptr<StaticCredentialProvider> apiKey(const QString& id, const QString& key);
    static std::shared_ptr<StaticCredentialProvider> bearer(const QString& token);

    Scheme scheme() const { return m_scheme; }
    QByteArray authorizationHeader() const override { return m_header; }
    QString description() const override;

    StaticCredentialProvider(Scheme scheme, QByteArray header, QString who)
        : m_scheme(scheme), m_header(std::move(header)), m_who(std::move(who))
    {}

private:
    Scheme m_scheme;
    QByteArray m_header;
    QString m_who; // user name or API key id; never a secret
};

} // namespace duper
