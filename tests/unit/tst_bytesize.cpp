#include "core/values/ByteSize.h"

#include <QTest>
#include <limits>

using duper::ByteSize;
using duper::ValueError;

// Expectations come from Elasticsearch's ByteSizeValue.parseBytesSizeValue / getStringRep rules (es-ccr-api.md §2.1)
// and the CCR examples, not from our implementation.
class ByteSizeTest : public QObject
{
    Q_OBJECT

private slots:
    void parsesValidSizes_data();
    void parsesValidSizes();
    void rejectsInvalidSizes_data();
    void rejectsInvalidSizes();
    void rendersForHumans_data();
    void rendersForHumans();
    void buildsFromUnits();
    void comparesByBytes();
    void explainsPadding();
    void knowsUnlimited();
};

static constexpr qint64 KB = 1024;
static constexpr qint64 MB = KB * 1024;
static constexpr qint64 GB = MB * 1024;
static constexpr qint64 TB = GB * 1024;
static constexpr qint64 PB = TB * 1024;

void ByteSizeTest::parsesValidSizes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("bytes");
    QTest::addColumn<QString>("rendered");

    // The exact-match shortcuts.
    QTest::newRow("0") << "0" << qint64(0) << "0";
    QTest::newRow("0b") << "0b" << qint64(0) << "0";
    QTest::newRow("0B") << "0B" << qint64(0) << "0";
    QTest::newRow("1b") << "1b" << qint64(1) << "1b";
    QTest::newRow("1B") << "1B" << qint64(1) << "1b";
    QTest::newRow("-1") << "-1" << qint64(-1) << "-1";
    QTest::newRow("-1b") << "-1b" << qint64(-1) << "-1";
    QTest::newRow("-1B") << "-1B" << qint64(-1) << "-1";
    // Units in any case, one- and two-letter forms, binary multiples.
    QTest::newRow("32mb") << "32mb" << 32 * MB << "32mb";
    QTest::newRow("32MB") << "32MB" << 32 * MB << "32mb";
    QTest::newRow("32Mb") << "32Mb" << 32 * MB << "32mb";
    QTest::newRow("512mb default") << "512mb" << 512 * MB << "512mb";
    QTest::newRow("1024k becomes kb") << "1024k" << 1024 * KB << "1024kb";
    QTest::newRow("16k") << "16k" << 16 * KB << "16kb";
    QTest::newRow("512K") << "512K" << 512 * KB << "512kb";
    QTest::newRow("1G") << "1G" << GB << "1gb";
    QTest::newRow("2gb") << "2gb" << 2 * GB << "2gb";
    QTest::newRow("3t") << "3t" << 3 * TB << "3tb";
    QTest::newRow("1TB") << "1TB" << TB << "1tb";
    QTest::newRow("1p") << "1p" << PB << "1pb";
    QTest::newRow("8191pb") << "8191pb" << 8191 * PB << "8191pb";
    QTest::newRow("100b") << "100b" << qint64(100) << "100b";
    QTest::newRow("long max bytes") << "9223372036854775807b" << std::numeric_limits<qint64>::max()
                                    << "9223372036854775807b";
    // Spaces: the text is trimmed, and so is the number before the unit.
    QTest::newRow("32 mb") << "32 mb" << 32 * MB << "32mb";
    QTest::newRow("padded") << "  32mb  " << 32 * MB << "32mb";
    QTest::newRow("1 b") << "1 b" << qint64(1) << "1b";
    QTest::newRow("plus sign") << "+5kb" << 5 * KB << "5kb";
    QTest::newRow("0kb") << "0kb" << qint64(0) << "0";
    // Fractions: at most two decimals, rounded up to whole bytes; rendered as bytes unless a whole unit.
    QTest::newRow("1.5kb") << "1.5kb" << qint64(1536) << "1536b";
    QTest::newRow("0.01kb rounds up") << "0.01kb" << qint64(11) << "11b";
    QTest::newRow("1.1kb rounds up") << "1.1kb" << qint64(1127) << "1127b";
    QTest::newRow("0.5k") << "0.5k" << qint64(512) << "512b";
    QTest::newRow("1.25mb") << "1.25mb" << qint64(1310720) << "1310720b";
    QTest::newRow("2.0kb whole") << "2.0kb" << 2 * KB << "2kb";
    QTest::newRow("1.50kb two decimals") << "1.50kb" << qint64(1536) << "1536b";
    QTest::newRow(".5kb") << ".5kb" << qint64(512) << "512b";
    QTest::newRow("exponent") << "1e3kb" << 1000 * KB << "1000kb";
    QTest::newRow("big fraction fits") << "9007199254740991.5kb" << std::numeric_limits<qint64>::max() - 511
                                       << "9223372036854775296b";
}

