#pragma once

#include <QString>

namespace duper::cli {

// One command-line option: its spelling (snake_case like the REST field), a one-letter alias, what it holds and
// the help line. Names match with '-' and '_' taken as the same character.
struct OptionSpec
{
    enum class Kind
    {
        Flag,                // no value
        Text,                // any value
        List,                // comma-separated and/or repeated
        IndexName,           // checked with IndexName::parse before any request
        Tuning,              // one of the ten follow parameters
        WaitForActiveShards, // "all" or a shard count
    };

    QString name;  // "follower_index"
    QString alias; // "f", or empty
    Kind kind = Kind::Text;
    QString valueName; // "NAME" in the help
    QString description;
    QString defaultText; // Elasticsearch's (or our) default, shown in the help
    bool required = false;
};

} // namespace duper::cli
