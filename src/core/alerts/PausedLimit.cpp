#include "core/alerts/PausedLimit.h"

#include "core/alerts/AlertDuration.h"
#include "core/values/TimeValue.h"

namespace duper {

std::optional<PausedLimit> PausedLimit::parse(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.endsWith(QLatin1Char('%'))) {
        bool ok = false;
        const double percent = trimmed.chopped(1).toDouble(&ok);
        if (!ok || !(percent > 0.0) || percent > 100.0)
            return std::nullopt;
        return share(percent / 100.0);
    }
    const auto parsed = TimeValue::parse(trimmed, QStringLiteral("paused"));
    if (!parsed || parsed.value().milliseconds() <= 0)
        return std::nullopt;
    return duration(parsed.value().milliseconds());
}

qint64 PausedLimit::limitMs(qint64 retentionPeriodMs) const
{
    return isShare() ? qint64(double(retentionPeriodMs) * m_share) : m_durationMs;
}

QString PausedLimit::toString() const
{
    return isShare() ? QStringLiteral("%1%").arg(m_share * 100.0, 0, 'g', 4) : AlertDuration::compact(m_durationMs);
}

} // namespace duper
