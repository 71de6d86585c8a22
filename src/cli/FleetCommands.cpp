#include "cli/FleetCommands.h"

#include "cli/CommandContext.h"
#include "cli/ConnectionResolver.h"
#include "cli/ExitCode.h"
#include "cli/FollowerStateText.h"
#include "core/fleet/FleetService.h"
#include "core/values/WildcardMatch.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace duper::cli {

namespace {

// "850ms", "42s", "7m", "3h": short enough for a table column, in Elasticsearch's time units.
QString shortDuration(qint64 ms)
{
    if (ms < 1000)
        return QStringLiteral("%1ms").arg(ms);
    if (ms < 120 * 1000)
        return QStringLiteral("%1s").arg(ms / 1000);
    if (ms < 120 * 60 * 1000)
        return QStringLiteral("%1m").arg(ms / 60000);
    return QStringLiteral("%1h").arg(ms / 3600000);
}

QJsonValue optionalNumber(const std::optional<qint64>& value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

QJsonObject rowJson(const FleetRow& row)
{
    QJsonObject object{{QStringLiteral("connection"), row.connectionName},
                       {QStringLiteral("url"), row.url},
                       {QStringLiteral("state"), FleetCommands::stateName(row)},
                       {QStringLiteral("reachable"), row.reachable()}};
    if (!row.reachable()) {
        object.insert(QStringLiteral("error"), row.problem);
        return object;
    }
    object.insert(QStringLiteral("cluster_name"), row.clusterName);
    object.insert(QStringLiteral("cluster_uuid"), row.clusterUuid);
    object.insert(QStringLiteral("version"), row.version);
    object.insert(QStringLiteral("license"), row.licenseType.isEmpty() ? QJsonValue() : QJsonValue(row.licenseType));
    object.insert(QStringLiteral("followers"), QJsonObject{{QStringLiteral("active"), row.activeFollowers},
                                                           {QStringLiteral("paused"), row.pausedFollowers},
                                                           {QStringLiteral("error"), row.errorFollowers}});
    object.insert(QStringLiteral("auto_follow_patterns"), row.autoFollowPatterns);
    object.insert(QStringLiteral("worst_lag"), optionalNumber(row.worstLag));
    object.insert(QStringLiteral("longest_time_since_last_read_millis"), optionalNumber(row.longestSinceLastReadMs));
    object.insert(QStringLiteral("remotes"), QJsonArray::fromStringList(row.remotes));
    if (!row.ccrProblem.isEmpty())
        object.insert(QStringLiteral("ccr_error"), row.ccrProblem);
    return object;
}

} // namespace

OptionSpec FleetCommands::allConnectionsOption()
{
    return OptionSpec::flag(QStringLiteral("all-connections"),
                            QCoreApplication::translate("duper::cli", "every saved connection at once, one table"));
}

QString FleetCommands::stateName(const FleetRow& row)
{
    switch (row.state) {
    case FleetRow::State::Reachable:
        return QStringLiteral("reachable");
    case FleetRow::State::SecretMissing:
        return QStringLiteral("secret_missing");
    case FleetRow::State::Unauthorised:
        return QStringLiteral("unauthorised");
    case FleetRow::State::NotOpened:
        return QStringLiteral("not_opened");
    case FleetRow::State::Pending:
    case FleetRow::State::Unreachable:
        break;
    }
    return QStringLiteral("unreachable");
}

QString FleetCommands::stateText(const FleetRow& row)
{
    switch (row.state) {
    case FleetRow::State::Reachable:
        return QCoreApplication::translate("duper::cli", "reachable");
    case FleetRow::State::SecretMissing:
        return QCoreApplication::translate("duper::cli", "secret missing");
    case FleetRow::State::Unauthorised:
        return QCoreApplication::translate("duper::cli", "not authorised");
    case FleetRow::State::NotOpened:
        return QCoreApplication::translate("duper::cli", "not opened");
    case FleetRow::State::Pending:
    case FleetRow::State::Unreachable:
        break;
    }
    return QCoreApplication::translate("duper::cli", "unreachable");
}

void FleetCommands::load(CommandContext& context, std::function<void(FleetService&)> then)
{
    if (context.has(QStringLiteral("connection")) || context.has(QStringLiteral("url")))
        return context.usageError({QCoreApplication::translate(
            "duper::cli", "--all-connections reads every saved connection: leave out -c/--connection and --url")});
    ConnectionResolver& resolver = context.resolver();
    QList<ConnectionProfile> profiles = resolver.store().profiles();
    if (profiles.isEmpty())
        return context.usageError({QCoreApplication::translate(
            "duper::cli", "there is no saved connection yet; add one with \"duper add-cluster\"")});
    if (context.has(QStringLiteral("insecure")))
        for (ConnectionProfile& profile : profiles)
            profile.verifyTls = false;
    FleetDependencies dependencies;
    dependencies.network = &context.network();
    dependencies.secrets = &resolver.secrets();
    dependencies.cache = resolver.typedSecrets();
    dependencies.prompter = resolver.prompter();
    dependencies.settings = resolver.store().settings();
    if (context.has(QStringLiteral("ca-cert")))
        dependencies.extraCaCertificateFiles = context.line().values.value(QStringLiteral("ca-cert"));
    auto* fleet = new FleetService(dependencies, &context);
    fleet->setConnections(profiles);
    QObject::connect(fleet, &FleetService::allAnswered, &context, [fleet, then = std::move(then)] { then(*fleet); });
    fleet->refreshAll();
}

int FleetCommands::reportUnreachable(CommandContext& context, const QList<FleetRow>& rows)
{
    int reached = 0;
    for (const FleetRow& row : rows) {
        if (row.reachable()) {
            ++reached;
            continue;
        }
        context.output().error(
            QCoreApplication::translate("duper::cli", "%1 (%2): %3").arg(row.connectionName, row.url, row.problem));
    }
    if (reached == rows.size())
        return int(ExitCode::Success);
    return reached == 0 ? int(ExitCode::Unreachable) : int(ExitCode::Refused);
}

void FleetCommands::info(CommandContext& context)
{
    load(context, [&context](FleetService& fleet) {
        const QStringList patterns = context.line().list(QStringLiteral("index"));
        const QList<FleetRow> rows = fleet.rows();
        QJsonArray clusters;
        QJsonArray followers;
        QList<QStringList> table;
        for (const FleetRow& row : rows) {
            clusters.append(rowJson(row));
            const auto answers = fleet.answers(row.connectionId);
            if (!row.reachable() || !answers || !answers->followers) {
                table.append({row.connectionName, QStringLiteral("-"), stateText(row), QStringLiteral("-"),
                              QStringLiteral("-")});
                continue;
            }
            for (const FollowerRow& follower : answers->followers->rows) {
                if (!patterns.isEmpty() && !WildcardMatch::matchesAny(patterns, follower.name))
                    continue;
                table.append({row.connectionName, follower.name, followerStateText(follower.state),
                              follower.remoteCluster, follower.leaderIndex});
                QJsonObject object{{QStringLiteral("connection"), row.connectionName},
                                   {QStringLiteral("cluster_name"), row.clusterName},
                                   {QStringLiteral("follower_index"), follower.name},
                                   {QStringLiteral("remote_cluster"), follower.remoteCluster},
                                   {QStringLiteral("leader_index"), follower.leaderIndex},
                                   {QStringLiteral("status"), follower.state == FollowerState::Paused
                                                                  ? QStringLiteral("paused")
                                                                  : QStringLiteral("active")},
                                   {QStringLiteral("state"), followerStateName(follower.state).toLower()}};
                if (follower.state == FollowerState::Error)
                    object.insert(QStringLiteral("error"), follower.errorSummary);
                followers.append(object);
            }
        }
        if (context.json()) {
            context.output().printJson(
                QJsonObject{{QStringLiteral("clusters"), clusters}, {QStringLiteral("follower_indices"), followers}});
        } else {
            context.output().table({QCoreApplication::translate("duper::cli", "CONNECTION"),
                                    QCoreApplication::translate("duper::cli", "FOLLOWER"),
                                    QCoreApplication::translate("duper::cli", "STATUS"),
                                    QCoreApplication::translate("duper::cli", "REMOTE CLUSTER"),
                                    QCoreApplication::translate("duper::cli", "LEADER")},
                                   table);
        }
        context.finish(reportUnreachable(context, rows));
    });
}

void FleetCommands::stats(CommandContext& context)
{
    load(context, [&context](FleetService& fleet) {
        const QList<FleetRow> rows = fleet.rows();
        if (context.json()) {
            QJsonArray clusters;
            for (const FleetRow& row : rows)
                clusters.append(rowJson(row));
            context.output().printJson(QJsonObject{{QStringLiteral("clusters"), clusters}});
        } else {
            const QString none = QStringLiteral("-");
            QList<QStringList> table;
            for (const FleetRow& row : rows) {
                if (!row.reachable()) {
                    table.append({row.connectionName, none, stateText(row), none, none, none, none, none, none, none,
                                  none, none});
                    continue;
                }
                table.append({row.connectionName, row.clusterName, stateText(row), row.version,
                              row.licenseType.isEmpty() ? none : row.licenseType, QString::number(row.activeFollowers),
                              QString::number(row.pausedFollowers), QString::number(row.errorFollowers),
                              QString::number(row.autoFollowPatterns),
                              row.worstLag ? QString::number(*row.worstLag) : none,
                              row.longestSinceLastReadMs ? shortDuration(*row.longestSinceLastReadMs) : none,
                              row.remotes.isEmpty() ? none : row.remotes.join(QLatin1Char(','))});
            }
            context.output().table({QCoreApplication::translate("duper::cli", "CONNECTION"),
                                    QCoreApplication::translate("duper::cli", "CLUSTER"),
                                    QCoreApplication::translate("duper::cli", "STATUS"),
                                    QCoreApplication::translate("duper::cli", "VERSION"),
                                    QCoreApplication::translate("duper::cli", "LICENSE"),
                                    QCoreApplication::translate("duper::cli", "ACTIVE"),
                                    QCoreApplication::translate("duper::cli", "PAUSED"),
                                    QCoreApplication::translate("duper::cli", "ERROR"),
                                    QCoreApplication::translate("duper::cli", "PATTERNS"),
                                    QCoreApplication::translate("duper::cli", "WORST LAG"),
                                    QCoreApplication::translate("duper::cli", "SINCE LAST READ"),
                                    QCoreApplication::translate("duper::cli", "REMOTES")},
                                   table);
            for (const FleetRow& row : rows)
                if (row.reachable() && !row.ccrProblem.isEmpty())
                    context.output().note(
                        QCoreApplication::translate("duper::cli", "%1: %2").arg(row.connectionName, row.ccrProblem));
        }
        context.finish(reportUnreachable(context, rows));
    });
}

} // namespace duper::cli
