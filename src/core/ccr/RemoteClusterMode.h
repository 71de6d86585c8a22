#pragma once

#include <QString>
#include <optional>

namespace duper {

// cluster.remote.<alias>.mode.
enum class RemoteClusterMode
{
    Sniff,
    Proxy
};

namespace RemoteClusterModeText {
inline QString toString(RemoteClusterMode mode)
{
    return mode == RemoteClusterMode::Proxy ? QStringLiteral("proxy") : QStringLiteral("sniff");
}
inline std::optional<RemoteClusterMode> fromString(const QString& text)
{
    if (text.compare(QLatin1String("sniff"), Qt::CaseInsensitive) == 0)
        return RemoteClusterMode::Sniff;
    if (text.compare(QLatin1String("proxy"), Qt::CaseInsensitive) == 0)
        return RemoteClusterMode::Proxy;
    return std::nullopt;
}
} // namespace RemoteClusterModeText

} // namespace duper
