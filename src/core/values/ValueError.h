#pragma once

#include <QString>

namespace duper {

// What is wrong with one value, in two wordings: ours for people (names the field, says what is wrong and what is
// allowed) and Elasticsearch's exact `reason` text, which the sandbox sends back the way a real cluster would.
class ValueError
{
public:
    enum class Kind
    {
        Empty,
        ForbiddenCharacter,
        ContainsHash,
        ContainsColon,
        BadFirstCharacter,
        TooLong,
        DotName,
        NotLowercase,
        MissingUnit,
        NotANumber,
        NegativeValue,
        TooManyDecimals,
        FractionalTime,
        OutOfRange,
        NotPositive,
        AboveMaximum,
    };

    ValueError(Kind kind, QString field, QString input, QString message, QString elasticsearchReason)
        : m_kind(kind), m_field(std::move(field)), m_input(std::move(input)), m_message(std::move(message)),
          m_elasticsearchReason(std::move(elasticsearchReason))
    {}

    Kind kind() const { return m_kind; }
    // The REST field name, e.g. "max_read_request_size" or "follower_index".
    const QString& field() const { return m_field; }
    const QString& input() const { return m_input; }
    // For people: "max_read_request_size: "32 furlongs" has no size unit. Use b, kb, mb, gb, tb or pb, e.g. 32mb."
    const QString& message() const { return m_message; }
    // Elasticsearch's own reason text for the same problem, e.g. "Invalid index name [Bad#Name], must not contain '#'".
    const QString& elasticsearchReason() const { return m_elasticsearchReason; }

private:
    Kind m_kind;
    QString m_field;
    QString m_input;
    QString m_message;
    QString m_elasticsearchReason;
};

} // namespace duper
