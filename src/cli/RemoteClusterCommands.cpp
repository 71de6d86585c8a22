#include "cli/RemoteClusterCommands.h"

#include "cli/CommandContext.h"
#include "core/remotes/RemoteClusterRefresher.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace duper::cli {

namespace {

QString securityText(const RemoteClusterRow& row)
{
    if (row.security == RemoteClusterRow::Security::Certificate)
        return QCoreApplication::translate("duper::cli", "certificate");
    return row.credentialPresent ? QCoreApplication::translate("duper::cli", "API key")
                                 : QCoreApplication::translate("duper::cli", "API key (no credential)");
}

QJsonObject rowJson(const RemoteClusterRow& row)
{
    QJsonObject object{{QStringLiteral("name"), row.alias},
                       {QStringLiteral("connected"), row.connected},
                       {QStringLiteral("mode"),
                        row.mode == RemoteClusterMode::Proxy ? QStringLiteral("proxy") : QStringLiteral("sniff")},
                       {QStringLiteral("security"), RemoteClusterRow::securityKey(row.security)},
                       {QStringLiteral("skip_unavailable"), row.skipUnavailable}};
    // Only API-key remotes have a credential; `cluster_credentials` in _remote/info says it is in force.
    if (row.security == RemoteClusterRow::Security::ApiKey)
        object.insert(QStringLiteral("credentials_present"), row.credentialPresent);
    if (row.mode == RemoteClusterMode::Proxy)
        object.insert(QStringLiteral("proxy_address"), row.proxyAddress);
    else
        object.insert(QStringLiteral("seeds"), QJsonArray::fromStringList(row.seeds));
    object.insert(QStringLiteral("used_by"),
                  row.usedByKnown ? QJsonValue(QJsonArray::fromStringList(row.usedBy)) : QJsonValue());
    return object;
}

void print(CommandContext& context, const RemoteClusterSnapshot& snapshot)
{
    if (context.json()) {
        QJsonArray array;
        for (const RemoteClusterRow& row : snapshot.rows)
            array.append(rowJson(row));
        context.output().printJson(QJsonObject{{QStringLiteral("remote_clusters"), array}});
        return;
    }
    QList<QStringList> rows;
    for (const RemoteClusterRow& row : snapshot.rows)
        rows.append({row.alias,
                     row.connected ? QCoreApplication::translate("duper::cli", "connected")
                                   : QCoreApplication::translate("duper::cli", "not connected"),
                     row.mode == RemoteClusterMode::Proxy ? QStringLiteral("proxy") : QStringLiteral("sniff"),
                     securityText(row), row.addresses(),
                     row.usedByKnown ? QString::number(row.usedBy.size()) : QStringLiteral("?")});
    context.output().table(
        {QCoreApplication::translate("duper::cli", "REMOTE CLUSTER"),
         QCoreApplication::translate("duper::cli", "STATUS"), QCoreApplication::translate("duper::cli", "MODE"),
         QCoreApplication::translate("duper::cli", "SECURITY"), QCoreApplication::translate("duper::cli", "ADDRESSES"),
         QCoreApplication::translate("duper::cli", "FOLLOWERS")},
        rows);
}

} // namespace

CommandSpec RemoteClusterCommands::spec()
{
    // The SECURITY column's values, explained once for scripts that read the table or the JSON.
    const QString securityNote = QCoreApplication::translate(
        "duper::cli", "SECURITY is \"API key\" for a remote secured with a cross-cluster API key (\"API key (no "
                      "credential)\" when the keystore entry is not in force yet) and \"certificate\" for the "
                      "TLS certificate model. --json gives security as api_key or certificate and, for API-key "
                      "remotes, credentials_present.");
    const QString summary =
        QCoreApplication::translate("duper::cli", "list remote clusters: status, mode, security model, addresses");
    return CommandSpec(QStringLiteral("remotes"), summary, {}, &RemoteClusterCommands::list).withDetails(securityNote);
}

void RemoteClusterCommands::list(CommandContext& context)
{
    RemoteClusterRefresher* refresher = context.session()->remoteClusterRefresher();
    QObject::connect(refresher, &RemoteClusterRefresher::snapshotReady, &context,
                     [&context](const std::shared_ptr<const RemoteClusterSnapshot>& snapshot) {
                         print(context, *snapshot);
                         context.finish(0);
                     });
    QObject::connect(refresher, &RemoteClusterRefresher::refreshFailed, &context, [&context](const EsError& error) {
        context.fail(error, QCoreApplication::translate("duper::cli", "could not list the remote clusters"));
    });
    refresher->refresh();
}

} // namespace duper::cli
