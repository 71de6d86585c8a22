#include "cli/Output.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace duper::cli {

namespace {

// Terminal columns a text takes: East Asian wide and full-width characters take two (the translated Japanese and
// Chinese table headers), combining marks none. Enough for aligned tables; not a full wcwidth().
qsizetype displayWidth(const QString& text)
{
    // Below U+0300 (ASCII, Latin-1, Latin Extended: follower names, numbers) there are neither wide characters nor
    // combining marks, so no UCS-4 copy of every cell of a 10,000-row table.
    if (std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x300; }))
        return text.size();
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
    // Rows go out in chunks of about 64 KiB: one conversion to UTF-8 per chunk rather than per row.
    QString text;
    text.reserve(64 * 1024);
    auto print = [&](const QStringList& cells) {
        for (qsizetype c = 0; c < cells.size(); ++c) {
            text += cells.at(c);
            if (c + 1 < cells.size())
                text.resize(text.size() + widths.at(c) - displayWidth(cells.at(c)) + 2, QLatin1Char(' '));
        }
        text += QLatin1Char('\n');
        if (text.size() >= 60 * 1024) {
            m_out << text;
            text.resize(0); // keeps the capacity, unlike clear()
        }
    };
    print(headers);
    for (const QStringList& row : rows)
        print(row);
    m_out << text;
    m_out.flush();
}

void Output::bytes(QByteArrayView data)
{
    m_out.flush();
    std::fwrite(data.data(), 1, size_t(data.size()), m_outFile);
    std::fflush(m_outFile);
}

void Output::printJson(const QJsonValue& value)
{
    const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    m_out.flush();
}

} // namespace duper::cli
