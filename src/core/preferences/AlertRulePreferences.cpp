#include "core/preferences/AlertRulePreferences.h"

#include <QSettings>
#include <algorithm>

namespace duper {

namespace {

qint64 readNumber(const QSettings& settings, const QString& key, qint64 fallback)
{
    bool ok = false;
    const qint64 value = settings.value(key, fallback).toLongLong(&ok);
    return ok && value >= 0 ? value : fallback;
}

PausedLimit readPaused(const QSettings& settings, const QString& key, const PausedLimit& fallback)
{
    const std::optional<PausedLimit> parsed = PausedLimit::parse(settings.value(key).toString());
    return parsed.value_or(fallback);
}

// toString() rounds a duration to its two largest units; milliseconds keep it exact.
QString pausedText(const PausedLimit& limit)
{
    return limit.isShare() ? limit.toString() : QStringLiteral("%1ms").arg(limit.limitMs(0));
}

} // namespace

AlertRulePreferences::AlertRulePreferences(QSettings* settings) : m_settings(settings)
{}

AlertThresholds AlertRulePreferences::defaults()
{
    AlertThresholds defaults;
    defaults.lagForMs = defaultLagForMs;
    return defaults;
}

QString AlertRulePreferences::key(const QString& connectionId, const QString& name) const
{
    // A '/' in an id would open another settings group; ids are UUIDs, but a hand-edited file should not break this.
    QString id = connectionId;
    id.replace(QLatin1Char('/'), QLatin1Char('_'));
    return QStringLiteral("preferences/alerts/%1/%2").arg(id, name);
}

AlertThresholds AlertRulePreferences::thresholds(const QString& connectionId) const
{
    const AlertThresholds defaults = AlertRulePreferences::defaults();
    AlertThresholds t = defaults;
    t.lagWarning = readNumber(*m_settings, key(connectionId, QStringLiteral("lagWarning")), defaults.lagWarning);
    t.lagCritical = readNumber(*m_settings, key(connectionId, QStringLiteral("lagCritical")), defaults.lagCritical);
    t.lagForMs = readNumber(*m_settings, key(connectionId, QStringLiteral("lagForMs")), defaults.lagForMs);
    t.lastReadWarningMs =
        readNumber(*m_settings, key(connectionId, QStringLiteral("lastReadWarningMs")), defaults.lastReadWarningMs);
    t.lastReadCriticalMs =
        readNumber(*m_settings, key(connectionId, QStringLiteral("lastReadCriticalMs")), defaults.lastReadCriticalMs);
    t.pausedWarning =
        readPaused(*m_settings, key(connectionId, QStringLiteral("pausedWarning")), defaults.pausedWarning);
    t.pausedCritical =
        readPaused(*m_settings, key(connectionId, QStringLiteral("pausedCritical")), defaults.pausedCritical);
    // A critical limit below the warning one would skip the warning; keep them in order.
    t.lagCritical = std::max(t.lagCritical, t.lagWarning);
    t.lastReadCriticalMs = std::max(t.lastReadCriticalMs, t.lastReadWarningMs);
    return t;
}

void AlertRulePreferences::setThresholds(const QString& connectionId, const AlertThresholds& t)
{
    m_settings->setValue(key(connectionId, QStringLiteral("lagWarning")), t.lagWarning);
    m_settings->setValue(key(connectionId, QStringLiteral("lagCritical")), t.lagCritical);
    m_settings->setValue(key(connectionId, QStringLiteral("lagForMs")), t.lagForMs);
    m_settings->setValue(key(connectionId, QStringLiteral("lastReadWarningMs")), t.lastReadWarningMs);
    m_settings->setValue(key(connectionId, QStringLiteral("lastReadCriticalMs")), t.lastReadCriticalMs);
    m_settings->setValue(key(connectionId, QStringLiteral("pausedWarning")), pausedText(t.pausedWarning));
    m_settings->setValue(key(connectionId, QStringLiteral("pausedCritical")), pausedText(t.pausedCritical));
}

bool AlertRulePreferences::notificationsEnabled(const QString& connectionId) const
{
    return m_settings->value(key(connectionId, QStringLiteral("notify")), true).toBool();
}

void AlertRulePreferences::setNotificationsEnabled(const QString& connectionId, bool enabled)
{
    m_settings->setValue(key(connectionId, QStringLiteral("notify")), enabled);
}

} // namespace duper
