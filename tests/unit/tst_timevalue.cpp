#include "core/values/TimeValue.h"

#include <QTest>
#include <limits>

using duper::TimeValue;
using duper::ValueError;

// Expectations come from Elasticsearch's TimeValue.parseTimeValue / getStringRep rules (es-ccr-api.md §2.2).
class TimeValueTest : public QObject
{
    Q_OBJECT

private slots:
    void parsesValidTimes_data();
    void parsesValidTimes();
    void rejectsInvalidTimes_data();
    void rejectsInvalidTimes();
    void explainsCapitalM();
    void explainsPadding();
    void convertsUnits();
    void comparesByDuration();
};

static constexpr qint64 MS = 1'000'000;
static constexpr qint64 S = 1'000 * MS;

void TimeValueTest::parsesValidTimes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("nanos");
    QTest::addColumn<qint64>("millis");
    QTest::addColumn<QString>("rendered");

    QTest::newRow("500ms default") << "500ms" << 500 * MS << qint64(500) << "500ms";
    QTest::newRow("1m default") << "1m" << 60 * S << qint64(60'000) << "1m";
    QTest::newRow("30s") << "30s" << 30 * S << qint64(30'000) << "30s";
    QTest::newRow("10s") << "10s" << 10 * S << qint64(10'000) << "10s";
    QTest::newRow("5m") << "5m" << 300 * S << qint64(300'000) << "5m";
    QTest::newRow("2h") << "2h" << 7'200 * S << qint64(7'200'000) << "2h";
    QTest::newRow("1d") << "1d" << 86'400 * S << qint64(86'400'000) << "1d";
    QTest::newRow("nanos") << "100nanos" << qint64(100) << qint64(0) << "100nanos";
    QTest::newRow("micros") << "999micros" << qint64(999'000) << qint64(0) << "999micros";
    QTest::newRow("1500micros") << "1500micros" << qint64(1'500'000) << qint64(1) << "1500micros";
    // Units other than m are case-insensitive.
    QTest::newRow("1MS") << "1MS" << MS << qint64(1) << "1ms";
    QTest::newRow("1S") << "1S" << S << qint64(1'000) << "1s";
    QTest::newRow("1H") << "1H" << 3'600 * S << qint64(3'600'000) << "1h";
    QTest::newRow("1D") << "1D" << 86'400 * S << qint64(86'400'000) << "1d";
    QTest::newRow("NANOS") << "7NANOS" << qint64(7) << qint64(0) << "7nanos";
    // Trimmed text, trimmed number.
    QTest::newRow("30 s") << "30 s" << 30 * S << qint64(30'000) << "30s";
    QTest::newRow("padded") << " 30s " << 30 * S << qint64(30'000) << "30s";
    QTest::newRow("plus sign") << "+5s" << 5 * S << qint64(5'000) << "5s";
    QTest::newRow("0s") << "0s" << qint64(0) << qint64(0) << "0s";
    // Unit-less shortcuts.
    QTest::newRow("-1") << "-1" << -MS << qint64(-1) << "-1";
    QTest::newRow("-001") << "-001" << -MS << qint64(-1) << "-1";
    QTest::newRow("0") << "0" << qint64(0) << qint64(0) << "0ms";
    QTest::newRow("000") << "000" << qint64(0) << qint64(0) << "0ms";
    // -1 with a unit is accepted and renders as -1.
    QTest::newRow("-1s") << "-1s" << -S << qint64(-1'000) << "-1";
    QTest::newRow("-1m") << "-1m" << -60 * S << qint64(-60'000) << "-1";
    QTest::newRow("-1nanos") << "-1nanos" << qint64(-1) << qint64(0) << "-1";
}

void TimeValueTest::parsesValidTimes()
{
    QFETCH(QString, text);
    QFETCH(qint64, nanos);
    QFETCH(qint64, millis);
    QFETCH(QString, rendered);

    const auto parsed = TimeValue::parse(text, QStringLiteral("read_poll_timeout"));
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().elasticsearchReason()));
    QCOMPARE(parsed.value().nanoseconds(), nanos);
    QCOMPARE(parsed.value().milliseconds(), millis);
    QCOMPARE(parsed.value().toString(), rendered);
    const auto again = TimeValue::parse(rendered, QStringLiteral("read_poll_timeout"));
    QVERIFY(again.ok());
    QCOMPARE(again.value().toString(), rendered);
}

void TimeValueTest::rejectsInvalidTimes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("reason");

    using K = ValueError::Kind;
    const auto missing = [](const char* value) {
        return QStringLiteral("failed to parse setting [read_poll_timeout] with value [%1] as a time value: unit is "
                              "missing or unrecognized")
            .arg(QString::fromUtf8(value));
    };
    const auto fractional = [](const char* value) {
        return QStringLiteral("failed to parse [%1], fractional time values are not supported")
            .arg(QString::fromUtf8(value));
    };
    const auto negative = [](const char* value) {
        return QStringLiteral("failed to parse setting [read_poll_timeout] with value [%1] as a time value: negative "
                              "durations are not supported")
            .arg(QString::fromUtf8(value));
    };
    const auto junk = [](const char* value) {
        return QStringLiteral("failed to parse [%1]").arg(QString::fromUtf8(value));
    };

    QTest::newRow("5M is not minutes") << "5M" << int(K::MissingUnit) << missing("5M");
    QTest::newRow("10w no weeks") << "10w" << int(K::MissingUnit) << missing("10w");
    QTest::newRow("1y no years") << "1y" << int(K::MissingUnit) << missing("1y");
    QTest::newRow("bare 30") << "30" << int(K::MissingUnit) << missing("30");
    QTest::newRow("bare -2") << "-2" << int(K::MissingUnit) << missing("-2");
    QTest::newRow("empty") << "" << int(K::MissingUnit) << missing("");
    QTest::newRow("m then space") << "5m " << int(K::MissingUnit) << missing("5m ");
    QTest::newRow("1.5s") << "1.5s" << int(K::FractionalTime) << fractional("1.5s");
    QTest::newRow("0.5m") << "0.5m" << int(K::FractionalTime) << fractional("0.5m");
    QTest::newRow("exponent") << "1e3ms" << int(K::FractionalTime) << fractional("1e3ms");
    QTest::newRow("-2s") << "-2s" << int(K::NegativeValue) << negative("-2s");
    QTest::newRow("-10m") << "-10m" << int(K::NegativeValue) << negative("-10m");
    QTest::newRow("overflow") << "9223372036854775808s" << int(K::OutOfRange) << fractional("9223372036854775808s");
    QTest::newRow("unit only") << "s" << int(K::NotANumber) << junk("s");
    QTest::newRow("words") << "abcs" << int(K::NotANumber) << junk("abcs");
    QTest::newRow("two points") << "1.2.3h" << int(K::NotANumber) << junk("1.2.3h");
}

void TimeValueTest::rejectsInvalidTimes()
{
    QFETCH(QString, text);
    QFETCH(int, kind);
    QFETCH(QString, reason);

    const QString field = QStringLiteral("read_poll_timeout");
    const auto parsed = TimeValue::parse(text, field);
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

void TimeValueTest::explainsCapitalM()
{
    const auto parsed = TimeValue::parse(u"5M", QStringLiteral("max_retry_delay"));
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error().message().contains(QStringLiteral("lowercase m")), qPrintable(parsed.error().message()));
}

void TimeValueTest::explainsPadding()
{
    // "5m " is rejected by ES (minutes are matched on the untrimmed text); our words name the real problem.
    const auto parsed = TimeValue::parse(u"5m ", QStringLiteral("read_poll_timeout"));
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error().message().contains(QStringLiteral("spaces")), qPrintable(parsed.error().message()));
    const auto unknown = TimeValue::parse(u"10w", QStringLiteral("read_poll_timeout"));
    QVERIFY(!unknown.error().message().contains(QStringLiteral("spaces")));
}

void TimeValueTest::convertsUnits()
{
    QCOMPARE(TimeValue::of(90, TimeValue::Unit::Seconds).milliseconds(), qint64(90'000));
    QCOMPARE(TimeValue::of(90, TimeValue::Unit::Seconds).toString(), QStringLiteral("90s"));
    QCOMPARE(TimeValue::minusOne().toString(), QStringLiteral("-1"));
    QCOMPARE(TimeValue::minusOne().milliseconds(), qint64(-1));
    QCOMPARE(TimeValue().toString(), QStringLiteral("0ms"));
    // TimeUnit conversions saturate instead of wrapping.
    const qint64 max = std::numeric_limits<qint64>::max();
    QCOMPARE(TimeValue::of(max / 1000, TimeValue::Unit::Days).nanoseconds(), max);
    QCOMPARE(TimeValue::of(max, TimeValue::Unit::Hours).milliseconds(), max);
    // A huge but valid number of days parses and keeps its text.
    const auto days = TimeValue::parse(u"9223372036854775807d", QStringLiteral("read_poll_timeout"));
    QVERIFY(days.ok());
    QCOMPARE(days.value().toString(), QStringLiteral("9223372036854775807d"));
    QCOMPARE(days.value().nanoseconds(), max);
}

void TimeValueTest::comparesByDuration()
{
    const QString field = QStringLiteral("max_retry_delay");
    QVERIFY(TimeValue::parse(u"60s", field).value() == TimeValue::parse(u"1m", field).value());
    QVERIFY(TimeValue::parse(u"1000ms", field).value() == TimeValue::parse(u"1s", field).value());
    QVERIFY(!(TimeValue::parse(u"-1s", field).value() == TimeValue::minusOne()));
}

QTEST_GUILESS_MAIN(TimeValueTest)
#include "tst_timevalue.moc"
