#include "sandbox/JsonWriter.h"

#include <cstdio>

namespace duper::sandbox {

void JsonWriter::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_needComma)
        m_data.append(',');
}

JsonWriter& JsonWriter::beginObject()
{
    separate();
    m_data.append('{');
    m_needComma = false;
    return *this;
}

JsonWriter& JsonWriter::endObject()
{
    m_data.append('}');
    m_needComma = true;
    return *this;
}

JsonWriter& JsonWriter::beginArray()
{
    separate();
    m_data.append('[');
    m_needComma = false;
    return *this;
}

JsonWriter& JsonWriter::endArray()
{
    m_data.append(']');
    m_needComma = true;
    return *this;
}

JsonWriter& JsonWriter::key(QLatin1String name)
{
    // Field names written by the sandbox are plain ASCII: no escaping needed, and this is the hot path when
    // rendering stats for thousands of followers.
    separate();
    m_data.append('"');
    m_data.append(name.data(), name.size());
    m_data.append("\":", 2);
    m_afterKey = true;
    return *this;
}

JsonWriter& JsonWriter::key(const QString& name)
{
    separate();
    m_data.append(quoted(name));
    m_data.append(':');
    m_afterKey = true;
    return *this;
}

JsonWriter& JsonWriter::value(const QString& text)
{
    separate();
    m_data.append(quoted(text));
    m_needComma = true;
    return *this;
}

JsonWriter& JsonWriter::value(QLatin1String text)
{
    return value(QString(text));
}

JsonWriter& JsonWriter::value(qint64 number)
{
    separate();
    m_data.append(QByteArray::number(number));
    m_needComma = true;
    return *this;
}

JsonWriter& JsonWriter::value(double number)
{
    separate();
    QByteArray text = QByteArray::number(number, 'g', 15);
    if (!text.contains('.') && !text.contains('e'))
        text.append(".0");
    m_data.append(text);
    m_needComma = true;
    return *this;
}

JsonWriter& JsonWriter::value(bool flag)
{
    separate();
    m_data.append(flag ? "true" : "false");
    m_needComma = true;
    return *this;
}

JsonWriter& JsonWriter::null()
{
    separate();
    m_data.append("null");
    m_needComma = true;
    return *this;
}

JsonWriter& JsonWriter::raw(const QByteArray& json)
{
    separate();
    m_data.append(json);
    m_needComma = true;
    return *this;
}

JsonWriter& JsonWriter::stringArray(const QStringList& values)
{
    beginArray();
    for (const QString& v : values)
        value(v);
    return endArray();
}

QByteArray JsonWriter::quoted(const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() + 2);
    out.append('"');
    for (const char c : utf8) {
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(static_cast<unsigned char>(c)));
                out.append(buf);
            } else {
                out.append(c);
            }
        }
    }
    out.append('"');
    return out;
}

QByteArray JsonWriter::pretty(const QByteArray& compact)
{
    QByteArray out;
    out.reserve(compact.size() * 2);
    int depth = 0;
    bool inString = false;
    auto newline = [&out](int level) {
        out.append('\n');
        out.append(QByteArray(level * 2, ' '));
    };
    for (qsizetype i = 0; i < compact.size(); ++i) {
        const char c = compact.at(i);
        if (inString) {
            out.append(c);
            if (c == '\\' && i + 1 < compact.size())
                out.append(compact.at(++i));
            else if (c == '"')
                inString = false;
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            out.append(c);
            break;
        case '{':
        case '[':
            if (i + 1 < compact.size() && (compact.at(i + 1) == '}' || compact.at(i + 1) == ']')) {
                out.append(c).append(' ').append(compact.at(++i));
                break;
            }
            out.append(c);
            newline(++depth);
            break;
        case '}':
        case ']':
            newline(--depth);
            out.append(c);
            break;
        case ',':
            out.append(c);
            newline(depth);
            break;
        case ':':
            out.append(" : ");
            break;
        default:
            out.append(c);
        }
    }
    out.append('\n');
    return out;
}

} // namespace duper::sandbox
