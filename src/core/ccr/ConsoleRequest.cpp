#include "core/ccr/ConsoleRequest.h"

#include "core/es/EsRequest.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace duper {

namespace {

// POSIX shells take everything between single quotes literally; a single quote itself is closed, escaped, reopened.
QString shellQuote(const QString& text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

} // namespace

QString ConsoleRequest::consoleText() const
{
    QString text = method + QLatin1Char(' ') + path;
    if (!body.isEmpty())
        text += QLatin1Char('\n') + QString::fromUtf8(body).trimmed();
    return text;
}

QString ConsoleRequest::curlCommand(const QUrl& baseUrl) const
{
    // Build the URL as EsClient::urlFor does: the base URL's path prefix, then our already encoded path and query.
    QUrl url = baseUrl.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
    QString prefix = url.path(QUrl::FullyEncoded);
    while (prefix.endsWith(QLatin1Char('/')))
        prefix.chop(1);
    const QString origin = url.adjusted(QUrl::RemovePath).toString(QUrl::FullyEncoded);
    const QString target = origin + prefix + path;

    QString command =
        QLatin1String("# ") +
        QCoreApplication::translate("duper::ConsoleRequest",
                                    "Add your credentials, e.g. -u USER or -H 'Authorization: ApiKey …'") +
        QLatin1Char('\n');
    command += QStringLiteral("curl -X %1 %2").arg(method, shellQuote(target));
    if (!body.isEmpty()) {
        const QByteArray compact = QJsonDocument::fromJson(body).toJson(QJsonDocument::Compact);
        command += QStringLiteral(" \\\n  -H 'Content-Type: application/json' \\\n  -d ") +
                   shellQuote(QString::fromUtf8(compact.isEmpty() ? body.trimmed() : compact));
    }
    return command;
}

ConsoleRequest ConsoleRequest::follow(const QString& followerIndex, const FollowRequest& request,
                                      const std::optional<QString>& waitForActiveShards)
{
    // Same choices as CcrApi::follow, so the preview is what will be sent.
    EsRequest http = EsRequest::put({followerIndex, QStringLiteral("_ccr"), QStringLiteral("follow")});
    const std::optional<QString> wait =
        waitForActiveShards ? waitForActiveShards : request.parameters.waitForActiveShards;
    if (wait && !wait->isEmpty())
        http.addQuery(QStringLiteral("wait_for_active_shards"), *wait);

    ConsoleRequest console;
    console.method = QString::fromLatin1(http.method());
    console.path = QString::fromLatin1(http.encodedPath());
    const QByteArray query = http.encodedQuery();
    if (!query.isEmpty())
        console.path += QLatin1Char('?') + QString::fromLatin1(query);
    console.body = QJsonDocument(request.toJson()).toJson(QJsonDocument::Indented);
    return console;
}

ConsoleRequest ConsoleRequest::putAutoFollowPattern(const QString& name, const AutoFollowPattern& pattern)
{
    const EsRequest http = EsRequest::put({QStringLiteral("_ccr"), QStringLiteral("auto_follow"), name});
    ConsoleRequest console;
    console.method = QString::fromLatin1(http.method());
    console.path = QString::fromLatin1(http.encodedPath());
    console.body = QJsonDocument(pattern.toJson()).toJson(QJsonDocument::Indented);
    return console;
}

} // namespace duper
