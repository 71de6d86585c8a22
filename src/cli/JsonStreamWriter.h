#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QLatin1StringView>
#include <QStringView>
#include <QVarLengthArray>
#include <functional>

namespace duper::cli {

// Writes JSON piece by piece into a fixed buffer handed to a sink whenever it fills: --json output for 10,000
// followers without a QJsonObject per follower (a DOM of them cost ~90 MB and most of the run). The layout is
// QJsonDocument::Indented's (four spaces, `"key": value`, a newline after the top level), so output is unchanged
// for readers of the other commands' JSON; keys come out in the order written (Elasticsearch's) and integers exactly.
// The caller pairs begin/end and puts a key before each value inside an object; the writer does not check.
class JsonStreamWriter
{
public:
    using Sink = std::function<void(QByteArrayView)>;

    explicit JsonStreamWriter(Sink sink);
    // Hands what is still buffered to the sink.
    ~JsonStreamWriter();
    JsonStreamWriter(const JsonStreamWriter&) = delete;
    JsonStreamWriter& operator=(const JsonStreamWriter&) = delete;

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    void key(QLatin1StringView name);
    void key(QStringView name);

    void value(QStringView text);
    void value(QLatin1StringView text);
    void value(qint64 number);
    void value(int number) { value(qint64(number)); }
    void value(bool flag);
    void null();

    // key(name) then value(v).
    template <typename T> void field(QLatin1StringView name, const T& v)
    {
        key(name);
        value(v);
    }
    void nullField(QLatin1StringView name)
    {
        key(name);
        null();
    }

    // How many objects and arrays are open.
    qsizetype depth() const { return m_levels.size(); }
    // A value rendered before with renderedAt() for this depth, written as it is: a piece that repeats verbatim
    // (10,000 followers' identical parameters) costs a copy, not a rendering.
    void rawValue(QByteArrayView rendered)
    {
        beforeValue();
        append(rendered);
    }
    // What `write` writes (one value) as it would come out at `depth`, right after a member's name.
    static QByteArray renderedAt(qsizetype depth, const std::function<void(JsonStreamWriter&)>& write);

    void flush();

private:
    struct Level
    {
        bool array = false;
        bool empty = true;
    };

    // Separator and indentation before a member's name, or before a value (none right after a name).
    void beforeKey();
    void beforeValue();
    void open(char bracket, bool array);
    void close(char bracket);
    void indent(qsizetype levels);
    // Room for `bytes` more at the end of the buffer, flushing first when they do not fit. Inline: it is called for
    // every piece of output.
    char* reserve(qsizetype bytes) { return m_used + bytes <= m_buffer.size() ? m_data + m_used : makeRoom(bytes); }
    char* makeRoom(qsizetype bytes);
    void append(QByteArrayView bytes);
    void appendString(QStringView text);
    void appendString(QLatin1StringView text);

    Sink m_sink;
    QByteArray m_buffer;    // sized once (grown only for a longer string); m_used of it hold output
    char* m_data = nullptr; // m_buffer.data(), never shared so never detached
    qsizetype m_used = 0;
    QVarLengthArray<Level, 16> m_levels;
    bool m_afterKey = false;
};

} // namespace duper::cli
