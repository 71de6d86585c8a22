#pragma once

#include "history/HistoryError.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <initializer_list>

namespace duper {

// Runs the store's statements on one connection and turns the first failure into a HistoryError. Used on the
// history thread only, like the connection itself.
class HistorySql
{
public:
    HistorySql(QSqlDatabase database, QString path) : m_database(std::move(database)), m_path(std::move(path)) {}

    QSqlDatabase& database() { return m_database; }
    const QString& path() const { return m_path; }
    // The first error since construction or clearError(); later failures do not overwrite it.
    const HistoryError& error() const { return m_error; }
    bool failed() const { return m_error.isError(); }
    void clearError() { m_error = {}; }

    // Executes `sql` with positional `values`; false (and error() set) on failure.
    bool exec(const QString& sql, std::initializer_list<QVariant> values = {});
    // Runs an already prepared query with its bound values.
    bool exec(QSqlQuery& query);
    // Prepares a query for repeated use.
    bool prepare(QSqlQuery& query, const QString& sql);
    // The first column of the first row, or `fallback` when there is none (or on failure).
    QVariant value(const QString& sql, std::initializer_list<QVariant> values = {}, const QVariant& fallback = {});

    // Marks a failure found other than through a query (a quick_check that is not "ok").
    void fail(const HistoryError& error);
    void failFrom(const QSqlError& error);

private:
    QSqlDatabase m_database;
    QString m_path;
    HistoryError m_error;
};

} // namespace duper
