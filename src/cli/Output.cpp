#include "cli/Output.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace duper::cli {

namespace {

// Terminal columns a text takes: East Asian wide and full-width characters take two (the translated Japanese and
// Chinese table headers), combining marks none. Enough for aligned tables; not a full wcwidth().
qsizetype displayWidth(const QString& text)
{
    qsizetype width = 0;
    for (const char32_t c : text.toUcs4()) {
        if (QChar::category(c) == QChar::Mark_NonSpacing || QChar::category(c) == QChar::Mark_Enclosing)
            continue;
        const bool wide = (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF && c != 0x303F) ||
                          (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
                          (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
                          (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
        width += wide ? 2 : 1;
    }
    return width;
}

} // namespace

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
        widths.append(displayWidth(header));
    for (const QStringList& row : rows)
        for (qsizetype c = 0; c < row.size() && c < widths.size(); ++c)
            widths[c] = qMax(widths[c], displayWidth(row.at(c)));
    auto print = [&](const QStringList& cells) {
        QString text;
        for (qsizetype c = 0; c < cells.size(); ++c) {
            if (c + 1 == cells.size())
                text += cells.at(c);
            else
                text += cells.at(c) + QString(widths.at(c) - displayWidth(cells.at(c)) + 2, QLatin1Char(' '));
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
