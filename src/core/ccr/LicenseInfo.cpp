#include "core/ccr/LicenseInfo.h"

#include "core/json/JsonReader.h"

#include <QCoreApplication>

namespace duper {

std::optional<LicenseInfo> LicenseInfo::parse(const QByteArray& body, QString* error)
{
    JsonReader reader(QStringLiteral("license"));
    QJsonObject root;
    QJsonObject license;
    LicenseInfo info;
    const QString path = QStringLiteral("license");
    bool ok = reader.open(body, root) && reader.optObject(root, path, {}, license);
    if (ok && license.isEmpty())
        ok = reader.fail(path, QCoreApplication::translate("duper::Parsers", "is missing"));
    qint64 expiry = 0;
    ok = ok && reader.optString(license, QStringLiteral("type"), path, info.type) &&
         reader.optString(license, QStringLiteral("status"), path, info.status) &&
         reader.optString(license, QStringLiteral("uid"), path, info.uid) &&
         reader.optInt64(license, QStringLiteral("expiry_date_in_millis"), path, expiry);
    if (!ok) {
        reader.reportTo(error);
        return std::nullopt;
    }
    if (license.contains(QStringLiteral("expiry_date_in_millis")))
        info.expiryDateInMillis = expiry;
    return info;
}

} // namespace duper
