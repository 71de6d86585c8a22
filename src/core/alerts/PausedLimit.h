#pragma once

#include <QString>
#include <QtGlobal>
#include <optional>

namespace duper {

// When a paused follower becomes worth a warning (or critical): a share of the leader's retention lease period
// ("50%": the deadline moves with the leader's setting) or a fixed time ("6h"). A share is the default because the
// period is what decides when resuming stops working.
class PausedLimit
{
public:
    static PausedLimit share(double share) { return PausedLimit(share, -1); }
    static PausedLimit duration(qint64 milliseconds) { return PausedLimit(0.0, milliseconds); }
    // "50%" (0 < n <= 100) or an Elasticsearch time value ("6h", "90m"); nullopt when it is neither.
    static std::optional<PausedLimit> parse(const QString& text);

    bool isShare() const { return m_durationMs < 0; }
    double shareValue() const { return m_share; }
    // The limit in milliseconds for a leader whose retention lease period is `retentionPeriodMs`.
    qint64 limitMs(qint64 retentionPeriodMs) const;
    // "50%" or "6h" (the parse() spelling).
    QString toString() const;

    friend bool operator==(const PausedLimit&, const PausedLimit&) = default;

private:
    PausedLimit(double share, qint64 durationMs) : m_share(share), m_durationMs(durationMs) {}
    double m_share = 0.0;
    qint64 m_durationMs = -1;
};

} // namespace duper
