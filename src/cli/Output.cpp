#include "cli/Output.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace duper::cli {

void Output::line(const QString& text)
{
    m_out << text << '\n';
    m_out.flush();
}

void Output::text(const QString& text)
{
    m_out << text;
    m_out.flush();
}

void Output::error(const QString& text)
{
    m_err << "duper: " << text << '\n';
    m_err.flush();
}

void Output::note(const QString& text)
{
    m_err << text << '\n';
    m_err.flush();
}

void Output::table(const QStringList& headers, const QList<QStringList>& rows)
{
    QList<qsizetype> widths;
    for (const QString& header : headers)
        widths.append(header.size());
    for (const QStringList& row : rows)
        for (qsizetype c = 0; c < row.size() && c < widths.size(); ++c)
            widths[c] = qMax(widths[c], row.at(c).size());
    auto print = [&](const QStringList& cells) {
        QString text;
        for (qsizetype c = 0; c < cells.size(); ++c) {
            if (c + 1 == cells.size())
                text += cells.at(c);
            else
                text += cells.at(c).leftJustified(widths.at(c)) + QStringLiteral("  ");
        }
        m_out << text << '\n';
    };
    print(headers);
    for (const QStringList& row : rows)
        print(row);
    m_out.flush();
}

void Output::printJson(const QJsonValue& value)
{
    const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    m_out.flush();
}

} // namespace duper::cli
