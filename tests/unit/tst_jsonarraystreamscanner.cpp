// JsonArrayStreamScanner (issue 13: parse GET /_ccr/stats while it arrives): it finds the elements of
// follow_stats.indices in a text fed in pieces of any size, never splits an element, and gives up on anything it
// cannot vouch for, so the whole body is parsed the ordinary way.
#include "core/json/JsonArrayStreamScanner.h"

#include <QTest>

using namespace duper;

namespace {

using State = JsonArrayStreamScanner::State;

struct Fed
{
    State state = State::Locating;
    QList<JsonArrayStreamScanner::Span> spans;
    int elements = 0;
    qsizetype arrayOpen = -1;
    qsizetype arrayClose = -1;
};

// Feeds `text` `piece` bytes at a time (each call sees all bytes so far), collecting the spans.
Fed feedInPieces(const QByteArray& text, qsizetype piece, qsizetype maxSpanBytes = 1 << 20,
                 std::vector<std::string_view> path = {"follow_stats", "indices"})
{
    JsonArrayStreamScanner scanner(std::move(path));
    Fed fed;
    for (qsizetype available = std::min(piece, text.size());; available = std::min(available + piece, text.size())) {
        for (;;) {
            const JsonArrayStreamScanner::Span span = scanner.advance(text.constData(), available, maxSpanBytes);
            if (span.count > 0) {
                fed.spans.append(span);
                fed.elements += span.count;
            }
            if (span.count == 0 || scanner.scanned() >= available)
                break;
        }
        if (available == text.size())
            break;
    }
    fed.state = scanner.state();
    fed.arrayOpen = scanner.arrayOpen();
    fed.arrayClose = scanner.arrayClose();
    return fed;
}

// The text between consecutive spans (and around them inside the array) is only commas and whitespace.
bool onlySeparators(const QByteArray& text)
{
    return std::all_of(text.cbegin(), text.cend(),
                       [](char c) { return c == ',' || c == ' ' || c == '\n' || c == '\r' || c == '\t'; });
}

} // namespace

class TestJsonArrayStreamScanner : public QObject
{
    Q_OBJECT

private slots:
    void findsEveryElementWhateverThePieceSize()
    {
        // Brackets, quotes and escapes inside strings, nested arrays and objects, a decoy key in a value and an array
        // of objects before the list: none of it may be taken for the list's structure.
        const QByteArray text = "{\"auto_follow_stats\":{\"recent\":[{\"a\":1},{\"b\":[2]}],\"note\":\"follow_stats\"},"
                                "\"follow_stats\" : { \"indices\" : [ {\"i\":\"a]}\\\"[{\"},"
                                "{\"i\":[1,{\"z\":\"\\\\\"}],\"k\":\"\\u005d\"} ,\n {\"i\":3}\t] }, \"tail\":[1]}";
        const qsizetype open = text.indexOf("[ {");
        const qsizetype firstElement = open + 2;
        const qsizetype close = text.indexOf("\t]") + 1;
        const qsizetype lastElementEnd = text.indexOf("{\"i\":3}") + 7;
        for (qsizetype piece = 1; piece <= text.size(); ++piece) {
            const Fed fed = feedInPieces(text, piece);
            QCOMPARE(fed.state, State::Closed);
            QCOMPARE(fed.elements, 3);
            QCOMPARE(fed.arrayOpen, open);
            QCOMPARE(fed.arrayClose, close);
            QCOMPARE(fed.spans.constFirst().begin, firstElement);
            QCOMPARE(fed.spans.constLast().end, lastElementEnd);
            for (qsizetype i = 1; i < fed.spans.size(); ++i) {
                const qsizetype gapBegin = fed.spans.at(i - 1).end;
                QVERIFY(onlySeparators(text.mid(gapBegin, fed.spans.at(i).begin - gapBegin)));
            }
        }
    }

    void longElementsAtEveryOffsetOfA64ByteBlock()
    {
        // Elements longer than the scanner's 64-byte blocks, their strings (holding brackets, escaped quotes and
        // backslashes) starting and ending at every offset of a block, and a string that ends right at a block's
        // last byte: the block masks must find exactly the elements a byte-by-byte reading finds.
        QByteArray text = "{\"follow_stats\":{\"indices\":[";
        QList<QPair<qsizetype, qsizetype>> expected;
        for (int i = 0; i < 70; ++i) {
            if (i > 0)
                text += i % 3 == 0 ? ",\n " : ",";
            QByteArray element = "{\"name\":\"" + QByteArray(i, 'n') + "]}[{\",\"n\":[1,{\"x\":[\"" +
                                 QByteArray(i % 64, 'y') + "\"]}],\"reason\":\"";
            if (i % 4 == 0)
                element += "say \\\"[}\\\" and \\\\";
            element += QByteArray(63 - i % 64, 'p') + "\"}";
            expected.append({text.size(), text.size() + element.size()});
            text += element;
        }
        text += "]}}";
        for (const qsizetype piece : {qsizetype(1), qsizetype(7), qsizetype(63), qsizetype(64), qsizetype(65),
                                      qsizetype(200), text.size()}) {
            const Fed fed = feedInPieces(text, piece, /*maxSpanBytes=*/1);
            QCOMPARE(fed.state, State::Closed);
            QCOMPARE(fed.spans.size(), expected.size());
            for (qsizetype i = 0; i < expected.size(); ++i) {
                QCOMPARE(fed.spans.at(i).begin, expected.at(i).first);
                QCOMPARE(fed.spans.at(i).end, expected.at(i).second);
            }
        }
    }

