#include "cli/ProfileSecretWriter.h"

#include "cli/CommandContext.h"
#include "cli/ConnectionResolver.h"

#include <QCoreApplication>

namespace duper::cli {

QString ProfileSecretWriter::write(CommandContext& context, const QString& profileId, SecretKind kind,
                                   const QString& secret)
{
    const SecretResult written =
        context.resolver().wait([profileId, kind, secret](SecretStore& store, QObject* owner, auto done) {
            store.write(profileId, kind, secret, owner, std::move(done));
        });
    return written.ok() ? QString() : written.message;
}

bool ProfileSecretWriter::storeSecret(CommandContext& context, ConnectionProfile& profile, const QString& secret)
{
    const SecretKind kind = *profile.secretKind();
    const QString problem = write(context, profile.id, kind, secret);
    if (problem.isEmpty())
        return true;
    context.output().error(QCoreApplication::translate("duper::cli",
                                                       "the keychain is not available (%1): the %2 of %3 was NOT "
                                                       "saved anywhere; duper will ask for it each time it uses %3")
                               .arg(problem, secretKindDisplayName(kind), profile.name));
    profile.askSecretEveryTime = true;
    context.resolver().store().save(profile);
    return false;
}

bool ProfileSecretWriter::storeKeyPassphrase(CommandContext& context, const ConnectionProfile& profile,
                                             const QString& passphrase)
{
    const QString problem = write(context, profile.id, SecretKind::ClientKeyPassphrase, passphrase);
    if (problem.isEmpty())
        return true;
    context.output().error(QCoreApplication::translate("duper::cli",
                                                       "the keychain is not available (%1): the %2 of %3 was NOT saved "
                                                       "anywhere, so its client key cannot be read")
                               .arg(problem, secretKindDisplayName(SecretKind::ClientKeyPassphrase), profile.name));
    return false;
}

} // namespace duper::cli
