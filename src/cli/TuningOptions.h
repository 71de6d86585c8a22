#pragma once

#include "cli/CommandLine.h"
#include "cli/OptionSpec.h"
#include "core/values/FollowParameters.h"

#include <QList>
#include <QStringList>

namespace duper::cli {

// The ten follow tuning options (and wait_for_active_shards) as command-line options, with Elasticsearch's defaults
// in their help, and reading them with the core's rules.
class TuningOptions
{
public:
    static QList<OptionSpec> specs();
    static OptionSpec waitForActiveShards();
    // Reads every tuning option given into *parameters; returns one message per problem (grammar first, then
    // Elasticsearch's CCR limits), each naming the field and the rule.
    // Whether any of the ten tuning options was given.
    static bool anyGiven(const CommandLine& line);
    static QStringList read(const CommandLine& line, FollowParameters* parameters);
};

} // namespace duper::cli