void ByteSizeTest::parsesValidSizes()
{
    QFETCH(QString, text);
    QFETCH(qint64, bytes);
    QFETCH(QString, rendered);

    const auto parsed = ByteSize::parse(text, QStringLiteral("max_read_request_size"));
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().elasticsearchReason()));
    QCOMPARE(parsed.value().bytes(), bytes);
    QCOMPARE(parsed.value().toString(), rendered);
    // What we render, Elasticsearch parses back to the same size.
    const auto again = ByteSize::parse(rendered, QStringLiteral("max_read_request_size"));
    QVERIFY(again.ok());
    QCOMPARE(again.value().bytes(), bytes);
    QCOMPARE(again.value().toString(), rendered);
}

void ByteSizeTest::rejectsInvalidSizes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("reason");

    const auto f = [](const char* tail) {
        return QStringLiteral("failed to parse setting [max_read_request_size] ") + QString::fromUtf8(tail);
    };
    using K = ValueError::Kind;
    QTest::newRow("unknown unit") << "32 furlongs" << int(K::MissingUnit)
                                  << f("with value [32 furlongs] as a size in bytes: unit is missing or unrecognized");
    QTest::newRow("bare number") << "1024" << int(K::MissingUnit)
                                 << f("with value [1024] as a size in bytes: unit is missing or unrecognized");
    QTest::newRow("bare 1") << "1" << int(K::MissingUnit)
                            << f("with value [1] as a size in bytes: unit is missing or unrecognized");
    QTest::newRow("empty") << "" << int(K::MissingUnit)
                           << f("with value [] as a size in bytes: unit is missing or unrecognized");
    QTest::newRow("padded 0 is no shortcut")
        << " 0" << int(K::MissingUnit) << f("with value [ 0] as a size in bytes: unit is missing or unrecognized");
    QTest::newRow("three decimals") << "1.555kb" << int(K::TooManyDecimals)
                                    << f("with more than two decimals in value [1.555kb]");
    QTest::newRow("trailing zero decimals")
        << "1.500kb" << int(K::TooManyDecimals) << f("with more than two decimals in value [1.500kb]");
    QTest::newRow("tiny exponent") << "1e-3kb" << int(K::TooManyDecimals)
                                   << f("with more than two decimals in value [1e-3kb]");
    QTest::newRow("long overflow in bytes")
        << "9223372036854775808b" << int(K::OutOfRange) << f("with value [9223372036854775808b]");
    QTest::newRow("unit overflow") << "8192pb" << int(K::OutOfRange) << f("with value [8192pb] as a size in bytes");
    QTest::newRow("long max kb") << "9223372036854775807kb" << int(K::OutOfRange)
                                 << f("with value [9223372036854775807kb] as a size in bytes");
    QTest::newRow("beyond long") << "99999999999999999999kb" << int(K::OutOfRange)
                                 << f("with value beyond 9223372036854775807: [99999999999999999999kb]");
    QTest::newRow("fraction beyond long") << "9007199254740992.5kb" << int(K::OutOfRange)
                                          << f("with value beyond 9223372036854775807: [9007199254740992.5kb]");
    QTest::newRow("-2b") << "-2b" << int(K::NegativeValue) << f("with value [-2b] as a size in bytes");
    QTest::newRow("-1kb") << "-1kb" << int(K::NegativeValue) << f("with value [-1kb] as a size in bytes");
    QTest::newRow("-5mb") << "-5mb" << int(K::NegativeValue) << f("with value [-5mb] as a size in bytes");
    QTest::newRow("negative fraction") << "-1.5kb" << int(K::NegativeValue) << f("with value [-1.5kb]");
    QTest::newRow("fractional bytes") << "1.5b" << int(K::NotANumber) << f("with value [1.5b]");
    QTest::newRow("unit only") << "kb" << int(K::NotANumber) << f("with value [kb]");
    QTest::newRow("two points") << "1.2.3mb" << int(K::NotANumber) << f("with value [1.2.3mb]");
    QTest::newRow("words") << "lots of kb" << int(K::NotANumber) << f("with value [lots of kb]");
    QTest::newRow("doubled unit") << "12 kbb" << int(K::NotANumber) << f("with value [12 kbb]");
}

