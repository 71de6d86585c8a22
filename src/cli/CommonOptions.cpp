#include "cli/CommonOptions.h"

#include <QCoreApplication>

namespace duper::cli {

OptionSpec CommonOptions::followerIndex(bool required)
{
    return OptionSpec::make(OptionSpec::Kind::IndexName, QStringLiteral("follower_index"), QStringLiteral("f"),
                            QStringLiteral("NAME"), QCoreApplication::translate("duper::cli", "the follower index"), {},
                            required);
}

OptionSpec CommonOptions::leaderIndex(bool required)
{
    return OptionSpec::make(
        OptionSpec::Kind::IndexName, QStringLiteral("leader_index"), QStringLiteral("l"), QStringLiteral("NAME"),
        QCoreApplication::translate("duper::cli", "the leader index (on the remote cluster)"), {}, required);
}

OptionSpec CommonOptions::remoteCluster(const QString& description)
{
    return OptionSpec::make(OptionSpec::Kind::Text, QStringLiteral("remote_cluster"), {}, QStringLiteral("ALIAS"),
                            description,
                            QCoreApplication::translate("duper::cli", "the follower's only remote cluster"));
}

OptionSpec CommonOptions::leaderUrl(bool required)
{
    return OptionSpec::make(
        OptionSpec::Kind::Text, QStringLiteral("leader_url"), {}, QStringLiteral("URL"),
        QCoreApplication::translate("duper::cli",
                                    "REST URL of the leader cluster (same credentials and TLS options as --url)"),
        {}, required);
}

OptionSpec CommonOptions::patternName(bool required)
{
    return OptionSpec::make(OptionSpec::Kind::Text, QStringLiteral("auto_follow_pattern_name"), QStringLiteral("p"),
                            QStringLiteral("NAME"),
                            QCoreApplication::translate("duper::cli", "the auto-follow pattern"), {}, required);
}

QJsonObject CommonOptions::summary(const QString& command, QJsonObject extra)
{
    extra.insert(QStringLiteral("command"), command);
    extra.insert(QStringLiteral("acknowledged"), true);
    return extra;
}

} // namespace duper::cli
