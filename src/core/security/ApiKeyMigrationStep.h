#pragma once

#include "core/security/ApiKeyRemoteStep.h"

#include <QJsonObject>
#include <QString>

namespace duper {

// The steps of migrating a certificate-based remote cluster alias to a cross-cluster API key (ApiKeyMigration), in
// Elastic's in-place order. Their states and status are ApiKeyRemoteStep's (Waiting: the keystore, during Switch).
enum class ApiKeyMigrationStep
{
    CreateKey, // on the leader, or the key the caller keeps for the alias
    Pause,     // the active auto-follow patterns and follower indices that use the alias
    Switch,    // keystore, reload, the alias on the leader's remote cluster server (ApiKeyRemoteSetup)
    Resume,    // exactly what Pause paused (also in an earlier run)
    Verify,    // connected with cluster_credentials, the resumed followers active
    Rollback,  // only after a failed Switch or Verify: the saved settings back, the paused ones resumed
};
inline constexpr int kApiKeyMigrationStepCount = 6;

namespace ApiKeyMigrationStepText {
QString title(ApiKeyMigrationStep step); // translated
QString id(ApiKeyMigrationStep step);    // stable English id for JSON: "create_key", "pause", ...
// {"step", "state", "detail", "error"} of one step.
QJsonObject json(ApiKeyMigrationStep step, const ApiKeyRemoteStepStatus& status);
} // namespace ApiKeyMigrationStepText

} // namespace duper
