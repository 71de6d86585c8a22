#include "core/values/FollowParameters.h"

#include "core/values/JavaText.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QLocale>
#include <cmath>
#include <limits>

namespace duper {

namespace {

using CountMember = std::optional<int> FollowParameters::*;
using SizeMember = std::optional<ByteSize> FollowParameters::*;
using TimeMember = std::optional<TimeValue> FollowParameters::*;

CountMember countMember(FollowParameter parameter)
{
    switch (parameter) {
    case FollowParameter::MaxReadRequestOperationCount:
        return &FollowParameters::maxReadRequestOperationCount;
    case FollowParameter::MaxWriteRequestOperationCount:
        return &FollowParameters::maxWriteRequestOperationCount;
    case FollowParameter::MaxOutstandingReadRequests:
        return &FollowParameters::maxOutstandingReadRequests;
    case FollowParameter::MaxOutstandingWriteRequests:
        return &FollowParameters::maxOutstandingWriteRequests;
    case FollowParameter::MaxWriteBufferCount:
        return &FollowParameters::maxWriteBufferCount;
    default:
        return nullptr;
    }
}

SizeMember sizeMember(FollowParameter parameter)
{
    switch (parameter) {
    case FollowParameter::MaxReadRequestSize:
        return &FollowParameters::maxReadRequestSize;
    case FollowParameter::MaxWriteRequestSize:
        return &FollowParameters::maxWriteRequestSize;
    case FollowParameter::MaxWriteBufferSize:
        return &FollowParameters::maxWriteBufferSize;
    default:
        return nullptr;
    }
}

TimeMember timeMember(FollowParameter parameter)
{
    switch (parameter) {
    case FollowParameter::MaxRetryDelay:
        return &FollowParameters::maxRetryDelay;
    case FollowParameter::ReadPollTimeout:
        return &FollowParameters::readPollTimeout;
    default:
        return nullptr;
    }
}

// An int parameter given as text: what ES's object parser accepts for a numeric string that is a whole number.
Parsed<int> parseCount(const QString& text, const QString& field)
{
    const JavaText::ParsedLong number = JavaText::parseInt(text);
    switch (number.status) {
    case JavaText::ParsedLong::Status::Ok:
        return int(number.value);
    case JavaText::ParsedLong::Status::Overflow:
        return ValueError(
            ValueError::Kind::OutOfRange, field, text,
            QCoreApplication::translate(
                "duper::values",
                "%1 \"%2\" is too large: Elasticsearch stores it as a 32-bit integer, at most 2147483647.")
                .arg(field, text),
            QStringLiteral("Value [%1] is out of range for an integer").arg(text));
    case JavaText::ParsedLong::Status::NotANumber:
        break;
    }
    return ValueError(
        ValueError::Kind::NotANumber, field, text,
        QCoreApplication::translate("duper::values", "%1 \"%2\" is not a whole number, e.g. 5120.").arg(field, text),
        QStringLiteral("For input string: \"%1\"").arg(text));
}

QString jsonTypeName(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("VALUE_NULL");
    case QJsonValue::Bool:
        return QStringLiteral("VALUE_BOOLEAN");
    case QJsonValue::Double:
        return QStringLiteral("VALUE_NUMBER");
    case QJsonValue::String:
        return QStringLiteral("VALUE_STRING");
    case QJsonValue::Array:
        return QStringLiteral("START_ARRAY");
    case QJsonValue::Object:
        return QStringLiteral("START_OBJECT");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("VALUE_EMBEDDED_OBJECT");
}

QString jsonText(const QJsonValue& value)
{
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (std::trunc(number) == number && std::fabs(number) < 1e300)
            return QString::number(number, 'f', 0);
        return QString::number(number, 'g', QLocale::FloatingPointShortest);
    }
    if (value.isString())
        return value.toString();
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isNull())
        return QStringLiteral("null");
    return jsonTypeName(value);
}

ValueError wrongTypeError(const QString& field, const QJsonValue& value, ValueError::Kind kind)
{
    const QString expected =
        kind == ValueError::Kind::MissingUnit
            ? QCoreApplication::translate("duper::values", "text with a unit, such as \"32mb\" or \"30s\"")
            : QCoreApplication::translate("duper::values", "a whole number");
    return ValueError(kind, field, jsonText(value),
                      QCoreApplication::translate("duper::values", "%1 is %2, but it must be %3.")
                          .arg(field, jsonText(value), expected),
                      QStringLiteral("%1 doesn't support values of type: %2").arg(field, jsonTypeName(value)));
}

} // namespace

