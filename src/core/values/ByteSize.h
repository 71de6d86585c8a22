#pragma once

#include "core/values/Parsed.h"

#include <QString>
#include <QStringView>

namespace duper {

// A byte size with Elasticsearch's ByteSizeValue rules: units b, k/kb, m/mb, g/gb, t/tb, p/pb in any case, binary
// multiples, fractions of up to two decimals rounded up to whole bytes, and the bare shortcuts 0 and -1.
// Keeps the unit it was written with so toString() renders like ByteSizeValue.getStringRep() ("1024k" -> "1024kb",
// "1.5kb" -> "1536b", 0 -> "0", -1 -> "-1").
class ByteSize
{
public:
    enum class Unit
    {
        Bytes,
        Kilobytes,
        Megabytes,
        Gigabytes,
        Terabytes,
        Petabytes
    };

    ByteSize() = default;
    static ByteSize fromBytes(qint64 bytes) { return ByteSize(bytes, Unit::Bytes); }
    // `count` whole units; the caller guarantees no overflow.
    static ByteSize of(qint64 count, Unit unit);

    // `field` names the REST field in error messages.
    static Parsed<ByteSize> parse(QStringView text, const QString& field);

    qint64 bytes() const { return m_bytes; }
    Unit unit() const { return m_unit; }
    QString toString() const;
    // One decimal and the largest fitting unit ("1.5kb"), as ES's human=true output and for display.
    QString toHumanString() const;
    // Long.MAX_VALUE bytes ("9223372036854775807b"): what Elasticsearch uses as "no limit" (the default of
    // max_write_request_size, for one).
    bool isUnlimited() const;

    friend bool operator==(const ByteSize& a, const ByteSize& b) { return a.m_bytes == b.m_bytes; }

private:
    ByteSize(qint64 bytes, Unit unit) : m_bytes(bytes), m_unit(unit) {}
    qint64 m_bytes = 0;
    Unit m_unit = Unit::Bytes;
};

} // namespace duper
