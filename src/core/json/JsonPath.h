#pragma once

#include <QString>
#include <string_view>

namespace duper {

// Where a parser is in a JSON body, kept on the stack and only turned into text when something is malformed:
// {parent "indices" [3]} -> {"shards" [0]} -> {"shard_id"} renders as "indices[3].shards[0].shard_id".
struct JsonPath
{
    const JsonPath* parent = nullptr;
    std::string_view key;
    qsizetype index = -1; // >= 0: the element `index` of the array `key`

    JsonPath child(std::string_view childKey, qsizetype childIndex = -1) const { return {this, childKey, childIndex}; }

    // The element `elementIndex` of the array this path names: "indices" -> "indices[3]".
    JsonPath element(qsizetype elementIndex) const { return {parent, key, elementIndex}; }

    QString toString() const
    {
        QString text = parent ? parent->toString() : QString();
        if (!key.empty()) {
            if (!text.isEmpty())
                text += QLatin1Char('.');
            text += QString::fromUtf8(key.data(), qsizetype(key.size()));
        }
        if (index >= 0)
            text += QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
        return text;
    }
};

} // namespace duper
