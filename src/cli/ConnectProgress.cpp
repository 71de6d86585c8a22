#include "cli/ConnectProgress.h"

#include "cli/CommandContext.h"
#include "cli/ExitCode.h"
#include "cli/TerminalConfirmation.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>

namespace duper::cli {

namespace {

bool ended(ApiKeyRemoteStepState state)
{
    return state == ApiKeyRemoteStepState::Done || state == ApiKeyRemoteStepState::AlreadyDone ||
           state == ApiKeyRemoteStepState::Failed;
}

} // namespace

ConnectProgress::ConnectProgress(CommandContext& context, ApiKeyRemoteSetup& setup, QObject* parent)
    : QObject(parent), m_context(context), m_setup(setup)
{
    connect(&setup, &ApiKeyRemoteSetup::stepChanged, this, &ConnectProgress::stepChanged);
    connect(&setup, &ApiKeyRemoteSetup::keystoreCommandsReady, this, &ConnectProgress::keystoreCommandsReady);
    connect(&setup, &ApiKeyRemoteSetup::finished, this, &ConnectProgress::finished);
}

void ConnectProgress::stepChanged(ApiKeyRemoteStep step)
{
    const ApiKeyRemoteStepStatus& status = m_setup.status(step);
    if (m_context.json() || !ended(status.state))
        return;
    QString text = QStringLiteral("%5[%1/%2] %3: %4")
                       .arg(int(step) + 1)
                       .arg(kApiKeyRemoteStepCount)
                       .arg(ApiKeyRemoteStepText::title(step), ApiKeyRemoteStepText::state(status.state),
                            m_embedded ? QStringLiteral("    ") : QString());
    if (!status.detail.isEmpty() && status.state != ApiKeyRemoteStepState::Failed)
        text += QStringLiteral(" (") + status.detail + QLatin1Char(')');
    m_context.output().line(text);
}

void ConnectProgress::keystoreCommandsReady()
{
    const QString alias = m_setup.spec().alias;
    if (!m_context.json()) {
        m_context.output().line(
            tr("[3/6] On every node of the follower cluster, in its Elasticsearch folder, run the command below and "
               "paste the key at its prompt:"));
        for (const ApiKeyRemoteSetup::NodeCommand& node : m_setup.keystoreCommands())
            m_context.output().line(QStringLiteral("  %1 (%2): %3").arg(node.node, node.address, node.command));
        if (!m_shownKey.isEmpty())
            m_context.output().line(tr("The key to paste: %1").arg(m_shownKey));
        else
            m_context.output().line(
                tr("The key is kept in the keychain for remote cluster %1; run again with --show-key to see it.")
                    .arg(alias));
    }
    // Asked on the next turn of the event loop: the setup's signal has returned by then.
    QTimer::singleShot(0, this, [this] {
        if (!m_context.json() && TerminalConfirmation::waitForEnter(
                                     tr("Press Enter once the command ran on every node (Ctrl+C stops here)."))) {
            m_setup.keystoreDone();
            return;
        }
        m_context.output().error(tr("waiting for the keystore of every node: run the command shown on each, then "
                                    "run duper connect again with --keystore-done"));
        m_setup.cancel();
    });
}

int ConnectProgress::exitCode() const
{
    if (m_setup.succeeded())
        return int(ExitCode::Success);
    const auto failed = m_setup.failedStep();
    if (!failed)
        return int(ExitCode::Refused);
    const ApiKeyRemoteStepStatus& status = m_setup.status(*failed);
    if (!status.esError.isError())
        return int(ExitCode::Refused);
    const int code = exitCodeFor(status.esError);
    return code == int(ExitCode::Unreachable) || code == int(ExitCode::AuthFailed) ? code : int(ExitCode::Refused);
}

void ConnectProgress::finished(bool succeeded)
{
    if (m_embedded)
        return;
    const auto failed = m_setup.failedStep();
    if (failed) {
        const ApiKeyRemoteStepStatus& status = m_setup.status(*failed);
        m_context.output().error(ApiKeyRemoteStepText::title(*failed) + QStringLiteral(": ") + status.error);
        if (status.failedOn == u"confirmation")
            m_context.output().note(tr("Give --yes to replace it."));
        else
            m_context.output().note(tr("Fix this, then run the same command again: it goes on where it stopped."));
    }
    if (m_context.json()) {
        QJsonArray steps;
        for (int i = 0; i < kApiKeyRemoteStepCount; ++i) {
            const ApiKeyRemoteStepStatus& status = m_setup.status(ApiKeyRemoteStep(i));
            QJsonObject step{{QStringLiteral("step"), ApiKeyRemoteStepText::id(ApiKeyRemoteStep(i))},
                             {QStringLiteral("state"), ApiKeyRemoteStepText::id(status.state)}};
            if (!status.detail.isEmpty())
                step.insert(QStringLiteral("detail"), status.detail);
            if (!status.error.isEmpty())
                step.insert(QStringLiteral("error"), status.error);
            if (!status.failedOn.isEmpty())
                step.insert(QStringLiteral("failed_on"), status.failedOn);
            steps.append(step);
        }
        QJsonArray commands;
        for (const ApiKeyRemoteSetup::NodeCommand& node : m_setup.keystoreCommands())
            commands.append(QJsonObject{{QStringLiteral("node"), node.node},
                                        {QStringLiteral("address"), node.address},
                                        {QStringLiteral("command"), node.command}});
        const RemoteClusterSettings& target = m_setup.target();
        QJsonObject object{{QStringLiteral("command"), QStringLiteral("connect")},
                           {QStringLiteral("remote_cluster"), m_setup.spec().alias},
                           {QStringLiteral("security"), QStringLiteral("api_key")},
                           {QStringLiteral("succeeded"), succeeded},
                           {QStringLiteral("credential"),
                            m_setup.usesEmulator() ? QStringLiteral("emulator") : QStringLiteral("keystore")},
                           {QStringLiteral("steps"), steps},
                           {QStringLiteral("keystore_commands"), commands}};
        if (target.mode)
            object.insert(QStringLiteral("mode"), RemoteClusterModeText::toString(*target.mode));
        if (!target.proxyAddress.isEmpty())
            object.insert(QStringLiteral("proxy_address"), target.proxyAddress);
        if (!target.seeds.isEmpty())
            object.insert(QStringLiteral("seeds"), QJsonArray::fromStringList(target.seeds));
        m_context.output().printJson(object);
    } else if (succeeded) {
        m_context.output().line(
            tr("Remote cluster %1 is connected with a cross-cluster API key.").arg(m_setup.spec().alias));
    }
    m_context.finish(exitCode());
}

} // namespace duper::cli
