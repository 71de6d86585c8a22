#include "core/preferences/AppPreferences.h"

#include "core/preferences/AutoRefreshChoices.h"

#include <QSettings>

namespace duper {

namespace {
const QString languageKey = QStringLiteral("preferences/language");
const QString refreshKey = QStringLiteral("preferences/defaultRefreshSeconds");
const QString confirmKey = QStringLiteral("preferences/confirmPauseResume");
const QString proxyModeKey = QStringLiteral("preferences/proxy/mode");
const QString proxyTypeKey = QStringLiteral("preferences/proxy/type");
const QString proxyHostKey = QStringLiteral("preferences/proxy/host");
const QString proxyPortKey = QStringLiteral("preferences/proxy/port");
const QString historyHoursKey = QStringLiteral("preferences/history/fullResolutionHours");
const QString historyDaysKey = QStringLiteral("preferences/history/downsampledDays");
const QString historyMegabytesKey = QStringLiteral("preferences/history/maxMegabytes");

QString modeName(ProxyPreference::Mode mode)
{
    switch (mode) {
    case ProxyPreference::Mode::None:
        return QStringLiteral("none");
    case ProxyPreference::Mode::Manual:
        return QStringLiteral("manual");
    case ProxyPreference::Mode::System:
        break;
    }
    return QStringLiteral("system");
}
} // namespace

AppPreferences::AppPreferences(QSettings* settings) : m_settings(settings)
{}

QString AppPreferences::language() const
{
    return m_settings->value(languageKey).toString();
}

void AppPreferences::setLanguage(const QString& code)
{
    m_settings->setValue(languageKey, code);
}

QList<int> AppPreferences::refreshChoicesSeconds()
{
    return AutoRefreshChoices::seconds();
}

int AppPreferences::nearestRefreshChoice(int seconds)
{
    return AutoRefreshChoices::nearestSeconds(seconds);
}

int AppPreferences::defaultRefreshSeconds() const
{
    bool ok = false;
    const int seconds = m_settings->value(refreshKey, defaultRefreshSecondsFallback).toInt(&ok);
    return ok ? nearestRefreshChoice(seconds) : defaultRefreshSecondsFallback;
}

void AppPreferences::setDefaultRefreshSeconds(int seconds)
{
    m_settings->setValue(refreshKey, nearestRefreshChoice(seconds));
}

bool AppPreferences::confirmPauseResume() const
{
    return m_settings->value(confirmKey, true).toBool();
}

void AppPreferences::setConfirmPauseResume(bool confirm)
{
    m_settings->setValue(confirmKey, confirm);
}

ProxyPreference AppPreferences::proxy() const
{
    ProxyPreference proxy;
    const QString mode = m_settings->value(proxyModeKey).toString();
    if (mode == QLatin1String("none"))
        proxy.mode = ProxyPreference::Mode::None;
    else if (mode == QLatin1String("manual"))
        proxy.mode = ProxyPreference::Mode::Manual;
    proxy.type = m_settings->value(proxyTypeKey).toString() == QLatin1String("socks5") ? ProxyPreference::Type::Socks5
                                                                                       : ProxyPreference::Type::Http;
    proxy.host = m_settings->value(proxyHostKey).toString();
    proxy.port = m_settings->value(proxyPortKey, 0).toInt();
    return proxy;
}

void AppPreferences::setProxy(const ProxyPreference& proxy)
{
    m_settings->setValue(proxyModeKey, modeName(proxy.mode));
    m_settings->setValue(proxyTypeKey, proxy.type == ProxyPreference::Type::Socks5 ? QStringLiteral("socks5")
                                                                                   : QStringLiteral("http"));
    m_settings->setValue(proxyHostKey, proxy.host);
    m_settings->setValue(proxyPortKey, proxy.port);
}

HistoryRetention AppPreferences::historyRetention() const
{
    HistoryRetention retention;
    const auto read = [this](const QString& key, int fallback) {
        bool ok = false;
        const int value = m_settings->value(key, fallback).toInt(&ok);
        return ok ? value : fallback;
    };
    retention.fullResolutionHours = read(historyHoursKey, HistoryRetention::defaultFullResolutionHours);
    retention.downsampledDays = read(historyDaysKey, HistoryRetention::defaultDownsampledDays);
    retention.maxMegabytesOnDisk = read(historyMegabytesKey, HistoryRetention::defaultMaxMegabytes);
    return retention.bounded();
}

void AppPreferences::setHistoryRetention(const HistoryRetention& retention)
{
    const HistoryRetention bounded = retention.bounded();
    m_settings->setValue(historyHoursKey, bounded.fullResolutionHours);
    m_settings->setValue(historyDaysKey, bounded.downsampledDays);
    m_settings->setValue(historyMegabytesKey, bounded.maxMegabytesOnDisk);
}

} // namespace duper
