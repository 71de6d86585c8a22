#include "history/HistorySql.h"

#include <QSqlError>

namespace duper {

bool HistorySql::exec(const QString& sql, std::initializer_list<QVariant> values)
{
    QSqlQuery query(m_database);
    if (!prepare(query, sql))
        return false;
    for (const QVariant& value : values)
        query.addBindValue(value);
    return exec(query);
}

bool HistorySql::exec(QSqlQuery& query)
{
    if (query.exec())
        return true;
    failFrom(query.lastError());
    return false;
}

bool HistorySql::prepare(QSqlQuery& query, const QString& sql)
{
    if (query.prepare(sql))
        return true;
    failFrom(query.lastError());
    return false;
}

QVariant HistorySql::value(const QString& sql, std::initializer_list<QVariant> values, const QVariant& fallback)
{
    QSqlQuery query(m_database);
    if (!prepare(query, sql))
        return fallback;
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!exec(query))
        return fallback;
    return query.next() && !query.isNull(0) ? query.value(0) : fallback;
}

void HistorySql::fail(const HistoryError& error)
{
    if (!m_error.isError())
        m_error = error;
}

void HistorySql::failFrom(const QSqlError& error)
{
    fail(HistoryError::fromSql(error, m_path));
}

} // namespace duper