    void boundsEachSpan()
    {
        const QByteArray text = R"({"follow_stats":{"indices":[{"a":1},{"b":2},{"c":3},{"d":4}]}})";
        const Fed fed = feedInPieces(text, text.size(), /*maxSpanBytes=*/1);
        QCOMPARE(fed.state, State::Closed);
        QCOMPARE(fed.spans.size(), 4);
        for (const JsonArrayStreamScanner::Span& span : fed.spans)
            QCOMPARE(span.count, 1);
        QCOMPARE(text.mid(fed.spans.at(2).begin, fed.spans.at(2).end - fed.spans.at(2).begin), QByteArray(R"({"c":3})"));
    }

    void streamsTheFirstOfTwoLists()
    {
        // A repeated key: the full parse reads both lists in order; the scanner streams the first and leaves the
        // second in the skeleton.
        const QByteArray text = R"({"follow_stats":{"indices":[{"a":1}],"indices":[{"b":2}]}})";
        const Fed fed = feedInPieces(text, 5);
        QCOMPARE(fed.state, State::Closed);
        QCOMPARE(fed.elements, 1);
        QCOMPARE(fed.arrayClose, text.indexOf("],"));
    }

    void findsTheListAfterAScalarOfTheSameName()
    {
        const QByteArray text = R"({"follow_stats":5,"x":"indices","follow_stats":{"indices":[{"a":1}]}})";
        const Fed fed = feedInPieces(text, 3);
        QCOMPARE(fed.state, State::Closed);
        QCOMPARE(fed.elements, 1);
        QCOMPARE(fed.arrayOpen, text.indexOf("[{"));
    }

    void emptyListAndOtherPaths()
    {
        const Fed empty = feedInPieces(R"({"follow_stats":{"indices":[ ]}})", 2);
        QCOMPARE(empty.state, State::Closed);
        QCOMPARE(empty.elements, 0);

        const QByteArray followStats = R"({"indices":[{"index":"a"},{"index":"b"}]})";
        const Fed topLevel = feedInPieces(followStats, 4, 1 << 20, {"indices"});
        QCOMPARE(topLevel.state, State::Closed);
        QCOMPARE(topLevel.elements, 2);
    }

    void stopsInsideAnUnfinishedBody()
    {
        const QByteArray text = R"({"follow_stats":{"indices":[{"a":1},{"b":)";
        const Fed fed = feedInPieces(text, 4);
        QCOMPARE(fed.state, State::InArray);
        QCOMPARE(fed.elements, 1);
    }

    void givesUpOnWhatItCannotVouchFor_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("trailing comma") << QByteArray(R"({"follow_stats":{"indices":[{"a":1},]}})");
        QTest::newRow("leading comma") << QByteArray(R"({"follow_stats":{"indices":[,{"a":1}]}})");
        QTest::newRow("missing comma") << QByteArray(R"({"follow_stats":{"indices":[{"a":1} {"b":2}]}})");
        QTest::newRow("string element") << QByteArray(R"({"follow_stats":{"indices":["x"]}})");
        QTest::newRow("number element") << QByteArray(R"({"follow_stats":{"indices":[1]}})");
        QTest::newRow("escaped path key") << QByteArray("{\"follow\\u005fstats\":{\"indices\":[{\"a\":1}]}}");
        QTest::newRow("no list") << QByteArray(R"({"follow_stats":{"other":[{"a":1}]}})");
        QTest::newRow("path through an array") << QByteArray(R"({"follow_stats":[{"indices":[{"a":1}]}]})");
        QTest::newRow("root is an array") << QByteArray(R"([{"follow_stats":{"indices":[{"a":1}]}}])");
        QTest::newRow("too deep") << QByteArray(R"({"x":{"follow_stats":{"indices":[{"a":1}]}}})");
        QTest::newRow("nested too deep") << QByteArray("{\"follow_stats\":{\"indices\":[") + QByteArray(300, '[') +
                                                QByteArray(300, ']') + QByteArray("]}}");
        QTest::newRow("more closed than opened") << QByteArray(R"(}]{"follow_stats":{"indices":[{"a":1}]}})");
    }

    void givesUpOnWhatItCannotVouchFor()
    {
        QFETCH(QByteArray, text);
        for (qsizetype piece : {qsizetype(1), qsizetype(7), text.size()})
            QCOMPARE(feedInPieces(text, piece).state, State::Abandoned);
    }
};

QTEST_GUILESS_MAIN(TestJsonArrayStreamScanner)
#include "tst_jsonarraystreamscanner.moc"
