#pragma once

#include "core/ccr/AutoFollowPattern.h"
#include "core/ccr/FollowRequest.h"

#include <QByteArray>
#include <QString>
#include <QUrl>
#include <optional>

namespace duper {

// A request as a person would type it: in Kibana's Dev Tools console or as a curl command. Used to preview what a
// dialog is about to send. Never carries credentials: those live only in the client's Authorization header.
struct ConsoleRequest
{
    QString method;  // "PUT"
    QString path;    // percent-encoded, with the query: "/follower/_ccr/follow?wait_for_active_shards=1"
    QByteArray body; // indented JSON, or empty

    // "PUT /follower/_ccr/follow?wait_for_active_shards=1\n{ ... }" as Dev Tools reads it.
    QString consoleText() const;
    // A shell command for `baseUrl` (its user info and query dropped), every argument single-quoted.
    QString curlCommand(const QUrl& baseUrl) const;

    // The request CcrApi::follow sends for the same arguments.
    static ConsoleRequest follow(const QString& followerIndex, const FollowRequest& request,
                                 const std::optional<QString>& waitForActiveShards);
    // The request CcrApi::putAutoFollowPattern sends for the same arguments.
    static ConsoleRequest putAutoFollowPattern(const QString& name, const AutoFollowPattern& pattern);
};

} // namespace duper
