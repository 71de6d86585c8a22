#include "core/connections/SessionSecretCache.h"

namespace duper {

void SessionSecretCache::set(const QString& profileId, SecretKind kind, const QString& secret)
{
    m_secrets.insert(secretEntryKey(profileId, kind), secret);
}

std::optional<QString> SessionSecretCache::get(const QString& profileId, SecretKind kind) const
{
    const auto it = m_secrets.constFind(secretEntryKey(profileId, kind));
    if (it == m_secrets.constEnd())
        return std::nullopt;
    return it.value();
}

bool SessionSecretCache::contains(const QString& profileId, SecretKind kind) const
{
    return m_secrets.contains(secretEntryKey(profileId, kind));
}

void SessionSecretCache::forget(const QString& profileId, SecretKind kind)
{
    m_secrets.remove(secretEntryKey(profileId, kind));
}

void SessionSecretCache::forgetProfile(const QString& profileId)
{
    for (SecretKind kind : allSecretKinds())
        forget(profileId, kind);
}

void SessionSecretCache::clear()
{
    m_secrets.clear();
}

} // namespace duper
