#include "cli/IndexCommands.h"

#include "cli/CommandContext.h"
#include "cli/CommonOptions.h"
#include "cli/ExitCode.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace duper::cli {

QList<CommandSpec> IndexCommands::commands()
{
    const QString details = QCoreApplication::translate(
        "duper::cli", "Give exactly one of -f (an index on the follower cluster, --url) or -l (an index on the "
                      "leader cluster, --leader_url).");
    const QList<OptionSpec> indexOptions{CommonOptions::followerIndex(false), CommonOptions::leaderIndex(false),
                                         CommonOptions::leaderUrl(false)};
    return {
        CommandSpec(QStringLiteral("open"),
                    QCoreApplication::translate("duper::cli", "open a follower or leader index"), indexOptions,
                    &IndexCommands::openOrClose)
            .withDetails(details),
        CommandSpec(QStringLiteral("close"),
                    QCoreApplication::translate("duper::cli", "close a follower or leader index"), indexOptions,
                    &IndexCommands::openOrClose)
            .withDetails(details),
    };
}

void IndexCommands::openOrClose(CommandContext& context)
{
    const bool follower = context.has(QStringLiteral("follower_index"));
    const bool leader = context.has(QStringLiteral("leader_index"));
    if (follower == leader)
        return context.usageError({QCoreApplication::translate(
            "duper::cli", "give exactly one of -f/--follower_index or -l/--leader_index")});
    if (leader && !context.leaderApi())
        return context.usageError({QCoreApplication::translate(
            "duper::cli", "-l/--leader_index acts on the leader cluster: give its REST URL with --leader_url, or "
                          "a saved connection with -c NAME or set-leader-cluster")});
    CcrApi& api = leader ? *context.leaderApi() : context.api();
    const QString index = context.value(leader ? QStringLiteral("leader_index") : QStringLiteral("follower_index"));
    const bool open = context.spec().name == u"open";
    auto done = [&context, index, open](EsJob* job) {
        if (job->hasError())
            return context.fail(job->error());
        if (context.json())
            context.output().printJson(CommonOptions::summary(context.spec().name, {{QStringLiteral("index"), index}}));
        else
            context.output().line(open ? QCoreApplication::translate("duper::cli", "Index %1 opened.").arg(index)
                                       : QCoreApplication::translate("duper::cli", "Index %1 closed.").arg(index));
        context.finish(0);
    };
    EsJob* job = open ? static_cast<EsJob*>(api.openIndex(index)) : static_cast<EsJob*>(api.closeIndex(index));
    QObject::connect(job, &EsJob::finished, &context, done);
}

} // namespace duper::cli
