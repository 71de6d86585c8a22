#include "core/security/ApiKeyMigrationStep.h"

#include <QCoreApplication>

namespace duper::ApiKeyMigrationStepText {

QString title(ApiKeyMigrationStep step)
{
    switch (step) {
    case ApiKeyMigrationStep::CreateKey:
        return QCoreApplication::translate("duper::ApiKeyMigration", "Create the cross-cluster API key");
    case ApiKeyMigrationStep::Pause:
        return QCoreApplication::translate("duper::ApiKeyMigration", "Pause the followers and auto-follow patterns");
    case ApiKeyMigrationStep::Switch:
        return QCoreApplication::translate("duper::ApiKeyMigration", "Switch the remote cluster to the API key");
    case ApiKeyMigrationStep::Resume:
        return QCoreApplication::translate("duper::ApiKeyMigration", "Resume what was paused");
    case ApiKeyMigrationStep::Verify:
        return QCoreApplication::translate("duper::ApiKeyMigration", "Verify the connection and the followers");
    case ApiKeyMigrationStep::Rollback:
        return QCoreApplication::translate("duper::ApiKeyMigration", "Roll back to the previous settings");
    }
    return {};
}

QString id(ApiKeyMigrationStep step)
{
    switch (step) {
    case ApiKeyMigrationStep::CreateKey:
        return QStringLiteral("create_key");
    case ApiKeyMigrationStep::Pause:
        return QStringLiteral("pause");
    case ApiKeyMigrationStep::Switch:
        return QStringLiteral("switch");
    case ApiKeyMigrationStep::Resume:
        return QStringLiteral("resume");
    case ApiKeyMigrationStep::Verify:
        return QStringLiteral("verify");
    case ApiKeyMigrationStep::Rollback:
        return QStringLiteral("rollback");
    }
    return {};
}

QJsonObject json(ApiKeyMigrationStep step, const ApiKeyRemoteStepStatus& status)
{
    QJsonObject object{{QStringLiteral("step"), id(step)},
                       {QStringLiteral("state"), ApiKeyRemoteStepText::id(status.state)}};
    if (!status.detail.isEmpty())
        object.insert(QStringLiteral("detail"), status.detail);
    if (!status.error.isEmpty())
        object.insert(QStringLiteral("error"), status.error);
    return object;
}

} // namespace duper::ApiKeyMigrationStepText
