#pragma once

#include "core/connections/SecretKind.h"
#include "core/connections/SecretResult.h"

#include <QObject>
#include <QString>
#include <functional>
#include <memory>
#include <optional>

namespace duper {

// Where profile secrets live between runs. Every call is asynchronous: `done` is called exactly once, later, from the
// event loop of the calling thread (never from inside the call), unless `context` is destroyed first. `context` may
// be null (then `done` is always called; it may also be empty).
class SecretStore
{
public:
    using Callback = std::function<void(const SecretResult&)>;

    virtual ~SecretStore() = default;

    // Ok with the secret, NotFound, Unavailable, Denied or Error.
    virtual void read(const QString& profileId, SecretKind kind, QObject* context, Callback done) = 0;
    // Creates or overwrites.
    virtual void write(const QString& profileId, SecretKind kind, const QString& secret, QObject* context,
                       Callback done) = 0;
    // Ok also when there was nothing to delete.
    virtual void remove(const QString& profileId, SecretKind kind, QObject* context, Callback done) = 0;
    // Removes the entries of every SecretKind of the profile, one after the other; reports the first failure, or Ok.
    // Stops silently (no callback) when the store is destroyed before it finished.
    virtual void removeAll(const QString& profileId, QObject* context, Callback done);
    // false for stores that forget everything when the process ends (InMemorySecretStore).
    virtual bool isPersistent() const = 0;

protected:
    // Calls `done(result)` later from the event loop (dropped if `context` is destroyed first; nothing if empty).
    static void deliver(QObject* context, const Callback& done, const SecretResult& result);

private:
    // Lets removeAll() stop its chain when the store is destroyed before a step finishes.
    std::shared_ptr<int> m_alive = std::make_shared<int>(0);
};

} // namespace duper
