// The CLI's streaming JSON writer (issue 13: --json without a document of 10,000 objects): the same bytes as
// QJsonDocument::Indented for the same values, keys in the order written, exact 64-bit integers, JSON's escapes and
// UTF-8 (surrogate pairs joined, a lone surrogate escaped), and output handed over in bounded chunks.
#include "cli/JsonStreamWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <limits>

using duper::cli::JsonStreamWriter;

class CliJsonStreamWriterTest : public QObject
{
    Q_OBJECT

private slots:
    void sameBytesAsQJsonDocument();
    void keysInTheOrderWritten();
    void integersExact();
    void escapes();
    void unicode();
    void latin1Text();
    void topLevelArrayAndEmptyContainers();
    void chunksAreBoundedAndComplete();
    void renderedPiecesReplayVerbatim();
};

namespace {

// Collects what the writer hands over; counts the hand-overs.
struct Collected
{
    QByteArray bytes;
    int chunks = 0;
    qsizetype largest = 0;
    JsonStreamWriter::Sink sink()
    {
        return [this](QByteArrayView data) {
            bytes += data;
            ++chunks;
            largest = qMax(largest, data.size());
        };
    }
};

QByteArray oneString(QStringView text)
{
    Collected collected;
    {
        JsonStreamWriter out(collected.sink());
        out.beginArray();
        out.value(text);
        out.endArray();
    }
    return collected.bytes;
}

QByteArray asQt(QStringView text)
{
    return QJsonDocument(QJsonArray{text.toString()}).toJson(QJsonDocument::Indented);
}

} // namespace

void CliJsonStreamWriterTest::sameBytesAsQJsonDocument()
{
    // `QJsonArray{QJsonArray()}` is a copy for clang and a one-element array for gcc: built step by step instead.
    QJsonArray holdsAnEmptyArray;
    holdsAnEmptyArray.append(QJsonArray());
    // Keys written in QJsonObject's (sorted) order, so both must give identical bytes.
    const QJsonObject expected{
        {QStringLiteral("a_null"), QJsonValue::Null},
        {QStringLiteral("b_true"), true},
        {QStringLiteral("c_false"), false},
        {QStringLiteral("d_number"), qint64(-42)},
        {QStringLiteral("e_text"), QStringLiteral("follower-00001")},
        {QStringLiteral("f_empty_array"), QJsonArray()},
        {QStringLiteral("g_empty_object"), QJsonObject()},
        {QStringLiteral("h_nested"),
         QJsonArray{QJsonObject{{QStringLiteral("shard_id"), 0}, {QStringLiteral("x"), QJsonArray{1, 2}}},
                    QJsonObject{{QStringLiteral("shard_id"), 1}}, holdsAnEmptyArray}},
    };
    Collected collected;
    {
        JsonStreamWriter out(collected.sink());
        out.beginObject();
        out.nullField(QLatin1StringView("a_null"));
        out.field(QLatin1StringView("b_true"), true);
        out.field(QLatin1StringView("c_false"), false);
        out.field(QLatin1StringView("d_number"), qint64(-42));
        out.field(QLatin1StringView("e_text"), QStringView(u"follower-00001"));
        out.key(QLatin1StringView("f_empty_array"));
        out.beginArray();
        out.endArray();
        out.key(QStringView(u"g_empty_object"));
        out.beginObject();
        out.endObject();
        out.key(QLatin1StringView("h_nested"));
        out.beginArray();
        out.beginObject();
        out.field(QLatin1StringView("shard_id"), 0);
        out.key(QLatin1StringView("x"));
        out.beginArray();
        out.value(1);
        out.value(2);
        out.endArray();
        out.endObject();
        out.beginObject();
        out.field(QLatin1StringView("shard_id"), 1);
        out.endObject();
        out.beginArray();
        out.beginArray();
        out.endArray();
        out.endArray();
        out.endArray();
        out.endObject();
    }
    QCOMPARE(collected.bytes, QJsonDocument(expected).toJson(QJsonDocument::Indented));
}

