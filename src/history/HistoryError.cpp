#include "history/HistoryError.h"

#include <QDir>
#include <QSqlError>

namespace duper {

namespace {

// SQLite's primary result codes (the low byte of an extended code).
constexpr int kSqliteBusy = 5;
constexpr int kSqliteLocked = 6;
constexpr int kSqliteReadOnly = 8;
constexpr int kSqliteIoError = 10;
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteFull = 13;
constexpr int kSqliteCantOpen = 14;
constexpr int kSqliteNotADatabase = 26;

} // namespace

HistoryError::HistoryError(Kind kind, QString path, QString detail)
    : m_kind(kind), m_path(std::move(path)), m_detail(std::move(detail))
{}

HistoryError HistoryError::fromSql(const QSqlError& error, const QString& path)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff;
    const QString detail = error.text();
    if (!ok)
        return {Kind::Failed, path, detail};
    switch (code) {
    case kSqliteBusy:
    case kSqliteLocked:
        return {Kind::Locked, path, detail};
    case kSqliteCorrupt:
    case kSqliteNotADatabase:
        return {Kind::Corrupt, path, detail};
    case kSqliteFull:
        return {Kind::DiskFull, path, detail};
    case kSqliteReadOnly:
    case kSqliteIoError:
    case kSqliteCantOpen:
        return {Kind::Unwritable, path, detail};
    default:
        return {Kind::Failed, path, detail};
    }
}

QString HistoryError::userMessage() const
{
    const QString file = QDir::toNativeSeparators(m_path);
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::NoDriver:
        return tr("Duper keeps no replication history: Qt's SQLite driver is not installed (on Debian, the package "
                  "libqt6sql6-sqlite).");
    case Kind::Unwritable:
        return tr("Duper keeps no replication history this session: it cannot write the history file %1. Check "
                  "that the folder exists and that you may write to it.")
            .arg(file);
    case Kind::Locked:
        return tr("Duper keeps no replication history this session: another program is holding the history file "
                  "%1.")
            .arg(file);
    case Kind::Corrupt:
        return tr("Duper keeps no replication history this session: the history file %1 is damaged. Move it away "
                  "or delete it, and Duper starts a new one next time.")
            .arg(file);
    case Kind::DiskFull:
        return tr("Duper keeps no replication history this session: the disk holding %1 is full.").arg(file);
    case Kind::Failed:
        break;
    }
    return tr("Duper keeps no replication history this session: the history file %1 could not be used (%2).")
        .arg(file, m_detail);
}

} // namespace duper
