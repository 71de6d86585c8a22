#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <optional>

namespace duper {

// The transport addresses in GET /_nodes/_local (or /_nodes/transport): what another cluster uses as a seed to
// reach this one as a remote cluster.
struct NodesInfoResponse
{
    QStringList transportAddresses; // "host:port", sorted

    static std::optional<NodesInfoResponse> parse(const QByteArray& body, QString* error = nullptr);
};

} // namespace duper
