#include "cli/KeyPassphraseInput.h"

#include "cli/CommandContext.h"
#include "cli/ConnectionResolver.h"
#include "core/es/EsTlsConfig.h"

#include <QCoreApplication>
#include <QFile>

namespace duper::cli {

std::optional<QString> KeyPassphraseInput::read(CommandContext& context, const ConnectionProfile& profile)
{
    if (profile.clientKeyFile.isEmpty())
        return QString();
    QFile file(profile.clientKeyFile);
    const QByteArray pem = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    QString passphrase;
    if (EsTlsConfig::isEncryptedKey(pem)) {
        QString error;
        const auto typed = ConnectionResolver::readSecretInput(
            QCoreApplication::translate("duper::cli", "Passphrase of the client key %1: ").arg(profile.clientKeyFile),
            &error);
        if (!typed) {
            context.usageError({error});
            return std::nullopt;
        }
        passphrase = *typed;
    }
    if (EsTlsConfig::loadPrivateKey(pem, passphrase.toUtf8()).isNull()) {
        context.usageError({EsTlsConfig::keyUnreadableMessage(profile.clientKeyFile)});
        return std::nullopt;
    }
    return passphrase;
}

} // namespace duper::cli
