#include "core/json/JsonArrayStreamScanner.h"

#include <algorithm>
#include <cstdint>

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

constexpr qsizetype kBlockBytes = 64;

// One bit per byte of a 64-byte block: where its quotes, backslashes and brackets are.
struct BlockMasks
{
    std::uint64_t quotes = 0;
    std::uint64_t backslashes = 0;
    std::uint64_t opening = 0; // '{' or '['
    std::uint64_t closing = 0; // '}' or ']'
};

BlockMasks classifyBlock(const char* block)
{
    BlockMasks masks;
#if defined(__SSE2__)
    const __m128i quote = _mm_set1_epi8('"');
    const __m128i backslash = _mm_set1_epi8('\\');
    const __m128i withoutBit5 = _mm_set1_epi8(char(0xDF)); // folds '{' onto '[' and '}' onto ']', nothing else
    const __m128i opening = _mm_set1_epi8('[');
    const __m128i closing = _mm_set1_epi8(']');
    for (int part = 0; part < 4; ++part) {
        const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(block + 16 * part));
        const __m128i folded = _mm_and_si128(bytes, withoutBit5);
        const auto bits = [part](__m128i matches) {
            return std::uint64_t(unsigned(_mm_movemask_epi8(matches))) << (16 * part);
        };
        masks.quotes |= bits(_mm_cmpeq_epi8(bytes, quote));
        masks.backslashes |= bits(_mm_cmpeq_epi8(bytes, backslash));
        masks.opening |= bits(_mm_cmpeq_epi8(folded, opening));
        masks.closing |= bits(_mm_cmpeq_epi8(folded, closing));
    }
#else
    for (int i = 0; i < kBlockBytes; ++i) {
        const std::uint64_t bit = std::uint64_t(1) << i;
        const char c = block[i];
        masks.quotes |= c == '"' ? bit : 0;
        masks.backslashes |= c == '\\' ? bit : 0;
        masks.opening |= c == '{' || c == '[' ? bit : 0;
        masks.closing |= c == '}' || c == ']' ? bit : 0;
    }
#endif
    return masks;
}

// Bit i is the XOR of bits 0..i: with one bit per quote, the bytes from an opening quote up to (not including) its
// closing one.
std::uint64_t prefixXor(std::uint64_t bits)
{
    bits ^= bits << 1;
    bits ^= bits << 2;
    bits ^= bits << 4;
    bits ^= bits << 8;
    bits ^= bits << 16;
    bits ^= bits << 32;
    return bits;
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
    // Nearly all of the body is inside elements, so this is the scanner's hot loop. Inside an element only strings
    // (for the brackets they may hold) and brackets count; the parser reading the piece checks everything else.
    // A whole block of 64 bytes without a backslash is read from bit masks: its strings are the bytes between
    // quotes, and only the brackets outside them are visited. Blocks with an escape, and the last bytes, go one
    // string or bracket at a time.
    while (at < end) {
        if (end - at >= kBlockBytes && !m_escaped) {
            const BlockMasks masks = classifyBlock(data + at);
            if (masks.backslashes == 0) {
                const std::uint64_t inStrings = prefixXor(masks.quotes) ^ (m_inString ? ~std::uint64_t(0) : 0);
                std::uint64_t brackets = (masks.opening | masks.closing) & ~inStrings;
                while (brackets != 0) {
                    const int bit = __builtin_ctzll(brackets);
                    brackets &= brackets - 1;
                    if ((masks.opening >> bit) & 1) {
                        if (++m_depth > kMaxDepth) {
                            abandon(); // a piece nests one level less deep than the body: only the whole body can tell
                            return at + bit + 1;
                        }
                    } else if (--m_depth == m_arrayDepth) {
                        m_inString = false;
                        m_expect = Expect::CommaOrClose;
                        return at + bit + 1;
                    }
                }
                m_inString = (inStrings >> 63) != 0;
                at += kBlockBytes;
                continue;
            }
        }
        const qsizetype blockEnd = std::min(end, at + kBlockBytes);
        at = skipBytewise(data, at, blockEnd);
        if (m_expect != Expect::InsideElement || m_state == State::Abandoned)
            return at;
    }
    return at;
}

qsizetype JsonArrayStreamScanner::skipBytewise(const char* data, qsizetype at, qsizetype end)
{
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
                abandon();
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
