#include "cli/JsonStreamWriter.h"

#include <algorithm>
#include <charconv>
#include <cstring>

namespace duper::cli {

namespace {

// Large enough that a 13 MB answer takes ~200 writes, small enough to stay in the cache.
constexpr qsizetype kChunk = 64 * 1024;

char* hexEscape(char* out, char16_t unit)
{
    static constexpr char digits[] = "0123456789abcdef";
    *out++ = '\\';
    *out++ = 'u';
    *out++ = digits[(unit >> 12) & 0xf];
    *out++ = digits[(unit >> 8) & 0xf];
    *out++ = digits[(unit >> 4) & 0xf];
    *out++ = digits[unit & 0xf];
    return out;
}

// UTF-16 (or Latin-1) to UTF-8 with JSON's escapes, as QJsonDocument writes them: the two-character escapes, \u00XX
// for other controls, and \uXXXX for a surrogate without its other half (no valid UTF-8 for it; the text stays
// readable). `out` has room for 6 bytes a unit plus the quotes. Returns the end of what it wrote.
template <typename Unit> char* writeQuoted(char* out, const Unit* in, const Unit* const end)
{
    *out++ = '"';
    while (in != end) {
        const char16_t unit = *in++;
        if (unit < 0x80) {
            if (unit >= 0x20 && unit != '"' && unit != '\\') {
                *out++ = char(unit);
                continue;
            }
            switch (unit) {
            case '"':
                out = std::copy_n("\\\"", 2, out);
                break;
            case '\\':
                out = std::copy_n("\\\\", 2, out);
                break;
            case '\b':
                out = std::copy_n("\\b", 2, out);
                break;
            case '\f':
                out = std::copy_n("\\f", 2, out);
                break;
            case '\n':
                out = std::copy_n("\\n", 2, out);
                break;
            case '\r':
                out = std::copy_n("\\r", 2, out);
                break;
            case '\t':
                out = std::copy_n("\\t", 2, out);
                break;
            default:
                out = hexEscape(out, unit);
            }
        } else if (unit < 0x800) {
            *out++ = char(0xc0 | (unit >> 6));
            *out++ = char(0x80 | (unit & 0x3f));
        } else if (unit < 0xd800 || unit > 0xdfff) {
            *out++ = char(0xe0 | (unit >> 12));
            *out++ = char(0x80 | ((unit >> 6) & 0x3f));
            *out++ = char(0x80 | (unit & 0x3f));
        } else if (const char16_t next = in != end ? char16_t(*in) : 0;
                   unit < 0xdc00 && next >= 0xdc00 && next <= 0xdfff) {
            ++in;
            const char32_t code = 0x10000 + ((char32_t(unit) - 0xd800) << 10) + (char32_t(next) - 0xdc00);
            *out++ = char(0xf0 | (code >> 18));
            *out++ = char(0x80 | ((code >> 12) & 0x3f));
            *out++ = char(0x80 | ((code >> 6) & 0x3f));
            *out++ = char(0x80 | (code & 0x3f));
        } else {
            out = hexEscape(out, unit);
        }
    }
    *out++ = '"';
    return out;
}

} // namespace

JsonStreamWriter::JsonStreamWriter(Sink sink) : m_sink(std::move(sink))
{
    m_buffer.resize(kChunk);
    m_data = m_buffer.data();
}

JsonStreamWriter::~JsonStreamWriter()
{
    flush();
}

void JsonStreamWriter::beginObject()
{
    open('{', false);
}

void JsonStreamWriter::endObject()
{
    close('}');
}

void JsonStreamWriter::beginArray()
{
    open('[', true);
}

void JsonStreamWriter::endArray()
{
    close(']');
}

void JsonStreamWriter::key(QLatin1StringView name)
{
    beforeKey();
    appendString(name);
    append(": ");
}

void JsonStreamWriter::key(QStringView name)
{
    beforeKey();
    appendString(name);
    append(": ");
}

void JsonStreamWriter::value(QStringView text)
{
    beforeValue();
    appendString(text);
}

void JsonStreamWriter::value(QLatin1StringView text)
{
    beforeValue();
    appendString(text);
}

void JsonStreamWriter::value(qint64 number)
{
    beforeValue();
    char* out = reserve(24);
    m_used += std::to_chars(out, out + 24, number).ptr - out;
}

void JsonStreamWriter::value(bool flag)
{
    beforeValue();
    append(flag ? QByteArrayView("true") : QByteArrayView("false"));
}

void JsonStreamWriter::null()
{
    beforeValue();
    append("null");
}

QByteArray JsonStreamWriter::renderedAt(qsizetype depth, const std::function<void(JsonStreamWriter&)>& write)
{
    QByteArray rendered;
    {
        JsonStreamWriter out([&rendered](QByteArrayView bytes) { rendered.append(bytes); });
        for (qsizetype level = 0; level < depth; ++level)
            out.m_levels.append(Level{false, false});
        out.m_afterKey = true;
        write(out);
    }
    return rendered;
}

void JsonStreamWriter::flush()
{
    if (m_used == 0)
        return;
    m_sink(QByteArrayView(m_buffer.constData(), m_used));
    m_used = 0;
}

void JsonStreamWriter::beforeKey()
{
    Level& level = m_levels.back();
    if (!level.empty)
        append(",\n");
    level.empty = false;
    indent(m_levels.size());
    m_afterKey = true; // once the name is written
}

void JsonStreamWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_levels.isEmpty())
        return;
    Level& level = m_levels.back();
    if (!level.empty)
        append(",\n");
    level.empty = false;
    indent(m_levels.size());
}

