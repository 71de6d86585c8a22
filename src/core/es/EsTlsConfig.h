#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QSslConfiguration>
#include <QSslKey>
#include <QString>
#include <QStringList>
#include <optional>

namespace duper {

// How to talk TLS to one endpoint. Certificate verification is on unless verifyPeer is set to false explicitly.
// Extra CA files are trusted on top of the system's CAs; a client certificate + key (PEM) enables PKI login.
struct EsTlsConfig
{
    Q_DECLARE_TR_FUNCTIONS(duper::EsTlsConfig) // (ends in private:)

public:
    bool verifyPeer = true;
    QStringList caCertificateFiles; // PEM or DER; each may hold several certificates
    QString clientCertificateFile;  // PEM
    QString clientKeyFile;          // PEM, RSA or EC
    QByteArray clientKeyPassphrase; // secret: never logged

    // The SSL configuration to put on requests, or nullopt with a user-readable reason (file unreadable, no
    // certificate in it, key does not load) in *error.
    std::optional<QSslConfiguration> build(QString* error) const;

    // True when the PEM private key is encrypted (PKCS#8 "ENCRYPTED PRIVATE KEY" or a legacy "Proc-Type: 4,ENCRYPTED").
    static bool isEncryptedKey(const QByteArray& pem);
    // The PEM private key (RSA, EC or DSA) unlocked with `passphrase`; a null key when it does not load.
    static QSslKey loadPrivateKey(const QByteArray& pem, const QByteArray& passphrase);
    // The words used when a client key does not load, for `keyFile`.
    static QString keyUnreadableMessage(const QString& keyFile);
};

} // namespace duper