void CliJsonStreamWriterTest::keysInTheOrderWritten()
{
    Collected collected;
    {
        JsonStreamWriter out(collected.sink());
        out.beginObject();
        out.field(QLatin1StringView("follower_index"), QStringView(u"f"));
        out.field(QLatin1StringView("remote_cluster"), QStringView(u"leader"));
        out.field(QLatin1StringView("leader_index"), QStringView(u"l"));
        out.endObject();
    }
    QCOMPARE(collected.bytes,
             QByteArray("{\n    \"follower_index\": \"f\",\n    \"remote_cluster\": \"leader\",\n    \"leader_index\": "
                        "\"l\"\n}\n"));
}

void CliJsonStreamWriterTest::integersExact()
{
    // Elasticsearch's longs (sequence numbers, byte counts) come out digit for digit, never as doubles.
    const QList<qint64> numbers{0,
                                -1,
                                2147483647,
                                (qint64(1) << 53) + 1,
                                std::numeric_limits<qint64>::max(),
                                std::numeric_limits<qint64>::min()};
    Collected collected;
    {
        JsonStreamWriter out(collected.sink());
        out.beginArray();
        for (const qint64 number : numbers)
            out.value(number);
        out.endArray();
    }
    QCOMPARE(collected.bytes, QByteArray("[\n    0,\n    -1,\n    2147483647,\n    9007199254740993,\n    "
                                         "9223372036854775807,\n    -9223372036854775808\n]\n"));
}

void CliJsonStreamWriterTest::escapes()
{
    const QString text = QStringLiteral("quote \" backslash \\ slash / \b\f\n\r\t") + QChar(0x01) + QChar(0x1f) +
                         QChar(0x7f) + QStringLiteral(" end");
    const QByteArray written = oneString(text);
    QCOMPARE(written,
             QByteArray("[\n    \"quote \\\" backslash \\\\ slash / \\b\\f\\n\\r\\t\\u0001\\u001f\x7f end\"\n]\n"));
    QCOMPARE(written, asQt(text));
    QCOMPARE(QJsonDocument::fromJson(written).array().at(0).toString(), text);
    // Names are escaped the same way.
    Collected collected;
    {
        JsonStreamWriter out(collected.sink());
        out.beginObject();
        out.nullField(QLatin1StringView("a\"b"));
        out.endObject();
    }
    QCOMPARE(collected.bytes, QByteArray("{\n    \"a\\\"b\": null\n}\n"));
}

void CliJsonStreamWriterTest::unicode()
{
    // Two-, three- and four-byte UTF-8 (a surrogate pair joined into one code point), written raw like Qt does.
    const QString text = QStringLiteral("caf\u00e9 \u65e5\u672c \U0001F600 \u0915\u093f");
    const QByteArray written = oneString(text);
    QCOMPARE(written, QByteArray("[\n    \"caf\xc3\xa9 \xe6\x97\xa5\xe6\x9c\xac \xf0\x9f\x98\x80 "
                                 "\xe0\xa4\x95\xe0\xa4\xbf\"\n]\n"));
    QCOMPARE(written, asQt(text));
    QCOMPARE(QJsonDocument::fromJson(written).array().at(0).toString(), text);

    // A surrogate without its other half has no UTF-8: escaped, so the output stays valid UTF-8 and JSON.
    const QString lone =
        QStringLiteral("a") + QChar(0xd800) + QStringLiteral("b") + QChar(0xdc00) + QStringLiteral("c") + QChar(0xdbff);
    QCOMPARE(oneString(lone), QByteArray("[\n    \"a\\ud800b\\udc00c\\udbff\"\n]\n"));
}

void CliJsonStreamWriterTest::latin1Text()
{
    Collected collected;
    {
        JsonStreamWriter out(collected.sink());
        out.beginArray();
        out.value(QLatin1StringView("gr\xfc\xdf \x01"));
        out.endArray();
    }
    QCOMPARE(collected.bytes, QByteArray("[\n    \"gr\xc3\xbc\xc3\x9f \\u0001\"\n]\n"));
}

