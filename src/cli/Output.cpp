#include "cli/Output.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringEncoder>
#include <algorithm>
#include <cstring>

namespace duper::cli {

namespace {

// Terminal columns a text takes: East Asian wide and full-width characters take two (the translated Japanese and
// Chinese table headers), combining marks none. Enough for aligned tables; not a full wcwidth().
qsizetype displayWidth(const QString& text)
{
    // ASCII (follower names, numbers) has neither wide characters nor combining marks: no UCS-4 copy of every cell
    // of a 10,000-row table. One OR over the text, which the compiler vectorizes.
    char16_t bits = 0;
    const QStringView units(text);
    for (qsizetype i = 0; i < units.size(); ++i)
        bits |= units.utf16()[i];
    if (bits < 0x80)
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
    // Each cell's width, measured once: the padding below needs it again.
    QList<qsizetype> cellWidths;
    cellWidths.reserve(rows.size() * headers.size());
    for (const QStringList& row : rows) {
        for (qsizetype c = 0; c < row.size(); ++c) {
            cellWidths.append(displayWidth(row.at(c)));
            if (c < widths.size())
                widths[c] = qMax(widths[c], cellWidths.last());
        }
    }
    const qsizetype* cellWidth = cellWidths.constData();
    // Encoded cell by cell straight into 64 KiB of UTF-8 that go to stdout as they fill: no QString of the rows
    // and no second conversion (a 10,000-row table is 0.5-0.8 MB).
    QByteArray buffer(64 * 1024, Qt::Uninitialized);
    qsizetype used = 0;
    QStringEncoder utf8(QStringEncoder::Utf8);
    auto room = [&](qsizetype needed) {
        if (used + needed > buffer.size()) {
            bytes(QByteArrayView(buffer.constData(), used));
            used = 0;
            if (needed > buffer.size())
                buffer.resize(needed);
        }
        return buffer.data() + used;
    };
    auto print = [&](const QStringList& cells, const qsizetype* measured) {
        for (qsizetype c = 0; c < cells.size(); ++c) {
            const QString& cell = cells.at(c);
            const qsizetype padding =
                c + 1 < cells.size() ? widths.at(c) - (measured ? measured[c] : displayWidth(cell)) + 2 : 0;
            char* out = room(utf8.requiredSpace(cell.size()) + padding + 1);
            out = utf8.appendToBuffer(out, cell);
            std::memset(out, ' ', size_t(padding));
            used = out + padding - buffer.constData();
        }
        *room(1) = '\n';
        ++used;
    };
    print(headers, nullptr);
    for (const QStringList& row : rows) {
        print(row, cellWidth);
        cellWidth += row.size();
    }
    bytes(QByteArrayView(buffer.constData(), used));
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
