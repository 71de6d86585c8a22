#pragma once

#include "core/ccr/ResolveIndexResponse.h"
#include "core/es/EsResultJob.h"

#include <QString>
#include <QStringList>
#include <QUrl>

namespace duper {

class CcrApi;

// What the forms that create followers (one follower index, an auto-follow pattern) read besides saving: the names
// a remote offers to follow and whether a follower name is already used on this cluster. The forms' jobs come from
// here, so a form itself knows no endpoint.
class FollowerFormLookups
{
public:
    using IndicesJob = EsResultJob<ResolveIndexResponse>;

    // `api` must outlive the lookups.
    explicit FollowerFormLookups(CcrApi* api) : m_api(api) {}

    // GET /_resolve/index/<remote>:* — the remote's indices and data streams, for completing the leader name.
    IndicesJob* remoteIndices(const QString& remote) const;
    // The index names of a remoteIndices() answer without their "<remote>:" prefix.
    static QStringList indexNames(const ResolveIndexResponse& response, const QString& remote);
    // GET /_resolve/index/<name> on this cluster: 404 index_not_found when the name is free, the index, alias or
    // data stream otherwise. Cheap, and it answers for aliases and data streams too.
    IndicesJob* localName(const QString& name) const;
    // true when a localName() answer found something under the name.
    static bool nameTaken(const IndicesJob& finished);
    // Where requests go, for showing a request as Console or curl text.
    QUrl baseUrl() const;

private:
    CcrApi* m_api;
};

} // namespace duper
