#pragma once

#include <QString>
#include <utility>

namespace duper {

// The outcome of one SecretStore operation. `message` is for people (translated) and never holds the secret.
struct SecretResult
{
    enum class Status
    {
        Ok,
        NotFound,    // no such entry (reading, or deleting what is not there)
        Unavailable, // no keychain (no Secret Service, no D-Bus session, keychain locked): ask for the secret instead
        Denied,      // the user or the system refused access
        Error        // anything else
    };

    Status status = Status::Ok;
    QString secret; // set by read() when Ok
    QString message;

    bool ok() const { return status == Status::Ok; }

    static SecretResult success(QString secret = {}) { return {Status::Ok, std::move(secret), {}}; }
    static SecretResult failure(Status status, QString message) { return {status, {}, std::move(message)}; }
};

} // namespace duper
