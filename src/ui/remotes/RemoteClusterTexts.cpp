#include "ui/remotes/RemoteClusterTexts.h"

#include "core/remotes/RemoteClusterDeletionImpact.h"
#include "ui/remotes/RemoteClusterModel.h"

#include <QList>
#include <utility>

namespace duper::ui {

QString RemoteClusterTexts::connectionSentence(const RemoteClusterRow& row)
{
    const bool proxy = row.mode == RemoteClusterMode::Proxy;
    if (row.connected)
        return proxy ? tr("“%1” is connected through %2 (%3 of %4 sockets open).")
                           .arg(row.alias, row.proxyAddress)
                           .arg(row.socketsConnected)
                           .arg(row.maxSocketConnections)
                     : tr("“%1” is connected (%2 of %3 nodes).")
                           .arg(row.alias)
                           .arg(row.nodesConnected)
                           .arg(row.maxNodeConnections);
    if (!row.inRemoteInfo)
        return tr("“%1” is saved, but Elasticsearch does not report a connection to it yet. Refresh in a moment.")
            .arg(row.alias);
    if (row.security == RemoteClusterRow::Security::ApiKey)
        return apiKeyNotConnected(row);
    return tr("“%1” is saved but not connected: no cluster answered at %2. Check that the address is the transport "
              "port of the remote cluster (usually 9300, not the HTTP port 9200) and that this cluster can reach it.")
        .arg(row.alias, row.addresses());
}

QString RemoteClusterTexts::apiKeyNotConnected(const RemoteClusterRow& row)
{
    if (row.credentialPresent)
        return tr("“%1” is saved but not connected through its API key at %2. Likely causes: the keystore entry "
                  "cluster.remote.%1.credentials is missing on a node, secure settings were not reloaded on every "
                  "node after it was added, or the key was invalidated or expired on the remote cluster.")
            .arg(row.alias, row.addresses());
    return tr("“%1” points at a remote cluster server address (%2), but Elasticsearch reports no API key for it: add "
              "cluster.remote.%1.credentials to the keystore of every node, then reload secure settings.")
        .arg(row.alias, row.addresses());
}

QString RemoteClusterTexts::securityDetail(const RemoteClusterRow& row)
{
    if (row.security == RemoteClusterRow::Security::Certificate)
        return tr("Certificate: TLS on the transport port");
    if (row.credentialPresent)
        return tr("API key, stored in this cluster's keystore (cluster.remote.%1.credentials)").arg(row.alias);
    return tr("API key, but no credential is in force: cluster.remote.%1.credentials is missing from the keystore "
              "or secure settings were not reloaded")
        .arg(row.alias);
}

QString RemoteClusterTexts::deleteWarning(const RemoteClusterRow& row)
{
    QString text = tr("Delete the remote cluster “%1”? This cluster forgets how to reach it.").arg(row.alias);
    const RemoteClusterDeletionImpact impact = RemoteClusterDeletionImpact::of(row);
    if (!impact.breaksFollowers())
        return text;
    QString list = impact.namedFollowers.join(QStringLiteral(", "));
    if (impact.moreFollowers > 0)
        list = tr("%1 and %2 more").arg(list, QString::number(impact.moreFollowers));
    // Multi-arg so a '%' in a follower name is never taken for a placeholder.
    const QString warning = impact.totalFollowers == 1
                                ? tr("1 follower index replicates through it and will stop replicating: %1.").arg(list)
                                : tr("%1 follower indices replicate through it and will stop replicating: %2.")
                                      .arg(QString::number(impact.totalFollowers), list);
    text += QStringLiteral("\n\n") + warning;
    return text;
}

QString RemoteClusterTexts::noSelection()
{
    return tr("Select a remote cluster to see its details.");
}

QString RemoteClusterTexts::detailsHtml(const RemoteClusterRow& row)
{
    const bool proxy = row.mode == RemoteClusterMode::Proxy;
    QList<std::pair<QString, QString>> fields;
    fields << std::pair{tr("Name"), row.alias} << std::pair{tr("Status"), RemoteClusterModel::statusText(row)}
           << std::pair{tr("Mode"), proxy ? tr("proxy") : tr("sniff")};
    if (proxy) {
        fields << std::pair{tr("Proxy address"), row.proxyAddress}
               << std::pair{tr("Server name"), row.serverName.isEmpty() ? tr("(none)") : row.serverName}
               << std::pair{tr("Sockets connected"),
                            tr("%1 of %2").arg(row.socketsConnected).arg(row.maxSocketConnections)};
    } else {
        fields << std::pair{tr("Seeds"), row.seeds.join(QLatin1Char('\n'))}
               << std::pair{tr("Nodes connected"), tr("%1 of %2").arg(row.nodesConnected).arg(row.maxNodeConnections)};
    }
    fields << std::pair{tr("Skip unavailable"), row.skipUnavailable ? tr("yes") : tr("no")};
    if (!row.initialConnectTimeout.isEmpty())
        fields << std::pair{tr("Initial connect timeout"), row.initialConnectTimeout};
    fields << std::pair{tr("Security"), securityDetail(row)}
           << std::pair{tr("Stored"), RemoteClusterModel::sourceText(row.source)}
           << std::pair{tr("Used by"), row.usedBy.isEmpty() ? RemoteClusterModel::usedByText(row)
                                                            : row.usedBy.join(QLatin1Char('\n'))};
    QString html = QStringLiteral("<p>") + connectionSentence(row).toHtmlEscaped() + QStringLiteral("</p><table>");
    for (const auto& [label, value] : fields)
        html +=
            QStringLiteral("<tr><td valign=\"top\"><b>%1</b>&nbsp;&nbsp;</td><td>%2</td></tr>")
                .arg(label.toHtmlEscaped(), value.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    html += QStringLiteral("</table>");
    return html;
}

} // namespace duper::ui