bool FollowParameters::isSet(FollowParameter parameter) const
{
    if (const CountMember member = countMember(parameter))
        return (this->*member).has_value();
    if (const SizeMember member = sizeMember(parameter))
        return (this->*member).has_value();
    if (const TimeMember member = timeMember(parameter))
        return (this->*member).has_value();
    return false;
}

void FollowParameters::clear(FollowParameter parameter)
{
    if (const CountMember member = countMember(parameter))
        (this->*member).reset();
    else if (const SizeMember member = sizeMember(parameter))
        (this->*member).reset();
    else if (const TimeMember member = timeMember(parameter))
        (this->*member).reset();
}

QString FollowParameters::text(FollowParameter parameter) const
{
    if (const CountMember member = countMember(parameter))
        return (this->*member) ? QString::number(*(this->*member)) : QString();
    if (const SizeMember member = sizeMember(parameter))
        return (this->*member) ? (this->*member)->toString() : QString();
    if (const TimeMember member = timeMember(parameter))
        return (this->*member) ? (this->*member)->toString() : QString();
    return {};
}

QString FollowParameters::effectiveText(FollowParameter parameter) const
{
    return isSet(parameter) ? text(parameter) : FollowParameterInfo::defaultText(parameter);
}

bool FollowParameters::isUnlimited(FollowParameter parameter) const
{
    FollowParameters effective = *this;
    if (!isSet(parameter) && effective.setFromText(parameter, FollowParameterInfo::defaultText(parameter)))
        return false;
    if (const CountMember member = countMember(parameter))
        return effective.*member == std::numeric_limits<int>::max();
    if (const SizeMember member = sizeMember(parameter))
        return (effective.*member) && (effective.*member)->isUnlimited();
    return false;
}

std::optional<ValueError> FollowParameters::setFromText(FollowParameter parameter, const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        clear(parameter);
        return std::nullopt;
    }
    const QString field = FollowParameterInfo::restName(parameter);
    if (const CountMember member = countMember(parameter)) {
        Parsed<int> parsed = parseCount(trimmed, field);
        if (!parsed.ok())
            return parsed.error();
        this->*member = parsed.value();
    } else if (const SizeMember member = sizeMember(parameter)) {
        Parsed<ByteSize> parsed = ByteSize::parse(text, field); // untrimmed, as ES sees it
        if (!parsed.ok())
            return parsed.error();
        this->*member = parsed.value();
    } else if (const TimeMember member = timeMember(parameter)) {
        Parsed<TimeValue> parsed = TimeValue::parse(text, field); // untrimmed, as ES sees it
        if (!parsed.ok())
            return parsed.error();
        this->*member = parsed.value();
    }
    return std::nullopt;
}

std::optional<ValueError> FollowParameters::setWaitForActiveShards(const QString& text)
{
    // ActiveShardCount.parseString: "all", else Integer.parseInt and a non-negative check.
    const QString field = QStringLiteral("wait_for_active_shards");
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        waitForActiveShards.reset();
        return std::nullopt;
    }
    if (trimmed == u"all") {
        waitForActiveShards = trimmed;
        return std::nullopt;
    }
    const JavaText::ParsedLong number = JavaText::parseInt(trimmed);
    if (number.status != JavaText::ParsedLong::Status::Ok) {
        const ValueError::Kind kind = number.status == JavaText::ParsedLong::Status::Overflow
                                          ? ValueError::Kind::OutOfRange
                                          : ValueError::Kind::NotANumber;
        return ValueError(
            kind, field, trimmed,
            QCoreApplication::translate("duper::values",
                                        "%1 \"%2\" is not valid. Use \"all\" or a number of shard copies, 0 or more.")
                .arg(field, trimmed),
            QStringLiteral("cannot parse ActiveShardCount[%1]").arg(trimmed));
    }
    if (number.value < 0) {
        return ValueError(
            ValueError::Kind::NegativeValue, field, trimmed,
            QCoreApplication::translate("duper::values",
                                        "%1 \"%2\" is negative. Use \"all\" or a number of shard copies, 0 or more.")
                .arg(field, trimmed),
            QStringLiteral("shard count cannot be a negative value"));
    }
    waitForActiveShards = QString::number(number.value);
    return std::nullopt;
}

