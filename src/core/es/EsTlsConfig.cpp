#include "core/es/EsTlsConfig.h"

#include <QCoreApplication>
#include <QFile>
#include <QSslCertificate>
#include <QSslKey>

namespace duper {

namespace {

// For the free functions here: lupdate files their strings under the namespace (members use the class's tr).
QString tr(const char* text)
{
    return QCoreApplication::translate("duper", text);
}

std::optional<QByteArray> readFile(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return file.readAll();
}

} // namespace

std::optional<QSslConfiguration> EsTlsConfig::build(QString* error) const
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    if (!caCertificateFiles.isEmpty()) {
        QList<QSslCertificate> cas = config.caCertificates();
        for (const QString& path : caCertificateFiles) {
            const std::optional<QByteArray> data = readFile(path, error);
            if (!data)
                return std::nullopt;
            QList<QSslCertificate> certs = QSslCertificate::fromData(*data, QSsl::Pem);
            if (certs.isEmpty())
                certs = QSslCertificate::fromData(*data, QSsl::Der);
            if (certs.isEmpty()) {
                if (error)
                    *error = tr("%1 holds no certificate (PEM or DER expected).").arg(path);
                return std::nullopt;
            }
            cas += certs;
        }
        config.setCaCertificates(cas);
    }

    if (!clientCertificateFile.isEmpty() || !clientKeyFile.isEmpty()) {
        if (clientCertificateFile.isEmpty() || clientKeyFile.isEmpty()) {
            if (error)
                *error = tr("A client certificate needs both the certificate file and its key file.");
            return std::nullopt;
        }
        const std::optional<QByteArray> certData = readFile(clientCertificateFile, error);
        if (!certData)
            return std::nullopt;
        const QList<QSslCertificate> certs = QSslCertificate::fromData(*certData, QSsl::Pem);
        if (certs.isEmpty()) {
            if (error)
                *error = tr("%1 holds no PEM certificate.").arg(clientCertificateFile);
            return std::nullopt;
        }
        const std::optional<QByteArray> keyData = readFile(clientKeyFile, error);
        if (!keyData)
            return std::nullopt;
        const QSslKey key = loadPrivateKey(*keyData, clientKeyPassphrase);
        if (key.isNull()) {
            if (error)
                *error = keyUnreadableMessage(clientKeyFile);
            return std::nullopt;
        }
        config.setLocalCertificate(certs.first());
        if (certs.size() > 1)
            config.setLocalCertificateChain(certs);
        config.setPrivateKey(key);
    }

    config.setPeerVerifyMode(verifyPeer ? QSslSocket::VerifyPeer : QSslSocket::VerifyNone);
    return config;
}

bool EsTlsConfig::isEncryptedKey(const QByteArray& pem)
{
    return pem.contains("-----BEGIN ENCRYPTED PRIVATE KEY-----") || pem.contains("Proc-Type: 4,ENCRYPTED");
}

QSslKey EsTlsConfig::loadPrivateKey(const QByteArray& pem, const QByteArray& passphrase)
{
    for (QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        QSslKey key(pem, algorithm, QSsl::Pem, QSsl::PrivateKey, passphrase);
        if (!key.isNull())
            return key;
    }
    return {};
}

QString EsTlsConfig::keyUnreadableMessage(const QString& keyFile)
{
    return tr("The client key could not be read: wrong passphrase or not a PEM key (%1).").arg(keyFile);
}

} // namespace duper
