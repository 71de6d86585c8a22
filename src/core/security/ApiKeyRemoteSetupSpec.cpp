#include "core/security/ApiKeyRemoteSetupSpec.h"

#include "core/remotes/RemoteAddress.h"
#include "core/remotes/RemoteClusterAlias.h"
#include "core/security/CrossClusterApiKeyRequest.h"

#include <QCoreApplication>

namespace duper {

QStringList ApiKeyRemoteSetupSpec::problems() const
{
    QStringList result;
    const auto tr = [](const char* text) { return QCoreApplication::translate("duper::ApiKeyRemoteSetupSpec", text); };
    if (alias.trimmed().isEmpty())
        result.append(tr("give the remote cluster alias"));
    else if (const QString error = RemoteClusterAlias::validate(alias); !error.isEmpty())
        result.append(error);
    if (existingKey.isEmpty() && replication.isEmpty() && search.isEmpty())
        result.append(tr("give the leader index patterns the key may replicate"));
    else if (existingKey.isEmpty()) {
        // A new key: its patterns and expiration as the create request checks them (its name is ours).
        CrossClusterApiKeyRequest request;
        request.replication = replication;
        request.search = search;
        if (!expiration.isEmpty())
            request.expiration = expiration;
        result.append(request.problems(false));
    }
    if (!proxyAddress.isEmpty() && !seeds.isEmpty())
        result.append(tr("give either a proxy address or seeds, not both"));
    QStringList addresses = seeds;
    if (!proxyAddress.isEmpty())
        addresses.append(proxyAddress);
    for (const QString& address : std::as_const(addresses)) {
        QString error;
        if (!RemoteAddress::parse(address, &error))
            result.append(error);
    }
    return result;
}

} // namespace duper
