#include "TestPaths.h"
#include "core/values/FollowParameters.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using duper::ByteSize;
using duper::FollowParameter;
using duper::FollowParameters;
using duper::TimeValue;
using duper::ValueError;
namespace Info = duper::FollowParameterInfo;

// Expectations come from Elasticsearch's FollowParameters (parse, validate, render), the defaults table of
// es-ccr-api.md §1 and the real examples under shared/es-examples.
class FollowParametersTest : public QObject
{
    Q_OBJECT

private slots:
    void describesTheTenParameters();
    void defaultsMatchFollowInfo();
    void setsFromText_data();
    void setsFromText();
    void rejectsText_data();
    void rejectsText();
    void emptyTextClears();
    void validates_data();
    void validates();
    void validationMatchesTheEsExample();
    void wordsRetryDelayMessages();
    void writesOnlySetParameters();
    void readsTheFollowRequestExample();
    void readsFollowInfoParameters();
    void reportsMalformedJson();
    void parsesWaitForActiveShards_data();
    void parsesWaitForActiveShards();

private:
    static QJsonObject loadExample(const QString& relativePath);
};

QJsonObject FollowParametersTest::loadExample(const QString& relativePath)
{
    const QString dir = duper::test::esExamplesDir();
    if (dir.isEmpty())
        return {};
    QFile file(dir + QLatin1Char('/') + relativePath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

static QStringList strings(std::initializer_list<const char*> texts)
{
    QStringList list;
    for (const char* text : texts)
        list.append(QString::fromUtf8(text));
    return list;
}

static FollowParameter parameterNamed(const QString& name)
{
    const auto parameter = Info::fromRestName(name);
    if (!parameter)
        qFatal("unknown parameter in test data");
    return *parameter;
}

void FollowParametersTest::describesTheTenParameters()
{
    QCOMPARE(Info::all().size(), 10);
    for (FollowParameter parameter : Info::all()) {
        QCOMPARE(Info::fromRestName(Info::restName(parameter)), std::optional<FollowParameter>(parameter));
    }
    QCOMPARE(Info::fromRestName(QStringLiteral("wait_for_active_shards")), std::nullopt);
    QCOMPARE(Info::fromRestName(QStringLiteral("max_read_request_size")),
             std::optional<FollowParameter>(FollowParameter::MaxReadRequestSize));
    QCOMPARE(Info::kind(FollowParameter::MaxWriteBufferCount), Info::Kind::Count);
    QCOMPARE(Info::kind(FollowParameter::MaxWriteBufferSize), Info::Kind::ByteSize);
    QCOMPARE(Info::kind(FollowParameter::ReadPollTimeout), Info::Kind::Time);
}

void FollowParametersTest::defaultsMatchFollowInfo()
{
    // follow_info of a follower created without parameters shows every default.
    const QJsonObject body = loadExample(QStringLiteral("ccr.follow_info/docs-default-parameters-filter-path.json"));
    if (body.isEmpty())
        QSKIP("es-examples not available");
    const QJsonObject parameters = body.value(QStringLiteral("follower_indices"))
                                       .toArray()
                                       .at(0)
                                       .toObject()
                                       .value(QStringLiteral("parameters"))
                                       .toObject();
    QCOMPARE(parameters.size(), 10);
    QStringList order;
    for (FollowParameter parameter : Info::all()) {
        const QString name = Info::restName(parameter);
        QVERIFY2(parameters.contains(name), qPrintable(name));
        const QJsonValue value = parameters.value(name);
        const QString rendered = value.isDouble() ? QString::number(qint64(value.toDouble())) : value.toString();
        QCOMPARE(Info::defaultText(parameter), rendered);
        QCOMPARE(value.isDouble(), Info::kind(parameter) == Info::Kind::Count);
        QCOMPARE(FollowParameters().effectiveText(parameter), rendered);
    }
}

void FollowParametersTest::setsFromText_data()
{
    QTest::addColumn<QString>("parameter");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("stored");

    QTest::newRow("count") << "max_read_request_operation_count"
                           << "1024"
                           << "1024";
    QTest::newRow("count padded") << "max_outstanding_read_requests"
                                  << " 16 "
                                  << "16";
    QTest::newRow("count max int") << "max_write_buffer_count"
                                   << "2147483647"
                                   << "2147483647";
    QTest::newRow("count zero (validate rejects)") << "max_outstanding_write_requests"
                                                   << "0"
                                                   << "0";
    QTest::newRow("count negative (validate rejects)") << "max_write_request_operation_count"
                                                       << "-5"
                                                       << "-5";
    QTest::newRow("size 1024k") << "max_read_request_size"
                                << "1024k"
                                << "1024kb";
    QTest::newRow("size 16k") << "max_write_request_size"
                              << "16k"
                              << "16kb";
    QTest::newRow("size fraction") << "max_write_buffer_size"
                                   << "1.5kb"
                                   << "1536b";
    QTest::newRow("size long max") << "max_write_request_size"
                                   << "9223372036854775807b"
                                   << "9223372036854775807b";
    QTest::newRow("time 10s") << "max_retry_delay"
                              << "10s"
                              << "10s";
    QTest::newRow("time 30s") << "read_poll_timeout"
                              << "30s"
                              << "30s";
    QTest::newRow("time -1") << "read_poll_timeout"
                             << "-1"
                             << "-1";
}

void FollowParametersTest::setsFromText()
{
    QFETCH(QString, parameter);
    QFETCH(QString, text);
    QFETCH(QString, stored);

    FollowParameters parameters;
    const FollowParameter which = parameterNamed(parameter);
    const auto error = parameters.setFromText(which, text);
    QVERIFY2(!error, qPrintable(error ? error->elasticsearchReason() : QString()));
    QVERIFY(parameters.isSet(which));
    QCOMPARE(parameters.text(which), stored);
    QCOMPARE(parameters.effectiveText(which), stored);
    for (FollowParameter other : Info::all()) {
        if (other != which)
            QVERIFY(!parameters.isSet(other));
    }
    parameters.clear(which);
    QVERIFY(!parameters.isSet(which));
    QCOMPARE(parameters.text(which), QString());
    QCOMPARE(parameters.effectiveText(which), Info::defaultText(which));
}

void FollowParametersTest::rejectsText_data()
{
    QTest::addColumn<QString>("parameter");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("reason");

    using K = ValueError::Kind;
    QTest::newRow("count above int") << "max_write_buffer_count"
                                     << "2147483648" << int(K::OutOfRange)
                                     << "Value [2147483648] is out of range for an integer";
    QTest::newRow("count below int") << "max_write_buffer_count"
                                     << "-2147483649" << int(K::OutOfRange)
                                     << "Value [-2147483649] is out of range for an integer";
    QTest::newRow("count fraction") << "max_read_request_operation_count"
                                    << "12.5" << int(K::NotANumber) << "For input string: \"12.5\"";
    QTest::newRow("count words") << "max_outstanding_read_requests"
                                 << "many" << int(K::NotANumber) << "For input string: \"many\"";
    QTest::newRow("size unit") << "max_read_request_size"
                               << "32 furlongs" << int(K::MissingUnit)
                               << "failed to parse setting [max_read_request_size] with value [32 furlongs] as a size "
                                  "in bytes: unit is missing or unrecognized";
    QTest::newRow("size decimals")
        << "max_write_buffer_size"
        << "1.555kb" << int(K::TooManyDecimals)
        << "failed to parse setting [max_write_buffer_size] with more than two decimals in value [1.555kb]";
    QTest::newRow("time fraction") << "max_retry_delay"
                                   << "1.5s" << int(K::FractionalTime)
                                   << "failed to parse [1.5s], fractional time values are not supported";
    QTest::newRow("size padded shortcut") << "max_read_request_size"
                                          << " 0" << int(K::MissingUnit)
                                          << "failed to parse setting [max_read_request_size] with value [ 0] as a "
                                             "size in bytes: unit is missing or unrecognized";
    QTest::newRow("time trailing space") << "read_poll_timeout"
                                         << "5m " << int(K::MissingUnit)
                                         << "failed to parse setting [read_poll_timeout] with value [5m ] as a time "
                                            "value: unit is missing or unrecognized";
    QTest::newRow("time capital M") << "read_poll_timeout"
                                    << "5M" << int(K::MissingUnit)
                                    << "failed to parse setting [read_poll_timeout] with value [5M] as a time value: "
                                       "unit is missing or unrecognized";
}

void FollowParametersTest::rejectsText()
{
    QFETCH(QString, parameter);
    QFETCH(QString, text);
    QFETCH(int, kind);
    QFETCH(QString, reason);

    FollowParameters parameters;
    const FollowParameter which = parameterNamed(parameter);
    const auto error = parameters.setFromText(which, text);
    QVERIFY(error.has_value());
    QCOMPARE(error->elasticsearchReason(), reason);
    QCOMPARE(int(error->kind()), kind);
    QCOMPARE(error->field(), parameter);
    QVERIFY2(error->message().startsWith(parameter), qPrintable(error->message()));
    QVERIFY(!parameters.isSet(which));
}

void FollowParametersTest::emptyTextClears()
{
    FollowParameters parameters;
    QVERIFY(!parameters.setFromText(FollowParameter::MaxRetryDelay, QStringLiteral("10s")));
    QVERIFY(parameters.isSet(FollowParameter::MaxRetryDelay));
    QVERIFY(!parameters.setFromText(FollowParameter::MaxRetryDelay, QStringLiteral("  ")));
    QVERIFY(!parameters.isSet(FollowParameter::MaxRetryDelay));
    QCOMPARE(parameters.effectiveText(FollowParameter::MaxRetryDelay), QStringLiteral("500ms"));
}

void FollowParametersTest::validates_data()
{
    QTest::addColumn<QStringList>("settings"); // name=value pairs
    QTest::addColumn<QStringList>("reasons");

    QTest::newRow("nothing set") << QStringList() << QStringList();
    QTest::newRow("all fine") << strings({"max_read_request_operation_count=1", "max_read_request_size=1b",
                                          "max_retry_delay=5m", "read_poll_timeout=-1"})
                              << QStringList();
    QTest::newRow("count 0") << strings({"max_outstanding_read_requests=0"})
                             << strings({"max_outstanding_read_requests must be larger than 0"});
    QTest::newRow("count negative") << strings({"max_write_buffer_count=-3"})
                                    << strings({"max_write_buffer_count must be larger than 0"});
    QTest::newRow("size 0") << strings({"max_write_buffer_size=0"})
                            << strings({"max_write_buffer_size must be larger than 0"});
    QTest::newRow("size -1") << strings({"max_read_request_size=-1"})
                             << strings({"max_read_request_size must be larger than 0"});
    QTest::newRow("retry 0") << strings({"max_retry_delay=0"})
                             << strings({"[max_retry_delay] must be positive but was [0ms]"});
    QTest::newRow("retry -1") << strings({"max_retry_delay=-1"})
                              << strings({"[max_retry_delay] must be positive but was [-1]"});
    QTest::newRow("retry under a millisecond") << strings({"max_retry_delay=999micros"})
                                               << strings({"[max_retry_delay] must be positive but was [999micros]"});
    QTest::newRow("retry exactly 5m in ms") << strings({"max_retry_delay=300000ms"}) << QStringList();
    QTest::newRow("retry just above 5m") << strings({"max_retry_delay=300001ms"})
                                         << strings({"[max_retry_delay] must be less than [5m] but was [300001ms]"});
    QTest::newRow("retry 1h") << strings({"max_retry_delay=1h"})
                              << strings({"[max_retry_delay] must be less than [5m] but was [1h]"});
    QTest::newRow("read poll is not limited") << strings({"read_poll_timeout=1d"}) << QStringList();
    // Several at once come in FollowParameters.validate's order, not the order they were set.
    QTest::newRow("order") << strings({"max_retry_delay=10m", "max_write_buffer_size=0",
                                       "max_read_request_operation_count=0", "max_outstanding_write_requests=0",
                                       "max_read_request_size=0"})
                           << strings({"max_read_request_operation_count must be larger than 0",
                                       "max_read_request_size must be larger than 0",
                                       "max_outstanding_write_requests must be larger than 0",
                                       "max_write_buffer_size must be larger than 0",
                                       "[max_retry_delay] must be less than [5m] but was [10m]"});
}

void FollowParametersTest::validates()
{
    QFETCH(QStringList, settings);
    QFETCH(QStringList, reasons);

    FollowParameters parameters;
    for (const QString& setting : settings) {
        const QString name = setting.section(QLatin1Char('='), 0, 0);
        const QString value = setting.section(QLatin1Char('='), 1);
        const auto error = parameters.setFromText(parameterNamed(name), value);
        QVERIFY2(!error, qPrintable(setting));
    }
    const QList<ValueError> errors = parameters.validate();
    QStringList actual;
    for (const ValueError& error : errors) {
        actual.append(error.elasticsearchReason());
        QVERIFY2(error.message().startsWith(error.field()), qPrintable(error.message()));
        QVERIFY(Info::fromRestName(error.field()).has_value());
        QVERIFY(error.kind() == ValueError::Kind::NotPositive || error.kind() == ValueError::Kind::AboveMaximum);
    }
    QCOMPARE(actual, reasons);
}

void FollowParametersTest::validationMatchesTheEsExample()
{
    const QJsonObject body = loadExample(QStringLiteral("ccr.follow/src-error-param-validation.json"));
    if (body.isEmpty())
        QSKIP("es-examples not available");
    FollowParameters parameters;
    parameters.maxReadRequestOperationCount = 0;
    parameters.maxRetryDelay = TimeValue::of(10, TimeValue::Unit::Minutes);
    QString combined = QStringLiteral("Validation Failed: ");
    int number = 1;
    for (const ValueError& error : parameters.validate())
        combined += QStringLiteral("%1: %2;").arg(QString::number(number++), error.elasticsearchReason());
    QCOMPARE(combined, body.value(QStringLiteral("error")).toObject().value(QStringLiteral("reason")).toString());
}

void FollowParametersTest::wordsRetryDelayMessages()
{
    FollowParameters parameters;
    QVERIFY(!parameters.setFromText(FollowParameter::MaxRetryDelay, QStringLiteral("10m")));
    const QList<ValueError> errors = parameters.validate();
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().kind(), ValueError::Kind::AboveMaximum);
    QCOMPARE(errors.first().message(),
             QStringLiteral("max_retry_delay \"10m\" is too long: Elasticsearch allows at most 5m."));
}

void FollowParametersTest::writesOnlySetParameters()
{
    FollowParameters parameters;
    QCOMPARE(parameters.toJson(), QJsonObject());
    parameters.maxOutstandingReadRequests = 16;
    parameters.maxReadRequestSize = ByteSize::of(1024, ByteSize::Unit::Kilobytes);
    parameters.readPollTimeout = TimeValue::of(30, TimeValue::Unit::Seconds);
    parameters.waitForActiveShards = QStringLiteral("1");
    const QJsonObject json = parameters.toJson();
    QCOMPARE(json.size(), 3);
    // Counts are numbers; sizes and times are strings, since ES rejects numbers for them.
    QCOMPARE(json.value(QStringLiteral("max_outstanding_read_requests")), QJsonValue(16));
    QCOMPARE(json.value(QStringLiteral("max_read_request_size")), QJsonValue(QStringLiteral("1024kb")));
    QCOMPARE(json.value(QStringLiteral("read_poll_timeout")), QJsonValue(QStringLiteral("30s")));
    QVERIFY(!json.contains(QStringLiteral("wait_for_active_shards")));
}

void FollowParametersTest::readsTheFollowRequestExample()
{
    const QJsonObject request =
        loadExample(QStringLiteral("ccr.follow/spec-create-follow-index-request-example1.json"));
    if (request.isEmpty())
        QSKIP("es-examples not available");
    QList<ValueError> errors;
    const FollowParameters parameters = FollowParameters::fromJson(request, &errors);
    QVERIFY(errors.isEmpty());
    const QJsonObject json = parameters.toJson();
    QCOMPARE(json.size(), 10);
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        const QJsonValue original = request.value(it.key());
        const FollowParameter parameter = parameterNamed(it.key());
        switch (Info::kind(parameter)) {
        case Info::Kind::Count:
            QCOMPARE(it.value(), original);
            break;
        case Info::Kind::ByteSize:
            QCOMPARE(ByteSize::parse(it.value().toString(), it.key()).value().bytes(),
                     ByteSize::parse(original.toString(), it.key()).value().bytes());
            break;
        case Info::Kind::Time:
            QCOMPARE(it.value().toString(), original.toString());
            break;
        }
    }
    // "1024k" comes back the way ES renders it.
    QCOMPARE(json.value(QStringLiteral("max_read_request_size")).toString(), QStringLiteral("1024kb"));
    QCOMPARE(FollowParameters::fromJson(json), parameters);
}

