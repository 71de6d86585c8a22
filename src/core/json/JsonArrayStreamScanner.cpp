#include "core/json/JsonArrayStreamScanner.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace duper {

namespace {

bool isWhitespace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

// The first byte at or after `at` (before `end`) that can end a string or escape in it: '"' or '\\'. Sixteen bytes at a
// time: a byte loop here cost more than parsing the elements.
qsizetype nextQuoteOrBackslash(const char* data, qsizetype at, qsizetype end)
{
#if defined(__SSE2__)
    const __m128i quote = _mm_set1_epi8('"');
    const __m128i backslash = _mm_set1_epi8('\\');
    for (; at + 16 <= end; at += 16) {
        const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(data + at));
        const int hits =
            _mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(bytes, quote), _mm_cmpeq_epi8(bytes, backslash)));
        if (hits)
            return at + __builtin_ctz(unsigned(hits));
    }
#endif
    while (at < end && data[at] != '"' && data[at] != '\\')
        ++at;
    return at;
}

// Inside an element, outside strings, only quotes and brackets matter: the first of '"', '{', '}', '[', ']'.
// ('{' and '[' differ only in bit 5, as do '}' and ']'.)
qsizetype nextQuoteOrBracket(const char* data, qsizetype at, qsizetype end)
{
#if defined(__SSE2__)
    const __m128i quote = _mm_set1_epi8('"');
    const __m128i withoutBit5 = _mm_set1_epi8(char(0xDF));
    const __m128i opening = _mm_set1_epi8('[');
    const __m128i closing = _mm_set1_epi8(']');
    for (; at + 16 <= end; at += 16) {
        const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(data + at));
        const __m128i folded = _mm_and_si128(bytes, withoutBit5);
        const __m128i brackets = _mm_or_si128(_mm_cmpeq_epi8(folded, opening), _mm_cmpeq_epi8(folded, closing));
        const int hits = _mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(bytes, quote), brackets));
        if (hits)
            return at + __builtin_ctz(unsigned(hits));
    }
#endif
    for (; at < end; ++at) {
        const char c = data[at];
        if (c == '"' || c == '{' || c == '}' || c == '[' || c == ']')
            return at;
    }
    return at;
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
        if (m_state == State::InArray && m_expect == Expect::InsideElement) {
            at = skipThroughElement(data, at, available);
            if (m_expect == Expect::InsideElement || m_state == State::Abandoned)
                break; // the bytes ran out inside the element (or it nests too deep)
            if (span.count == 0)
                span.begin = m_elementBegin;
            span.end = at;
            ++span.count;
            m_elementBegin = -1;
            if (span.end - span.begin >= maxSpanBytes)
                break;
            continue;
        }
        if (m_inString) {
            // Most of a body is strings: run through them looking only for their end or an escape.
            if (m_escaped) {
                m_escaped = false;
                ++at;
                continue;
            }
            at = nextQuoteOrBackslash(data, at, available);
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
        if (!onStructural(data, at++))
            break;
    }
    m_position = at;
    return span;
}

qsizetype JsonArrayStreamScanner::skipThroughElement(const char* data, qsizetype at, qsizetype end)
{
    // Nearly all of the body is inside elements, so this loop is kept tight: inside an element only strings (for the
    // brackets they may hold) and brackets count; the parser reading the piece checks everything else.
    while (at < end) {
        if (m_inString) {
            if (m_escaped) {
                m_escaped = false;
                ++at;
                continue;
            }
            at = nextQuoteOrBackslash(data, at, end);
            if (at == end)
                return end;
            if (data[at] == '\\')
                m_escaped = true;
            else
                m_inString = false;
            ++at;
            continue;
        }
        at = nextQuoteOrBracket(data, at, end);
        if (at == end)
            return end;
        const char c = data[at++];
        if (c == '"') {
            m_inString = true;
        } else if (c == '{' || c == '[') {
            if (++m_depth > kMaxDepth) {
                abandon(); // a piece nests one level less deep than the body: only the whole body can tell
                return at;
            }
        } else if (--m_depth == m_arrayDepth) {
            m_expect = Expect::CommaOrClose;
            return at;
        }
    }
    return at;
}

bool JsonArrayStreamScanner::onStructural(const char* data, qsizetype at)
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
        return onClose(at);
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
        // Between elements (skipThroughElement() runs through the inside of one): the next one begins.
        if (m_expect != Expect::FirstOrClose && m_expect != Expect::Element)
            return abandon();
        m_expect = Expect::InsideElement;
        m_elementBegin = at;
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

bool JsonArrayStreamScanner::onClose(qsizetype at)
{
    if (m_state == State::InArray) {
        // Between elements: the list ends.
        if (m_expect != Expect::FirstOrClose && m_expect != Expect::CommaOrClose)
            return abandon(); // [ ... , ]
        m_state = State::Closed;
        m_arrayClose = at;
        --m_depth;
        return false;
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
