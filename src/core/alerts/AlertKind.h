#pragma once

#include <QString>

namespace duper {

// What an alert rule looks at; one rule per kind.
enum class AlertKind
{
    Lag,            // operations the follower has not replicated yet
    LastRead,       // time since a shard last read from the leader
    ReadExceptions, // reads from the leader failing (and being retried)
    Fatal,          // a shard task stopped on a fatal_exception
    Paused,         // paused, while the leader keeps its operations only for the retention lease period
};

// "lag", "last_read", "read_exceptions", "fatal", "paused": stable words for JSON, state files and scripts.
inline QString alertKindName(AlertKind kind)
{
    switch (kind) {
    case AlertKind::Lag:
        return QStringLiteral("lag");
    case AlertKind::LastRead:
        return QStringLiteral("last_read");
    case AlertKind::ReadExceptions:
        return QStringLiteral("read_exceptions");
    case AlertKind::Fatal:
        return QStringLiteral("fatal");
    case AlertKind::Paused:
        break;
    }
    return QStringLiteral("paused");
}

} // namespace duper
