#pragma once

#include <QString>

namespace duper {

// How bad a finding is, in the order monitoring systems use (Nagios/Icinga: OK, WARNING, CRITICAL).
enum class AlertSeverity
{
    Ok,
    Warning,
    Critical
};

// "OK", "WARNING", "CRITICAL": the words of the plugin convention, the same in every language.
inline QString alertSeverityName(AlertSeverity severity)
{
    switch (severity) {
    case AlertSeverity::Warning:
        return QStringLiteral("WARNING");
    case AlertSeverity::Critical:
        return QStringLiteral("CRITICAL");
    case AlertSeverity::Ok:
        break;
    }
    return QStringLiteral("OK");
}

} // namespace duper
