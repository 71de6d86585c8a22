#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <optional>

namespace duper {

// GET /_nodes, read for the fleet's topology: every address another cluster may use to reach this one (each node's
// transport, HTTP and remote cluster server publish addresses), so a remote's seeds or proxy address can be matched
// to the saved connection of the cluster behind them.
struct FleetNodesResponse
{
    QString clusterName;
    QStringList addresses; // "host:port" as Elasticsearch publishes them, sorted, without duplicates

    // The request that reads only what parse() needs (filter_path keeps a large cluster's answer small).
    static QString filterPath();
    static std::optional<FleetNodesResponse> parse(const QByteArray& body, QString* error = nullptr);
};

} // namespace duper
