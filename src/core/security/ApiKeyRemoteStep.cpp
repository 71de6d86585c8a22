#include "core/security/ApiKeyRemoteStep.h"

#include <QCoreApplication>

namespace duper {

namespace ApiKeyRemoteStepText {

QString title(ApiKeyRemoteStep step)
{
    switch (step) {
    case ApiKeyRemoteStep::CreateKey:
        return QCoreApplication::translate("duper::ApiKeyRemoteSetup", "Create the cross-cluster API key");
    case ApiKeyRemoteStep::ReadNodes:
        return QCoreApplication::translate("duper::ApiKeyRemoteSetup", "Read the nodes of both clusters");
    case ApiKeyRemoteStep::StoreCredential:
        return QCoreApplication::translate("duper::ApiKeyRemoteSetup", "Store the key in every node's keystore");
    case ApiKeyRemoteStep::ReloadSettings:
        return QCoreApplication::translate("duper::ApiKeyRemoteSetup", "Reload the secure settings");
    case ApiKeyRemoteStep::AddRemote:
        return QCoreApplication::translate("duper::ApiKeyRemoteSetup", "Add the remote cluster");
    case ApiKeyRemoteStep::Verify:
        return QCoreApplication::translate("duper::ApiKeyRemoteSetup", "Verify the connection");
    }
    return {};
}

QString state(ApiKeyRemoteStepState state)
{
    switch (state) {
    case ApiKeyRemoteStepState::Pending:
        return QCoreApplication::translate("duper::ApiKeyRemoteSetup", "pending");
    case ApiKeyRemoteStepState::Running:
        return QCoreApplication::translate("duper::ApiKeyRemoteSetup", "running");
    case ApiKeyRemoteStepState::Waiting:
        return QCoreApplication::translate("duper::ApiKeyRemoteSetup", "waiting");
    case ApiKeyRemoteStepState::Done:
        return QCoreApplication::translate("duper::ApiKeyRemoteSetup", "done");
    case ApiKeyRemoteStepState::AlreadyDone:
        return QCoreApplication::translate("duper::ApiKeyRemoteSetup", "already done");
    case ApiKeyRemoteStepState::Failed:
        return QCoreApplication::translate("duper::ApiKeyRemoteSetup", "failed");
    }
    return {};
}

QString id(ApiKeyRemoteStep step)
{
    static const char* const ids[] = {"create_key",      "read_nodes", "store_credential",
                                      "reload_settings", "add_remote", "verify"};
    return QString::fromLatin1(ids[int(step)]);
}

QString id(ApiKeyRemoteStepState state)
{
    static const char* const ids[] = {"pending", "running", "waiting", "done", "already_done", "failed"};
    return QString::fromLatin1(ids[int(state)]);
}

} // namespace ApiKeyRemoteStepText

} // namespace duper