void ByteSizeTest::rejectsInvalidSizes()
{
    QFETCH(QString, text);
    QFETCH(int, kind);
    QFETCH(QString, reason);

    const QString field = QStringLiteral("max_read_request_size");
    const auto parsed = ByteSize::parse(text, field);
    QVERIFY2(!parsed.ok(), qPrintable(parsed.ok() ? parsed.value().toString() : QString()));
    const ValueError& error = parsed.error();
    QCOMPARE(error.elasticsearchReason(), reason);
    QCOMPARE(int(error.kind()), kind);
    QCOMPARE(error.field(), field);
    QCOMPARE(error.input(), text);
    QVERIFY2(error.message().startsWith(field), qPrintable(error.message()));
    QVERIFY2(error.message().contains(QLatin1Char('"') + text + QLatin1Char('"')), qPrintable(error.message()));
    QVERIFY(error.message() != error.elasticsearchReason());
}

void ByteSizeTest::rendersForHumans_data()
{
    QTest::addColumn<qint64>("bytes");
    QTest::addColumn<QString>("human");

    // ByteSizeValue.toString(): largest unit reached, one decimal cut (not rounded), ".0" dropped.
    QTest::newRow("512 bytes") << qint64(512) << "512b";
    QTest::newRow("1kb") << KB << "1kb";
    QTest::newRow("1.5kb") << qint64(1536) << "1.5kb";
    QTest::newRow("1.99kb cut") << qint64(2038) << "1.9kb";
    QTest::newRow("32mb") << 32 * MB << "32mb";
    QTest::newRow("long max") << std::numeric_limits<qint64>::max() << "8192pb";
    QTest::newRow("0") << qint64(0) << "0b";
    QTest::newRow("-1") << qint64(-1) << "-1b";
}

void ByteSizeTest::rendersForHumans()
{
    QFETCH(qint64, bytes);
    QFETCH(QString, human);
    QCOMPARE(ByteSize::fromBytes(bytes).toHumanString(), human);
}

void ByteSizeTest::buildsFromUnits()
{
    QCOMPARE(ByteSize::of(32, ByteSize::Unit::Megabytes).bytes(), 32 * MB);
    QCOMPARE(ByteSize::of(32, ByteSize::Unit::Megabytes).toString(), QStringLiteral("32mb"));
    QCOMPARE(ByteSize::of(512, ByteSize::Unit::Kilobytes).toString(), QStringLiteral("512kb"));
    QCOMPARE(ByteSize::fromBytes(2048).toString(), QStringLiteral("2048b"));
    QCOMPARE(ByteSize::fromBytes(std::numeric_limits<qint64>::max()).toString(),
             QStringLiteral("9223372036854775807b"));
    QCOMPARE(ByteSize().bytes(), qint64(0));
    QCOMPARE(ByteSize().toString(), QStringLiteral("0"));
}

void ByteSizeTest::comparesByBytes()
{
    const QString field = QStringLiteral("max_write_buffer_size");
    QVERIFY(ByteSize::parse(u"1024k", field).value() == ByteSize::parse(u"1mb", field).value());
    QVERIFY(ByteSize::parse(u"1.5kb", field).value() == ByteSize::fromBytes(1536));
    QVERIFY(!(ByteSize::parse(u"1kb", field).value() == ByteSize::parse(u"1b", field).value()));
}

void ByteSizeTest::explainsPadding()
{
    // "0" is an exact-match shortcut in ES, so " 0" fails; our words name the padding, not the unit.
    const auto padded = ByteSize::parse(u" 0", QStringLiteral("max_write_buffer_size"));
    QVERIFY(!padded.ok());
    QVERIFY2(padded.error().message().contains(QStringLiteral("spaces")), qPrintable(padded.error().message()));
    const auto furlongs = ByteSize::parse(u"32 furlongs", QStringLiteral("max_write_buffer_size"));
    QVERIFY(!furlongs.error().message().contains(QStringLiteral("spaces")));
}

// Long.MAX_VALUE bytes is Elasticsearch's "no limit" (the default of max_write_request_size); nothing else is.
void ByteSizeTest::knowsUnlimited()
{
    const auto unlimited = ByteSize::parse(u"9223372036854775807b", QStringLiteral("size"));
    QVERIFY(unlimited.ok());
    QVERIFY(unlimited.value().isUnlimited());
    QVERIFY(ByteSize::fromBytes(std::numeric_limits<qint64>::max()).isUnlimited());
    QVERIFY(!ByteSize::fromBytes(std::numeric_limits<qint64>::max() - 1).isUnlimited());
    QVERIFY(!ByteSize::of(512, ByteSize::Unit::Megabytes).isUnlimited());
    QVERIFY(!ByteSize::fromBytes(-1).isUnlimited());
    QVERIFY(!ByteSize().isUnlimited());
}

QTEST_GUILESS_MAIN(ByteSizeTest)
#include "tst_bytesize.moc"
