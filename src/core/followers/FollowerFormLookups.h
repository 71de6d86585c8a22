#pragma once

#include "core/ccr/ResolveIndexResponse.h"
#include "core/es/EsResultJob.h"

#include <QString>
#include <QUrl>

namespace duper {

class CcrApi;

// What the form that creates one follower index reads besides creating it: the names a remote offers to follow
// and whether a follower name is already used on this cluster. The form's jobs come from here, so the form itself
// knows no endpoint.
class FollowerFormLookups
{
public:
    using IndicesJob = EsResultJob<ResolveIndexResponse>;

    // `api` must outlive the lookups.
    explicit FollowerFormLookups(CcrApi* api) : m_api(api) {}

    // GET /_resolve/index/<remote>:* — the remote's indices and data streams, for completing the leader name.
    IndicesJob* remoteIndices(const QString& remote) const;
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
