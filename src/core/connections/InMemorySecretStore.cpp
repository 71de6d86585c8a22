#include "core/connections/InMemorySecretStore.h"

#include <QCoreApplication>

namespace duper {

namespace {

SecretResult unavailableResult()
{
    return SecretResult::failure(
        SecretResult::Status::Unavailable,
        QCoreApplication::translate("duper::InMemorySecretStore",
                                    "The system keychain is not available (simulated); Duper can ask for the "
                                    "password each time instead."));
}

} // namespace

void InMemorySecretStore::read(const QString& profileId, SecretKind kind, QObject* context, Callback done)
{
    if (m_unavailable) {
        deliver(context, done, unavailableResult());
        return;
    }
    const auto it = m_secrets.constFind(secretEntryKey(profileId, kind));
    if (it == m_secrets.constEnd()) {
        deliver(context, done,
                SecretResult::failure(SecretResult::Status::NotFound,
                                      QCoreApplication::translate("duper::InMemorySecretStore", "No %1 is stored.")
                                          .arg(secretKindDisplayName(kind))));
        return;
    }
    deliver(context, done, SecretResult::success(it.value()));
}

void InMemorySecretStore::write(const QString& profileId, SecretKind kind, const QString& secret, QObject* context,
                                Callback done)
{
    if (m_unavailable) {
        deliver(context, done, unavailableResult());
        return;
    }
    m_secrets.insert(secretEntryKey(profileId, kind), secret);
    deliver(context, done, SecretResult::success());
}

void InMemorySecretStore::remove(const QString& profileId, SecretKind kind, QObject* context, Callback done)
{
    if (m_unavailable) {
        deliver(context, done, unavailableResult());
        return;
    }
    m_secrets.remove(secretEntryKey(profileId, kind));
    deliver(context, done, SecretResult::success());
}

bool InMemorySecretStore::contains(const QString& profileId, SecretKind kind) const
{
    return m_secrets.contains(secretEntryKey(profileId, kind));
}

QString InMemorySecretStore::value(const QString& profileId, SecretKind kind) const
{
    return m_secrets.value(secretEntryKey(profileId, kind));
}

} // namespace duper
