#include "core/values/IndexName.h"

#include <QTest>

using duper::IndexName;
using duper::ValueError;

// Expectations come from Elasticsearch's MetadataCreateIndexService.validateIndexOrAliasName / validateIndexName
// (es-ccr-api.md §2.3), in the order ES checks them.
class IndexNameTest : public QObject
{
    Q_OBJECT

private slots:
    void acceptsValidNames_data();
    void acceptsValidNames();
    void rejectsInvalidNames_data();
    void rejectsInvalidNames();
    void wordsTheMessageForPeople();
    void shortensLongNamesOnlyInTheMessage();
};

static QString repeated(const QString& piece, int times)
{
    return piece.repeated(times);
}

void IndexNameTest::acceptsValidNames_data()
{
    QTest::addColumn<QString>("name");

    QTest::newRow("plain") << "follower";
    QTest::newRow("dashes and dots") << "server-metrics";
    QTest::newRow("date") << "logs-2024.01.01";
    QTest::newRow("leading dot") << ".hidden";
    QTest::newRow("three dots") << "...";
    QTest::newRow("inner underscore") << "a_b";
    QTest::newRow("digits first") << "2024-logs";
    QTest::newRow("non-ascii lowercase") << QStringLiteral("\u00fcber-index");
    QTest::newRow("255 ascii bytes") << repeated(QStringLiteral("a"), 255);
    // 127 two-byte characters + 1 byte = 255 bytes.
    QTest::newRow("255 bytes with 2-byte chars") << repeated(QStringLiteral("\u00e9"), 127) + QStringLiteral("a");
    // 85 three-byte characters = 255 bytes.
    QTest::newRow("255 bytes with 3-byte chars") << repeated(QStringLiteral("\u20ac"), 85);
    // 63 four-byte characters (surrogate pairs) + 3 = 255 bytes.
    QTest::newRow("255 bytes with 4-byte chars")
        << repeated(QString::fromUtf8("\xF0\x9F\x98\x80"), 63) + QStringLiteral("abc");
}

void IndexNameTest::acceptsValidNames()
{
    QFETCH(QString, name);
    const auto parsed = IndexName::parse(name, QStringLiteral("follower_index"));
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().elasticsearchReason()));
    QCOMPARE(parsed.value().toString(), name);
    QVERIFY(!parsed.value().isEmpty());
}

void IndexNameTest::rejectsInvalidNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("reason");

    using K = ValueError::Kind;
    const QString forbidden =
        QStringLiteral("must not contain the following characters [' ','\"','*',',','/','<','>','?','\\','|']");
    const auto invalid = [](const QString& name, const QString& what) {
        return QStringLiteral("Invalid index name [%1], %2").arg(name, what);
    };

    QTest::newRow("empty") << "" << int(K::Empty) << invalid({}, QStringLiteral("must not be empty"));
    for (const char* name : {"a b", "a,b", "a*b", "a?b", "a\"b", "a<b", "a>b", "a|b", "a/b", "a\\b", " "}) {
        const QString text = QString::fromUtf8(name);
        QTest::newRow(name) << text << int(K::ForbiddenCharacter) << invalid(text, forbidden);
    }
    QTest::newRow("hash") << "Bad#Name" << int(K::ContainsHash)
                          << invalid(QStringLiteral("Bad#Name"), QStringLiteral("must not contain '#'"));
    QTest::newRow("colon") << "a:b" << int(K::ContainsColon)
                           << invalid(QStringLiteral("a:b"), QStringLiteral("must not contain ':'"));
    QTest::newRow("remote syntax") << "leader:logs" << int(K::ContainsColon)
                                   << invalid(QStringLiteral("leader:logs"), QStringLiteral("must not contain ':'"));
    const QString badStart = QStringLiteral("must not start with '_', '-', or '+'");
    QTest::newRow("underscore") << "_a" << int(K::BadFirstCharacter) << invalid(QStringLiteral("_a"), badStart);
    QTest::newRow("dash") << "-a" << int(K::BadFirstCharacter) << invalid(QStringLiteral("-a"), badStart);
    QTest::newRow("plus") << "+a" << int(K::BadFirstCharacter) << invalid(QStringLiteral("+a"), badStart);
    QTest::newRow("dot") << "." << int(K::DotName)
                         << invalid(QStringLiteral("."), QStringLiteral("must not be '.' or '..'"));
    QTest::newRow("dot dot") << ".." << int(K::DotName)
                             << invalid(QStringLiteral(".."), QStringLiteral("must not be '.' or '..'"));
    const QString lowercase = QStringLiteral("must be lowercase");
    QTest::newRow("umlaut capitals") << QStringLiteral("\u00c4B") << int(K::NotLowercase)
                                     << invalid(QStringLiteral("\u00c4B"), lowercase);
    QTest::newRow("one capital") << "Follower" << int(K::NotLowercase)
                                 << invalid(QStringLiteral("Follower"), lowercase);

    const QString ascii256 = repeated(QStringLiteral("a"), 256);
    QTest::newRow("256 ascii bytes") << ascii256 << int(K::TooLong)
                                     << invalid(ascii256, QStringLiteral("index name is too long, (256 > 255)"));
    const QString twoByte256 = repeated(QStringLiteral("\u00e9"), 128);
    QTest::newRow("256 bytes with 2-byte chars")
        << twoByte256 << int(K::TooLong) << invalid(twoByte256, QStringLiteral("index name is too long, (256 > 255)"));
    const QString threeByte258 = repeated(QStringLiteral("\u20ac"), 86);
    QTest::newRow("258 bytes with 3-byte chars")
        << threeByte258 << int(K::TooLong)
        << invalid(threeByte258, QStringLiteral("index name is too long, (258 > 255)"));
    const QString fourByte256 = repeated(QString::fromUtf8("\xF0\x9F\x98\x80"), 64);
    QTest::newRow("256 bytes with 4-byte chars")
        << fourByte256 << int(K::TooLong)
        << invalid(fourByte256, QStringLiteral("index name is too long, (256 > 255)"));

    // ES's order decides which rule reports a name that breaks several.
    QTest::newRow("space before hash") << "A #" << int(K::ForbiddenCharacter)
                                       << invalid(QStringLiteral("A #"), forbidden);
    QTest::newRow("hash before colon") << "a:#" << int(K::ContainsHash)
                                       << invalid(QStringLiteral("a:#"), QStringLiteral("must not contain '#'"));
    QTest::newRow("colon before start") << "_a:b" << int(K::ContainsColon)
                                        << invalid(QStringLiteral("_a:b"), QStringLiteral("must not contain ':'"));
    const QString longUnderscore = QStringLiteral("_") + repeated(QStringLiteral("a"), 300);
    QTest::newRow("start before length") << longUnderscore << int(K::BadFirstCharacter)
                                         << invalid(longUnderscore, badStart);
    const QString longUpper = repeated(QStringLiteral("A"), 256);
    QTest::newRow("length before lowercase")
        << longUpper << int(K::TooLong) << invalid(longUpper, QStringLiteral("index name is too long, (256 > 255)"));
}

