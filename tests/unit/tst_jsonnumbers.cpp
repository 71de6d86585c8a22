// JSON numbers that do not fit the integer they are read into (issue 17): 1e20, 1e300, -1e20, 9.3e18, 2^63, 1.5,
// NaN. Every one is refused or left out by a range check made before any cast (casting such a double is undefined
// behaviour), and an error body keeps its reason whatever its "status" holds.
#include "core/es/EsError.h"
#include "core/es/EsErrorBody.h"
#include "core/json/JsonNumber.h"
#include "core/json/JsonReader.h"
#include "core/values/FollowParameters.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <cmath>
#include <limits>

using namespace duper;

namespace {

constexpr qint64 kMin = std::numeric_limits<qint64>::min();
constexpr qint64 kMax = std::numeric_limits<qint64>::max();

QJsonObject objectOf(const QByteArray& json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

class JsonNumbersTest : public QObject
{
    Q_OBJECT

private slots:
    void wholeFromDouble_data();
    void wholeFromDouble();
    void wholeFromJsonText_data();
    void wholeFromJsonText();
    void readerInt64_data();
    void readerInt64();
    void readerIntOutOfRange();
    void errorBodyKeepsReason_data();
    void errorBodyKeepsReason();
    void followParametersRefuseNaN();
};

void JsonNumbersTest::wholeFromDouble_data()
{
    QTest::addColumn<double>("number");
    QTest::addColumn<bool>("whole");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("0") << 0.0 << true << qint64(0);
    QTest::newRow("-1") << -1.0 << true << qint64(-1);
    QTest::newRow("2^53") << 9007199254740992.0 << true << qint64(9007199254740992);
    QTest::newRow("largest double below 2^63") << 9223372036854774784.0 << true << qint64(9223372036854774784);
    QTest::newRow("-2^63") << -9223372036854775808.0 << true << kMin;
    QTest::newRow("2^63 exactly") << 9223372036854775808.0 << false << qint64(0);
    QTest::newRow("9.3e18") << 9.3e18 << false << qint64(0);
    QTest::newRow("-9.3e18") << -9.3e18 << false << qint64(0);
    QTest::newRow("1e20") << 1e20 << false << qint64(0);
    QTest::newRow("-1e20") << -1e20 << false << qint64(0);
    QTest::newRow("1e300") << 1e300 << false << qint64(0);
    QTest::newRow("1.5") << 1.5 << false << qint64(0);
    QTest::newRow("-0.5") << -0.5 << false << qint64(0);
    QTest::newRow("NaN") << std::numeric_limits<double>::quiet_NaN() << false << qint64(0);
    QTest::newRow("inf") << std::numeric_limits<double>::infinity() << false << qint64(0);
    QTest::newRow("-inf") << -std::numeric_limits<double>::infinity() << false << qint64(0);
}

void JsonNumbersTest::wholeFromDouble()
{
    QFETCH(double, number);
    QFETCH(bool, whole);
    QFETCH(qint64, expected);
    const std::optional<qint64> result = JsonNumber::whole(number);
    QCOMPARE(result.has_value(), whole);
    if (whole)
        QCOMPARE(*result, expected);
    QCOMPARE(JsonNumber::isWholeBeyondInt64(number), !whole && std::isfinite(number) && std::trunc(number) == number);
}

void JsonNumbersTest::wholeFromJsonText_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("whole");
    QTest::addColumn<qint64>("expected");
    // Qt keeps these integers exact; their doubles would round to 2^63.
    QTest::newRow("2^63 - 1") << QByteArray("9223372036854775807") << true << kMax;
    QTest::newRow("-2^63") << QByteArray("-9223372036854775808") << true << kMin;
    QTest::newRow("2^63") << QByteArray("9223372036854775808") << false << qint64(0);
    QTest::newRow("1e20") << QByteArray("1e20") << false << qint64(0);
    QTest::newRow("3.0") << QByteArray("3.0") << true << qint64(3);
    QTest::newRow("string") << QByteArray("\"3\"") << false << qint64(0);
    QTest::newRow("null") << QByteArray("null") << false << qint64(0);
}

void JsonNumbersTest::wholeFromJsonText()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, whole);
    QFETCH(qint64, expected);
    const QJsonValue value = objectOf("{\"n\":" + text + "}").value(QLatin1String("n"));
    const std::optional<qint64> result = JsonNumber::whole(value);
    QCOMPARE(result.has_value(), whole);
    if (whole)
        QCOMPARE(*result, expected);
}