void JsonStreamWriter::open(char bracket, bool array)
{
    beforeValue();
    const char text[] = {bracket, '\n'};
    append(QByteArrayView(text, 2));
    m_levels.append(Level{array, true});
}

void JsonStreamWriter::close(char bracket)
{
    const bool empty = m_levels.back().empty;
    m_levels.removeLast();
    if (!empty)
        append("\n");
    indent(m_levels.size());
    append(QByteArrayView(&bracket, 1));
    if (m_levels.isEmpty())
        append("\n"); // as QJsonDocument::toJson ends a document
}

void JsonStreamWriter::indent(qsizetype levels)
{
    char* out = reserve(4 * levels);
    std::memset(out, ' ', size_t(4 * levels));
    m_used += 4 * levels;
}

char* JsonStreamWriter::makeRoom(qsizetype bytes)
{
    flush();
    if (bytes > m_buffer.size()) {
        m_buffer.resize(bytes);
        m_data = m_buffer.data();
    }
    return m_data;
}

void JsonStreamWriter::append(QByteArrayView bytes)
{
    char* out = reserve(bytes.size());
    std::memcpy(out, bytes.data(), size_t(bytes.size()));
    m_used += bytes.size();
}

void JsonStreamWriter::appendString(QStringView text)
{
    char* const start = reserve(6 * text.size() + 2);
    m_used += writeQuoted(start, text.utf16(), text.utf16() + text.size()) - start;
}

void JsonStreamWriter::appendString(QLatin1StringView text)
{
    char* const start = reserve(6 * text.size() + 2);
    const auto* in = reinterpret_cast<const uchar*>(text.data());
    // Names and words such as "follower_index" or "active" need no escape: copied whole, not byte by byte.
    const bool plain =
        std::all_of(in, in + text.size(), [](uchar c) { return c >= 0x20 && c < 0x80 && c != '"' && c != '\\'; });
    if (plain) {
        start[0] = '"';
        std::memcpy(start + 1, in, size_t(text.size()));
        start[text.size() + 1] = '"';
        m_used += text.size() + 2;
        return;
    }
    m_used += writeQuoted(start, in, in + text.size()) - start;
}

} // namespace duper::cli
