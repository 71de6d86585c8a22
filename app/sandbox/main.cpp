#include "sandbox/Sandbox.h"
#include "sandbox/SandboxOptions.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

using duper::sandbox::Sandbox;
using duper::sandbox::SandboxOptions;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("duper-sandbox"));
    QTextStream out(stdout);
    QTextStream err(stderr);

    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    if (arguments.contains(QStringLiteral("--help")) || arguments.contains(QStringLiteral("-h"))) {
        out << SandboxOptions::usage();
        return 0;
    }
    SandboxOptions options;
    QString error;
    if (!options.parseArguments(arguments, &error)) {
        err << "duper-sandbox: " << error << "\n\n" << SandboxOptions::usage();
        return 2;
    }

    QElapsedTimer startup;
    startup.start();
    Sandbox sandbox(options);
    if (!sandbox.start(&error)) {
        err << "duper-sandbox: " << error << '\n';
        return 1;
    }

    out << "duper-sandbox: an EMULATOR of Elasticsearch "
        << "8.15.0"
        << " cross-cluster replication, for testing Duper. This is not Elasticsearch.\n";
    out << "  follower cluster: " << sandbox.followerUrl().toString() << "  (cluster_name "
        << options.followerClusterName << ", remote cluster alias [" << options.remoteAlias << "])\n";
    out << "  leader cluster:   " << sandbox.leaderUrl().toString() << "  (cluster_name " << options.leaderClusterName
        << ", transport " << sandbox.leader().transportAddress() << ")\n";
    if (options.followers > 0)
        out << "  " << options.followers << " leader indices with followers created in " << startup.elapsed()
            << " ms\n";
    if (options.workload)
        out << "  workload: " << options.workloadDocsPerTick << " documents per tick into the leader indices\n";
    if (!options.users.isEmpty() || !options.restrictedUsers.isEmpty() || !options.apiKeys.isEmpty()) {
        QStringList names;
        for (const auto& user : options.users)
            names.append(user.first);
        for (const auto& user : options.restrictedUsers)
            names.append(user.first + QStringLiteral(" (restricted)"));
        for (const auto& key : options.apiKeys)
            names.append(QStringLiteral("api key ") + key.first);
        out << "  authentication required: " << names.join(QStringLiteral(", ")) << '\n';
    }
    if (options.remoteDisconnected || !options.fatalFollowers.isEmpty() || options.latencyMs > 0 ||
        options.errorRate > 0 || options.hang)
        out << "  fault injection is ON\n";
    out << "Press Ctrl+C to stop.\n";
    out.flush();
    return app.exec();
}
