#include "cli/ConnectCommand.h"

#include "cli/CommandContext.h"
#include "cli/CommonOptions.h"
#include "cli/ConnectMigration.h"
#include "cli/ConnectProgress.h"
#include "cli/ConnectionResolver.h"
#include "cli/DrCommandFlow.h"
#include "cli/ExitCode.h"
#include "core/ccr/RemoteClusterSettings.h"
#include "core/remotes/RemoteClusterActions.h"
#include "core/security/ApiKeyRemoteSetup.h"
#include "core/security/CrossClusterKeySecret.h"
#include "core/session/ClusterSession.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace duper::cli {

namespace {

using Kind = OptionSpec::Kind;

QString tr(const char* text)
{
    return QCoreApplication::translate("duper::cli", text);
}

// Options that only mean something with --api-key-from.
const QStringList kApiKeyOptions{
    QStringLiteral("replication"),   QStringLiteral("search"),   QStringLiteral("proxy_address"),
    QStringLiteral("keystore-done"), QStringLiteral("keystore"), QStringLiteral("key-stdin"),
    QStringLiteral("new-key"),       QStringLiteral("show-key"), QStringLiteral("migrate-to-api-key"),
    QStringLiteral("dry_run")};

// The whole of stdin, trimmed: a key piped in (`... | duper connect --key-stdin ...`).
QString readStdin()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(in.readAll()).trimmed();
}

// The setup and its progress are children of the context, so they live as long as the run.
void startSetup(CommandContext& context, ApiKeyRemoteSetupSpec spec)
{
    const bool showKey = context.has(QStringLiteral("show-key"));
    // A migration checks the key once it knows whether the alias needs one.
    if (context.has(QStringLiteral("migrate-to-api-key")))
        return (new ConnectMigration(context, std::move(spec), showKey))->start();
    if (spec.existingKey.isEmpty() && spec.replication.isEmpty() && spec.search.isEmpty())
        return context.usageError({tr("--replication is required to create a key (no key is kept in the keychain "
                                      "for remote cluster %1)")
                                       .arg(spec.alias)});
    const QString existing = spec.existingKey;
    auto* setup = new ApiKeyRemoteSetup(context.leaderSession(), context.session(), std::move(spec), &context);
    auto* progress = new ConnectProgress(context, *setup, &context);
    if (showKey)
        progress->setShownKey(existing);
    const QString alias = setup->spec().alias;
    setup->setKeepKey([&context, progress, alias, showKey](const CreatedApiKey& key, auto done) {
        if (showKey)
            progress->setShownKey(key.encoded);
        context.resolver().secrets().write(
            CrossClusterKeySecret::ownerId(alias), CrossClusterKeySecret::kind, key.encoded, &context,
            [done, key](const SecretResult& result) {
                done(result.ok() ? QString()
                                 : tr("the keychain could not keep it (%1): a new run will create another key; "
                                      "invalidate this one with \"duper cross-cluster-key invalidate --id %2\" "
                                      "when it is not used")
                                       .arg(result.message, key.id));
            });
    });
    setup->start();
}

} // namespace

CommandSpec ConnectCommand::spec()
{
    return CommandSpec(
               QStringLiteral("connect"), tr("add or change a remote cluster on the follower"),
               {OptionSpec::make(Kind::Text, QStringLiteral("remote_cluster"), QStringLiteral("r"),
                                 QStringLiteral("ALIAS"), tr("the alias the follower will know the leader cluster by"),
                                 QStringLiteral("leader")),
                OptionSpec::make(Kind::List, QStringLiteral("seeds"), QStringLiteral("s"),
                                 QStringLiteral("HOST:PORT[,...]"),
                                 tr("addresses of the leader cluster's nodes (sniff mode)")),
                OptionSpec::make(Kind::Text, QStringLiteral("api-key-from"), {}, QStringLiteral("URL|NAME"),
                                 tr("secure the remote with a cross-cluster API key of this leader cluster (its "
                                    "REST URL or saved connection): runs the whole set-up")),
                OptionSpec::make(Kind::List, QStringLiteral("replication"), {}, QStringLiteral("PATTERN[,...]"),
                                 tr("leader index patterns a new key may replicate")),
                OptionSpec::make(Kind::List, QStringLiteral("search"), {}, QStringLiteral("PATTERN[,...]"),
                                 tr("index patterns a new key may search")),
                OptionSpec::make(Kind::Text, QStringLiteral("proxy_address"), {}, QStringLiteral("HOST:PORT"),
                                 tr("proxy mode on this address of the leader's remote cluster server"),
                                 tr("the leader's remote cluster server address")),
                OptionSpec::make(Kind::Text, QStringLiteral("keystore"), {}, QStringLiteral("auto|emulator|manual"),
                                 tr("who stores the key in the follower nodes' keystores: the sandbox's emulator, or "
                                    "you (auto: the emulator on a Duper sandbox)"),
                                 QStringLiteral("auto")),
                OptionSpec::flag(QStringLiteral("keystore-done"),
                                 tr("the keystore command already ran on every node: do not wait")),
                OptionSpec::flag(QStringLiteral("key-stdin"), tr("read the encoded key to use from stdin")),
                OptionSpec::flag(QStringLiteral("new-key"),
                                 tr("create a new key even when the keychain keeps one for the alias")),
                OptionSpec::flag(QStringLiteral("show-key"),
                                 tr("print the encoded key (a secret) with the keystore commands")),
                OptionSpec::flag(QStringLiteral("migrate-to-api-key"),
                                 tr("migrate the certificate-based remote of that alias to the API key in place")),
                DrCommandFlow::dryRunOption(),
                OptionSpec::flag(QStringLiteral("yes"),
                                 tr("replace a remote cluster of that alias that is connected elsewhere, or migrate "
                                    "without asking"))},
               &ConnectCommand::run)
        .withDetails(tr(
            "With --seeds alone: writes the persistent cluster.remote.<alias>.seeds setting (sniff mode, the "
            "certificate model); seeds are the leader's TRANSPORT addresses, not its REST URL.\n"
            "With --api-key-from: sets up a remote secured by a cross-cluster API key in six steps: create the key "
            "on the leader (or use the one the keychain keeps for the alias, DUPER_CROSS_CLUSTER_KEY or --key-stdin; "
            "a new key is kept in the keychain only), read the nodes, store the key in every follower node's "
            "keystore (the sandbox does it itself; on a real cluster Duper prints the elasticsearch-keystore command "
            "per node and waits for Enter, or goes on with --keystore-done), reload the secure settings, add the "
            "remote on the leader's remote cluster server address (or --proxy_address / --seeds) and verify it "
            "connects. Run it again after a failure: steps already done are skipped.\n"
            "With --api-key-from and --migrate-to-api-key: migrates an existing certificate-based remote (transport "
            "address) to the API key in place, in Elastic's order: create (or reuse) the key, pause the active "
            "follower indices and auto-follow patterns of the alias, switch the alias to the leader's remote cluster "
            "server with the key (the six steps above), resume exactly what it paused and verify the connection and "
            "the followers. When the switch or the check fails it puts the previous settings back and resumes what it "
            "paused (exit code 1). --dry-run prints the plan and changes nothing; on a terminal it asks first unless "
            "--yes is given. Run it again after an interruption: it knows what it paused."));
}