QList<ValueError> FollowParameters::validate() const
{
    // FollowParameters.validate, in its order (which is also FollowParameterInfo::all()'s order).
    QList<ValueError> errors;
    for (FollowParameter parameter : FollowParameterInfo::all()) {
        const QString field = FollowParameterInfo::restName(parameter);
        if (const CountMember member = countMember(parameter)) {
            const std::optional<int>& value = this->*member;
            if (value && *value < 1) {
                errors.append(
                    ValueError(ValueError::Kind::NotPositive, field, QString::number(*value),
                               QCoreApplication::translate("duper::values", "%1 is %2, but it must be at least 1.")
                                   .arg(field, QString::number(*value)),
                               field + QStringLiteral(" must be larger than 0")));
            }
        } else if (const SizeMember member = sizeMember(parameter)) {
            const std::optional<ByteSize>& value = this->*member;
            if (value && value->bytes() <= 0) {
                errors.append(
                    ValueError(ValueError::Kind::NotPositive, field, value->toString(),
                               QCoreApplication::translate(
                                   "duper::values", "%1 is \"%2\", but it must be larger than 0 bytes, e.g. 32mb.")
                                   .arg(field, value->toString()),
                               field + QStringLiteral(" must be larger than 0")));
            }
        } else if (parameter == FollowParameter::MaxRetryDelay && maxRetryDelay) {
            const QString shown = maxRetryDelay->toString();
            const TimeValue maximum = TimeValue::of(5, TimeValue::Unit::Minutes);
            if (maxRetryDelay->milliseconds() <= 0) {
                errors.append(
                    ValueError(ValueError::Kind::NotPositive, field, shown,
                               QCoreApplication::translate("duper::values",
                                                           "%1 \"%2\" is too short: Elasticsearch needs at least 1ms.")
                                   .arg(field, shown),
                               QStringLiteral("[%1] must be positive but was [%2]").arg(field, shown)));
            }
            if (maxRetryDelay->milliseconds() > maximum.milliseconds()) {
                errors.append(ValueError(
                    ValueError::Kind::AboveMaximum, field, shown,
                    QCoreApplication::translate("duper::values",
                                                "%1 \"%2\" is too long: Elasticsearch allows at most %3.")
                        .arg(field, shown, maximum.toString()),
                    QStringLiteral("[%1] must be less than [%2] but was [%3]").arg(field, maximum.toString(), shown)));
            }
        }
    }
    return errors;
}

QJsonObject FollowParameters::toJson() const
{
    QJsonObject object;
    for (FollowParameter parameter : FollowParameterInfo::all()) {
        const QString key = FollowParameterInfo::restName(parameter);
        if (const CountMember member = countMember(parameter)) {
            if (const std::optional<int>& value = this->*member)
                object.insert(key, *value);
        } else if (isSet(parameter)) {
            object.insert(key, text(parameter));
        }
    }
    return object;
}

FollowParameters FollowParameters::fromJson(const QJsonObject& object, QList<ValueError>* errors)
{
    FollowParameters result;
    const auto report = [errors](ValueError error) {
        if (errors)
            errors->append(std::move(error));
    };
    for (FollowParameter parameter : FollowParameterInfo::all()) {
        const QString key = FollowParameterInfo::restName(parameter);
        const auto found = object.constFind(key);
        if (found == object.constEnd())
            continue;
        const QJsonValue value = found.value();
        if (const CountMember member = countMember(parameter)) {
            if (value.isDouble()) {
                const double number = value.toDouble();
                // Negated so that NaN (never cast to int: UB) is refused with the out-of-range values.
                if (!(number >= double(std::numeric_limits<int>::min()) &&
                      number <= double(std::numeric_limits<int>::max()))) {
                    report(ValueError(
                        ValueError::Kind::OutOfRange, key, jsonText(value),
                        QCoreApplication::translate(
                            "duper::values",
                            "%1 %2 is too large: Elasticsearch stores it as a 32-bit integer, at most 2147483647.")
                            .arg(key, jsonText(value)),
                        QStringLiteral("Numeric value (%1) out of range of int (-2147483648 - 2147483647)")
                            .arg(jsonText(value))));
                    continue;
                }
                result.*member = int(number); // ES coerces, truncating a fraction
            } else if (value.isString()) {
                Parsed<int> parsed = parseCount(JavaText::trim(value.toString()).toString(), key);
                if (parsed.ok())
                    result.*member = parsed.value();
                else
                    report(parsed.error());
            } else {
                report(wrongTypeError(key, value, ValueError::Kind::NotANumber));
            }
            continue;
        }
        if (!value.isString()) {
            report(wrongTypeError(key, value,
                                  value.isDouble() ? ValueError::Kind::MissingUnit : ValueError::Kind::NotANumber));
            continue;
        }
        if (const SizeMember member = sizeMember(parameter)) {
            Parsed<ByteSize> parsed = ByteSize::parse(value.toString(), key);
            if (parsed.ok())
                result.*member = parsed.value();
            else
                report(parsed.error());
        } else if (const TimeMember member = timeMember(parameter)) {
            Parsed<TimeValue> parsed = TimeValue::parse(value.toString(), key);
            if (parsed.ok())
                result.*member = parsed.value();
            else
                report(parsed.error());
        }
    }
    return result;
}

} // namespace duper
