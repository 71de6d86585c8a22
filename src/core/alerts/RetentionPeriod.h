#pragma once

#include <QString>
#include <QtGlobal>

namespace duper {

// A leader index's index.soft_deletes.retention_lease.period: how long the leader keeps the operations a paused (or
// disconnected) follower still needs. After that, resuming fails and the follower must be recreated.
struct RetentionPeriod
{
    // Elasticsearch's default for the setting.
    static constexpr qint64 defaultMs = 12 * 3'600'000;

    enum class Source
    {
        Assumed, // not read (no leader connection, or reading it failed): Elasticsearch's default
        Leader,  // read from the leader index's settings
    };

    qint64 milliseconds = defaultMs;
    Source source = Source::Assumed;
    QString note; // why it was assumed, when reading it failed (translated); empty otherwise

    static RetentionPeriod assumed(QString note = {}) { return {defaultMs, Source::Assumed, std::move(note)}; }
    static RetentionPeriod fromLeader(qint64 ms) { return {ms, Source::Leader, {}}; }
    // "leader" or "default": stable words for JSON.
    QString sourceName() const
    {
        return source == Source::Leader ? QStringLiteral("leader") : QStringLiteral("default");
    }

    friend bool operator==(const RetentionPeriod&, const RetentionPeriod&) = default;
};

} // namespace duper
