#pragma once

#include "core/ccr/ResolveIndexResponse.h"
#include "core/es/EsResultJob.h"

#include <QString>
#include <QStringList>
#include <QUrl>

namespace duper {

class CcrApi;

// What a form for an auto-follow pattern reads besides saving it (the remote clusters come from the session's
// RemoteClusterRefresher): the indices that already exist on a remote (the pattern will not follow those). The form's
// jobs come from here, so the form itself knows no endpoint.
class AutoFollowFormLookups
{
public:
    using IndicesJob = EsResultJob<ResolveIndexResponse>;

    // `api` must outlive the lookups.
    explicit AutoFollowFormLookups(CcrApi* api) : m_api(api) {}

    // GET /_resolve/index/<remote>:* — read the names with indexNames().
    IndicesJob* remoteIndices(const QString& remote) const;
    // The index names of a remoteIndices() answer without their "<remote>:" prefix.
    static QStringList indexNames(const ResolveIndexResponse& response, const QString& remote);
    // Where requests go, for showing a request as Console or curl text.
    QUrl baseUrl() const;

private:
    CcrApi* m_api;
};

} // namespace duper
