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

    // One option in one call, so option lists stay short.
    static OptionSpec make(Kind kind, QString name, QString alias, QString valueName, QString description,
                           QString defaultText = {}, bool required = false)
    {
        return {std::move(name),        std::move(alias),       kind,    std::move(valueName),
                std::move(description), std::move(defaultText), required};
    }
    static OptionSpec flag(QString name, QString description)
    {
        return make(Kind::Flag, std::move(name), {}, {}, std::move(description));
    }
};

} // namespace duper::cli
