#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>
#include <optional>

namespace duper {

// POST /_security/user/_has_privileges.
struct PrivilegesResponse
{
    QString username;
    bool hasAllRequested = false;
    QMap<QString, bool> cluster;              // privilege -> granted
    QMap<QString, QMap<QString, bool>> index; // index -> privilege -> granted

    static std::optional<PrivilegesResponse> parse(const QByteArray& body, QString* error = nullptr);
};

} // namespace duper