void CliJsonStreamWriterTest::topLevelArrayAndEmptyContainers()
{
    Collected emptyObject;
    {
        JsonStreamWriter out(emptyObject.sink());
        out.beginObject();
        out.endObject();
    }
    QCOMPARE(emptyObject.bytes, QJsonDocument(QJsonObject()).toJson(QJsonDocument::Indented));
    Collected emptyArray;
    {
        JsonStreamWriter out(emptyArray.sink());
        out.beginObject();
        out.key(QLatin1StringView("follower_indices"));
        out.beginArray();
        out.endArray();
        out.endObject();
    }
    QCOMPARE(
        emptyArray.bytes,
        QJsonDocument(QJsonObject{{QStringLiteral("follower_indices"), QJsonArray()}}).toJson(QJsonDocument::Indented));
}

void CliJsonStreamWriterTest::chunksAreBoundedAndComplete()
{
    // 10,000 small objects and one string longer than the buffer: handed over in pieces, nothing lost or reordered.
    const QString longText(200 * 1024, QLatin1Char('x'));
    QJsonArray expected;
    Collected collected;
    {
        JsonStreamWriter out(collected.sink());
        out.beginArray();
        for (int i = 0; i < 10'000; ++i) {
            out.beginObject();
            out.field(QLatin1StringView("index"),
                      QStringView(QStringLiteral("follower-%1").arg(i, 5, 10, QLatin1Char('0'))));
            out.field(QLatin1StringView("shards"), i);
            out.endObject();
            expected.append(
                QJsonObject{{QStringLiteral("index"), QStringLiteral("follower-%1").arg(i, 5, 10, QLatin1Char('0'))},
                            {QStringLiteral("shards"), i}});
        }
        out.value(QStringView(longText));
        expected.append(longText);
        out.endArray();
        QVERIFY(collected.chunks > 1); // handed over while writing, not all at the end
    }
    QVERIFY(collected.chunks > 10);
    QVERIFY2(collected.largest <= 64 * 1024 || collected.largest >= longText.size(),
             qPrintable(QString::number(collected.largest)));
    QCOMPARE(collected.bytes, QJsonDocument(expected).toJson(QJsonDocument::Indented));
}

void CliJsonStreamWriterTest::renderedPiecesReplayVerbatim()
{
    // The same followers written directly and with their shared "parameters" rendered once and replayed.
    const auto parameters = [](JsonStreamWriter& out) {
        out.beginObject();
        out.field(QLatin1StringView("max_read_request_operation_count"), 5120);
        out.field(QLatin1StringView("read_poll_timeout"), QLatin1StringView("1m"));
        out.key(QLatin1StringView("empty"));
        out.beginArray();
        out.endArray();
        out.endObject();
    };
    const auto followers = [&parameters](JsonStreamWriter& out, bool replay) {
        QByteArray rendered;
        out.beginObject();
        out.key(QLatin1StringView("follower_indices"));
        out.beginArray();
        for (int i = 0; i < 3; ++i) {
            out.beginObject();
            out.field(QLatin1StringView("follower_index"), QStringView(u"follower-\u00e9"));
            out.key(QLatin1StringView("parameters"));
            if (!replay) {
                parameters(out);
            } else {
                if (rendered.isEmpty())
                    rendered = JsonStreamWriter::renderedAt(out.depth(), parameters);
                out.rawValue(rendered);
            }
            out.endObject();
        }
        out.endArray();
        out.endObject();
    };
    Collected direct;
    Collected replayed;
    {
        JsonStreamWriter out(direct.sink());
        followers(out, false);
    }
    {
        JsonStreamWriter out(replayed.sink());
        followers(out, true);
    }
    QCOMPARE(replayed.bytes, direct.bytes);
    QVERIFY(QJsonDocument::fromJson(direct.bytes).isObject());
}

QTEST_GUILESS_MAIN(CliJsonStreamWriterTest)
#include "tst_cli_jsonstreamwriter.moc"
