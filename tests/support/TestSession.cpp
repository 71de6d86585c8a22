#include "TestSession.h"

#include "core/es/EsClient.h"

namespace duper::test {

std::unique_ptr<ClusterSession> makeSession(EsClient& client, const QString& connectionId, QSettings* settings)
{
    ConnectionProfile profile;
    profile.id = connectionId;
    profile.name = connectionId;
    profile.urls = {client.endpoint().baseUrl};
    return std::make_unique<ClusterSession>(profile, &client, settings);
}

} // namespace duper::test
