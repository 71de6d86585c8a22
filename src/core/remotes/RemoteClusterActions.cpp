#include "core/remotes/RemoteClusterActions.h"

#include "core/ccr/CcrApi.h"

namespace duper {

RemoteClusterActions::RemoteClusterActions(CcrApi* api, QObject* parent) : QObject(parent), m_api(api)
{
    Q_ASSERT(api);
}

EsJob* RemoteClusterActions::save(const RemoteClusterSettings& settings)
{
    ClusterSettingsJob* job = m_api->putRemoteCluster(settings);
    job->onFinished(this, [this, alias = settings.alias](ClusterSettingsJob* finished) {
        if (!finished->hasError())
            emit remoteSaved(alias);
    });
    return job;
}

EsJob* RemoteClusterActions::remove(const RemoteClusterRow& row)
{
    if (!row.editable())
        return nullptr;
    return remove(row.alias, row.source != RemoteClusterRow::Source::Transient);
}

EsJob* RemoteClusterActions::remove(const QString& alias, bool persistent)
{
    RemoteClusterSettings settings;
    settings.alias = alias;
    settings.remove = true;
    settings.persistent = persistent;
    ClusterSettingsJob* job = m_api->putRemoteCluster(settings);
    job->onFinished(this, [this, alias](ClusterSettingsJob* finished) {
        if (!finished->hasError())
            emit remoteDeleted(alias);
    });
    return job;
}

} // namespace duper
