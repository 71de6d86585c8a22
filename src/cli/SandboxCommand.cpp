#include "cli/SandboxCommand.h"

#include "cli/ExitCode.h"
#include "cli/Output.h"
#include "cli/SandboxConsole.h"
#include "sandbox/DrScenario.h"
#include "sandbox/Sandbox.h"
#include "sandbox/SandboxOptions.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSocketNotifier>
#include <csignal>
#include <sys/signalfd.h>
#include <unistd.h>

namespace duper::cli {

CommandSpec SandboxCommand::spec()
{
    return CommandSpec(QStringLiteral("sandbox"),
                       QCoreApplication::translate("duper::cli",
                                                   "run emulated leader and follower clusters on 127.0.0.1 to try "
                                                   "duper"),
                       {}, {})
        .withDetails(sandbox::SandboxOptions::usage())
        .withoutConnection();
}

int SandboxCommand::run(const QStringList& arguments, Output& output)
{
    sandbox::SandboxOptions options;
    QString error;
    if (!options.parseArguments(arguments, &error)) {
        output.error(error);
        output.note(QCoreApplication::translate("duper::cli", "Run \"duper sandbox --help\" for its options."));
        return static_cast<int>(ExitCode::Usage);
    }

    // SIGINT / SIGTERM arrive through a signalfd read in the event loop, so the sandbox shuts down normally.
    sigset_t stopSignals;
    sigemptyset(&stopSignals);
    sigaddset(&stopSignals, SIGINT);
    sigaddset(&stopSignals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stopSignals, nullptr);
    const int signalFd = signalfd(-1, &stopSignals, SFD_CLOEXEC | SFD_NONBLOCK);
    QSocketNotifier notifier(signalFd, QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &notifier, [signalFd]() {
        signalfd_siginfo info{};
        while (read(signalFd, &info, sizeof info) == static_cast<ssize_t>(sizeof info)) {
        }
        QCoreApplication::exit(0);
    });

    if (options.scenario == sandbox::DrScenario::name())
        sandbox::DrScenario::prepare(options);

    QElapsedTimer startup;
    startup.start();
    sandbox::Sandbox sandbox(options);
    if (!sandbox.start(&error)) {
        output.error(error);
        close(signalFd);
        return static_cast<int>(ExitCode::Unreachable);
    }
    if (options.scenario == sandbox::DrScenario::name() && !sandbox::DrScenario::install(sandbox, &error)) {
        output.error(error);
        close(signalFd);
        return static_cast<int>(ExitCode::Unreachable);
    }
    output.line(QCoreApplication::translate(
        "duper::cli", "duper sandbox: an EMULATOR of Elasticsearch cross-cluster replication, for trying Duper. "
                      "This is not Elasticsearch."));
    output.line(QCoreApplication::translate("duper::cli", "  follower cluster: %1  (cluster_name %2, remote cluster "
                                                          "alias [%3])")
                    .arg(sandbox.followerUrl().toString(), options.followerClusterName, options.remoteAlias));
    output.line(
        QCoreApplication::translate("duper::cli", "  leader cluster:   %1  (cluster_name %2, transport %3)")
            .arg(sandbox.leaderUrl().toString(), options.leaderClusterName, sandbox.leader().transportAddress()));
    output.line(QCoreApplication::translate("duper::cli", "  leader remote cluster server (cross-cluster API keys): %1")
                    .arg(sandbox.leader().remoteClusterServerAddress()));
    if (options.followers > 0)
        output.line(QCoreApplication::translate("duper::cli", "  %1 leader indices with followers created in %2 ms")
                        .arg(options.followers)
                        .arg(startup.elapsed()));
    if (options.workload)
        output.line(
            QCoreApplication::translate("duper::cli", "  workload: %1 documents per tick into the leader indices")
                .arg(options.workloadDocsPerTick));
    if (!options.users.isEmpty() || !options.restrictedUsers.isEmpty() || !options.apiKeys.isEmpty())
        output.line(QCoreApplication::translate("duper::cli", "  authentication required"));
    output.line(QCoreApplication::translate("duper::cli", "Try: duper --url %1 info   (and --leader_url %2 for "
                                                          "forget, open -l, close -l)")
                    .arg(sandbox.followerUrl().toString(), sandbox.leaderUrl().toString()));
    if (options.scenario == sandbox::DrScenario::name())
        output.line(QCoreApplication::translate("duper::cli", "  scenario dr: %1 followed under the same names, "
                                                              "auto-follow pattern [%2] for logs-*, data stream %3 "
                                                              "(two backing indices, replicated)")
                        .arg(sandbox::DrScenario::plainIndices().join(QStringLiteral(", ")),
                             sandbox::DrScenario::autoFollowPatternName(), sandbox::DrScenario::dataStreamName()));
    SandboxConsole console(sandbox, output);
    console.listen();
    output.line(SandboxConsole::hint());
    output.line(QCoreApplication::translate("duper::cli", "Press Ctrl+C to stop."));
    const int code = QCoreApplication::exec();
    close(signalFd);
    output.note(QCoreApplication::translate("duper::cli", "duper sandbox: stopped."));
    return code;
}

} // namespace duper::cli
