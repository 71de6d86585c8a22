#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <optional>

namespace duper {

// POST /{index}/_close.
struct CloseIndexResponse
{
    bool acknowledged = false;
    bool shardsAcknowledged = false;
    QMap<QString, bool> closed;               // index -> closed
    QMap<QString, QJsonObject> shardFailures; // index -> its `shards` object, when ES reported failures

    static std::optional<CloseIndexResponse> parse(const QByteArray& body, QString* error = nullptr);
};

} // namespace duper
