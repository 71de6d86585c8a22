#include "cli/CheckCommand.h"

#include "cli/CheckReport.h"
#include "cli/CheckRun.h"
#include "cli/CommandContext.h"
#include "cli/CommonOptions.h"
#include "core/alerts/AlertDuration.h"
#include "core/alerts/AlertThresholds.h"
#include "core/alerts/RetentionPeriod.h"
#include "core/values/TimeValue.h"

#include <QCoreApplication>

namespace duper::cli {

namespace {

OptionSpec textOption(const char* name, const char* valueName, const QString& description, const QString& fallback)
{
    return OptionSpec::make(OptionSpec::Kind::Text, QString::fromLatin1(name), {}, QString::fromLatin1(valueName),
                            description, fallback);
}

void readCount(CommandContext& context, const QString& name, qint64* out, QStringList* problems)
{
    if (!context.has(name))
        return;
    bool ok = false;
    const qint64 value = context.value(name).trimmed().toLongLong(&ok);
    if (!ok || value < 0) {
        problems->append(QCoreApplication::translate("duper::cli", "--%1 needs a number of operations (0 or more), "
                                                                   "not \"%2\"")
                             .arg(name, context.value(name)));
        return;
    }
    *out = value;
}

void readDuration(CommandContext& context, const QString& name, qint64* outMs, QStringList* problems)
{
    if (!context.has(name))
        return;
    const auto parsed = TimeValue::parse(context.value(name).trimmed(), name);
    if (!parsed || parsed.value().milliseconds() < 0) {
        problems->append(parsed ? QCoreApplication::translate("duper::cli", "--%1 cannot be negative").arg(name)
                                : parsed.error().message());
        return;
    }
    *outMs = parsed.value().milliseconds();
}

void readPausedLimit(CommandContext& context, const QString& name, PausedLimit* out, QStringList* problems)
{
    if (!context.has(name))
        return;
    const auto limit = PausedLimit::parse(context.value(name));
    if (!limit) {
        problems->append(QCoreApplication::translate("duper::cli", "--%1 needs a share of the retention lease period "
                                                                   "such as 50% or a time such as 6h, not \"%2\"")
                             .arg(name, context.value(name)));
        return;
    }
    *out = *limit;
}

void printUsageProblems(Output& output, const QStringList& problems)
{
    const QString reason = problems.join(QStringLiteral("; "));
    if (output.json())
        output.printJson(CheckReport::unknownJson(reason));
    else
        output.line(CheckReport::unknownText(reason));
}

} // namespace

CommandSpec CheckCommand::spec()
{
    const AlertThresholds defaults;
    return CommandSpec(
               QStringLiteral("check"),
               QCoreApplication::translate("duper::cli",
                                           "check replication for a monitoring system (Nagios/Icinga plugin)"),
               {OptionSpec::make(OptionSpec::Kind::List, QStringLiteral("follower_index"), QStringLiteral("f"),
                                 QStringLiteral("PATTERN[,PATTERN...]"),
                                 QCoreApplication::translate("duper::cli", "follower indices or patterns to check"),
                                 QCoreApplication::translate("duper::cli", "all")),
                textOption("lag-warning", "OPS",
                           QCoreApplication::translate("duper::cli",
                                                       "warn when a follower is more operations behind than this"),
                           QString::number(defaults.lagWarning)),
                textOption("lag-critical", "OPS",
                           QCoreApplication::translate("duper::cli",
                                                       "critical when a follower is more operations behind than this"),
                           QString::number(defaults.lagCritical)),
                textOption("lag-for", "TIME",
                           QCoreApplication::translate(
                               "duper::cli", "count lag only once it has lasted this long (needs --state-file)"),
                           QStringLiteral("0s")),
                textOption(
                    "last-read-warning", "TIME",
                    QCoreApplication::translate("duper::cli", "warn when a shard last read from the leader longer ago"),
                    AlertDuration::compact(defaults.lastReadWarningMs)),
                textOption("last-read-critical", "TIME",
                           QCoreApplication::translate("duper::cli",
                                                       "critical when a shard last read from the leader longer ago"),
                           AlertDuration::compact(defaults.lastReadCriticalMs)),
                textOption("paused-warning", "SHARE|TIME",
                           QCoreApplication::translate(
                               "duper::cli",
                               "warn when a follower has been paused this share of its leader's retention lease "
                               "period (or this long)"),
                           defaults.pausedWarning.toString()),
                textOption("paused-critical", "SHARE|TIME",
                           QCoreApplication::translate(
                               "duper::cli",
                               "critical when a follower has been paused this share of the period (or this long)"),
                           defaults.pausedCritical.toString()),
                textOption("state-file", "FILE",
                           QCoreApplication::translate(
                               "duper::cli",
                               "remember between runs since when followers are paused or lagging (one file per "
                               "check)"),
                           {}),
                CommonOptions::leaderUrl(false),
                OptionSpec::make(OptionSpec::Kind::Text, QStringLiteral("leader"), {}, QStringLiteral("NAME"),
                                 QCoreApplication::translate(
                                     "duper::cli",
                                     "the saved connection of the leader cluster, to read the retention lease period "
                                     "(instead of --leader_url)"),
                                 QCoreApplication::translate("duper::cli", "the default leader connection")),
                OptionSpec::make(
                    OptionSpec::Kind::Text, QStringLiteral("remote_cluster"), {}, QStringLiteral("ALIAS"),
                    QCoreApplication::translate("duper::cli", "the remote cluster the leader connection stands for"),
                    QCoreApplication::translate("duper::cli", "every one"))},
               &CheckCommand::run)
        .withDetails(QCoreApplication::translate(
            "duper::cli",
            "Rules: lag above --lag-warning/--lag-critical operations; a shard's last read from the leader longer ago "
            "than --last-read-warning/--last-read-critical; read exceptions (warning; critical when they keep "
            "repeating); a fatal error (critical); paused: the leader keeps the operations a paused follower needs "
            "only for its index.soft_deletes.retention_lease.period (12h by default, read from the leader when "
            "--leader_url or --leader is given), after which resuming fails. Elasticsearch does not record when a "
            "follower was paused: without --state-file a paused follower is a warning; with it, the check measures "
            "the pause from the first run that saw the follower replicating and then paused.\n"
            "Output: a summary line with performance data after '|', then one line per problem.\n"
            "Exit codes: 0 OK; 1 WARNING; 2 CRITICAL; 3 UNKNOWN (cluster unreachable, credentials refused, bad "
            "usage)."))
        .withUsageErrors(CheckReport::unknownExitCode, &printUsageProblems);
}

AlertThresholds CheckCommand::readThresholds(CommandContext& context, QStringList* problems)
{
    AlertThresholds t;
    readCount(context, QStringLiteral("lag-warning"), &t.lagWarning, problems);
    readCount(context, QStringLiteral("lag-critical"), &t.lagCritical, problems);
    readDuration(context, QStringLiteral("lag-for"), &t.lagForMs, problems);
    readDuration(context, QStringLiteral("last-read-warning"), &t.lastReadWarningMs, problems);
    readDuration(context, QStringLiteral("last-read-critical"), &t.lastReadCriticalMs, problems);
    readPausedLimit(context, QStringLiteral("paused-warning"), &t.pausedWarning, problems);
    readPausedLimit(context, QStringLiteral("paused-critical"), &t.pausedCritical, problems);
    if (t.lagWarning > t.lagCritical)
        problems->append(QCoreApplication::translate("duper::cli", "--lag-warning cannot be above --lag-critical"));
    if (t.lastReadWarningMs > t.lastReadCriticalMs)
        problems->append(
            QCoreApplication::translate("duper::cli", "--last-read-warning cannot be above --last-read-critical"));
    // Comparable only when both are shares or both are times.
    const PausedLimit& w = t.pausedWarning;
    const PausedLimit& c = t.pausedCritical;
    if (w.isShare() == c.isShare() && w.limitMs(RetentionPeriod::defaultMs) > c.limitMs(RetentionPeriod::defaultMs))
        problems->append(
            QCoreApplication::translate("duper::cli", "--paused-warning cannot be above --paused-critical"));
    if (t.lagForMs > 0 && !context.has(QStringLiteral("state-file")))
        problems->append(QCoreApplication::translate(
            "duper::cli", "--lag-for needs --state-file: a single check cannot tell how long lag has lasted"));
    return t;
}

void CheckCommand::run(CommandContext& context)
{
    QStringList problems;
    CheckRun::Settings settings;
    settings.thresholds = readThresholds(context, &problems);
    if (context.has(QStringLiteral("leader")) && context.has(QStringLiteral("leader_url")))
        problems.append(QCoreApplication::translate("duper::cli", "give either --leader or --leader_url"));
    if (!problems.isEmpty())
        return context.usageError(problems);
    if (context.has(QStringLiteral("leader"))) {
        QString error;
        if (!context.openLeader(context.value(QStringLiteral("leader")), &error))
            return context.usageError({error});
    }
    settings.followerPatterns = context.line().list(QStringLiteral("follower_index"));
    settings.stateFile = context.value(QStringLiteral("state-file"));
    settings.leaderRemoteCluster = context.value(QStringLiteral("remote_cluster"));
    (new CheckRun(context, std::move(settings)))->start();
}

} // namespace duper::cli
