#include "core/connections/ProfileCredentialFactory.h"

#include "core/es/StaticCredentialProvider.h"

namespace duper {

std::shared_ptr<const CredentialProvider> ProfileCredentialFactory::create(const ConnectionProfile& profile,
                                                                           const QString& secret)
{
    switch (profile.authKind) {
    case ConnectionProfile::AuthKind::None:
        return StaticCredentialProvider::none();
    case ConnectionProfile::AuthKind::Basic:
        return StaticCredentialProvider::basic(profile.username, secret);
    case ConnectionProfile::AuthKind::ApiKey: {
        const QString key = secret.trimmed();
        const qsizetype colon = key.indexOf(QLatin1Char(':'));
        if (colon > 0)
            return StaticCredentialProvider::apiKey(key.left(colon), key.mid(colon + 1));
        return StaticCredentialProvider::apiKey(key);
    }
    case ConnectionProfile::AuthKind::Bearer:
        return StaticCredentialProvider::bearer(secret);
    }
    return StaticCredentialProvider::none();
}

} // namespace duper
