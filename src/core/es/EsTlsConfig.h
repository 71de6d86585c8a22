#pragma once

#include <QByteArray>
#include <QSslConfiguration>
#include <QString>
#include <QStringList>
#include <optional>

namespace duper {

// How to talk TLS to one endpoint. Certificate verification is on unless verifyPeer is set to false explicitly.
// Extra CA files are trusted on top of the system's CAs; a client certificate + key (PEM) enables PKI login.
struct EsTlsConfig
{
    bool verifyPeer = true;
    QStringList caCertificateFiles; // PEM or DER; each may hold several certificates
    QString clientCertificateFile;  // PEM
    QString clientKeyFile;          // PEM, RSA or EC
    QByteArray clientKeyPassphrase; // secret: never logged

    // The SSL configuration to put on requests, or nullopt with a user-readable reason (file unreadable, no
    // certificate in it, key does not load) in *error.
    std::optional<QSslConfiguration> build(QString* error) const;
};

} // namespace duper
