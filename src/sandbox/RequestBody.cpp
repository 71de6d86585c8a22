#include "sandbox/RequestBody.h"

#include "core/values/FollowParameter.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <algorithm>
#include <cctype>

namespace duper::sandbox {

std::optional<RestError> RequestBody::parseObject(const QByteArray& raw, bool required, QJsonObject* out)
{
    if (raw.trimmed().isEmpty()) {
        if (required)
            return RestError(400, QStringLiteral("parse_exception"), QStringLiteral("request body is required"));
        *out = {};
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(raw, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return syntaxError(raw, parseError);
    if (!doc.isObject()) {
        // Parsers of request bodies start with the object; anything else fails on its first token.
        return RestError::xContentParse(
            QStringLiteral("[1:1] Expected START_OBJECT but found [%1]")
                .arg(doc.isArray() ? QStringLiteral("START_ARRAY") : QStringLiteral("VALUE_STRING")));
    }
    *out = doc.object();
    return std::nullopt;
}

RestError RequestBody::syntaxError(const QByteArray& raw, const QJsonParseError& parseError)
{
    // Jackson reports the character it stopped at; Qt's offset points at or just past it. A body that stops inside a
    // value or container (nothing but blanks after the offset, no closing bracket last) ends early.
    const QByteArray trimmed = raw.trimmed();
    const bool closedLast = trimmed.endsWith('}') || trimmed.endsWith(']');
    qsizetype at = std::min<qsizetype>(parseError.offset, raw.size());
    const bool atEnd = raw.mid(at).trimmed().isEmpty() && !closedLast;
    if (!atEnd && raw.mid(at).trimmed().isEmpty())
        at = raw.lastIndexOf(trimmed.back());
    int line = 1;
    int column = 1;
    for (qsizetype i = 0; i < at; ++i) {
        if (raw.at(i) == '\n') {
            line = line + 1;
            column = 1;
        } else {
            ++column;
        }
    }
    const QString source = QStringLiteral("\n at [Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` "
                                          "disabled); line: %1, column: %2]")
                               .arg(line)
                               .arg(column);
    const QString where = QStringLiteral("[%1:%2] ").arg(line).arg(column);
    if (atEnd) {
        // XContentEOFException: Elasticsearch names it after the class.
        return RestError(400, QStringLiteral("x_content_e_o_f_exception"),
                         where + QStringLiteral("Unexpected end-of-input") + source);
    }
    const unsigned char c = static_cast<unsigned char>(raw.at(at));
    if (parseError.error == QJsonParseError::IllegalUTF8String && c >= 0x80) {
        return RestError::xContentParse(where + QStringLiteral("Invalid UTF-8 start byte 0x%1").arg(c, 0, 16) + source);
    }
    const QString shown = c >= 0x20 && c < 0x7f ? QString(QLatin1Char(static_cast<char>(c)))
                                                : QStringLiteral("\\u%1").arg(c, 4, 16, QLatin1Char('0'));
    return RestError::xContentParse(where + QStringLiteral("Unexpected character ('%1' (code %2))").arg(shown).arg(c) +
                                    source);
}

qsizetype RequestBody::valueOffset(const QByteArray& raw, const QString& key)
{
    const QByteArray needle = JsonWriter::quoted(key);
    qsizetype pos = raw.indexOf(needle);
    if (pos < 0)
        return -1;
    pos += needle.size();
    while (pos < raw.size() && (raw.at(pos) == ' ' || raw.at(pos) == ':' || raw.at(pos) == '\t' ||
                                raw.at(pos) == '\n' || raw.at(pos) == '\r'))
        ++pos;
    return pos;
}

QString RequestBody::location(const QByteArray& raw, const QString& key)
{
    const qsizetype pos = valueOffset(raw, key);
    if (pos < 0)
        return QStringLiteral("[1:1]");
    int line = 1;
    int column = 1;
    for (qsizetype i = 0; i < pos; ++i) {
        if (raw.at(i) == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return QStringLiteral("[%1:%2]").arg(line).arg(column);
}

QString RequestBody::numberText(const QByteArray& raw, const QString& key, const QJsonValue& value)
{
    const qsizetype pos = valueOffset(raw, key);
    if (pos >= 0) {
        qsizetype end = pos;
        while (end < raw.size() &&
               (std::isdigit(static_cast<unsigned char>(raw.at(end))) || raw.at(end) == '-' || raw.at(end) == '+' ||
                raw.at(end) == '.' || raw.at(end) == 'e' || raw.at(end) == 'E'))
            ++end;
        if (end > pos)
            return QString::fromLatin1(raw.mid(pos, end - pos));
    }
    return value.toVariant().toString();
}

std::optional<RestError> RequestBody::readFollowParameters(const QByteArray& raw, const QJsonObject& body,
                                                           const QString& parserName, const QStringList& otherKeys,
                                                           FollowParameters* out)
{
    for (auto it = body.begin(); it != body.end(); ++it) {
        const auto parameter = FollowParameterInfo::fromRestName(it.key());
        if (!parameter) {
            if (otherKeys.contains(it.key()))
                continue;
            return RestError::xContentParse(
                QStringLiteral("%1 [%2] unknown field [%3]").arg(location(raw, it.key()), parserName, it.key()));
        }
        const FollowParameterInfo::Kind kind = FollowParameterInfo::kind(*parameter);
        const QJsonValue v = it.value();
        const QString where = location(raw, it.key());
        const RestError fieldError = RestError::xContentParse(
            QStringLiteral("%1 [%2] failed to parse field [%3]").arg(where, parserName, it.key()));
        QString text;
        if (kind == FollowParameterInfo::Kind::Count) {
            if (v.isDouble()) {
                const double d = v.toDouble();
                // Range first, then the cast (1e300 or NaN cast to an integer is UB). Like Jackson, a fraction within
                // int's range is truncated and anything beyond it is refused quoting the number as it was sent.
                if (!(d >= -2147483648.0 && d <= 2147483647.0)) {
                    RestError e = fieldError;
                    return e.withCause(RestError(400, QStringLiteral("input_coercion_exception"),
                                                 QStringLiteral("Numeric value (%1) out of range of int (-2147483648 - "
                                                                "2147483647)")
                                                     .arg(numberText(raw, it.key(), v))));
                }
                text = QString::number(static_cast<int>(d));
            } else if (v.isString()) {
                bool ok = false;
                v.toString().trimmed().toInt(&ok);
                if (!ok) {
                    RestError e = fieldError;
                    return e.withCause(RestError(400, QStringLiteral("number_format_exception"),
                                                 QStringLiteral("For input string: \"%1\"").arg(v.toString())));
                }
                text = v.toString().trimmed();
            } else {
                return fieldError;
            }
        } else {
            if (!v.isString())
                return fieldError;
            text = v.toString();
        }
        if (auto error = out->setFromText(*parameter, text)) {
            RestError e = fieldError;
            const QString causeType = kind == FollowParameterInfo::Kind::ByteSize
                                          ? QStringLiteral("parse_exception")
                                          : QStringLiteral("illegal_argument_exception");
            return e.withCause(RestError(400, causeType, error->elasticsearchReason()));
        }
    }
    return std::nullopt;
}

QStringList RequestBody::validationMessages(const FollowParameters& parameters)
{
    QStringList messages;
    for (const ValueError& error : parameters.validate())
        messages.append(error.elasticsearchReason());
    return messages;
}

void RequestBody::writeParameters(JsonWriter& w, const FollowParameters& parameters, bool effective)
{
    for (const FollowParameter parameter : FollowParameterInfo::all()) {
        if (!effective && !parameters.isSet(parameter))
            continue;
        const QString text = effective ? parameters.effectiveText(parameter) : parameters.text(parameter);
        w.key(FollowParameterInfo::restName(parameter));
        if (FollowParameterInfo::kind(parameter) == FollowParameterInfo::Kind::Count)
            w.raw(text.toLatin1());
        else
            w.value(text);
    }
}

} // namespace duper::sandbox
