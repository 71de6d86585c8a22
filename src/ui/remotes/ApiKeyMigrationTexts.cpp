#include "ui/remotes/ApiKeyMigrationTexts.h"

#include "core/security/ApiKeyMigration.h"

namespace duper::ui {

namespace {

QString item(const QString& title, const QString& text)
{
    return QStringLiteral("<li><b>%1</b>: %2</li>").arg(title.toHtmlEscaped(), text);
}

QString paragraph(const QString& text)
{
    return QStringLiteral("<p>%1</p>").arg(text);
}

} // namespace

QString ApiKeyMigrationTexts::names(const QStringList& names)
{
    return names.isEmpty() ? tr("none") : names.join(QStringLiteral(", ")).toHtmlEscaped();
}

QString ApiKeyMigrationTexts::settingsHtml(const RemoteClusterSettings& settings)
{
    QStringList items{ApiKeyMigrationPlan::describe(settings).toHtmlEscaped()};
    if (settings.serverName)
        items << tr("server name %1").arg(settings.serverName->toHtmlEscaped());
    if (settings.skipUnavailable)
        items << tr("skip_unavailable %1").arg(*settings.skipUnavailable ? tr("true") : tr("false"));
    if (settings.nodeConnections)
        items << tr("%n node connection(s)", nullptr, *settings.nodeConnections);
    if (settings.proxySocketConnections)
        items << tr("%n proxy socket connection(s)", nullptr, *settings.proxySocketConnections);
    return items.join(QStringLiteral("; "));
}

QString ApiKeyMigrationTexts::html(const ApiKeyMigrationPlan& plan, const ApiKeyRemoteSetupSpec& spec, bool keyKept,
                                   const QString& leader, const QString& follower)
{
    const QString alias = plan.alias.toHtmlEscaped();
    if (!plan.problems.isEmpty()) {
        QString text =
            paragraph(tr("Remote cluster <b>%1</b> cannot be migrated:").arg(alias)) + QStringLiteral("<ul>");
        for (const QString& problem : plan.problems)
            text += QStringLiteral("<li>%1</li>").arg(problem.toHtmlEscaped());
        return text + QStringLiteral("</ul>");
    }
    if (plan.alreadyMigrated)
        return paragraph(tr("Remote cluster <b>%1</b> of %2 already connects with a cross-cluster API key: there is "
                            "nothing to migrate. Start only checks that it is connected and its followers are active.")
                             .arg(alias, follower.toHtmlEscaped()));

    QString text = paragraph(
        tr("Remote cluster <b>%1</b> of %2 uses certificates now (%3). The migration switches it "
           "in place, in this order:")
            .arg(alias, follower.toHtmlEscaped(), ApiKeyMigrationPlan::describe(plan.previous).toHtmlEscaped()));
    const QString key =
        keyKept ? tr("the key your keychain keeps for %1 (no new key)").arg(alias)
                : tr("a new key on %1 that may replicate %2").arg(leader.toHtmlEscaped(), names(spec.replication)) +
                      (spec.search.isEmpty() ? QString() : tr(" and search %1").arg(names(spec.search)));
    const QString target =
        spec.proxyAddress.isEmpty()
            ? tr("the leader's remote cluster server (its address read from the leader's nodes, port 9443 by "
                 "default), proxy mode")
            : tr("proxy mode on %1").arg(spec.proxyAddress.toHtmlEscaped());
    const QString pause = tr("followers: %1; auto-follow patterns: %2");
    text += QStringLiteral("<ol>");
    text += item(ApiKeyMigrationStepText::title(ApiKeyMigrationStep::CreateKey), key);
    text += item(ApiKeyMigrationStepText::title(ApiKeyMigrationStep::Pause),
                 plan.followersToPause.isEmpty() && plan.patternsToPause.isEmpty()
                     ? tr("nothing active uses %1").arg(alias)
                     : pause.arg(names(plan.followersToPause), names(plan.patternsToPause)));
    text += item(ApiKeyMigrationStepText::title(ApiKeyMigrationStep::Switch),
                 tr("%1 moves to %2, with the key in the keystore of every node of %3")
                     .arg(alias, target, follower.toHtmlEscaped()));
    text += item(ApiKeyMigrationStepText::title(ApiKeyMigrationStep::Resume),
                 pause.arg(names(plan.followersToResume()), names(plan.patternsToResume())));
    text += item(ApiKeyMigrationStepText::title(ApiKeyMigrationStep::Verify),
                 tr("%1 connected with cluster_credentials, the resumed followers active").arg(alias));
    text += QStringLiteral("</ol>");
    text += paragraph(tr("<b>Saved for a rollback</b>: %1. If the switch or the check fails, these settings are put "
                         "back and what was paused is resumed.")
                          .arg(settingsHtml(plan.previous)));
    if (plan.resumed)
        text += paragraph(tr("An earlier run stopped half-way (it paused %1 and %2): this run goes on from where it "
                             "is.")
                              .arg(names(plan.followersPausedEarlier), names(plan.patternsPausedEarlier)));
    if (!plan.leftPaused.isEmpty())
        text += paragraph(tr("Left paused, as someone paused them before: %1.").arg(names(plan.leftPaused)));
    text += paragraph(tr("<i>Dry run: nothing was changed.</i>"));
    return text;
}

QString ApiKeyMigrationTexts::result(const ApiKeyMigration& run, bool stopped)
{
    const QString alias = run.plan().alias; // plain text
    if (run.succeeded())
        return tr("Done: remote cluster %1 now connects with a cross-cluster API key; what was paused runs again.")
            .arg(alias);
    if (run.rolledBack())
        return tr("Rolled back: %1. Fix the failure above, then Run again.")
            .arg(run.status(ApiKeyMigrationStep::Rollback).detail);
    if (run.status(ApiKeyMigrationStep::Rollback).state == ApiKeyRemoteStepState::Failed)
        return tr("The rollback failed too: Run again to go on from the kept state, or put the settings back by "
                  "hand.");
    if (stopped)
        return tr("Stopped. Nothing was rolled back: what was paused stays paused until Run again goes on from where "
                  "this run stopped.");
    return tr("Nothing was changed: remote cluster %1 still uses certificates.").arg(alias);
}

} // namespace duper::ui
