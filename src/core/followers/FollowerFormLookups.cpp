#include "core/followers/FollowerFormLookups.h"

#include "core/ccr/CcrApi.h"
#include "core/es/EsClient.h"

namespace duper {

FollowerFormLookups::IndicesJob* FollowerFormLookups::remoteIndices(const QString& remote) const
{
    return m_api->resolveIndex(remote + QStringLiteral(":*"));
}

FollowerFormLookups::IndicesJob* FollowerFormLookups::localName(const QString& name) const
{
    return m_api->resolveIndex(name);
}

bool FollowerFormLookups::nameTaken(const IndicesJob& finished)
{
    if (finished.hasError())
        return false;
    const ResolveIndexResponse& response = *finished.result();
    return !response.indices.isEmpty() || !response.aliases.isEmpty() || !response.dataStreams.isEmpty();
}

QUrl FollowerFormLookups::baseUrl() const
{
    return m_api->client()->endpoint().baseUrl;
}

QStringList FollowerFormLookups::indexNames(const ResolveIndexResponse& response, const QString& remote)
{
    // Remote indices come back as "<remote>:<index>".
    const QString prefix = remote + QLatin1Char(':');
    QStringList names;
    names.reserve(response.indices.size());
    for (const ResolvedIndex& index : response.indices)
        names << (index.name.startsWith(prefix) ? index.name.mid(prefix.size()) : index.name);
    return names;
}

} // namespace duper