void IndexNameTest::rejectsInvalidNames()
{
    QFETCH(QString, name);
    QFETCH(int, kind);
    QFETCH(QString, reason);

    const QString field = QStringLiteral("leader_index");
    const auto parsed = IndexName::parse(name, field);
    QVERIFY2(!parsed.ok(), qPrintable(name));
    const ValueError& error = parsed.error();
    QCOMPARE(error.elasticsearchReason(), reason);
    QCOMPARE(int(error.kind()), kind);
    QCOMPARE(error.field(), field);
    QCOMPARE(error.input(), name);
    QVERIFY2(error.message().startsWith(field), qPrintable(error.message()));
    QVERIFY(error.message() != error.elasticsearchReason());
}

void IndexNameTest::wordsTheMessageForPeople()
{
    const auto hash = IndexName::parse(QStringLiteral("Bad#Name"), QStringLiteral("follower_index"));
    QVERIFY(!hash.ok());
    QCOMPARE(hash.error().message(),
             QStringLiteral("follower_index \"Bad#Name\" must not contain '#'. Index names are lowercase and may not "
                            "contain \\ / * ? \" < > | , # : or spaces, nor start with _, - or +."));

    const auto star = IndexName::parse(QStringLiteral("logs*"), QStringLiteral("follower_index"));
    QVERIFY(!star.ok());
    QVERIFY2(star.error().message().contains(QStringLiteral("'*'")), qPrintable(star.error().message()));

    const auto upper = IndexName::parse(QStringLiteral("Logs"), QStringLiteral("follower_index"));
    QVERIFY(!upper.ok());
    QVERIFY2(upper.error().message().contains(QStringLiteral("\"logs\"")), qPrintable(upper.error().message()));

    const auto start = IndexName::parse(QStringLiteral("-logs"), QStringLiteral("follower_index"));
    QVERIFY(!start.ok());
    QVERIFY2(start.error().message().contains(QStringLiteral("start with '-'")), qPrintable(start.error().message()));
}

void IndexNameTest::shortensLongNamesOnlyInTheMessage()
{
    const QString name = repeated(QStringLiteral("x"), 300);
    const auto parsed = IndexName::parse(name, QStringLiteral("follower_index"));
    QVERIFY(!parsed.ok());
    QVERIFY(parsed.error().elasticsearchReason().contains(name));
    QVERIFY(!parsed.error().message().contains(name));
    QVERIFY2(parsed.error().message().contains(QStringLiteral("300 bytes")), qPrintable(parsed.error().message()));
}

QTEST_GUILESS_MAIN(IndexNameTest)
#include "tst_indexname.moc"
