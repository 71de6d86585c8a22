#pragma once

#include "cli/OptionSpec.h"

#include <QJsonObject>
#include <QString>

namespace duper::cli {

// Option specs several commands share, so their spelling and help stay the same everywhere.
class CommonOptions
{
public:
    static OptionSpec followerIndex(bool required = true);
    static OptionSpec leaderIndex(bool required = true);
    static OptionSpec remoteCluster(const QString& description);
    static OptionSpec leaderUrl(bool required);
    static OptionSpec patternName(bool required = true);
    // {"command": name, "acknowledged": true, ...extra} for --json output of mutating commands.
    static QJsonObject summary(const QString& command, QJsonObject extra = {});
};

} // namespace duper::cli
