#pragma once

#include <QtGlobal>
#include <limits>

namespace duper {

// The `n` that tr() picks a plural form by, for a count that may not fit an int (documents, operations). The text
// prints the exact count itself (%1 with arg()); this only chooses "1 document" or "3 documents". Beyond an int the
// last six digits are kept, above a million, so a language whose rule looks at the last digits still gets the form it
// would for the real number.
inline int pluralCount(qint64 count)
{
    if (count >= std::numeric_limits<int>::min() && count <= std::numeric_limits<int>::max())
        return int(count);
    const qint64 lastDigits = count % 1'000'000; // negative for a negative count, and never overflows
    return int(1'000'000 + (lastDigits < 0 ? -lastDigits : lastDigits));
}

} // namespace duper
