#include "core/preferences/ProxyPreference.h"

#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QRegularExpression>

namespace duper {

bool ProxyPreference::isValidHost(const QString& host)
{
    if (host.isEmpty() || host.size() > 253)
        return false;
    QString bare = host;
    if (bare.startsWith(QLatin1Char('[')) && bare.endsWith(QLatin1Char(']')))
        bare = bare.mid(1, bare.size() - 2);
    if (QHostAddress address; address.setAddress(bare))
        return true;
    // RFC 1123 labels: letters, digits and hyphens, not starting or ending with a hyphen.
    static const QRegularExpression label(QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$"));
    const QStringList labels = host.split(QLatin1Char('.'));
    for (const QString& part : labels)
        if (!label.match(part).hasMatch())
            return false;
    return true;
}

bool ProxyPreference::isValid() const
{
    return mode != Mode::Manual || (isValidHost(host) && isValidPort(port));
}

ProxyResolution ProxyResolution::from(const ProxyPreference& preference)
{
    ProxyResolution resolution;
    switch (preference.mode) {
    case ProxyPreference::Mode::System:
        break;
    case ProxyPreference::Mode::None:
        resolution.useSystemConfiguration = false;
        resolution.proxy = QNetworkProxy(QNetworkProxy::NoProxy);
        break;
    case ProxyPreference::Mode::Manual:
        if (!preference.isValid())
            break;
        resolution.useSystemConfiguration = false;
        QString host = preference.host;
        if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
            host = host.mid(1, host.size() - 2);
        resolution.proxy = QNetworkProxy(preference.type == ProxyPreference::Type::Socks5 ? QNetworkProxy::Socks5Proxy
                                                                                          : QNetworkProxy::HttpProxy,
                                         host, quint16(preference.port));
        break;
    }
    return resolution;
}

void ProxyResolution::applyTo(QNetworkAccessManager* network) const
{
    QNetworkProxyFactory::setUseSystemConfiguration(useSystemConfiguration);
    if (network)
        network->setProxy(proxy);
}

} // namespace duper
