#pragma once

#include "core/values/FollowParameters.h"
#include "sandbox/JsonWriter.h"
#include "sandbox/RestError.h"

#include <QJsonObject>
#include <QJsonParseError>
#include <QStringList>
#include <optional>

namespace duper::sandbox {

// Request-body helpers shared by the routes: JSON parsing with ES's errors, the ten follow parameters with ES's
// grammar and validation texts (through core's value types), and rendering them back.
class RequestBody
{
public:
    // Parses `raw` as a JSON object. Empty body: `required` -> parse_exception "request body is required".
    static std::optional<RestError> parseObject(const QByteArray& raw, bool required, QJsonObject* out);

    // Reads the follow parameters of `body` into `out`. Keys neither follow parameters nor in `otherKeys` are
    // refused like ES's ObjectParser ("[l:c] [<parser>] unknown field [x]"); bad values give x_content_parse_exception
    // caused by ES's parse reason.
    static std::optional<RestError> readFollowParameters(const QByteArray& raw, const QJsonObject& body,
                                                         const QString& parserName, const QStringList& otherKeys,
                                                         FollowParameters* out);
    // FollowParameters.validate() messages in ES's order.
    static QStringList validationMessages(const FollowParameters& parameters);
    // Writes the parameters (all with defaults when `effective`, else only the set ones) as object members.
    static void writeParameters(JsonWriter& w, const FollowParameters& parameters, bool effective);
    // "[line:column]" of the value of `key` in the raw body, as Jackson reports token locations.
    static QString location(const QByteArray& raw, const QString& key);
    // The number given for `key` as written in the raw body ("1e300"), as Jackson quotes it; `value`'s text when the
    // key cannot be found.
    static QString numberText(const QByteArray& raw, const QString& key, const QJsonValue& value);

private:
    // Jackson's complaint about malformed JSON as Elasticsearch passes it on: x_content_parse_exception, or
    // x_content_e_o_f_exception when the body ends early, "[line:column] ..." with Jackson's location line.
    static RestError syntaxError(const QByteArray& raw, const QJsonParseError& parseError);
    // Offset of the value of `key` in the raw body (past the quoted key, ':' and blanks); -1 when not found.
    static qsizetype valueOffset(const QByteArray& raw, const QString& key);
};

} // namespace duper::sandbox