void FollowParametersTest::readsFollowInfoParameters()
{
    const QJsonObject body = loadExample(QStringLiteral("ccr.follow_info/spec-follow-info-response-example1.json"));
    if (body.isEmpty())
        QSKIP("es-examples not available");
    const QJsonObject rendered = body.value(QStringLiteral("follower_indices"))
                                     .toArray()
                                     .at(0)
                                     .toObject()
                                     .value(QStringLiteral("parameters"))
                                     .toObject();
    QList<ValueError> errors;
    const FollowParameters parameters = FollowParameters::fromJson(rendered, &errors);
    QVERIFY(errors.isEmpty());
    // Rendering what we read gives ES's own rendering back, byte for byte.
    QCOMPARE(parameters.toJson(), rendered);
    QVERIFY(parameters.validate().isEmpty());
}

void FollowParametersTest::reportsMalformedJson()
{
    QJsonObject object;
    object.insert(QStringLiteral("max_read_request_operation_count"), QStringLiteral("5120"));
    object.insert(QStringLiteral("max_write_buffer_count"), 2147483648.0);
    object.insert(QStringLiteral("max_read_request_size"), 1024);
    object.insert(QStringLiteral("max_write_request_size"), QStringLiteral("12 parsecs"));
    object.insert(QStringLiteral("max_retry_delay"), true);
    object.insert(QStringLiteral("read_poll_timeout"), QStringLiteral("1m"));
    object.insert(QStringLiteral("remote_cluster"), QStringLiteral("leader"));

    QList<ValueError> errors;
    const FollowParameters parameters = FollowParameters::fromJson(object, &errors);
    QCOMPARE(parameters.maxReadRequestOperationCount, std::optional<int>(5120));
    QCOMPARE(parameters.readPollTimeout->toString(), QStringLiteral("1m"));
    QVERIFY(!parameters.maxWriteBufferCount);
    QVERIFY(!parameters.maxReadRequestSize);
    QVERIFY(!parameters.maxWriteRequestSize);
    QVERIFY(!parameters.maxRetryDelay);

    QCOMPARE(errors.size(), 4);
    QStringList fields;
    for (const ValueError& error : errors) {
        fields.append(error.field());
        QVERIFY2(error.message().startsWith(error.field()), qPrintable(error.message()));
    }
    fields.sort();
    QCOMPARE(fields, (strings({"max_read_request_size", "max_retry_delay", "max_write_buffer_count",
                               "max_write_request_size"})));
    for (const ValueError& error : errors) {
        if (error.field() == u"max_read_request_size")
            QCOMPARE(error.elasticsearchReason(),
                     QStringLiteral("max_read_request_size doesn't support values of type: VALUE_NUMBER"));
        if (error.field() == u"max_write_buffer_count")
            QCOMPARE(error.kind(), ValueError::Kind::OutOfRange);
        if (error.field() == u"max_write_request_size")
            QCOMPARE(error.kind(), ValueError::Kind::MissingUnit);
    }
    // Without an error list the bad values are still skipped.
    QCOMPARE(FollowParameters::fromJson(object), parameters);
}