void JsonNumbersTest::readerInt64_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("problem"); // empty: read
    QTest::addColumn<qint64>("expected");
    QTest::newRow("2^63 - 1") << QByteArray("9223372036854775807") << QString() << kMax;
    QTest::newRow("-2^63") << QByteArray("-9223372036854775808") << QString() << kMin;
    QTest::newRow("string") << QByteArray("\"42\"") << QString() << qint64(42);
    QTest::newRow("1e20") << QByteArray("1e20") << QStringLiteral("t: n is out of range") << qint64(7);
    QTest::newRow("-1e20") << QByteArray("-1e20") << QStringLiteral("t: n is out of range") << qint64(7);
    QTest::newRow("1e300") << QByteArray("1e300") << QStringLiteral("t: n is out of range") << qint64(7);
    QTest::newRow("9.3e18") << QByteArray("9.3e18") << QStringLiteral("t: n is out of range") << qint64(7);
    QTest::newRow("2^63") << QByteArray("9223372036854775808") << QStringLiteral("t: n is out of range") << qint64(7);
    QTest::newRow("1.5") << QByteArray("1.5") << QStringLiteral("t: n is not a whole number") << qint64(7);
}

void JsonNumbersTest::readerInt64()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, problem);
    QFETCH(qint64, expected);
    JsonReader reader(QStringLiteral("t"));
    qint64 out = 7;
    const bool ok = reader.optInt64(objectOf("{\"n\":" + text + "}"), QStringLiteral("n"), {}, out);
    QCOMPARE(ok, problem.isEmpty());
    QCOMPARE(reader.error(), problem);
    QCOMPARE(out, expected); // untouched when refused
}

void JsonNumbersTest::readerIntOutOfRange()
{
    for (const QByteArray& text : {QByteArray("2147483648"), QByteArray("-2147483649"), QByteArray("1e20")}) {
        JsonReader reader(QStringLiteral("t"));
        int out = 7;
        QVERIFY(!reader.optInt(objectOf("{\"n\":" + text + "}"), QStringLiteral("n"), {}, out));
        QCOMPARE(reader.error(), QStringLiteral("t: n is out of range"));
        QCOMPARE(out, 7);
    }
}

void JsonNumbersTest::errorBodyKeepsReason_data()
{
    QTest::addColumn<QByteArray>("status");
    QTest::addColumn<int>("expected");
    QTest::newRow("1e20 (the audit's body)") << QByteArray("1e20") << 0;
    QTest::newRow("1e300") << QByteArray("1e300") << 0;
    QTest::newRow("-1e20") << QByteArray("-1e20") << 0;
    QTest::newRow("9.3e18") << QByteArray("9.3e18") << 0;
    QTest::newRow("2^63") << QByteArray("9223372036854775808") << 0;
    QTest::newRow("beyond int") << QByteArray("4294967696") << 0;
    QTest::newRow("1.5") << QByteArray("1.5") << 0;
    QTest::newRow("text") << QByteArray("\"bad\"") << 0;
    QTest::newRow("400") << QByteArray("400") << 400;
}

void JsonNumbersTest::errorBodyKeepsReason()
{
    QFETCH(QByteArray, status);
    QFETCH(int, expected);
    const QByteArray body = R"({"error":{"type":"x","reason":"y"},"status":)" + status + "}";
    QString error;
    const std::optional<EsErrorBody> parsed = EsErrorBody::parse(body, &error);
    QVERIFY2(parsed, qPrintable(error));
    QCOMPARE(parsed->status, expected);
    QCOMPARE(parsed->error.type, QStringLiteral("x"));
    QCOMPARE(parsed->error.reason, QStringLiteral("y"));
    // What the user reads still carries Elasticsearch's words.
    const EsError http = EsError::http(400, body);
    QCOMPARE(http.cause().reason, QStringLiteral("y"));
    QVERIFY2(http.userMessage().contains(QStringLiteral("Elasticsearch said: “y”")), qPrintable(http.userMessage()));
}

void JsonNumbersTest::followParametersRefuseNaN()
{
    // Not from JSON text (the parser has no NaN) but from code building an object: refused, never cast.
    for (const double number : {std::numeric_limits<double>::quiet_NaN(), 1e300, -1e20, 2147483648.0}) {
        QJsonObject object;
        object.insert(QStringLiteral("max_read_request_operation_count"), number);
        QList<ValueError> errors;
        const FollowParameters parameters = FollowParameters::fromJson(object, &errors);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().kind(), ValueError::Kind::OutOfRange);
        QVERIFY(!parameters.maxReadRequestOperationCount);
    }
}

QTEST_GUILESS_MAIN(JsonNumbersTest)
#include "tst_jsonnumbers.moc"
