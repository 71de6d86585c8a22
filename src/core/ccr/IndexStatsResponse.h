#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <optional>

namespace duper {

// What GET /_stats/docs?level=shards says about each open index that failback compares: the primaries' document
// count and each primary shard's max sequence number (by shard number). Two copies of an index hold the same
// operations when both agree.
struct IndexStatsResponse
{
    struct Index
    {
        qint64 documents = 0;
        QList<qint64> maxSeqNos; // per primary shard, by shard number; -1 for an empty shard
        qint64 maxSeqNo() const;
        bool sameAs(const Index& other) const { return documents == other.documents && maxSeqNos == other.maxSeqNos; }
    };

    QHash<QString, Index> indices;

    static std::optional<IndexStatsResponse> parse(const QByteArray& body, QString* error = nullptr);
};

} // namespace duper
