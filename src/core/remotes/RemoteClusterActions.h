#pragma once

#include "core/ccr/RemoteClusterSettings.h"
#include "core/remotes/RemoteClusterDeletionImpact.h"
#include "core/remotes/RemoteClusterRow.h"

#include <QObject>

namespace duper {

class CcrApi;
class EsJob;

// Adds, edits and deletes the remote clusters of one cluster through its cluster settings (PUT /_cluster/settings).
// Each call starts one request and returns its job (auto-deleted after `finished`); remoteSaved / remoteDeleted
// follow an acknowledged change, so whoever shows the list can refresh it.
class RemoteClusterActions : public QObject
{
    Q_OBJECT

public:
    // `api` must outlive the actions.
    explicit RemoteClusterActions(CcrApi* api, QObject* parent = nullptr);

    // Adds a remote or changes one (the same request: the settings of `settings.alias` are written).
    EsJob* save(const RemoteClusterSettings& settings);
    // Deletes `row`'s settings where they live (persistent or transient). Null for a remote from elasticsearch.yml
    // (not editable()): the API cannot delete it, and Elasticsearch would acknowledge the request anyway.
    EsJob* remove(const RemoteClusterRow& row);
    // Deletes the remote `alias` from the persistent (or transient) cluster settings.
    EsJob* remove(const QString& alias, bool persistent);

    // Which followers stop replicating when `row` is deleted.
    static RemoteClusterDeletionImpact deletionImpact(const RemoteClusterRow& row)
    {
        return RemoteClusterDeletionImpact::of(row);
    }

signals:
    void remoteSaved(const QString& alias);
    void remoteDeleted(const QString& alias);

private:
    CcrApi* m_api;
};

} // namespace duper
