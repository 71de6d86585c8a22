#pragma once

#include <QString>
#include <QUrl>
#include <optional>

namespace duper {

// An Elastic Cloud ID: "<name>:<base64(host[:port]$es_uuid[:port]$kibana_uuid[:port])>". The Elasticsearch URL is
// https://<es_uuid>.<host>:<port>, the port taken from the es_uuid part, else the host part, else 443.
class CloudId
{
public:
    // nullopt with a sentence for people in *error when the text is not a Cloud ID.
    static std::optional<CloudId> decode(const QString& cloudId, QString* error = nullptr);

    const QString& name() const { return m_name; } // the deployment name before ':' (may be empty)
    const QString& host() const { return m_host; }
    const QString& elasticsearchUuid() const { return m_esUuid; }
    const QString& kibanaUuid() const { return m_kibanaUuid; } // may be empty
    int port() const { return m_port; }
    QUrl elasticsearchUrl() const;
    QUrl kibanaUrl() const; // empty without a Kibana UUID

private:
    QString m_name;
    QString m_host;
    QString m_esUuid;
    QString m_kibanaUuid;
    int m_port = 443;
    int m_kibanaPort = 443;
};

} // namespace duper