void FollowParametersTest::parsesWaitForActiveShards_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("reason");

    QTest::newRow("all") << "all"
                         << "all" << QString();
    QTest::newRow("0") << "0"
                       << "0" << QString();
    QTest::newRow("2") << "2"
                       << "2" << QString();
    QTest::newRow("ALL is not all") << "ALL" << QString() << "cannot parse ActiveShardCount[ALL]";
    QTest::newRow("index-setting") << "index-setting" << QString() << "cannot parse ActiveShardCount[index-setting]";
    QTest::newRow("fraction") << "1.5" << QString() << "cannot parse ActiveShardCount[1.5]";
    QTest::newRow("negative") << "-1" << QString() << "shard count cannot be a negative value";
}

void FollowParametersTest::parsesWaitForActiveShards()
{
    QFETCH(QString, text);
    QFETCH(QString, stored);
    QFETCH(QString, reason);

    FollowParameters parameters;
    const auto error = parameters.setWaitForActiveShards(text);
    if (reason.isEmpty()) {
        QVERIFY(!error);
        QCOMPARE(parameters.waitForActiveShards, std::optional<QString>(stored));
    } else {
        QVERIFY(error.has_value());
        QCOMPARE(error->elasticsearchReason(), reason);
        QCOMPARE(error->field(), QStringLiteral("wait_for_active_shards"));
        QVERIFY2(error->message().startsWith(error->field()), qPrintable(error->message()));
        QVERIFY(!parameters.waitForActiveShards);
    }
}

QTEST_GUILESS_MAIN(FollowParametersTest)
#include "tst_followparameters.moc"
