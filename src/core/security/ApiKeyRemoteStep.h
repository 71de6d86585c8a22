#pragma once

#include "core/es/EsError.h"

#include <QString>

namespace duper {

// The steps of setting up a remote cluster secured by a cross-cluster API key (ApiKeyRemoteSetup), in order.
enum class ApiKeyRemoteStep
{
    CreateKey,       // POST /_security/cross_cluster/api_key on the leader (or reuse the caller's key)
    ReadNodes,       // GET /_nodes of both clusters, and what the follower already has for the alias
    StoreCredential, // cluster.remote.<alias>.credentials in every follower node's keystore
    ReloadSettings,  // POST /_nodes/reload_secure_settings on the follower
    AddRemote,       // PUT /_cluster/settings: the alias on the leader's remote cluster server address
    Verify,          // GET /_remote/info: connected, with cluster_credentials
};
inline constexpr int kApiKeyRemoteStepCount = 6;

enum class ApiKeyRemoteStepState
{
    Pending,
    Running,
    Waiting,     // StoreCredential: for the user to run the keystore command on every node (keystoreDone())
    Done,        // the step changed something
    AlreadyDone, // a previous run (or the caller) did it already: nothing sent
    Failed,
};

// Where one step is; `detail` and `error` are plain words for people and never hold a secret.
struct ApiKeyRemoteStepStatus
{
    ApiKeyRemoteStepState state = ApiKeyRemoteStepState::Pending;
    QString detail;   // what was done, e.g. "created key dr-key (id ...)"
    QString error;    // why it failed and what to do about it (Failed only)
    EsError esError;  // the request's error behind `error`, when one (kind None otherwise)
    QString failedOn; // ReloadSettings: the node(s) that failed
};

namespace ApiKeyRemoteStepText {
// "Create the cross-cluster API key", ... translated.
QString title(ApiKeyRemoteStep step);
// "pending", "running", "waiting", "done", "already done", "failed", translated.
QString state(ApiKeyRemoteStepState state);
// Stable English ids for JSON: "create_key", ...; "pending", "already_done", ...
QString id(ApiKeyRemoteStep step);
QString id(ApiKeyRemoteStepState state);
} // namespace ApiKeyRemoteStepText

} // namespace duper
