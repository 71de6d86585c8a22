#include "cli/ConfigImportCommand.h"

#include "cli/CommandContext.h"
#include "cli/CommonOptions.h"
#include "cli/ConnectionResolver.h"
#include "cli/DuperrcImporter.h"
#include "cli/ProfileSecretWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QUrl>

namespace duper::cli {

CommandSpec ConfigImportCommand::command()
{
    return CommandSpec(QStringLiteral("config import"),
                       QCoreApplication::translate("duper::cli", "import the earlier duper's ~/.duperrc.yml"),
                       {OptionSpec::make(OptionSpec::Kind::Text, QStringLiteral("file"), QStringLiteral("i"),
                                         QStringLiteral("FILE"),
                                         QCoreApplication::translate("duper::cli", "the file to import"),
                                         QStringLiteral("~/.duperrc.yml"))},
                       &ConfigImportCommand::run)
        .withDetails(QCoreApplication::translate(
            "duper::cli", "Its clusters become connections and its leader/follower choices the defaults; its "
                          "plain-text passwords and API keys move into the keychain. The file itself is left alone: "
                          "delete it afterwards."))
        .withoutConnection();
}

void ConfigImportCommand::run(CommandContext& context)
{
    const QString path =
        context.has(QStringLiteral("file")) ? context.value(QStringLiteral("file")) : DuperrcImporter::defaultPath();
    QString error;
    const auto file = DuperrcImporter::read(path, &error);
    if (!file)
        return context.usageError({error});
    ConnectionResolver& resolver = context.resolver();
    ConnectionStore& store = resolver.store();
    QStringList skipped = file->warnings;
    QStringList imported;
    QStringList notMoved;
    int moved = 0;
    for (const DuperrcImporter::Cluster& cluster : file->clusters) {
        if (const auto existing = store.find(cluster.name)) {
            skipped.append(QCoreApplication::translate("duper::cli", "%1 already exists and was left as it is")
                               .arg(existing->name));
            continue;
        }
        ConnectionProfile profile = ConnectionProfile::create(cluster.name);
        if (!cluster.url.isEmpty())
            profile.urls = {QUrl(cluster.url, QUrl::StrictMode)};
        profile.cloudId = cluster.cloudId;
        profile.caCertificateFile = cluster.caFiles.value(0);
        profile.clientCertificateFile = cluster.certFile;
        profile.clientKeyFile = cluster.keyFile;
        if (cluster.caFiles.size() > 1)
            skipped.append(QCoreApplication::translate("duper::cli", "%1: only the first CA file (%2) was kept")
                               .arg(cluster.name, cluster.caFiles.first()));
        QString secret;
        if (!cluster.apiKey.isEmpty()) {
            profile.authKind = ConnectionProfile::AuthKind::ApiKey;
            secret = cluster.apiKey;
        } else if (!cluster.username.isEmpty()) {
            profile.authKind = ConnectionProfile::AuthKind::Basic;
            profile.username = cluster.username;
            secret = cluster.password;
        }
        if (cluster.role == u"leader")
            profile.role = ConnectionProfile::ClusterRole::Leader;
        else if (cluster.role == u"follower")
            profile.role = ConnectionProfile::ClusterRole::Follower;
        QString saveError;
        if (!store.save(profile, &saveError)) {
            skipped.append(
                QCoreApplication::translate("duper::cli", "%1 was skipped: %2").arg(cluster.name, saveError));
            continue;
        }
        imported.append(profile.name);
        if (!secret.isEmpty()) {
            if (ProfileSecretWriter::storeSecret(context, profile, secret))
                ++moved;
            else
                notMoved.append(profile.name);
        }
    }
    for (const bool leader : {true, false}) {
        const QString wanted = leader ? file->leader : file->follower;
        if (wanted.isEmpty())
            continue;
        if (const auto profile = store.find(wanted); profile && imported.contains(profile->name)) {
            if (leader)
                store.setLeaderProfileId(profile->id);
            else
                store.setFollowerProfileId(profile->id);
        }
    }
    const QString shownPath = QDir::toNativeSeparators(path);
    if (context.json()) {
        context.output().printJson(
            CommonOptions::summary(QStringLiteral("config import"),
                                   {{QStringLiteral("file"), shownPath},
                                    {QStringLiteral("imported"), QJsonArray::fromStringList(imported)},
                                    {QStringLiteral("skipped"), QJsonArray::fromStringList(skipped)},
                                    {QStringLiteral("secrets_moved_to_keychain"), moved},
                                    {QStringLiteral("secrets_not_moved"), QJsonArray::fromStringList(notMoved)},
                                    {QStringLiteral("delete_old_file"), true}}));
    } else {
        context.output().line(
            QCoreApplication::translate("duper::cli", "Imported %n connection(s) from %1: %2", nullptr,
                                        int(imported.size()))
                .arg(shownPath, imported.isEmpty() ? QStringLiteral("-") : imported.join(QStringLiteral(", "))));
        for (const QString& line : std::as_const(skipped))
            context.output().line(QStringLiteral("  ") + line);
        if (moved > 0)
            context.output().line(
                QCoreApplication::translate("duper::cli", "%n secret(s) moved into the keychain.", nullptr, moved));
    }
    context.output().note(QCoreApplication::translate(
                              "duper::cli", "Delete %1 now: duper no longer reads it, and it keeps passwords and API "
                                            "keys in plain text (rm %1).")
                              .arg(shownPath));
    context.finish(0);
}

} // namespace duper::cli
