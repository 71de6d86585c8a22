#include "ui/connections/ConnectionFieldValidator.h"

#include "core/connections/CloudId.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringList>
#include <QUrl>

namespace duper::ui {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("duper::ui::ConnectionFieldValidator", text);
}
} // namespace

QString ConnectionFieldValidator::checkUrls(const QString& text, bool cloudIdSet)
{
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    const QStringList parts = text.split(separators, Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return cloudIdSet ? QString() : tr("Enter the cluster's URL, such as https://localhost:9200, or a Cloud ID.");
    for (const QString& part : parts) {
        const QUrl url(part, QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        if (!url.isValid() || (scheme != u"http" && scheme != u"https") || url.host().isEmpty())
            return tr("\"%1\" is not an http:// or https:// URL with a host.").arg(part);
    }
    return {};
}

QString ConnectionFieldValidator::checkCloudId(const QString& text)
{
    if (text.trimmed().isEmpty())
        return {};
    QString error;
    if (!CloudId::decode(text.trimmed(), &error))
        return error.isEmpty() ? tr("This is not a Cloud ID.") : error;
    return {};
}

QString ConnectionFieldValidator::checkReadableFile(const QString& path, const QString& what)
{
    if (path.trimmed().isEmpty())
        return {};
    const QFileInfo info(path.trimmed());
    if (!info.exists())
        return tr("%1: %2 does not exist.").arg(what, path);
    if (!info.isFile() || !info.isReadable())
        return tr("%1: %2 cannot be read.").arg(what, path);
    return {};
}

QString ConnectionFieldValidator::checkName(const QString& text)
{
    return text.trimmed().isEmpty() ? tr("Give the connection a name.") : QString();
}

} // namespace duper::ui
