#include "cli/CommonOptions.h"

#include <QCoreApplication>

namespace duper::cli {

OptionSpec CommonOptions::followerIndex(bool required)
{
    return {QStringLiteral("follower_index"),
            QStringLiteral("f"),
            OptionSpec::Kind::IndexName,
            QStringLiteral("NAME"),
            QCoreApplication::translate("duper::cli", "the follower index"),
            {},
            required};
}

OptionSpec CommonOptions::leaderIndex(bool required)
{
    return {QStringLiteral("leader_index"),
            QStringLiteral("l"),
            OptionSpec::Kind::IndexName,
            QStringLiteral("NAME"),
            QCoreApplication::translate("duper::cli", "the leader index (on the remote cluster)"),
            {},
            required};
}

OptionSpec CommonOptions::remoteCluster(const QString& description)
{
    return {QStringLiteral("remote_cluster"),
            {},
            OptionSpec::Kind::Text,
            QStringLiteral("ALIAS"),
            description,
            QCoreApplication::translate("duper::cli", "the follower's only remote cluster"),
            false};
}

OptionSpec CommonOptions::leaderUrl(bool required)
{
    return {QStringLiteral("leader_url"),
            {},
            OptionSpec::Kind::Text,
            QStringLiteral("URL"),
            QCoreApplication::translate("duper::cli",
                                        "REST URL of the leader cluster (same credentials and TLS options as --url)"),
            {},
            required};
}

OptionSpec CommonOptions::patternName(bool required)
{
    return {QStringLiteral("auto_follow_pattern_name"),
            QStringLiteral("p"),
            OptionSpec::Kind::Text,
            QStringLiteral("NAME"),
            QCoreApplication::translate("duper::cli", "the auto-follow pattern"),
            {},
            required};
}

QJsonObject CommonOptions::summary(const QString& command, QJsonObject extra)
{
    extra.insert(QStringLiteral("command"), command);
    extra.insert(QStringLiteral("acknowledged"), true);
    return extra;
}

} // namespace duper::cli
