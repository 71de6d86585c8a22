#include "cli/ConfigCommands.h"

#include "cli/CommandContext.h"
#include "cli/CommonOptions.h"
#include "cli/ConfigImportCommand.h"
#include "cli/ConnectionResolver.h"
#include "cli/ExitCode.h"
#include "cli/KeyPassphraseInput.h"
#include "cli/ProfileSecretWriter.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>

namespace duper::cli {

namespace {

using Kind = OptionSpec::Kind;

OptionSpec nameOption(const QString& description)
{
    return {QStringLiteral("name"), QStringLiteral("n"), Kind::Text, QStringLiteral("NAME"), description, {}, true};
}

QString authText(const ConnectionProfile& profile)
{
    QString text;
    switch (profile.authKind) {
    case ConnectionProfile::AuthKind::None:
        text = QCoreApplication::translate("duper::cli", "none");
        break;
    case ConnectionProfile::AuthKind::Basic:
        text = QCoreApplication::translate("duper::cli", "user %1").arg(profile.username);
        break;
    case ConnectionProfile::AuthKind::ApiKey:
        text = QCoreApplication::translate("duper::cli", "API key");
        break;
    case ConnectionProfile::AuthKind::Bearer:
        text = QCoreApplication::translate("duper::cli", "bearer token");
        break;
    }
    if (profile.needsSecret() && profile.askSecretEveryTime)
        text += QCoreApplication::translate("duper::cli", " (asked each time)");
    return text;
}

QStringList urlTexts(const ConnectionProfile& profile)
{
    QStringList urls;
    for (const QUrl& url : profile.effectiveUrls())
        urls.append(url.toString());
    return urls;
}

std::optional<ConnectionProfile> findOrFail(CommandContext& context)
{
    QString error;
    auto found = context.resolver().profile(context.value(QStringLiteral("name")), &error);
    if (!found)
        context.usageError({error});
    return found;
}

} // namespace

QList<CommandSpec> ConfigCommands::commands()
{
    const QString parent = QStringLiteral("config");
    const auto text = [](const char* name, const char* valueName, const QString& description) {
        return OptionSpec::make(Kind::Text, QString::fromLatin1(name), {}, QString::fromLatin1(valueName), description);
    };
    const auto named = [&parent](const char* name, const QString& summary, const QString& nameDescription,
                                 CommandSpec::Run run) {
        return CommandSpec(QString::fromLatin1(name), summary, {nameOption(nameDescription)}, std::move(run))
            .withParent(parent)
            .withoutConnection();
    };
    return {
        CommandSpec(parent,
                    QCoreApplication::translate("duper::cli", "list the saved connections (never their secrets)"), {},
                    &ConfigCommands::list)
            .withDetails(QCoreApplication::translate(
                "duper::cli",
                "\"duper config list\" is the same. Manage connections with add-cluster, delete-cluster, "
                "set-leader-cluster, set-follower-cluster (also as \"duper config <command>\") and "
                "\"duper config import\". Pick one for any command with -c NAME; without it commands use the "
                "default follower connection, and forget / open -l / close -l the default leader."))
            .withoutConnection(),
        named("add-cluster",
              QCoreApplication::translate("duper::cli", "save a connection; its secret goes to the keychain"),
              QCoreApplication::translate("duper::cli", "the connection's name"), &ConfigCommands::addCluster)
            .withDetails(QCoreApplication::translate(
                "duper::cli",
                "With --username the password, with --apiKey the API key, is asked at a hidden prompt, or read "
                "as one line from stdin when it is piped (printf '%s\\n' \"$PW\" | duper add-cluster ...). It "
                "is stored in the system keychain only; there is no option that takes a secret. An encrypted "
                "--sslKey's passphrase is asked (or read as the next line) the same way."))
            .withOptions({
                OptionSpec::make(
                    Kind::Text, QStringLiteral("url"), QStringLiteral("u"), QStringLiteral("URL"),
                    QCoreApplication::translate("duper::cli", "REST URL of the cluster (or give --cloudId)")),
                OptionSpec::make(
                    Kind::Text, QStringLiteral("role"), QStringLiteral("r"), QStringLiteral("leader|follower"),
                    QCoreApplication::translate("duper::cli", "also make it the default leader or follower cluster")),
                text("username", "NAME",
                     QCoreApplication::translate("duper::cli",
                                                 "log in as this user (password asked, stored in the keychain)")),
                OptionSpec::flag(QStringLiteral("apiKey"),
                                 QCoreApplication::translate("duper::cli",
                                                             "log in with an API key (asked, stored in the keychain)")),
                text("cloudId", "ID", QCoreApplication::translate("duper::cli", "Elastic Cloud ID of the deployment")),
                text("sslCa", "FILE",
                     QCoreApplication::translate("duper::cli", "also trust the CA certificate(s) in this file")),
                text("sslCert", "FILE",
                     QCoreApplication::translate("duper::cli", "client certificate (PEM) for PKI login")),
                text("sslKey", "FILE", QCoreApplication::translate("duper::cli", "client key (PEM) for PKI login")),
                OptionSpec::flag(QStringLiteral("overwrite"),
                                 QCoreApplication::translate("duper::cli", "replace a connection of the same name")),
            }),
        named("delete-cluster",
              QCoreApplication::translate("duper::cli", "delete a saved connection and its keychain entries"),
              QCoreApplication::translate("duper::cli", "the connection to delete"), &ConfigCommands::deleteCluster),
        named("set-leader-cluster",
              QCoreApplication::translate("duper::cli", "make a connection the default leader cluster"),
              QCoreApplication::translate("duper::cli", "the connection"), &ConfigCommands::setDefault),
        named("set-follower-cluster",
              QCoreApplication::translate("duper::cli", "make a connection the default follower cluster"),
              QCoreApplication::translate("duper::cli", "the connection"), &ConfigCommands::setDefault),
        ConfigImportCommand::command(),
    };
}

void ConfigCommands::list(CommandContext& context)
{
    ConnectionStore& store = context.resolver().store();
    const QString leaderId = store.leaderProfileId();
    const QString followerId = store.followerProfileId();
    const QList<ConnectionProfile> profiles = store.profiles();
    auto defaultOf = [&](const ConnectionProfile& profile) {
        return profile.id == leaderId ? QStringLiteral("leader")
                                      : (profile.id == followerId ? QStringLiteral("follower") : QString());
    };
    if (context.json()) {
        QJsonArray array;
        for (const ConnectionProfile& profile : profiles) {
            array.append(QJsonObject{
                {QStringLiteral("name"), profile.name},
                {QStringLiteral("id"), profile.id},
                {QStringLiteral("urls"), QJsonArray::fromStringList(urlTexts(profile))},
                {QStringLiteral("auth"), ConnectionProfile::authKindName(profile.authKind)},
                {QStringLiteral("username"), profile.username},
                {QStringLiteral("default"), defaultOf(profile)},
                {QStringLiteral("role"), ConnectionProfile::roleName(profile.role)},
                {QStringLiteral("verify_tls"), profile.verifyTls},
                {QStringLiteral("ca_certificate"), profile.caCertificateFile},
                {QStringLiteral("client_certificate"), profile.clientCertificateFile},
                {QStringLiteral("client_key"), profile.clientKeyFile},
                {QStringLiteral("cloud_id"), profile.cloudId},
                {QStringLiteral("ask_secret_every_time"), profile.askSecretEveryTime},
            });
        }
        context.output().printJson(array);
        return context.finish(0);
    }
    if (profiles.isEmpty()) {
        context.output().line(QCoreApplication::translate(
            "duper::cli", "No saved connections. Add one with: duper add-cluster -n NAME -u URL [-r follower]"));
        return context.finish(0);
    }
    QList<QStringList> rows;
    for (const ConnectionProfile& profile : profiles) {
        QString tls = profile.verifyTls ? QCoreApplication::translate("duper::cli", "verified")
                                        : QCoreApplication::translate("duper::cli", "NOT verified");
        if (!profile.caCertificateFile.isEmpty())
            tls += QCoreApplication::translate("duper::cli", ", CA %1").arg(profile.caCertificateFile);
        if (profile.usesClientCertificate())
            tls += QCoreApplication::translate("duper::cli", ", client certificate");
        rows.append(
            {profile.name, defaultOf(profile), urlTexts(profile).join(QStringLiteral(", ")), authText(profile), tls});
    }
    context.output().table(
        {QCoreApplication::translate("duper::cli", "NAME"), QCoreApplication::translate("duper::cli", "DEFAULT"),
         QCoreApplication::translate("duper::cli", "URL"), QCoreApplication::translate("duper::cli", "AUTH"),
         QCoreApplication::translate("duper::cli", "TLS")},
        rows);
    context.finish(0);
}

void ConfigCommands::addCluster(CommandContext& context)
{
    ConnectionResolver& resolver = context.resolver();
    const QString name = context.value(QStringLiteral("name")).trimmed();
    QStringList problems;
    if (!context.has(QStringLiteral("url")) && !context.has(QStringLiteral("cloudId")))
        problems.append(QCoreApplication::translate("duper::cli", "give the cluster's --url (or its --cloudId)"));
    if (context.has(QStringLiteral("username")) && context.has(QStringLiteral("apiKey")))
        problems.append(QCoreApplication::translate("duper::cli", "give either --username or --apiKey, not both"));
    std::optional<ConnectionProfile::ClusterRole> role = ConnectionProfile::ClusterRole::None;
    if (context.has(QStringLiteral("role"))) {
        role = ConnectionProfile::roleFromName(context.value(QStringLiteral("role")).toLower());
        if (!role || *role == ConnectionProfile::ClusterRole::None)
            problems.append(QCoreApplication::translate("duper::cli", "--role must be leader or follower"));
    }
    QString files[3];
    const QString fileOptions[3] = {QStringLiteral("sslCa"), QStringLiteral("sslCert"), QStringLiteral("sslKey")};
    for (int f = 0; f < 3; ++f) {
        if (!context.has(fileOptions[f]))
            continue;
        const QFileInfo info(context.value(fileOptions[f]));
        if (!info.isFile())
            problems.append(QCoreApplication::translate("duper::cli", "--%1: there is no file %2")
                                .arg(fileOptions[f], context.value(fileOptions[f])));
        files[f] = info.absoluteFilePath();
    }
    const auto existing = resolver.store().find(name);
    const bool overwrite = context.has(QStringLiteral("overwrite"));
    if (existing && !overwrite)
        problems.append(QCoreApplication::translate(
                            "duper::cli", "a connection named \"%1\" already exists (--overwrite replaces it)")
                            .arg(existing->name));
    if (!problems.isEmpty())
        return context.usageError(problems);

    ConnectionProfile profile = ConnectionProfile::create(name);
    if (existing)
        profile.id = existing->id;
    if (context.has(QStringLiteral("url")))
        profile.urls = {QUrl(context.value(QStringLiteral("url")).trimmed(), QUrl::StrictMode)};
    profile.cloudId = context.value(QStringLiteral("cloudId")).trimmed();
    profile.verifyTls = !context.has(QStringLiteral("insecure"));
    profile.caCertificateFile = files[0];
    profile.clientCertificateFile = files[1];
    profile.clientKeyFile = files[2];
    profile.role = *role;
    if (context.has(QStringLiteral("username"))) {
        profile.authKind = ConnectionProfile::AuthKind::Basic;
        profile.username = context.value(QStringLiteral("username"));
    } else if (context.has(QStringLiteral("apiKey"))) {
        profile.authKind = ConnectionProfile::AuthKind::ApiKey;
    }
    problems = profile.validate();
    if (!problems.isEmpty())
        return context.usageError(problems);

    QString secret;
    if (profile.needsSecret()) {
        QString error;
        const QString prompt =
            profile.authKind == ConnectionProfile::AuthKind::Basic
                ? QCoreApplication::translate("duper::cli", "Password for %1: ").arg(profile.username)
                : QCoreApplication::translate("duper::cli", "API key for %1: ").arg(profile.name);
        const auto typed = ConnectionResolver::readSecretInput(prompt, &error);
        if (!typed)
            return context.usageError({error});
        secret = *typed;
    }
    const std::optional<QString> keyPassphrase = KeyPassphraseInput::read(context, profile);
    if (!keyPassphrase)
        return;
    QString error;
    if (!resolver.store().save(profile, &error)) {
        context.output().error(error);
        return context.finish(static_cast<int>(ExitCode::Usage));
    }
    if (existing) {
        const QString id = profile.id;
        resolver.wait([id](SecretStore& store, QObject* owner, auto done) { store.removeAll(id, owner, done); });
    }
    const bool secretSaved = profile.needsSecret() && ProfileSecretWriter::storeSecret(context, profile, secret);
    if (!keyPassphrase->isEmpty())
        ProfileSecretWriter::storeKeyPassphrase(context, profile, *keyPassphrase);
    if (profile.role == ConnectionProfile::ClusterRole::Leader)
        resolver.store().setLeaderProfileId(profile.id);
    else if (profile.role == ConnectionProfile::ClusterRole::Follower)
        resolver.store().setFollowerProfileId(profile.id);

    if (context.json()) {
        context.output().printJson(CommonOptions::summary(
            QStringLiteral("add-cluster"), {{QStringLiteral("name"), profile.name},
                                            {QStringLiteral("id"), profile.id},
                                            {QStringLiteral("role"), ConnectionProfile::roleName(profile.role)},
                                            {QStringLiteral("secret_in_keychain"), secretSaved}}));
        return context.finish(0);
    }
    context.output().line(QCoreApplication::translate("duper::cli", "Connection %1 saved (%2).")
                              .arg(profile.name, urlTexts(profile).join(QStringLiteral(", "))));
    if (secretSaved)
        context.output().line(QCoreApplication::translate("duper::cli", "Its %1 is in the keychain.")
                                  .arg(secretKindDisplayName(*profile.secretKind())));
    if (profile.role != ConnectionProfile::ClusterRole::None)
        context.output().line(QCoreApplication::translate("duper::cli", "It is now the default %1 cluster.")
                                  .arg(ConnectionProfile::roleName(profile.role)));
    context.finish(0);
}

void ConfigCommands::deleteCluster(CommandContext& context)
{
    const auto profile = findOrFail(context);
    if (!profile)
        return;
    ConnectionResolver& resolver = context.resolver();
    QString error;
    if (!resolver.store().remove(profile->id, nullptr, &error)) {
        context.output().error(error);
        return context.finish(static_cast<int>(ExitCode::Usage));
    }
    const QString id = profile->id;
    const SecretResult removed =
        resolver.wait([id](SecretStore& store, QObject* owner, auto done) { store.removeAll(id, owner, done); });
    if (profile->needsSecret() && !profile->askSecretEveryTime && !removed.ok() &&
        removed.status != SecretResult::Status::NotFound)
        context.output().error(
            QCoreApplication::translate("duper::cli", "could not remove the secrets of %1 from the keychain: %2")
                .arg(profile->name, removed.message));
    if (context.json())
        context.output().printJson(
            CommonOptions::summary(QStringLiteral("delete-cluster"), {{QStringLiteral("name"), profile->name}}));
    else
        context.output().line(QCoreApplication::translate("duper::cli", "Connection %1 deleted.").arg(profile->name));
    context.finish(0);
}

void ConfigCommands::setDefault(CommandContext& context)
{
    const auto profile = findOrFail(context);
    if (!profile)
        return;
    const bool leader = context.spec().name == u"set-leader-cluster";
    ConnectionStore& store = context.resolver().store();
    if (leader)
        store.setLeaderProfileId(profile->id);
    else
        store.setFollowerProfileId(profile->id);
    if (context.json())
        context.output().printJson(
            CommonOptions::summary(context.spec().name, {{QStringLiteral("name"), profile->name}}));
    else if (leader)
        context.output().line(QCoreApplication::translate(
                                  "duper::cli", "%1 is now the default leader cluster (forget, open -l, close -l).")
                                  .arg(profile->name));
    else
        context.output().line(
            QCoreApplication::translate("duper::cli", "%1 is now the default follower cluster.").arg(profile->name));
    context.finish(0);
}

} // namespace duper::cli
