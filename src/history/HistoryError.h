#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

class QSqlError;

namespace duper {

// Why the history store cannot keep history. Any of these switches the store off for the rest of the session;
// Duper itself keeps working.
class HistoryError
{
    Q_DECLARE_TR_FUNCTIONS(duper::HistoryError)

public:
    enum class Kind
    {
        None,
        NoDriver,   // Qt's SQLite driver (Debian: libqt6sql6-sqlite) is not installed
        Unwritable, // the folder cannot be made, or the file cannot be opened or written
        Locked,     // another program holds the file
        Corrupt,    // not a SQLite database, or damaged
        DiskFull,
        Failed // anything else SQLite reports
    };

    HistoryError() = default;
    HistoryError(Kind kind, QString path, QString detail = {});
    // Classifies an error of Qt's SQLite driver by SQLite's result code.
    static HistoryError fromSql(const QSqlError& error, const QString& path);

    bool isError() const { return m_kind != Kind::None; }
    Kind kind() const { return m_kind; }
    QString path() const { return m_path; }
    // SQLite's own words, for logs and the tooltip.
    QString detail() const { return m_detail; }
    // One or two translated sentences: what happened, and that Duper goes on without history.
    QString userMessage() const;

    friend bool operator==(const HistoryError&, const HistoryError&) = default;

private:
    Kind m_kind = Kind::None;
    QString m_path;
    QString m_detail;
};

} // namespace duper

Q_DECLARE_METATYPE(duper::HistoryError)
