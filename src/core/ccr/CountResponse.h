#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace duper {

// GET /{index}/_count: the documents a search sees (as of the last refresh), and how many shards answered.
struct CountResponse
{
    qint64 count = 0;
    int shardsTotal = 0;
    int shardsFailed = 0;

    static std::optional<CountResponse> parse(const QByteArray& body, QString* error = nullptr);
};

} // namespace duper
