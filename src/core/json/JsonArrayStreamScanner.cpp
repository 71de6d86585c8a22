#include "core/json/JsonArrayStreamScanner.h"

namespace duper {

namespace {

bool isWhitespace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

} // namespace

JsonArrayStreamScanner::JsonArrayStreamScanner(std::vector<std::string_view> keyPath)
    : m_keyPath(std::move(keyPath)), m_onPath(m_keyPath.size() + 2, false)
{
    if (m_keyPath.empty())
        m_state = State::Abandoned; // the root itself is not streamed
}

JsonArrayStreamScanner::Span JsonArrayStreamScanner::advance(const char* data, qsizetype available,
                                                             qsizetype maxSpanBytes)
{
    Span span;
    qsizetype at = m_position;
    while (at < available && (m_state == State::Locating || m_state == State::InArray)) {
        if (m_inString) {
            // Most of a body is strings: run through them looking only for their end or an escape.
            if (m_escaped) {
                m_escaped = false;
                ++at;
                continue;
            }
            while (at < available && data[at] != '"' && data[at] != '\\')
                ++at;
            if (at == available)
                break;
            if (data[at] == '\\') {
                m_escaped = true;
                m_stringHasEscape = true;
                ++at;
                continue;
            }
            m_inString = false;
            if (m_state == State::Locating && m_depth <= int(m_keyPath.size())) {
                m_lastStringBegin = m_stringBegin;
                m_lastStringEnd = at;
                m_lastStringDepth = m_depth;
                m_lastStringHasEscape = m_stringHasEscape;
            }
            ++at;
            continue;
        }
        const qsizetype here = at++;
        if (!onStructural(data, here, span))
            break;
        if (span.count > 0 && m_expect == Expect::CommaOrClose && span.end - span.begin >= maxSpanBytes)
            break;
    }
    m_position = at;
    return span;
}

bool JsonArrayStreamScanner::onStructural(const char* data, qsizetype at, Span& span)
{
    const char c = data[at];
    if (isWhitespace(c))
        return true;
    if (c == '"') {
        m_inString = true;
        m_stringHasEscape = false;
        m_stringBegin = at + 1;
        if (m_state == State::InArray && m_depth == m_arrayDepth)
            return abandon(); // a string where an element (an object or array) or a separator belongs
        m_pendingValueDepth = -1;
        return true;
    }
    if (c == '{' || c == '[')
        return onOpen(c, at);
    if (c == '}' || c == ']')
        return onClose(at, span);
    if (m_state == State::InArray && m_depth == m_arrayDepth) {
        if (c == ',' && m_expect == Expect::CommaOrClose) {
            m_expect = Expect::Element;
            return true;
        }
        return abandon();
    }
    if (m_state == State::Locating) {
        if (c == ':')
            onColon(data);
        else
            m_pendingValueDepth = -1; // a scalar value (or a comma): not a container on the path
    }
    return m_state != State::Abandoned;
}

void JsonArrayStreamScanner::onColon(const char* data)
{
    m_pendingValueDepth = -1;
    const int depth = m_depth;
    if (depth < 1 || depth > int(m_keyPath.size()) || m_lastStringDepth != depth || !m_onPath[size_t(depth)])
        return;
    if (m_lastStringHasEscape) {
        // Might spell a path key with escapes; the full parse reads it the way Elasticsearch meant it.
        abandon();
        return;
    }
    const std::string_view key(data + m_lastStringBegin, size_t(m_lastStringEnd - m_lastStringBegin));
    m_pendingValueDepth = depth;
    m_pendingValueMatches = key == m_keyPath[size_t(depth - 1)];
}

bool JsonArrayStreamScanner::onOpen(char bracket, qsizetype at)
{
    // A piece nests one level less deep than the same elements in the body: past this depth only the whole body
    // tells whether the parser's nesting limit is reached (Elasticsearch's bodies nest about ten levels).
    if (m_depth >= kMaxDepth)
        return abandon();
    if (m_state == State::InArray) {
        if (m_depth == m_arrayDepth) {
            if (m_expect != Expect::FirstOrClose && m_expect != Expect::Element)
                return abandon();
            m_expect = Expect::InsideElement;
            m_elementBegin = at;
        }
        ++m_depth;
        return true;
    }
    // Locating.
    const int depth = m_depth;
    const int pathLength = int(m_keyPath.size());
    const bool valueOfPathKey = m_pendingValueDepth == depth && m_pendingValueMatches;
    m_pendingValueDepth = -1;
    if (depth == 0) {
        m_onPath[1] = bracket == '{';
    } else if (valueOfPathKey && depth == pathLength && bracket == '[') {
        m_state = State::InArray;
        m_arrayDepth = depth + 1;
        m_arrayOpen = at;
        m_expect = Expect::FirstOrClose;
    } else if (depth < pathLength) {
        m_onPath[size_t(depth + 1)] = valueOfPathKey && bracket == '{';
    }
    ++m_depth;
    return true;
}

bool JsonArrayStreamScanner::onClose(qsizetype at, Span& span)
{
    if (m_state == State::InArray) {
        if (m_depth == m_arrayDepth) {
            if (m_expect != Expect::FirstOrClose && m_expect != Expect::CommaOrClose)
                return abandon(); // [ ... , ]
            m_state = State::Closed;
            m_arrayClose = at;
            --m_depth;
            return false;
        }
        --m_depth;
        if (m_depth == m_arrayDepth) {
            if (span.count == 0)
                span.begin = m_elementBegin;
            span.end = at + 1;
            ++span.count;
            m_elementBegin = -1;
            m_expect = Expect::CommaOrClose;
        }
        return true;
    }
    m_pendingValueDepth = -1;
    --m_depth;
    if (m_depth <= 0)
        return abandon(); // the root closed (or more closed than opened) without the array: nothing to stream
    return true;
}

bool JsonArrayStreamScanner::abandon()
{
    m_state = State::Abandoned;
    return false;
}

} // namespace duper
