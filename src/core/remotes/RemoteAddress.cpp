#include "core/remotes/RemoteAddress.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>

namespace duper {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("duper::RemoteAddress", text);
}

bool fail(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return false;
}

// RFC 1123 host names: dot-separated labels of letters, digits and inner hyphens, each 1..63 characters.
bool isHostName(const QString& host)
{
    static const QRegularExpression label(QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$"));
    if (host.size() > 253)
        return false;
    const QStringList labels = host.split(QLatin1Char('.'));
    for (const QString& part : labels)
        if (!label.match(part).hasMatch())
            return false;
    return true;
}

bool isIpv4Like(const QString& host)
{
    static const QRegularExpression digitsAndDots(QStringLiteral("^[0-9.]+$"));
    return digitsAndDots.match(host).hasMatch();
}
} // namespace

QString RemoteAddress::toString() const
{
    return (ipv6 ? QLatin1Char('[') + host + QLatin1Char(']') : host) + QLatin1Char(':') + QString::number(port);
}

std::optional<RemoteAddress> RemoteAddress::parse(const QString& text, QString* error)
{
    if (text.isEmpty()) {
        fail(error, tr("The address is empty; write it as host:port, e.g. 10.0.0.5:9300."));
        return std::nullopt;
    }
    if (text.contains(QRegularExpression(QStringLiteral("\\s")))) {
        fail(error, tr("“%1” contains spaces; write it as host:port without spaces.").arg(text));
        return std::nullopt;
    }

    RemoteAddress address;
    QString portText;
    if (text.startsWith(QLatin1Char('['))) {
        const qsizetype close = text.indexOf(QLatin1Char(']'));
        if (close < 0) {
            fail(error, tr("“%1” opens a [ for an IPv6 address but never closes it.").arg(text));
            return std::nullopt;
        }
        address.host = text.mid(1, close - 1);
        address.ipv6 = true;
        QHostAddress parsed;
        if (!parsed.setAddress(address.host) || parsed.protocol() != QAbstractSocket::IPv6Protocol) {
            fail(error, tr("“%1” is not an IPv6 address.").arg(address.host));
            return std::nullopt;
        }
        const QString rest = text.mid(close + 1);
        if (!rest.startsWith(QLatin1Char(':')) || rest.size() == 1) {
            fail(error, tr("“%1” has no port; add it after the address, e.g. [%2]:9300.").arg(text, address.host));
            return std::nullopt;
        }
        portText = rest.mid(1);
    } else {
        const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
        if (colon < 0 || colon == text.size() - 1) {
            const QString host = colon < 0 ? text : text.left(colon);
            fail(error, tr("“%1” has no port; add it after a colon, e.g. %2:9300.").arg(text, host));
            return std::nullopt;
        }
        address.host = text.left(colon);
        portText = text.mid(colon + 1);
        if (address.host.contains(QLatin1Char(':'))) {
            fail(error, tr("“%1”: put an IPv6 address in brackets, e.g. [::1]:9300.").arg(text));
            return std::nullopt;
        }
        if (address.host.isEmpty()) {
            fail(error, tr("“%1” has no host before the port.").arg(text));
            return std::nullopt;
        }
        if (isIpv4Like(address.host)) {
            QHostAddress parsed;
            if (address.host.count(QLatin1Char('.')) != 3 || !parsed.setAddress(address.host) ||
                parsed.protocol() != QAbstractSocket::IPv4Protocol) {
                fail(error, tr("“%1” is not an IPv4 address.").arg(address.host));
                return std::nullopt;
            }
        } else if (!isHostName(address.host)) {
            fail(error, tr("“%1” is not a valid host name (letters, digits, hyphens and dots).").arg(address.host));
            return std::nullopt;
        }
    }

    bool ok = false;
    const int port = portText.toInt(&ok);
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    if (!digits.match(portText).hasMatch() || !ok) {
        fail(error, tr("The port “%1” is not a number.").arg(portText));
        return std::nullopt;
    }
    if (port < 1 || port > 65535) {
        fail(error, tr("The port %1 is out of range; it must be between 1 and 65535.").arg(portText));
        return std::nullopt;
    }
    address.port = port;
    return address;
}

} // namespace duper
