#include "ui/followers/FollowerListStatus.h"

namespace duper::ui {

namespace {

FollowerListStatus make(FollowerListStatus::Kind kind, QString title, QString text,
                        FollowerListStatus::Action action = FollowerListStatus::Action::None, QString buttonText = {})
{
    FollowerListStatus status;
    status.kind = kind;
    status.title = std::move(title);
    status.text = std::move(text);
    status.action = action;
    status.buttonText = std::move(buttonText);
    return status;
}

} // namespace

FollowerListStatus FollowerListStatus::decide(bool connected, const std::optional<CcrAccess>& access, int rowCount,
                                              const EsError& lastError)
{
    if (!connected)
        return make(Kind::NotConnected, tr("Not connected"),
                    tr("Choose a connection in the toolbar to see its follower indices."));
    if (access && access->licenseAllowsCcr == false) {
        return make(Kind::NotLicensed, tr("Cross-cluster replication is not licensed"),
                    tr("This cluster runs with a “%1” license. Cross-cluster replication needs an active platinum, "
                       "enterprise or trial license: start a trial or install a license, then check again.")
                        .arg(access->licenseType),
                    Action::Retry, tr("Check again"));
    }
    if (rowCount < 0 && lastError.isError()) {
        if (lastError.httpStatus() != 403)
            return make(Kind::LoadFailed, tr("The follower indices could not be loaded"), lastError.userMessage(),
                        Action::Retry, tr("Try again"));
        QString text = lastError.userMessage();
        if (access && access->missingPrivileges && !access->missingPrivileges->isEmpty()) {
            text = tr("The user lacks the cluster privilege(s) %1. Reading follower indices needs “monitor” (or "
                      "“manage_ccr”); creating, pausing and resuming them needs “manage_ccr”. Ask an administrator "
                      "to add them to your role.",
                      nullptr, int(access->missingPrivileges->size()))
                       .arg(access->missingPrivileges->join(QStringLiteral(", ")));
        }
        return make(Kind::NoPermission, tr("You do not have permission to view follower indices"), text, Action::Retry,
                    tr("Try again"));
    }
    if (rowCount < 0)
        return make(Kind::Loading, tr("Loading follower indices…"), {});
    if (rowCount == 0 && access && access->hasNoRemotes()) {
        return make(Kind::NoRemoteClusters, tr("No remote clusters yet"),
                    tr("A follower index copies a leader index from a remote cluster, and this cluster knows no "
                       "remote cluster yet. Add the leader cluster as a remote cluster first (the cluster setting "
                       "cluster.remote.<alias>.seeds), then create a follower index."),
                    Action::RemoteClusters, tr("Set up a remote cluster…"));
    }
    if (rowCount == 0) {
        return make(Kind::NoFollowers, tr("Create your first follower index"),
                    tr("A follower index replicates a leader index of a remote cluster. Create one to start "
                       "replicating."),
                    Action::Create, tr("Create a follower index…"));
    }
    return make(Kind::Table, {}, {});
}

} // namespace duper::ui
