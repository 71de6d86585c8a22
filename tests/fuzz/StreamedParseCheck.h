#pragma once

// For the fuzz targets of parsers that also read a body while it arrives (issue 13): the same input, fed in pieces
// whose sizes come from the input itself, must give the ordinary parse's outcome, error message included.

#include "FollowStatsEquality.h"
#include "core/es/BodyStreamParser.h"

#include <QByteArray>
#include <QString>
#include <algorithm>
#include <optional>

namespace duper::fuzz {

template <typename T, typename Same>
void checkStreamedParse(BodyStreamParser<T>& parser, const QByteArray& body, const std::optional<T>& full,
                        const QString& fullError, Same&& same)
{
    QByteArray buffer;
    buffer.reserve(body.size() + 128); // never moves, as in EsJob
    for (qsizetype next = 0; buffer.size() < body.size(); ++next) {
        const qsizetype piece = std::min<qsizetype>(1 + static_cast<unsigned char>(body.at(next % body.size())),
                                                    body.size() - buffer.size());
        buffer.append(body.constData() + buffer.size(), piece);
        parser.advance(buffer.constData(), buffer.size());
    }
    QString error;
    const std::optional<T> streamed = parser.finish(buffer, true, &error);
    if (streamed.has_value() != full.has_value())
        __builtin_trap();
    if (!full && error != fullError)
        __builtin_trap();
    if (full && !same(*streamed, *full))
        __builtin_trap();
}

// Follower stats lists compared field by field.
template <typename List> bool sameFollowerStats(const List& a, const List& b)
{
    return duper::test::firstDifference(a, b).isEmpty();
}

} // namespace duper::fuzz
