#pragma once

#include <QNetworkProxy>
#include <QString>

class QNetworkAccessManager;

namespace duper {

// How Duper reaches clusters: through the system's proxy configuration (the default), directly, or through one
// proxy given by hand. No proxy password: it would belong in the keychain, not in the settings file.
struct ProxyPreference
{
    enum class Mode
    {
        System,
        None,
        Manual
    };
    enum class Type
    {
        Http,
        Socks5
    };

    Mode mode = Mode::System;
    Type type = Type::Http; // Manual only
    QString host;           // Manual only
    int port = 0;           // Manual only, 1–65535

    // A host name, an IPv4 address or an IPv6 address (with or without brackets); no scheme, path or spaces.
    static bool isValidHost(const QString& host);
    static bool isValidPort(int port) { return port >= 1 && port <= 65535; }
    // System and None are always valid; Manual needs a valid host and port.
    bool isValid() const;

    friend bool operator==(const ProxyPreference&, const ProxyPreference&) = default;
};

// What a proxy preference means for Qt's networking: either "ask the system" (QNetworkProxyFactory's system
// configuration, the proxy left as DefaultProxy), or one explicit proxy (NoProxy, HTTP or SOCKS5).
struct ProxyResolution
{
    bool useSystemConfiguration = true;
    QNetworkProxy proxy{QNetworkProxy::DefaultProxy};

    // Pure: no global state read or written. An invalid Manual preference resolves to the system configuration.
    static ProxyResolution from(const ProxyPreference& preference);

    // Applies to `network` (may be null) and to Qt's process-wide proxy factory switch.
    void applyTo(QNetworkAccessManager* network) const;
};

} // namespace duper
