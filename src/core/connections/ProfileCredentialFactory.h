#pragma once

#include "core/connections/ConnectionProfile.h"
#include "core/es/CredentialProvider.h"

#include <QString>
#include <memory>

namespace duper {

// Builds the EsClient's CredentialProvider for a profile and its secret (the password, API key or token that
// profile.secretKind() names; ignored for AuthKind::None). An API key is either the "encoded" form or "id:key".
class ProfileCredentialFactory
{
public:
    static std::shared_ptr<const CredentialProvider> create(const ConnectionProfile& profile, const QString& secret);
};

} // namespace duper
