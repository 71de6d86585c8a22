#include "cli/TestConnectionCommand.h"

#include "cli/CommandContext.h"
#include "cli/ConnectionResolver.h"
#include "cli/ExitCode.h"
#include "core/connections/ConnectionTester.h"
#include "core/es/EsClient.h"
#include "core/session/ClusterSession.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace duper::cli {

namespace {

int exitCodeOf(const ConnectionTestReport& report)
{
    if (report.connectionHttpStatus == 401 || report.connectionHttpStatus == 403)
        return static_cast<int>(ExitCode::AuthFailed);
    if (report.connection.status != ConnectionTestReport::Status::Ok)
        return static_cast<int>(ExitCode::Unreachable);
    return report.overall() == ConnectionTestReport::Status::Failed ? static_cast<int>(ExitCode::Refused) : 0;
}

void print(CommandContext& context, const QString& name, const ConnectionTestReport& report)
{
    const QStringList keys{QStringLiteral("connection"), QStringLiteral("license"), QStringLiteral("privileges"),
                           QStringLiteral("remote_clusters")};
    const QList<ConnectionTestReport::Check> checks{report.connection, report.license, report.privileges,
                                                    report.remoteClusters};
    if (context.json()) {
        QJsonArray array;
        for (qsizetype i = 0; i < checks.size(); ++i)
            array.append(QJsonObject{{QStringLiteral("check"), keys.at(i)},
                                     {QStringLiteral("status"), ConnectionTestReport::statusName(checks.at(i).status)},
                                     {QStringLiteral("text"), checks.at(i).text}});
        QJsonArray missing;
        for (const auto& privilege : report.missingPrivileges)
            missing.append(QJsonObject{{QStringLiteral("privilege"), privilege.privilege},
                                       {QStringLiteral("prevents"), privilege.prevents}});
        context.output().printJson(QJsonObject{
            {QStringLiteral("connection"), name},
            {QStringLiteral("url"), report.url.toString()},
            {QStringLiteral("overall"), ConnectionTestReport::statusName(report.overall())},
            {QStringLiteral("checks"), array},
            {QStringLiteral("cluster_name"), report.clusterName},
            {QStringLiteral("version"), report.version},
            {QStringLiteral("license_type"), report.licenseType},
            {QStringLiteral("missing_privileges"), missing},
            {QStringLiteral("remote_clusters_total"), report.remoteClustersTotal},
            {QStringLiteral("remote_clusters_connected"), report.remoteClustersConnected},
        });
        return;
    }
    context.output().line(
        QCoreApplication::translate("duper::cli", "Connection %1 (%2)").arg(name, report.url.toString()));
    for (const QString& urlError : report.urlErrors)
        context.output().line(QStringLiteral("  ") + urlError);
    for (const auto& check : checks)
        context.output().line(
            QStringLiteral("  %1 %2").arg(ConnectionTestReport::statusName(check.status).leftJustified(8), check.text));
}

} // namespace

CommandSpec TestConnectionCommand::spec()
{
    return CommandSpec(QStringLiteral("test-connection"),
                       QCoreApplication::translate("duper::cli", "check a connection: reachable, license, privileges, "
                                                                 "remote clusters"),
                       {}, &TestConnectionCommand::run)
        .withDetails(QCoreApplication::translate(
            "duper::cli", "Tests -c NAME, else --url, else the default follower connection: GET / (cluster name and "
                          "version), whether the license allows cross-cluster replication, whether the user has "
                          "manage_ccr, monitor and manage (and what a missing one prevents), and how many remote "
                          "clusters there are and are connected. Exit code 3 when the cluster cannot be reached, 4 "
                          "when it refuses the credentials, 1 when a check failed, 0 otherwise (also with "
                          "warnings)."))
        .withoutConnection();
}

void TestConnectionCommand::run(CommandContext& context)
{
    ConnectionResolver& resolver = context.resolver();
    QString error;
    const bool named = context.has(QStringLiteral("connection"));
    if (named && context.has(QStringLiteral("url")))
        return context.usageError({QCoreApplication::translate("duper::cli", "give either -c/--connection or --url")});
    std::optional<ConnectionProfile> saved;
    if (!context.has(QStringLiteral("url"))) {
        saved =
            named ? resolver.profile(context.value(QStringLiteral("connection")), &error) : resolver.followerProfile();
        if (!error.isEmpty())
            return context.usageError({error});
    }
    ConnectionProfile profile;
    if (saved) {
        profile = *saved;
    } else {
        // A one-off profile from --url / --username / DUPER_API_KEY; its secret comes from the environment or a
        // prompt, never from the keychain.
        profile = ConnectionProfile::create(QStringLiteral("--url"));
        profile.urls = {QUrl(context.has(QStringLiteral("url")) ? context.value(QStringLiteral("url"))
                                                                : QStringLiteral("http://localhost:9200"),
                             QUrl::StrictMode)};
        profile.askSecretEveryTime = true;
        if (context.has(QStringLiteral("username"))) {
            profile.authKind = ConnectionProfile::AuthKind::Basic;
            profile.username = context.value(QStringLiteral("username"));
        } else if (!qEnvironmentVariableIsEmpty("DUPER_API_KEY")) {
            profile.authKind = ConnectionProfile::AuthKind::ApiKey;
        }
    }
    if (context.has(QStringLiteral("insecure")))
        profile.verifyTls = false;
    if (context.has(QStringLiteral("ca-cert")))
        profile.caCertificateFile = context.value(QStringLiteral("ca-cert"));
    const QStringList problems = profile.validate();
    if (!problems.isEmpty())
        return context.usageError(problems);
    // A saved connection's secrets come from the keychain (else DUPER_PASSWORD / DUPER_API_KEY or a prompt); a --url
    // one's from the environment or a prompt only.
    const std::shared_ptr<ClusterSession> session =
        resolver.openSession(&context.network(), profile, saved.has_value(), {}, &error);
    if (!session)
        return context.usageError({error});

    auto* tester = new ConnectionTester(&context.network(), &context);
    const QString name = profile.name;
    QObject::connect(tester, &ConnectionTester::finished, &context,
                     [&context, name](const ConnectionTestReport& report) {
                         print(context, name, report);
                         context.finish(exitCodeOf(report));
                     });
    tester->start(*session); // takes what it needs: the session can go
}

} // namespace duper::cli
