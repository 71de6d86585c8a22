#pragma once

#include <QByteArray>
#include <QString>

namespace duper {

// Where a client gets the value of its Authorization header. Implementations keep the secret to themselves:
// description() is what logs and messages may show ("user elastic", "API key"), never the secret.
class CredentialProvider
{
public:
    virtual ~CredentialProvider() = default;

    // The full header value ("Basic ...", "ApiKey ...", "Bearer ..."), or an empty array for no Authorization header.
    virtual QByteArray authorizationHeader() const = 0;
    // Safe to log: says which kind of credential and for whom, without the secret.
    virtual QString description() const = 0;
};

} // namespace duper
