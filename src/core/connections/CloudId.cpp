#include "core/connections/CloudId.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

namespace duper {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("duper::CloudId", text);
}

// Splits "text[:port]"; false when the port is there but not a number from 1 to 65535.
bool splitPort(const QString& text, QString* name, std::optional<int>* port)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon < 0) {
        *name = text;
        return true;
    }
    bool ok = false;
    const int value = text.mid(colon + 1).toInt(&ok);
    if (!ok || value < 1 || value > 65535)
        return false;
    *name = text.left(colon);
    *port = value;
    return true;
}

} // namespace

std::optional<CloudId> CloudId::decode(const QString& cloudId, QString* error)
{
    auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const QString text = cloudId.trimmed();
    if (text.isEmpty())
        return fail(tr("The Cloud ID is empty."));
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon < 0)
        return fail(tr("A Cloud ID looks like “name:base64-text”; this one has no “:”."));
    const QString encoded = text.mid(colon + 1);
    if (encoded.isEmpty())
        return fail(tr("The Cloud ID has nothing after the “:”."));

    const auto decoding = QByteArray::fromBase64Encoding(encoded.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoding || decoding.decoded.isEmpty())
        return fail(tr("The part of the Cloud ID after the “:” is not valid base64."));
    const QString decoded = QString::fromUtf8(decoding.decoded);
    const QStringList parts = decoded.split(QLatin1Char('$'));
    if (parts.size() < 2 || parts.at(0).trimmed().isEmpty() || parts.at(1).trimmed().isEmpty())
        return fail(tr("The Cloud ID does not hold a host and an Elasticsearch id (“host$es-id$kibana-id”)."));

    CloudId result;
    result.m_name = text.left(colon);
    std::optional<int> hostPort;
    if (!splitPort(parts.at(0).trimmed(), &result.m_host, &hostPort))
        return fail(tr("The host in the Cloud ID has an invalid port."));
    std::optional<int> esPort;
    if (!splitPort(parts.at(1).trimmed(), &result.m_esUuid, &esPort))
        return fail(tr("The Elasticsearch id in the Cloud ID has an invalid port."));
    std::optional<int> kibanaPort;
    if (parts.size() > 2 && !splitPort(parts.at(2).trimmed(), &result.m_kibanaUuid, &kibanaPort))
        return fail(tr("The Kibana id in the Cloud ID has an invalid port."));
    if (result.m_host.isEmpty() || result.m_esUuid.isEmpty())
        return fail(tr("The Cloud ID does not hold a host and an Elasticsearch id (“host$es-id$kibana-id”)."));
    result.m_port = esPort.value_or(hostPort.value_or(443));
    result.m_kibanaPort = kibanaPort.value_or(hostPort.value_or(443));

    if (!result.elasticsearchUrl().isValid() || result.elasticsearchUrl().host().isEmpty())
        return fail(tr("The Cloud ID does not decode to a valid host name."));
    return result;
}

QUrl CloudId::elasticsearchUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(m_esUuid + QLatin1Char('.') + m_host);
    url.setPort(m_port);
    return url;
}

QUrl CloudId::kibanaUrl() const
{
    if (m_kibanaUuid.isEmpty())
        return {};
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(m_kibanaUuid + QLatin1Char('.') + m_host);
    url.setPort(m_kibanaPort);
    return url;
}

} // namespace duper
