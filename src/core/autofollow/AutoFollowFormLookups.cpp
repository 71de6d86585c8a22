#include "core/autofollow/AutoFollowFormLookups.h"

#include "core/ccr/CcrApi.h"
#include "core/es/EsClient.h"

namespace duper {

AutoFollowFormLookups::IndicesJob* AutoFollowFormLookups::remoteIndices(const QString& remote) const
{
    return m_api->resolveIndex(remote + QStringLiteral(":*"));
}

QStringList AutoFollowFormLookups::indexNames(const ResolveIndexResponse& response, const QString& remote)
{
    // Remote indices come back as "<remote>:<index>".
    const QString prefix = remote + QLatin1Char(':');
    QStringList names;
    names.reserve(response.indices.size());
    for (const ResolvedIndex& index : response.indices)
        names << (index.name.startsWith(prefix) ? index.name.mid(prefix.size()) : index.name);
    return names;
}

QUrl AutoFollowFormLookups::baseUrl() const
{
    return m_api->client()->endpoint().baseUrl;
}

} // namespace duper
