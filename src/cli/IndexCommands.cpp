#include "cli/IndexCommands.h"

#include "cli/CommandContext.h"
#include "cli/CommonOptions.h"
#include "cli/ExitCode.h"
#include "core/ccr/RemoteClusterSettings.h"
#include "core/remotes/RemoteClusterActions.h"

#include <QCoreApplication>
#include <QJsonArray>
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
        CommandSpec(
            QStringLiteral("connect"),
            QCoreApplication::translate("duper::cli", "add or change a remote cluster on the follower"),
            {OptionSpec::make(
                 OptionSpec::Kind::Text, QStringLiteral("remote_cluster"), QStringLiteral("r"), QStringLiteral("ALIAS"),
                 QCoreApplication::translate("duper::cli", "the alias the follower will know the leader cluster by"),
                 QStringLiteral("leader")),
             OptionSpec::make(
                 OptionSpec::Kind::List, QStringLiteral("seeds"), QStringLiteral("s"),
                 QStringLiteral("HOST:PORT[,...]"),
                 QCoreApplication::translate("duper::cli", "transport addresses of the leader cluster's nodes"), {},
                 true)},
            &IndexCommands::connect)
            .withDetails(QCoreApplication::translate(
                "duper::cli", "Writes the persistent cluster.remote.<alias>.seeds setting (sniff mode) on the "
                              "follower cluster. Seeds are the leader's TRANSPORT addresses, not its REST URL.")),
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

void IndexCommands::connect(CommandContext& context)
{
    RemoteClusterSettings settings;
    settings.alias = context.has(QStringLiteral("remote_cluster")) ? context.value(QStringLiteral("remote_cluster"))
                                                                   : QStringLiteral("leader");
    settings.mode = RemoteClusterMode::Sniff;
    settings.seeds = context.line().list(QStringLiteral("seeds"));
    settings.persistent = true;
    EsJob* job = context.session()->remoteClusterActions()->save(settings);
    QObject::connect(job, &EsJob::finished, &context, [&context, settings](EsJob* finished) {
        if (finished->hasError())
            return context.fail(finished->error());
        if (context.json())
            context.output().printJson(CommonOptions::summary(
                QStringLiteral("connect"), {{QStringLiteral("remote_cluster"), settings.alias},
                                            {QStringLiteral("seeds"), QJsonArray::fromStringList(settings.seeds)}}));
        else
            context.output().line(QCoreApplication::translate("duper::cli", "Remote cluster %1 now connects to %2.")
                                      .arg(settings.alias, settings.seeds.join(QStringLiteral(", "))));
        context.finish(0);
    });
}

} // namespace duper::cli
