#pragma once

#include "core/ccr/RemoteClusterInfo.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace duper {

// GET /_remote/info: an object keyed by alias. `remotes` is sorted by alias.
struct RemoteInfoResponse
{
    QList<RemoteClusterInfo> remotes;

    const RemoteClusterInfo* find(const QString& alias) const
    {
        for (const RemoteClusterInfo& remote : remotes)
            if (remote.alias == alias)
                return &remote;
        return nullptr;
    }

    static std::optional<RemoteInfoResponse> parse(const QByteArray& body, QString* error = nullptr);
};

} // namespace duper
