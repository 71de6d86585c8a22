#pragma once

#include <QtGlobal>
#include <string_view>
#include <vector>

namespace duper {

// Finds, in a JSON text that is still arriving, the elements of one array named by a path of object keys from the
// root (["follow_stats", "indices"] for GET /_ccr/stats), so they can be parsed while the rest of the body is on the
// wire. It only finds boundaries: it tracks strings, escapes and nesting, and checks that elements are objects or
// arrays separated by commas. The parser that reads the elements validates them, and the text outside the array (the
// "skeleton": everything before its '[' and from its ']') is parsed on its own at the end.
//
// Anything it cannot vouch for gives up (Abandoned), and the caller parses the whole body the ordinary way, which also
// words any error: a key on the path written with escapes, an element that is not an object or array, a stray
// character between elements. A path key met twice is fine: only the first array is streamed, and the skeleton holds
// the later one, which a full parse would also read after the first.
class JsonArrayStreamScanner
{
public:
    enum class State {
        Locating, // before the array's '['
        InArray,  // between its '[' and ']'
        Closed,   // after its ']': the skeleton is complete once the body is
        Abandoned // gave up: parse the whole body instead
    };

    // Complete elements found by one advance(): bytes [begin, end) hold `count` elements separated by commas and
    // whitespace; count 0 when none.
    struct Span
    {
        qsizetype begin = 0;
        qsizetype end = 0;
        int count = 0;
    };

    explicit JsonArrayStreamScanner(std::vector<std::string_view> keyPath);

    // Scans on from where the last call stopped, up to `available` bytes of `data` (the same text, grown), and
    // returns the complete elements found since. It stops early once the elements found span `maxSpanBytes` or
    // more, so a caller can parse in bounded pieces; call again for the rest.
    Span advance(const char* data, qsizetype available, qsizetype maxSpanBytes);

    State state() const { return m_state; }
    // Offsets of the array's '[' (from InArray on) and ']' (Closed).
    qsizetype arrayOpen() const { return m_arrayOpen; }
    qsizetype arrayClose() const { return m_arrayClose; }
    // How far the text has been scanned.
    qsizetype scanned() const { return m_position; }

private:
    static constexpr int kMaxDepth = 256;

    enum class Expect { FirstOrClose, Element, CommaOrClose, InsideElement };

    // One character outside strings and elements; false once the scanner has stopped for good (abandoned or closed).
    bool onStructural(const char* data, qsizetype at);
    bool onOpen(char bracket, qsizetype at);
    bool onClose(qsizetype at);
    // Runs through the inside of an element from `at`: returns the position after its closing bracket (the element
    // is complete), or `end` when the bytes run out first.
    qsizetype skipThroughElement(const char* data, qsizetype at, qsizetype end);
    // The same, one string or bracket at a time (blocks with escapes, and the last bytes).
    qsizetype skipBytewise(const char* data, qsizetype at, qsizetype end);
    void onColon(const char* data);
    bool abandon();

    std::vector<std::string_view> m_keyPath;
    State m_state = State::Locating;
    Expect m_expect = Expect::FirstOrClose;
    qsizetype m_position = 0;
    int m_depth = 0;
    bool m_inString = false;
    bool m_escaped = false;
    bool m_stringHasEscape = false;

    // While locating: for each depth up to the path's length, whether the containers down to it are objects on the
    // path. The last string closed at a shallow depth may be a key; a colon after it decides.
    std::vector<bool> m_onPath;
    qsizetype m_stringBegin = 0;
    qsizetype m_lastStringBegin = -1;
    qsizetype m_lastStringEnd = -1;
    int m_lastStringDepth = -1;
    bool m_lastStringHasEscape = false;
    int m_pendingValueDepth = -1; // a path key's colon was seen at this depth: its value comes next
    bool m_pendingValueMatches = false;

    int m_arrayDepth = -1;
    qsizetype m_arrayOpen = -1;
    qsizetype m_arrayClose = -1;
    qsizetype m_elementBegin = -1; // of the element being scanned, which may have begun in an earlier advance()
};

} // namespace duper
