#pragma once

#include "core/ccr/ClusterInfo.h"
#include "core/ccr/LicenseInfo.h"
#include "core/connections/ConnectionProfile.h"
#include "core/es/EsError.h"
#include "core/followers/CcrAccess.h"

#include <QObject>
#include <QPointer>
#include <memory>
#include <optional>

class QSettings;

namespace duper {

class AutoFollowActions;
class AutoFollowRefresher;
class CcrApi;
class EsClient;
class FollowerActions;
class FollowerRefresher;
class RememberedParameters;
class RemoteClusterActions;
class RemoteClusterRefresher;

// One open connection to one cluster: the profile it was opened from, the HTTP client, the typed CCR API, what the
// cluster said about itself (identity, CCR access) and the follower parameters Duper remembers for it. Pages, dialogs
// and CLI commands reach the cluster only through a session and the services it hands out, so several sessions can
// be open side by side (leader and follower, every saved connection) without sharing state.
//
// A session is made by ClusterSessionOpener (or, in tests, from a client directly). The client must outlive the
// session; the opener makes it the session's child.
class ClusterSession : public QObject
{
    Q_OBJECT

public:
    // `settings` (may be null: nothing is remembered between runs) must outlive the session.
    ClusterSession(ConnectionProfile profile, EsClient* client, QSettings* settings, QObject* parent = nullptr);
    ~ClusterSession() override;

    const ConnectionProfile& profile() const { return m_profile; }
    QString connectionId() const { return m_profile.id; }
    // The profile's name, for people.
    QString displayName() const { return m_profile.name; }

    EsClient* client() const; // out of line: including this header does not need EsClient's
    CcrApi* api() const { return m_api.get(); }
    // Null when the session has no settings to keep them in.
    RememberedParameters* rememberedParameters() const { return m_remembered.get(); }

    // GET / and the license, read by loadIdentity(); nullopt until they arrived (or when they could not be read).
    const std::optional<ClusterInfo>& identity() const { return m_identity; }
    const std::optional<LicenseInfo>& license() const { return m_license; }
    // License, privileges and remote clusters, read by checkAccess(); nullopt until the check finished.
    const std::optional<CcrAccess>& access() const { return m_access; }

    // Reads the cluster's identity and its license in parallel; identityChanged() (or identityFailed()) and
    // licenseChanged() (or licenseFailed()) follow.
    void loadIdentity();
    // Reads license, privileges and remote clusters again; accessChanged() follows. A check still running is
    // superseded: only the latest one reports.
    void checkAccess();

    // The follower list of this cluster, kept fresh; created on first use and owned by the session.
    FollowerRefresher* followerRefresher();
    // The remote clusters of this cluster, kept fresh (auto-refresh off until someone sets an interval); created on
    // first use and owned by the session.
    RemoteClusterRefresher* remoteClusterRefresher();
    // Adds, edits and deletes remote clusters; created on first use and owned by the session.
    RemoteClusterActions* remoteClusterActions();
    // Pause, resume, edit, unfollow, recreate of this cluster's followers; created on first use, owned by the session.
    FollowerActions* followerActions();
    // The auto-follow patterns of this cluster with their recent errors; created on first use, owned by the session.
    AutoFollowRefresher* autoFollowRefresher();
    // Create, pause, resume and delete auto-follow patterns; created on first use, owned by the session.
    AutoFollowActions* autoFollowActions();

signals:
    void identityChanged(const duper::ClusterInfo& identity);
    void identityFailed(const duper::EsError& error);
    void licenseChanged(const duper::LicenseInfo& license);
    void licenseFailed(const duper::EsError& error);
    void accessChanged(const duper::CcrAccess& access);

private:
    ConnectionProfile m_profile;
    QPointer<EsClient> m_client;
    std::unique_ptr<CcrApi> m_api;
    std::unique_ptr<RememberedParameters> m_remembered;
    std::optional<ClusterInfo> m_identity;
    std::optional<LicenseInfo> m_license;
    std::optional<CcrAccess> m_access;
    quint64 m_accessGeneration = 0;
    FollowerRefresher* m_followerRefresher = nullptr;
    RemoteClusterRefresher* m_remoteClusterRefresher = nullptr;
    RemoteClusterActions* m_remoteClusterActions = nullptr;
    FollowerActions* m_followerActions = nullptr;
    AutoFollowRefresher* m_autoFollowRefresher = nullptr;
    AutoFollowActions* m_autoFollowActions = nullptr;
};

} // namespace duper
