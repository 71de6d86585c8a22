#include "cli/CrossClusterKeyCommands.h"

#include "cli/CommandContext.h"
#include "cli/CommonOptions.h"
#include "cli/ConnectionResolver.h"
#include "cli/ExitCode.h"
#include "core/security/CrossClusterKeySecret.h"
#include "core/security/SecurityApi.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <memory>

namespace duper::cli {

namespace {

using Kind = OptionSpec::Kind;
const QString kParent = QStringLiteral("cross-cluster-key");

QString dateText(qint64 epochMs)
{
    return QDateTime::fromMSecsSinceEpoch(epochMs, Qt::UTC).toString(Qt::ISODate);
}

// The security API of the leader's session; the session (and so the client) outlives the run.
std::shared_ptr<SecurityApi> leaderSecurity(CommandContext& context)
{
    return std::make_shared<SecurityApi>(context.leaderClient());
}

bool requireLeader(CommandContext& context)
{
    if (context.leaderClient())
        return true;
    context.usageError({QCoreApplication::translate(
        "duper::cli", "give the leader cluster with --leader_url, -c NAME or a saved leader connection")});
    return false;
}

QString stateOf(const ApiKeyInfo& key, qint64 nowMs)
{
    if (key.invalidated)
        return QCoreApplication::translate("duper::cli", "invalidated");
    if (key.expiredAt(nowMs))
        return QCoreApplication::translate("duper::cli", "expired");
    return QCoreApplication::translate("duper::cli", "active");
}

QJsonObject keyJson(const ApiKeyInfo& key, qint64 nowMs)
{
    QJsonObject o{{QStringLiteral("id"), key.id},
                  {QStringLiteral("name"), key.name},
                  {QStringLiteral("state"), key.invalidated        ? QStringLiteral("invalidated")
                                            : key.expiredAt(nowMs) ? QStringLiteral("expired")
                                                                   : QStringLiteral("active")},
                  {QStringLiteral("creation"), key.creationMs},
                  {QStringLiteral("replication"), QJsonArray::fromStringList(key.replication)},
                  {QStringLiteral("search"), QJsonArray::fromStringList(key.search)}};
    if (key.expirationMs)
        o.insert(QStringLiteral("expiration"), *key.expirationMs);
    return o;
}

// Prints what was created, with the encoded key only when asked for, and ends the run.
void reportCreated(CommandContext& context, const CreatedApiKey& key, const QString& storedFor)
{
    if (context.json()) {
        QJsonObject extra{{QStringLiteral("id"), key.id}, {QStringLiteral("name"), key.name}};
        if (key.expirationMs)
            extra.insert(QStringLiteral("expiration"), *key.expirationMs);
        if (context.has(QStringLiteral("show-key")))
            extra.insert(QStringLiteral("encoded"), key.encoded);
        if (!storedFor.isEmpty())
            extra.insert(QStringLiteral("keychain_remote_cluster"), storedFor);
        context.output().printJson(CommonOptions::summary(context.spec().name, extra));
    } else {
        context.output().line(key.id);
        context.output().note(QCoreApplication::translate("duper::cli", "Created cross-cluster API key %1 (id %2).")
                                  .arg(key.name, key.id));
        if (key.expirationMs)
            context.output().note(
                QCoreApplication::translate("duper::cli", "It expires on %1.").arg(dateText(*key.expirationMs)));
        if (context.has(QStringLiteral("show-key")))
            context.output().line(key.encoded);
        if (!storedFor.isEmpty())
            context.output().note(
                QCoreApplication::translate(
                    "duper::cli",
                    "The encoded key is in the keychain for remote cluster %1 (cluster.remote.%1.credentials).")
                    .arg(storedFor));
    }
    context.finish(int(ExitCode::Success));
}

} // namespace

QList<CommandSpec> CrossClusterKeyCommands::commands()
{
    const auto sub = [](const char* name, const QString& summary, QList<OptionSpec> options, CommandSpec::Run run) {
        return CommandSpec(kParent + QLatin1Char(' ') + QString::fromLatin1(name), summary, std::move(options),
                           std::move(run))
            .withOptions({CommonOptions::leaderUrl(true)});
    };
    return {
        CommandSpec(
            kParent,
            QCoreApplication::translate("duper::cli", "cross-cluster API keys on the leader: create, list, invalidate"),
            {}, &CrossClusterKeyCommands::usage)
            .withDetails(QCoreApplication::translate("duper::cli",
                                                     "Run \"duper cross-cluster-key create|list|invalidate --help\"."))
            .withoutConnection(),
        sub("create", QCoreApplication::translate("duper::cli", "create a cross-cluster API key on the leader cluster"),
            {OptionSpec::make(Kind::Text, QStringLiteral("name"), QStringLiteral("n"), QStringLiteral("NAME"),
                              QCoreApplication::translate("duper::cli", "the key's name"), {}, true),
             OptionSpec::make(Kind::List, QStringLiteral("replication"), {}, QStringLiteral("PATTERN[,...]"),
                              QCoreApplication::translate("duper::cli", "leader index patterns the key may replicate")),
             OptionSpec::make(Kind::List, QStringLiteral("search"), {}, QStringLiteral("PATTERN[,...]"),
                              QCoreApplication::translate("duper::cli", "index patterns the key may search")),
             OptionSpec::make(Kind::Text, QStringLiteral("expiration"), {}, QStringLiteral("TIME"),
                              QCoreApplication::translate("duper::cli", "the key expires after this time, e.g. 30d"),
                              QCoreApplication::translate("duper::cli", "never")),
             OptionSpec::make(Kind::Text, QStringLiteral("remote_cluster"), {}, QStringLiteral("ALIAS"),
                              QCoreApplication::translate(
                                  "duper::cli", "keep the encoded key in the keychain for this remote cluster alias")),
             OptionSpec::flag(QStringLiteral("show-key"),
                              QCoreApplication::translate("duper::cli", "print the encoded key (a secret) on stdout"))},
            &CrossClusterKeyCommands::create)
            .withDetails(QCoreApplication::translate(
                "duper::cli", "Prints the new key's id. The encoded key, the credential a follower cluster stores as "
                              "cluster.remote.<alias>.credentials, is a secret: it is printed only with --show-key, "
                              "and with --remote_cluster it is kept in the system keychain only. Give at least one "
                              "of them, or the key cannot be used.")),
        sub("list", QCoreApplication::translate("duper::cli", "list the cross-cluster API keys of the leader cluster"),
            {}, &CrossClusterKeyCommands::list),
        sub("invalidate",
            QCoreApplication::translate("duper::cli", "invalidate cross-cluster API keys on the leader cluster"),
            {OptionSpec::make(Kind::List, QStringLiteral("id"), {}, QStringLiteral("ID[,...]"),
                              QCoreApplication::translate("duper::cli", "the key(s) to invalidate"), {}, true)},
            &CrossClusterKeyCommands::invalidate)
            .withDetails(QCoreApplication::translate(
                "duper::cli", "Remote clusters that connect with an invalidated key disconnect, and their follower "
                              "indices stop replicating (their reads fail).")),
    };
}

void CrossClusterKeyCommands::usage(CommandContext& context)
{
    context.usageError({QCoreApplication::translate("duper::cli", "give a subcommand: create, list or invalidate")});
}

void CrossClusterKeyCommands::create(CommandContext& context)
{
    CrossClusterApiKeyRequest request;
    request.name = context.value(QStringLiteral("name"));
    request.replication = context.line().list(QStringLiteral("replication"));
    request.search = context.line().list(QStringLiteral("search"));
    if (context.has(QStringLiteral("expiration")))
        request.expiration = context.value(QStringLiteral("expiration"));
    request.metadata = QJsonObject{{QStringLiteral("created_by"), QStringLiteral("duper")}};
    QStringList problems = request.problems(true);
    const QString alias = context.value(QStringLiteral("remote_cluster"));
    if (!context.has(QStringLiteral("show-key")) && alias.isEmpty())
        problems.append(QCoreApplication::translate(
            "duper::cli", "give --remote_cluster ALIAS to keep the encoded key in the keychain, or --show-key "
                          "to print it"));
    if (!problems.isEmpty())
        return context.usageError(problems);
    if (!requireLeader(context))
        return;
    auto api = leaderSecurity(context);
    api->createCrossClusterApiKey(request)->onFinished(&context, [&context, api, alias](CreatedApiKeyJob* job) {
        if (job->hasError())
            return context.fail(
                job->error(), QCoreApplication::translate("duper::cli", "could not create the cross-cluster API key"));
        const CreatedApiKey key = *job->result();
        if (alias.isEmpty())
            return reportCreated(context, key, {});
        context.resolver().secrets().write(
            CrossClusterKeySecret::ownerId(alias), CrossClusterKeySecret::kind, key.encoded, &context,
            [&context, key, alias](const SecretResult& result) {
                if (result.ok())
                    return reportCreated(context, key, alias);
                context.output().error(
                    QCoreApplication::translate(
                        "duper::cli",
                        "the key was created (id %1) but the keychain could not keep it: %2. Invalidate it with "
                        "\"duper cross-cluster-key invalidate --id %1\", or create one with --show-key.")
                        .arg(key.id, result.message));
                context.finish(int(ExitCode::Refused));
            });
    });
}

void CrossClusterKeyCommands::list(CommandContext& context)
{
    if (!requireLeader(context))
        return;
    auto api = leaderSecurity(context);
    api->apiKeys()->onFinished(&context, [&context, api](ApiKeysJob* job) {
        if (job->hasError())
            return context.fail(job->error(), QCoreApplication::translate("duper::cli", "could not list the API keys"));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const QList<ApiKeyInfo> keys = job->result()->crossClusterKeys();
        if (context.json()) {
            QJsonArray array;
            for (const ApiKeyInfo& key : keys)
                array.append(keyJson(key, now));
            context.output().printJson(QJsonObject{{QStringLiteral("cross_cluster_api_keys"), array}});
        } else {
            QList<QStringList> rows;
            for (const ApiKeyInfo& key : keys)
                rows.append({key.id, key.name, stateOf(key, now),
                             key.expirationMs ? dateText(*key.expirationMs)
                                              : QCoreApplication::translate("duper::cli", "never"),
                             key.replication.join(QLatin1Char(',')), key.search.join(QLatin1Char(','))});
            context.output().table({QCoreApplication::translate("duper::cli", "ID"),
                                    QCoreApplication::translate("duper::cli", "NAME"),
                                    QCoreApplication::translate("duper::cli", "STATE"),
                                    QCoreApplication::translate("duper::cli", "EXPIRES"),
                                    QCoreApplication::translate("duper::cli", "REPLICATION"),
                                    QCoreApplication::translate("duper::cli", "SEARCH")},
                                   rows);
        }
        context.finish(int(ExitCode::Success));
    });
}

void CrossClusterKeyCommands::invalidate(CommandContext& context)
{
    if (!requireLeader(context))
        return;
    const QStringList ids = context.line().list(QStringLiteral("id"));
    auto api = leaderSecurity(context);
    api->invalidateApiKeys(ids)->onFinished(&context, [&context, api, ids](InvalidateApiKeysJob* job) {
        if (job->hasError())
            return context.fail(job->error(),
                                QCoreApplication::translate("duper::cli", "could not invalidate the API keys"));
        const InvalidateApiKeysResponse& result = *job->result();
        QStringList unknown;
        for (const QString& id : ids) {
            if (!result.invalidated.contains(id) && !result.previouslyInvalidated.contains(id))
                unknown.append(id);
        }
        const bool failed = !unknown.isEmpty() || result.errorCount > 0;
        if (context.json()) {
            context.output().printJson(QJsonObject{
                {QStringLiteral("command"), context.spec().name},
                {QStringLiteral("invalidated"), QJsonArray::fromStringList(result.invalidated)},
                {QStringLiteral("previously_invalidated"), QJsonArray::fromStringList(result.previouslyInvalidated)},
                {QStringLiteral("not_found"), QJsonArray::fromStringList(unknown)}});
        } else {
            for (const QString& id : result.invalidated)
                context.output().line(QCoreApplication::translate("duper::cli", "Invalidated %1.").arg(id));
            for (const QString& id : result.previouslyInvalidated)
                context.output().line(QCoreApplication::translate("duper::cli", "%1 was already invalidated.").arg(id));
        }
        for (const QString& id : unknown)
            context.output().error(
                QCoreApplication::translate("duper::cli", "no API key with id %1 on the leader cluster").arg(id));
        for (const QString& reason : result.errorReasons)
            context.output().error(reason);
        context.finish(int(failed ? ExitCode::Refused : ExitCode::Success));
    });
}

} // namespace duper::cli
