#include "sandbox/OrderedJson.h"

namespace duper::sandbox {

// Recursive descent over the bytes; depth is bounded so hostile nesting cannot exhaust the stack.
class OrderedJson::Parser
{
public:
    explicit Parser(const QByteArray& json) : m_data(json) {}

    std::optional<Node> document()
    {
        Node node;
        if (!value(node, 0))
            return std::nullopt;
        skipBlanks();
        if (m_pos != m_data.size())
            return std::nullopt;
        return node;
    }

private:
    static constexpr int kMaxDepth = 512;

    void skipBlanks()
    {
        while (m_pos < m_data.size() &&
               (m_data[m_pos] == ' ' || m_data[m_pos] == '\n' || m_data[m_pos] == '\r' || m_data[m_pos] == '\t'))
            ++m_pos;
    }
    bool peek(char c)
    {
        skipBlanks();
        return m_pos < m_data.size() && m_data[m_pos] == c;
    }

    bool value(Node& node, int depth)
    {
        if (depth > kMaxDepth)
            return false;
        skipBlanks();
        if (m_pos >= m_data.size())
            return false;
        const char c = m_data[m_pos];
        if (c == '{')
            return object(node, depth);
        if (c == '[')
            return array(node, depth);
        const qsizetype start = m_pos;
        if (c == '"') {
            if (!string(nullptr))
                return false;
        } else {
            while (m_pos < m_data.size() && m_data[m_pos] != ',' && m_data[m_pos] != '}' && m_data[m_pos] != ']' &&
                   m_data[m_pos] != ' ' && m_data[m_pos] != '\n' && m_data[m_pos] != '\r' && m_data[m_pos] != '\t')
                ++m_pos;
            if (m_pos == start)
                return false;
        }
        node.kind = Kind::Scalar;
        node.text = m_data.mid(start, m_pos - start);
        return true;
    }

    bool object(Node& node, int depth)
    {
        node.kind = Kind::Object;
        ++m_pos; // '{'
        if (peek('}')) {
            ++m_pos;
            return true;
        }
        while (true) {
            skipBlanks();
            Member member;
            const qsizetype start = m_pos;
            if (m_pos >= m_data.size() || m_data[m_pos] != '"' || !string(&member.name))
                return false;
            member.key = m_data.mid(start, m_pos - start);
            if (!peek(':'))
                return false;
            ++m_pos;
            if (!value(member.value, depth + 1))
                return false;
            node.members.append(std::move(member));
            if (peek(',')) {
                ++m_pos;
                continue;
            }
            if (peek('}')) {
                ++m_pos;
                return true;
            }
            return false;
        }
    }

    bool array(Node& node, int depth)
    {
        node.kind = Kind::Array;
        ++m_pos; // '['
        if (peek(']')) {
            ++m_pos;
            return true;
        }
        while (true) {
            Node item;
            if (!value(item, depth + 1))
                return false;
            node.items.append(std::move(item));
            if (peek(',')) {
                ++m_pos;
                continue;
            }
            if (peek(']')) {
                ++m_pos;
                return true;
            }
            return false;
        }
    }

    // At an opening quote: moves past the closing one, decoding into `decoded` when given.
    bool string(QString* decoded)
    {
        ++m_pos;
        QByteArray bytes;
        while (m_pos < m_data.size()) {
            const char c = m_data[m_pos++];
            if (c == '"') {
                if (decoded)
                    *decoded = QString::fromUtf8(bytes);
                return true;
            }
            if (c != '\\') {
                bytes.append(c);
                continue;
            }
            if (m_pos >= m_data.size())
                return false;
            const char e = m_data[m_pos++];
            switch (e) {
            case 'n':
                bytes.append('\n');
                break;
            case 't':
                bytes.append('\t');
                break;
            case 'r':
                bytes.append('\r');
                break;
            case 'b':
                bytes.append('\b');
                break;
            case 'f':
                bytes.append('\f');
                break;
            case 'u': {
                std::optional<char16_t> unit = hexUnit(m_pos);
                if (!unit)
                    return false;
                m_pos += 4;
                // A character outside the BMP comes as a surrogate pair: "\ud83d\ude00" is one emoji, not two.
                if (QChar::isHighSurrogate(*unit) && m_pos + 6 <= m_data.size() && m_data[m_pos] == '\\' &&
                    m_data[m_pos + 1] == 'u') {
                    const std::optional<char16_t> low = hexUnit(m_pos + 2);
                    if (low && QChar::isLowSurrogate(*low)) {
                        m_pos += 6;
                        const char32_t code = QChar::surrogateToUcs4(*unit, *low);
                        bytes.append(QString::fromUcs4(&code, 1).toUtf8());
                        break;
                    }
                }
                // An unpaired surrogate is not a character: U+FFFD, as a UTF-8 decoder would give for bad bytes.
                bytes.append(QChar::isSurrogate(*unit) ? QByteArray("\xEF\xBF\xBD") : QString(QChar(*unit)).toUtf8());
                break;
            }
            default:
                bytes.append(e);
            }
        }
        return false;
    }

    std::optional<char16_t> hexUnit(qsizetype at) const
    {
        // Exactly four hex digits: no sign, blanks or "0x" as a number parser would let through.
        if (at + 4 > m_data.size())
            return std::nullopt;
        char16_t unit = 0;
        for (qsizetype i = at; i < at + 4; ++i) {
            const char c = m_data[i];
            int digit = -1;
            if (c >= '0' && c <= '9')
                digit = c - '0';
            else if (c >= 'a' && c <= 'f')
                digit = c - 'a' + 10;
            else if (c >= 'A' && c <= 'F')
                digit = c - 'A' + 10;
            if (digit < 0)
                return std::nullopt;
            unit = static_cast<char16_t>(unit * 16 + digit);
        }
        return unit;
    }

    const QByteArray& m_data;
    qsizetype m_pos = 0;
};

std::optional<OrderedJson::Node> OrderedJson::parse(const QByteArray& json)
{
    return Parser(json).document();
}

QByteArray OrderedJson::write(const Node& node)
{
    QByteArray out;
    writeInto(out, node);
    return out;
}

void OrderedJson::writeInto(QByteArray& out, const Node& node)
{
    switch (node.kind) {
    case Kind::Scalar:
        out += node.text;
        return;
    case Kind::Object:
        out += '{';
        for (qsizetype i = 0; i < node.members.size(); ++i) {
            if (i > 0)
                out += ',';
            out += node.members.at(i).key;
            out += ':';
            writeInto(out, node.members.at(i).value);
        }
        out += '}';
        return;
    case Kind::Array:
        out += '[';
        for (qsizetype i = 0; i < node.items.size(); ++i) {
            if (i > 0)
                out += ',';
            writeInto(out, node.items.at(i));
        }
        out += ']';
        return;
    }
}

} // namespace duper::sandbox
