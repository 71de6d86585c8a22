#include "cli/AutoFollowCommands.h"

#include "cli/CommandContext.h"
#include "cli/CommonOptions.h"
#include "cli/ExitCode.h"
#include "cli/PreflightGate.h"
#include "cli/TuningOptions.h"
#include "core/autofollow/AutoFollowActions.h"
#include "core/batch/BatchRunner.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <algorithm>

namespace duper::cli {

namespace {

constexpr QLatin1String kName("auto_follow_pattern_name");

// Auto-follow pattern names: Elasticsearch's PutAutoFollowPatternAction rules.
QString patternNameProblem(const QString& name)
{
    if (name.contains(QLatin1Char(',')))
        return QCoreApplication::translate("duper::cli", "auto_follow_pattern_name: \"%1\" must not contain a ','")
            .arg(name);
    if (name.startsWith(QLatin1Char('_')))
        return QCoreApplication::translate("duper::cli", "auto_follow_pattern_name: \"%1\" must not start with '_'")
            .arg(name);
    if (name.toUtf8().size() > 255)
        return QCoreApplication::translate("duper::cli",
                                           "auto_follow_pattern_name: the name is too long (%1 > 255 bytes)")
            .arg(name.toUtf8().size());
    return {};
}

// The session's auto-follow actions: the same service the window uses.
AutoFollowActions* actionsFor(CommandContext& context)
{
    return context.session()->autoFollowActions();
}

// Runs `runner` (one pattern) and reports its end: `done` on success, the error (exit 1) otherwise.
void runOne(CommandContext& context, BatchRunner* runner, std::function<void()> done)
{
    QObject::connect(runner, &BatchRunner::finished, &context, [&context, runner, done = std::move(done)] {
        const BatchItemResult result = runner->results().first();
        if (result.failed())
            return context.fail(result.error);
        done();
    });
    runner->start();
}

QString message(const QString& command, const QString& name)
{
    if (command == u"pause-auto-follow")
        return QCoreApplication::translate("duper::cli", "Auto-follow pattern %1 paused.").arg(name);
    if (command == u"resume-auto-follow")
        return QCoreApplication::translate("duper::cli", "Auto-follow pattern %1 resumed.").arg(name);
    return QCoreApplication::translate("duper::cli", "Auto-follow pattern %1 deleted.").arg(name);
}

} // namespace

QList<CommandSpec> AutoFollowCommands::commands()
{
    using Kind = OptionSpec::Kind;
    const QString patterns = QStringLiteral("PATTERN[,PATTERN...]");
    OptionSpec anyPattern = CommonOptions::patternName(false);
    anyPattern.defaultText = QCoreApplication::translate("duper::cli", "all");
    QList<CommandSpec> result{
        CommandSpec(
            QStringLiteral("auto-follow"),
            QCoreApplication::translate("duper::cli", "create or update an auto-follow pattern"),
            {CommonOptions::patternName(),
             CommonOptions::remoteCluster(
                 QCoreApplication::translate("duper::cli", "the remote cluster whose new indices are followed")),
             OptionSpec::make(Kind::List, QStringLiteral("leader_index_patterns"), {}, patterns,
                              QCoreApplication::translate("duper::cli", "leader index names or wildcards to follow"),
                              {}, true),
             OptionSpec::make(
                 Kind::List, QStringLiteral("leader_index_exclusion_patterns"), {}, patterns,
                 QCoreApplication::translate("duper::cli", "leader indices not to follow even if they match")),
             OptionSpec::make(Kind::Text, QStringLiteral("follow_index_pattern"), {}, QStringLiteral("TEMPLATE"),
                              QCoreApplication::translate("duper::cli", "name of the follower indices"),
                              QStringLiteral("{{leader_index}}"))},
            &AutoFollowCommands::put)
            .withOptions(TuningOptions::specs())
            .withOptions(PreflightGate::options(true)),
        CommandSpec(QStringLiteral("get-auto-follow"),
                    QCoreApplication::translate("duper::cli", "list auto-follow patterns"), {anyPattern},
                    &AutoFollowCommands::get)};
    const QList<std::pair<QString, QString>> simple{
        {QStringLiteral("pause-auto-follow"),
         QCoreApplication::translate("duper::cli", "stop an auto-follow pattern from following new indices")},
        {QStringLiteral("resume-auto-follow"),
         QCoreApplication::translate("duper::cli", "let a paused auto-follow pattern follow new indices again")},
        {QStringLiteral("delete-auto-follow"),
         QCoreApplication::translate("duper::cli", "delete an auto-follow pattern (its followers stay)")}};
    for (const auto& [name, summary] : simple)
        result.append(CommandSpec(name, summary, {CommonOptions::patternName()}, &AutoFollowCommands::simple));
    return result;
}

void AutoFollowCommands::put(CommandContext& context)
{
    const QString name = context.value(kName);
    if (const QString problem = patternNameProblem(name); !problem.isEmpty())
        return context.usageError({problem});
    context.resolveRemoteCluster([&context, name](const QString& alias) {
        AutoFollowPattern pattern;
        pattern.name = name;
        pattern.remoteCluster = alias;
        pattern.leaderIndexPatterns = context.line().list(QStringLiteral("leader_index_patterns"));
        pattern.leaderIndexExclusionPatterns = context.line().list(QStringLiteral("leader_index_exclusion_patterns"));
        pattern.followIndexPattern = context.value(QStringLiteral("follow_index_pattern"));
        pattern.parameters = context.parameters();
        const CcrPreflightRequest preflight{
            CcrPreflightRequest::Action::AutoFollow, alias, pattern.leaderIndexPatterns, {pattern.followIndexPattern}};
        PreflightGate::check(context, preflight, [&context, pattern] { save(context, pattern); });
    });
}

void AutoFollowCommands::save(CommandContext& context, const AutoFollowPattern& pattern)
{
    runOne(context, actionsFor(context)->put({pattern}), [&context, pattern] {
        if (context.json()) {
            QJsonObject body = pattern.toJson();
            body.insert(kName, pattern.name);
            context.output().printJson(CommonOptions::summary(QStringLiteral("auto-follow"), body));
        } else {
            context.output().line(
                QCoreApplication::translate("duper::cli", "Auto-follow pattern %1 saved: new indices "
                                                          "matching %2 on remote cluster %3 are followed.")
                    .arg(pattern.name, pattern.leaderIndexPatterns.join(QLatin1Char(',')), pattern.remoteCluster));
        }
        context.finish(0);
    });
}

void AutoFollowCommands::get(CommandContext& context)
{
    context.api()
        .autoFollowPatterns(context.value(kName))
        ->onFinished(&context, [&context](AutoFollowPatternsJob* job) {
            if (job->hasError())
                return context.fail(job->error());
            QList<AutoFollowPattern> patterns = job->result()->patterns;
            std::sort(patterns.begin(), patterns.end(),
                      [](const AutoFollowPattern& a, const AutoFollowPattern& b) { return a.name < b.name; });
            if (context.json()) {
                QJsonArray array;
                for (const AutoFollowPattern& pattern : patterns) {
                    QJsonObject body = pattern.toJson();
                    body.insert(QStringLiteral("active"), pattern.active);
                    array.append(
                        QJsonObject{{QStringLiteral("name"), pattern.name}, {QStringLiteral("pattern"), body}});
                }
                context.output().printJson(QJsonObject{{QStringLiteral("patterns"), array}});
            } else {
                QList<QStringList> rows;
                for (const AutoFollowPattern& pattern : patterns)
                    rows.append({pattern.name,
                                 pattern.active ? QCoreApplication::translate("duper::cli", "active")
                                                : QCoreApplication::translate("duper::cli", "paused"),
                                 pattern.remoteCluster, pattern.leaderIndexPatterns.join(QLatin1Char(',')),
                                 pattern.followIndexPattern.isEmpty() ? QStringLiteral("{{leader_index}}")
                                                                      : pattern.followIndexPattern});
                context.output().table({QCoreApplication::translate("duper::cli", "PATTERN"),
                                        QCoreApplication::translate("duper::cli", "STATUS"),
                                        QCoreApplication::translate("duper::cli", "REMOTE CLUSTER"),
                                        QCoreApplication::translate("duper::cli", "LEADER PATTERNS"),
                                        QCoreApplication::translate("duper::cli", "FOLLOW PATTERN")},
                                       rows);
            }
            context.finish(0);
        });
}

void AutoFollowCommands::simple(CommandContext& context)
{
    const QString command = context.spec().name;
    const QString name = context.value(kName);
    AutoFollowActions* actions = actionsFor(context);
    // A name typed by hand that does not exist is reported (exit 1), not taken as already deleted.
    BatchRunner* runner = command == u"pause-auto-follow" ? actions->pause({name})
                          : command == u"resume-auto-follow"
                              ? actions->resume({name})
                              : actions->remove({name}, AutoFollowActions::WhenMissing::Fail);
    runOne(context, runner, [&context, command, name] {
        if (context.json())
            context.output().printJson(CommonOptions::summary(command, {{kName, name}}));
        else
            context.output().line(message(command, name));
        context.finish(0);
    });
}

} // namespace duper::cli
