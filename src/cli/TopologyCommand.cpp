#include "cli/TopologyCommand.h"

#include "cli/CommandContext.h"
#include "cli/FleetCommands.h"
#include "cli/FollowerStateText.h"
#include "core/fleet/FleetService.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace duper::cli {

namespace {

QString worstText(const std::optional<FollowerState>& state)
{
    return state ? followerStateText(*state) : QStringLiteral("-");
}

QString leaderText(const FleetTopology::Edge& edge)
{
    if (edge.leaderKnown())
        return edge.leaderName;
    const QString addresses =
        edge.leaderAddresses.isEmpty() ? QStringLiteral("-") : edge.leaderAddresses.join(QLatin1Char(','));
    return QCoreApplication::translate("duper::cli", "unknown (%1)").arg(addresses);
}

QJsonObject edgeJson(const FleetTopology::Edge& edge)
{
    return QJsonObject{
        {QStringLiteral("follower_connection"), edge.followerName},
        {QStringLiteral("remote_cluster"), edge.alias},
        {QStringLiteral("leader_connection"), edge.leaderKnown() ? QJsonValue(edge.leaderName) : QJsonValue()},
        {QStringLiteral("leader_addresses"), QJsonArray::fromStringList(edge.leaderAddresses)},
        {QStringLiteral("matched_by"), fleetMatchName(edge.match)},
        {QStringLiteral("connected"), edge.connected},
        {QStringLiteral("followers"), edge.followerCount},
        {QStringLiteral("auto_follow_patterns"), edge.autoFollowPatterns},
        {QStringLiteral("worst_status"),
         edge.worstState ? QJsonValue(followerStateName(*edge.worstState).toLower()) : QJsonValue()}};
}

} // namespace

CommandSpec TopologyCommand::spec()
{
    return CommandSpec(
               QStringLiteral("topology"),
               QCoreApplication::translate("duper::cli", "show who replicates from whom across every saved connection"),
               {}, &TopologyCommand::run)
        .withDetails(QCoreApplication::translate(
            "duper::cli",
            "One line per follower cluster and remote cluster alias it replicates from: the leader's saved "
            "connection (found by the addresses its nodes publish, else by its cluster name) or \"unknown\" "
            "with the remote's addresses, the number of follower indices and their worst status. Clusters "
            "that could not be read are named on stderr (exit code 1, or 3 when none could be read)."))
        .withoutConnection();
}

void TopologyCommand::run(CommandContext& context)
{
    FleetCommands::load(context, [&context](FleetService& fleet) {
        const FleetTopology topology = fleet.topology();
        if (context.json()) {
            QJsonArray edges;
            for (const FleetTopology::Edge& edge : topology.edges)
                edges.append(edgeJson(edge));
            QJsonArray unreachable;
            for (const FleetRow& row : fleet.rows())
                if (!row.reachable())
                    unreachable.append(QJsonObject{{QStringLiteral("connection"), row.connectionName},
                                                   {QStringLiteral("state"), FleetCommands::stateName(row)},
                                                   {QStringLiteral("error"), row.problem}});
            context.output().printJson(
                QJsonObject{{QStringLiteral("edges"), edges}, {QStringLiteral("unreachable"), unreachable}});
        } else {
            QList<QStringList> rows;
            for (const FleetTopology::Edge& edge : topology.edges)
                rows.append({edge.followerName, edge.alias, leaderText(edge), QString::number(edge.followerCount),
                             worstText(edge.worstState)});
            context.output().table({QCoreApplication::translate("duper::cli", "FOLLOWER CLUSTER"),
                                    QCoreApplication::translate("duper::cli", "REMOTE CLUSTER"),
                                    QCoreApplication::translate("duper::cli", "LEADER CLUSTER"),
                                    QCoreApplication::translate("duper::cli", "FOLLOWERS"),
                                    QCoreApplication::translate("duper::cli", "WORST STATUS")},
                                   rows);
        }
        context.finish(FleetCommands::reportUnreachable(context, fleet.rows()));
    });
}

} // namespace duper::cli
