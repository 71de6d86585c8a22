#include "cli/ProcedureCommands.h"

#include "cli/CommandContext.h"
#include "cli/CommonOptions.h"
#include "cli/ExitCode.h"
#include "cli/TuningOptions.h"
#include "core/batch/BatchRunner.h"
#include "core/followers/FollowerActions.h"
#include "core/procedures/FollowerProcedure.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <memory>

namespace duper::cli {

namespace {

QString stepKey(ProcedureStep step)
{
    switch (step) {
    case ProcedureStep::Inspect:
        return QStringLiteral("inspect");
    case ProcedureStep::Pause:
        return QStringLiteral("pause");
    case ProcedureStep::Close:
        return QStringLiteral("close");
    case ProcedureStep::Unfollow:
        return QStringLiteral("unfollow");
    case ProcedureStep::Open:
        return QStringLiteral("open");
    case ProcedureStep::Follow:
        return QStringLiteral("follow");
    case ProcedureStep::Resume:
        return QStringLiteral("resume");
    }
    return {};
}

} // namespace

QList<CommandSpec> ProcedureCommands::commands()
{
    return {
        CommandSpec(QStringLiteral("unfollow"),
                    QCoreApplication::translate("duper::cli", "turn a follower index into a regular index"),
                    {CommonOptions::followerIndex()}, &ProcedureCommands::unfollow)
            .withDetails(QCoreApplication::translate(
                "duper::cli", "Runs pause, close, unfollow and open, one step at a time. If a step fails, running "
                              "the same command again continues from where the index is.")),
        CommandSpec(QStringLiteral("recreate"),
                    QCoreApplication::translate("duper::cli",
                                                "recreate a follower index from its leader (after a fatal error)"),
                    {CommonOptions::followerIndex()}, &ProcedureCommands::recreate)
            .withDetails(QCoreApplication::translate(
                "duper::cli", "Runs pause, close and follow again with the same leader, remote cluster and "
                              "parameters (tuning options given here replace them). Running it again after a failure "
                              "continues."))
            .withOptions(TuningOptions::specs()),
    };
}

void ProcedureCommands::unfollow(CommandContext& context)
{
    const QString index = context.value(QStringLiteral("follower_index"));
    FollowerActions* actions = context.session()->followerActions();
    run(context, actions, actions->unfollow({index}), FollowerActions::steps(FollowerActions::Action::Unfollow),
        QCoreApplication::translate("duper::cli", "%1 is now a regular index; replication has stopped.").arg(index));
}

void ProcedureCommands::recreate(CommandContext& context)
{
    const QString index = context.value(QStringLiteral("follower_index"));
    QHash<QString, FollowParameters> parameters;
    if (TuningOptions::anyGiven(context.line()))
        parameters.insert(index, context.parameters());
    FollowerActions* actions = context.session()->followerActions();
    run(context, actions, actions->recreate({index}, parameters),
        FollowerActions::steps(FollowerActions::Action::Recreate),
        QCoreApplication::translate("duper::cli", "%1 was recreated from its leader and follows it again.").arg(index));
}

void ProcedureCommands::run(CommandContext& context, FollowerActions* actions, BatchRunner* runner,
                            const QList<ProcedureStep>& plannedSteps, const QString& successText)
{
    auto steps = std::make_shared<QJsonArray>();
    auto state = std::make_shared<QString>(); // where the index was left, read before the procedure goes away
    const qsizetype total = plannedSteps.size();
    QObject::connect(
        actions, &FollowerActions::procedureStarted, &context,
        [&context, runner, steps, state, plannedSteps, total](BatchRunner* started, const QString&,
                                                              FollowerProcedure* procedure) {
            if (started != runner)
                return;
            QObject::connect(procedure, &FollowerProcedure::stepStarted, &context,
                             [&context, plannedSteps, total](ProcedureStep step) {
                                 context.output().note(QStringLiteral("[%1/%2] %3 ...")
                                                           .arg(plannedSteps.indexOf(step) + 1)
                                                           .arg(total)
                                                           .arg(ProcedureStepText::title(step)));
                             });
            QObject::connect(
                procedure, &FollowerProcedure::stepFinished, &context,
                [&context, steps](ProcedureStep step, StepOutcome outcome) {
                    const bool already = outcome == StepOutcome::AlreadyDone;
                    context.output().note(already ? QCoreApplication::translate("duper::cli", "      already done")
                                                  : QCoreApplication::translate("duper::cli", "      done"));
                    steps->append(QJsonObject{{QStringLiteral("step"), stepKey(step)},
                                              {QStringLiteral("outcome"),
                                               already ? QStringLiteral("already_done") : QStringLiteral("done")}});
                });
            QObject::connect(procedure, &FollowerProcedure::finished, &context,
                             [procedure, state](bool) { *state = procedure->state().describe(procedure->index()); });
        });
    QObject::connect(runner, &BatchRunner::finished, &context, [&context, runner, steps, state, successText] {
        const QString command = context.spec().name;
        const BatchItemResult result = runner->results().value(0);
        if (result.succeeded()) {
            if (context.json())
                context.output().printJson(QJsonObject{{QStringLiteral("command"), command},
                                                       {QStringLiteral("follower_index"), result.name},
                                                       {QStringLiteral("succeeded"), true},
                                                       {QStringLiteral("steps"), *steps}});
            else
                context.output().line(successText);
            context.finish(0);
            return;
        }
        context.output().error(result.message);
        context.output().note(QCoreApplication::translate("duper::cli", "Run \"duper %1 -f %2\" again to continue.")
                                  .arg(command, result.name));
        if (context.json()) {
            context.output().printJson(QJsonObject{
                {QStringLiteral("command"), command},
                {QStringLiteral("follower_index"), result.name},
                {QStringLiteral("succeeded"), false},
                {QStringLiteral("failed_step"), result.failedStep ? stepKey(*result.failedStep) : QString()},
                {QStringLiteral("error"), result.error.userMessage()},
                {QStringLiteral("state"), *state},
                {QStringLiteral("steps"), *steps}});
        }
        context.finish(exitCodeFor(result.error));
    });
    runner->start();
}

} // namespace duper::cli
