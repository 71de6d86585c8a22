#pragma once

#include "sandbox/RestError.h"
#include "sandbox/RestRequest.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <optional>

namespace duper::sandbox {

// Basic and ApiKey authentication plus the one authorisation rule the sandbox knows: restricted users may read
// and monitor but lack manage_ccr / manage_follow_index. Disabled (everyone is "elastic") when no credentials are set.
class Authenticator
{
public:
    struct Principal
    {
        QString user;
        QString apiKeyId; // set when authenticated by API key
        bool restricted = false;
    };

    void addUser(const QString& name, const QString& password, bool restricted = false);
    void addApiKey(const QString& id, const QString& key);
    bool enabled() const { return !m_users.isEmpty() || !m_apiKeys.isEmpty(); }

    // The principal, or the 401 error ES sends (with its WWW-Authenticate headers).
    std::optional<Principal> authenticate(const RestRequest& request, RestError* error) const;
    // A 403 when `principal` may not run `request`; std::nullopt when allowed.
    std::optional<RestError> authorize(const Principal& principal, const RestRequest& request) const;

    static QList<QByteArray> wwwAuthenticateValues();

private:
    RestError unauthenticated(const QString& reason) const;
    QHash<QString, QString> m_users;
    QSet<QString> m_restricted;
    QHash<QString, QString> m_apiKeys;
};

} // namespace duper::sandbox
