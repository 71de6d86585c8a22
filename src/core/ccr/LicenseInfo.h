#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace duper {

// GET /_license: {"license": {"type": "platinum", "status": "active", ...}}.
struct LicenseInfo
{
    QString type;   // basic, gold, platinum, enterprise, trial, ...
    QString status; // active, expired, invalid
    QString uid;
    std::optional<qint64> expiryDateInMillis;

    // CCR needs platinum, enterprise or trial, and an active license.
    bool allowsCcr() const
    {
        const bool licensedType = type == u"platinum" || type == u"enterprise" || type == u"trial";
        return licensedType && status == u"active";
    }

    static std::optional<LicenseInfo> parse(const QByteArray& body, QString* error = nullptr);
};

} // namespace duper
