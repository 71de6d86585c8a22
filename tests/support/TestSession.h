#pragma once

#include "core/session/ClusterSession.h"

#include <QString>
#include <memory>

class QSettings;

namespace duper {
class EsClient;
}

namespace duper::test {

// A ClusterSession over `client` the way the window opens one: a profile with `connectionId` (also its name), its
// remembered parameters in `settings` (may be null). `client` must outlive the session.
std::unique_ptr<ClusterSession> makeSession(EsClient& client, const QString& connectionId, QSettings* settings);

} // namespace duper::test