void ConnectCommand::run(CommandContext& context)
{
    if (context.has(QStringLiteral("api-key-from")))
        return connectWithApiKey(context);
    for (const QString& option : kApiKeyOptions) {
        if (context.has(option))
            return context.usageError({tr("--%1 needs --api-key-from").arg(option)});
    }
    if (!context.has(QStringLiteral("seeds")))
        return context.usageError({tr("--seeds is required (or --api-key-from for a remote secured by an API key)")});
    connectWithSeeds(context);
}

void ConnectCommand::connectWithSeeds(CommandContext& context)
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
            context.output().line(tr("Remote cluster %1 now connects to %2.")
                                      .arg(settings.alias, settings.seeds.join(QStringLiteral(", "))));
        context.finish(0);
    });
}

void ConnectCommand::connectWithApiKey(CommandContext& context)
{
    if (!context.has(QStringLiteral("remote_cluster")))
        return context.usageError({tr("--remote_cluster is required with --api-key-from")});
    ApiKeyRemoteSetupSpec spec;
    spec.alias = context.value(QStringLiteral("remote_cluster"));
    spec.replication = context.line().list(QStringLiteral("replication"));
    spec.search = context.line().list(QStringLiteral("search"));
    spec.proxyAddress = context.value(QStringLiteral("proxy_address"));
    spec.seeds = context.line().list(QStringLiteral("seeds"));
    spec.keystoreDone = context.has(QStringLiteral("keystore-done"));
    spec.replaceExisting = context.has(QStringLiteral("yes"));
    const QString keystore =
        context.has(QStringLiteral("keystore")) ? context.value(QStringLiteral("keystore")) : QStringLiteral("auto");
    QStringList problems;
    if (keystore == u"emulator")
        spec.credential = ApiKeyRemoteSetupSpec::Credential::Emulator;
    else if (keystore == u"manual")
        spec.credential = ApiKeyRemoteSetupSpec::Credential::Manual;
    else if (keystore != u"auto")
        problems.append(tr("--keystore takes auto, emulator or manual, not \"%1\"").arg(keystore));
    if (context.has(QStringLiteral("key-stdin")) && context.has(QStringLiteral("new-key")))
        problems.append(tr("give either --key-stdin or --new-key"));
    if (context.has(QStringLiteral("key-stdin"))) {
        spec.existingKey = readStdin();
        if (spec.existingKey.isEmpty())
            problems.append(tr("--key-stdin: no key arrived on stdin"));
    } else if (!context.has(QStringLiteral("new-key"))) {
        spec.existingKey = qEnvironmentVariable("DUPER_CROSS_CLUSTER_KEY").trimmed();
    }
    // The key is checked later (it may still come from the keychain): only the other problems now.
    ApiKeyRemoteSetupSpec shape = spec;
    shape.existingKey = QStringLiteral("-");
    problems.append(shape.problems());
    if (!problems.isEmpty())
        return context.usageError(problems);

    QString error;
    if (!context.openLeader(context.value(QStringLiteral("api-key-from")), &error))
        return context.usageError({tr("--api-key-from: %1").arg(error)});
    if (!spec.existingKey.isEmpty() || context.has(QStringLiteral("new-key")))
        return startSetup(context, std::move(spec));
    context.resolver().secrets().read(
        CrossClusterKeySecret::ownerId(spec.alias), CrossClusterKeySecret::kind, &context,
        [&context, spec](const SecretResult& result) mutable {
            if (result.ok())
                spec.existingKey = result.secret;
            else if (result.status != SecretResult::Status::NotFound)
                context.output().note(
                    tr("The keychain could not be read (%1): a new key is created.").arg(result.message));
            startSetup(context, std::move(spec));
        });
}

} // namespace duper::cli
