#pragma once

#include <QString>
#include <optional>

namespace duper {

// A remote cluster's transport address as ES reads seeds and proxy_address: "host:port" where host is a host name,
// an IPv4 address or a bracketed IPv6 address, and port is 1..65535. parse() says in plain words what is wrong.
struct RemoteAddress
{
    QString host; // without brackets for IPv6
    int port = 0;
    bool ipv6 = false;

    QString toString() const;

    static std::optional<RemoteAddress> parse(const QString& text, QString* error = nullptr);
};

} // namespace duper
