#include "core/connections/KeychainSecretStore.h"

#include <QCoreApplication>
#include <qt6keychain/keychain.h>

namespace duper {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("duper::KeychainSecretStore", text);
}

bool looksUnavailable(const QString& errorString)
{
    // What QtKeychain/libsecret say when there is no usable Secret Service: no D-Bus session, no keyring daemon, no
    // "login" collection, a locked keyring, libsecret missing ("Unknown error").
    static const char* const hints[] = {"d-bus",         "dbus",          "secret service", "secrets",
                                        "collection",    "keyring",       "autolaunch",     "locked",
                                        "unknown error", "not available", "no such",        "could not connect",
                                        "disconnected",  "timeout",       "libsecret"};
    const QString lower = errorString.toLower();
    for (const char* hint : hints) {
        if (lower.contains(QLatin1String(hint)))
            return true;
    }
    return errorString.trimmed().isEmpty();
}

// Connects the job's finished() to `handle`, bounded by `context` (the job itself when there is none); starts it.
template <typename Job, typename Handler> void run(Job* job, QObject* context, Handler handle)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    QObject::connect(job, &QKeychain::Job::finished, context ? context : job,
                     [handle](QKeychain::Job* finished) { handle(static_cast<Job*>(finished)); });
    job->start();
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service) : m_service(std::move(service))
{}

SecretResult KeychainSecretStore::mapError(int keychainError, const QString& errorString)
{
    using Status = SecretResult::Status;
    const QString detail = errorString.trimmed().isEmpty() ? tr("no details") : errorString.trimmed();
    const QString unavailable =
        tr("The system keychain is not available (%1). Duper can ask for the password each time "
           "instead; it is then kept in memory for this session only.")
            .arg(detail);
    switch (static_cast<QKeychain::Error>(keychainError)) {
    case QKeychain::NoError:
        return SecretResult::success();
    case QKeychain::EntryNotFound:
        return SecretResult::failure(Status::NotFound, tr("The keychain holds no such entry."));
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return SecretResult::failure(Status::Denied,
                                     tr("Access to the system keychain was denied (%1). Duper can ask for the "
                                        "password each time instead.")
                                         .arg(detail));
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return SecretResult::failure(Status::Unavailable, unavailable);
    case QKeychain::OtherError:
        if (looksUnavailable(errorString))
            return SecretResult::failure(Status::Unavailable, unavailable);
        break;
    case QKeychain::CouldNotDeleteEntry:
        break;
    }
    return SecretResult::failure(Status::Error, tr("The system keychain reported an error: %1").arg(detail));
}

void KeychainSecretStore::read(const QString& profileId, SecretKind kind, QObject* context, Callback done)
{
    auto* job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(secretEntryKey(profileId, kind));
    run(job, context, [done](QKeychain::ReadPasswordJob* finished) {
        SecretResult result = mapError(finished->error(), finished->errorString());
        if (result.ok())
            result.secret = finished->textData();
        if (done)
            done(result);
    });
}

void KeychainSecretStore::write(const QString& profileId, SecretKind kind, const QString& secret, QObject* context,
                                Callback done)
{
    auto* job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(secretEntryKey(profileId, kind));
    job->setTextData(secret);
    run(job, context, [done](QKeychain::WritePasswordJob* finished) {
        const SecretResult result = mapError(finished->error(), finished->errorString());
        if (done)
            done(result);
    });
}

void KeychainSecretStore::remove(const QString& profileId, SecretKind kind, QObject* context, Callback done)
{
    auto* job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(secretEntryKey(profileId, kind));
    run(job, context, [done](QKeychain::DeletePasswordJob* finished) {
        SecretResult result = mapError(finished->error(), finished->errorString());
        if (result.status == SecretResult::Status::NotFound)
            result = SecretResult::success(); // nothing to delete is fine
        if (done)
            done(result);
    });
}

} // namespace duper
