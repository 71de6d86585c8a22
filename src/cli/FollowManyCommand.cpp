#include "cli/FollowManyCommand.h"

#include "cli/CommandContext.h"
#include "cli/CommonOptions.h"
#include "cli/ExitCode.h"
#include "cli/PreflightGate.h"
#include "cli/TuningOptions.h"
#include "core/followers/FollowManyOperation.h"
#include "core/followers/FollowManyPlan.h"
#include "core/followers/FollowManyPlanner.h"
#include "core/values/IndexName.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

namespace duper::cli {

namespace {

constexpr QLatin1String kPatterns("leader_index_patterns");
constexpr QLatin1String kExclusions("exclusions");
constexpr QLatin1String kFollowPattern("follow_index_pattern");
constexpr QLatin1String kDryRun("dry_run");
constexpr QLatin1String kAutoFollow("auto_follow_pattern");
constexpr QLatin1String kConcurrency("concurrency");

QString stateKey(FollowManyCandidate::State state)
{
    switch (state) {
    case FollowManyCandidate::State::WillFollow:
        return QStringLiteral("will_follow");
    case FollowManyCandidate::State::AlreadyFollowed:
        return QStringLiteral("already_followed");
    case FollowManyCandidate::State::NameTaken:
        return QStringLiteral("name_taken");
    case FollowManyCandidate::State::InvalidName:
        return QStringLiteral("invalid_name");
    case FollowManyCandidate::State::Excluded:
        break;
    }
    return QStringLiteral("excluded");
}

// A follower that cannot be created is a failure of the run; already followed or excluded ones are not.
bool blocks(FollowManyCandidate::State state)
{
    return state == FollowManyCandidate::State::NameTaken || state == FollowManyCandidate::State::InvalidName;
}

// Auto-follow pattern names: Elasticsearch's PutAutoFollowPatternAction rules.
QString patternNameProblem(const QString& name)
{
    if (name.trimmed().isEmpty())
        return QCoreApplication::translate("duper::cli", "auto_follow_pattern: the name must not be empty");
    if (name.contains(QLatin1Char(',')))
        return QCoreApplication::translate("duper::cli", "auto_follow_pattern: \"%1\" must not contain a ','")
            .arg(name);
    if (name.startsWith(QLatin1Char('_')))
        return QCoreApplication::translate("duper::cli", "auto_follow_pattern: \"%1\" must not start with '_'")
            .arg(name);
    if (name.toUtf8().size() > 255)
        return QCoreApplication::translate("duper::cli", "auto_follow_pattern: the name is too long (%1 > 255 bytes)")
            .arg(name.toUtf8().size());
    return {};
}

} // namespace

CommandSpec FollowManyCommand::spec()
{
    CommandSpec spec;
    spec.name = QStringLiteral("follow-many");
    spec.summary = QCoreApplication::translate("duper::cli", "follow the existing leader indices that match patterns");
    spec.details = QCoreApplication::translate(
        "duper::cli", "Auto-follow patterns only follow leader indices created after the pattern; follow-many follows "
                      "the ones that exist now. Leader indices already followed, excluded, or whose follower name is "
                      "taken or invalid are not followed; a taken or invalid name makes the exit code 1. "
                      "--dry-run prints the plan and follows nothing. With --auto_follow_pattern the matching "
                      "auto-follow pattern is created at the end, so new leader indices follow too.");
    using Kind = OptionSpec::Kind;
    spec.options = {
        CommonOptions::remoteCluster(QCoreApplication::translate(
            "duper::cli", "the remote cluster (alias on the follower) that holds the leader indices")),
        {kPatterns,
         {},
         Kind::List,
         QStringLiteral("PATTERN[,PATTERN...]"),
         QCoreApplication::translate("duper::cli", "leader index names or wildcards to follow"),
         {},
         true},
        {kExclusions,
         {},
         Kind::List,
         QStringLiteral("PATTERN[,PATTERN...]"),
         QCoreApplication::translate("duper::cli", "leader indices not to follow even if they match"),
         {},
         false},
        {kFollowPattern,
         {},
         Kind::Text,
         QStringLiteral("TEMPLATE"),
         QCoreApplication::translate("duper::cli",
                                     "name of the follower indices; {{leader_index}} is the leader's name"),
         QStringLiteral("{{leader_index}}"),
         false},
        {kDryRun,
         {},
         Kind::Flag,
         {},
         QCoreApplication::translate("duper::cli", "print the plan, follow nothing"),
         {},
         false},
        {kAutoFollow,
         {},
         Kind::Text,
         QStringLiteral("NAME"),
         QCoreApplication::translate("duper::cli", "also create this auto-follow pattern with the same settings"),
         {},
         false},
        {kConcurrency,
         {},
         Kind::Text,
         QStringLiteral("N"),
         QCoreApplication::translate("duper::cli", "how many follow requests run at once"),
         QString::number(FollowManyOperation::defaultConcurrency),
         false},
        TuningOptions::waitForActiveShards()};
    spec.options.append(TuningOptions::specs());
    spec.options.append(PreflightGate::options(true));
    spec.run = &FollowManyCommand::run;
    return spec;
}

void FollowManyCommand::run(CommandContext& context)
{
    // Everything the user typed is checked before any request.
    QStringList problems;
    const QString followPattern = context.value(kFollowPattern);
    if (!followPattern.isEmpty()) {
        const QString sample = FollowManyPlan::followerName(followPattern, QStringLiteral("leader"));
        if (const Parsed<IndexName> parsed = IndexName::parse(sample, kFollowPattern); !parsed)
            problems.append(QCoreApplication::translate("duper::cli",
                                                        "follow_index_pattern: \"%1\" gives invalid follower names: %2")
                                .arg(followPattern, parsed.error().message()));
        else if (!followPattern.contains(QLatin1String("{{leader_index}}")))
            problems.append(QCoreApplication::translate(
                                "duper::cli",
                                "follow_index_pattern: \"%1\" must contain {{leader_index}}, or every leader index "
                                "gets the same follower")
                                .arg(followPattern));
    }
    for (const QString& pattern : context.line().list(kPatterns)) {
        if (pattern.contains(QLatin1Char(':')) || pattern.contains(QLatin1Char(' ')))
            problems.append(QCoreApplication::translate("duper::cli",
                                                        "leader_index_patterns: \"%1\" must not contain ':' or spaces")
                                .arg(pattern));
    }
    if (context.has(kAutoFollow)) {
        if (const QString problem = patternNameProblem(context.value(kAutoFollow)); !problem.isEmpty())
            problems.append(problem);
    }
    if (context.has(kConcurrency)) {
        bool ok = false;
        const int n = context.value(kConcurrency).toInt(&ok);
        if (!ok || n < 1 || n > 64)
            problems.append(
                QCoreApplication::translate("duper::cli", "concurrency: \"%1\" must be a number from 1 to 64")
                    .arg(context.value(kConcurrency)));
    }
    if (!problems.isEmpty())
        return context.usageError(problems);

    context.resolveRemoteCluster([&context, followPattern](const QString& alias) {
        FollowManySpec spec;
        spec.remoteCluster = alias;
        spec.leaderIndexPatterns = context.line().list(kPatterns);
        spec.leaderIndexExclusionPatterns = context.line().list(kExclusions);
        spec.followIndexPattern = followPattern;
        auto* planner = new FollowManyPlanner(&context.api(), &context);
        QObject::connect(planner, &FollowManyPlanner::finished, &context, [&context, planner]() {
            planner->deleteLater();
            if (!planner->plan())
                return context.fail(planner->error(),
                                    QCoreApplication::translate("duper::cli", "could not list the leader indices"));
            const FollowManyPlan plan = *planner->plan();
            if (context.has(kDryRun) || (plan.followable().isEmpty() && !context.has(kAutoFollow)))
                return report(context, plan, nullptr);
            CcrPreflightRequest preflight{CcrPreflightRequest::Action::FollowMany, plan.spec().remoteCluster, {}, {}};
            for (const FollowManyCandidate& candidate : plan.followable()) {
                preflight.leaderIndices << candidate.leaderIndex;
                preflight.followerIndices << candidate.followerIndex;
            }
            // The auto-follow pattern it may also create needs manage_ccr, which every preflight checks.
            PreflightGate::check(context, preflight, [&context, plan] { execute(context, plan); });
        });
        planner->start(spec);
    });
}

void FollowManyCommand::execute(CommandContext& context, const FollowManyPlan& plan)
{
    auto* operation = new FollowManyOperation(context.session()->followerActions(), plan.spec(), plan.candidates(),
                                              context.parameters(), &context);
    if (context.has(kConcurrency))
        operation->setMaxConcurrency(context.value(kConcurrency).toInt());
    operation->setAutoFollowPatternName(context.value(kAutoFollow));
    QObject::connect(operation, &FollowManyOperation::finished, &context,
                     [&context, plan, operation]() { report(context, plan, operation); });
    if (!context.json())
        context.output().note(QCoreApplication::translate("duper::cli",
                                                          "Following %n leader index(es) of remote cluster %1…",
                                                          nullptr, operation->total())
                                  .arg(plan.spec().remoteCluster));
    operation->start();
}

void FollowManyCommand::report(CommandContext& context, const FollowManyPlan& plan,
                               const FollowManyOperation* operation)
{
    QHash<QString, FollowManyResult> results;
    if (operation) {
        for (const FollowManyResult& result : operation->results())
            results.insert(result.leaderIndex, result);
    }
    const bool dryRun = context.has(kDryRun);
    bool failed = false;
    int followed = 0;
    QJsonArray indices;
    QList<QStringList> rows;
    for (const FollowManyCandidate& candidate : plan.candidates()) {
        QString key;
        QString text;
        QString reason = candidate.reason;
        if (!candidate.followable()) {
            key = QStringLiteral("skipped");
            text = FollowManyPlan::stateText(candidate.state);
            failed = failed || (!dryRun && blocks(candidate.state));
        } else if (!operation) {
            key = QStringLiteral("planned");
            text = FollowManyPlan::stateText(candidate.state);
        } else {
            const FollowManyResult result = results.value(candidate.leaderIndex);
            if (result.outcome == FollowManyResult::Outcome::Followed) {
                key = QStringLiteral("followed");
                text = QCoreApplication::translate("duper::cli", "followed");
                ++followed;
            } else {
                key = QStringLiteral("failed");
                text = QCoreApplication::translate("duper::cli", "failed");
                reason = result.message.isEmpty() ? QCoreApplication::translate("duper::cli", "not started")
                                                  : result.message;
                failed = true;
            }
        }
        QJsonObject item{{QStringLiteral("leader_index"), candidate.leaderIndex},
                         {QStringLiteral("follower_index"), candidate.followerIndex},
                         {QStringLiteral("state"), stateKey(candidate.state)},
                         {QStringLiteral("result"), key}};
        if (candidate.isBackingIndex())
            item.insert(QStringLiteral("data_stream"), candidate.dataStream);
        if (!reason.isEmpty())
            item.insert(QStringLiteral("reason"), reason);
        indices.append(item);
        const QString leader = candidate.isBackingIndex()
                                   ? QCoreApplication::translate("duper::cli", "%1 (data stream %2)")
                                         .arg(candidate.leaderIndex, candidate.dataStream)
                                   : candidate.leaderIndex;
        rows.append({leader, candidate.followerIndex,
                     reason.isEmpty() ? text : QCoreApplication::translate("duper::cli", "%1: %2").arg(text, reason)});
    }

    QJsonObject pattern;
    QString patternLine;
    if (operation && !operation->autoFollowPatternName().isEmpty()) {
        const bool created = operation->patternState() == FollowManyOperation::PatternState::Created;
        pattern = {{QStringLiteral("name"), operation->autoFollowPatternName()}, {QStringLiteral("created"), created}};
        if (created) {
            patternLine = QCoreApplication::translate("duper::cli",
                                                      "Auto-follow pattern %1 created: new leader indices follow too.")
                              .arg(operation->autoFollowPatternName());
        } else {
            failed = true;
            const QString why = operation->patternError().isError()
                                    ? operation->patternError().userMessage()
                                    : QCoreApplication::translate("duper::cli", "not attempted");
            pattern.insert(QStringLiteral("error"), why);
            patternLine = QCoreApplication::translate("duper::cli", "Auto-follow pattern %1 not created: %2")
                              .arg(operation->autoFollowPatternName(), why);
        }
    }

    if (context.json()) {
        QJsonObject body{{QStringLiteral("command"), QStringLiteral("follow-many")},
                         {QStringLiteral("remote_cluster"), plan.spec().remoteCluster},
                         {QStringLiteral("dry_run"), dryRun},
                         {QStringLiteral("followed"), followed},
                         {QStringLiteral("indices"), indices}};
        if (!pattern.isEmpty())
            body.insert(QStringLiteral("auto_follow_pattern"), pattern);
        context.output().printJson(body);
    } else {
        context.output().table({QCoreApplication::translate("duper::cli", "LEADER"),
                                QCoreApplication::translate("duper::cli", "FOLLOWER"),
                                QCoreApplication::translate("duper::cli", "RESULT")},
                               rows);
        const int willFollow = plan.count(FollowManyCandidate::State::WillFollow);
        if (plan.candidates().isEmpty())
            context.output().line(QCoreApplication::translate("duper::cli", "No leader index matches these patterns."));
        else if (dryRun)
            context.output().line(QCoreApplication::translate(
                "duper::cli", "Dry run: %n leader index(es) would be followed, nothing was changed.", nullptr,
                willFollow));
        else
            context.output().line(
                QCoreApplication::translate("duper::cli", "%n follower index(es) created.", nullptr, followed));
        if (!patternLine.isEmpty())
            context.output().line(patternLine);
    }
    context.finish(failed ? static_cast<int>(ExitCode::Refused) : static_cast<int>(ExitCode::Success));
}

} // namespace duper::cli
