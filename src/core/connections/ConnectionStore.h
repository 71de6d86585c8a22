#pragma once

#include "core/ApplicationId.h"
#include "core/connections/ConnectionProfile.h"

#include <QList>
#include <QSettings>
#include <QString>
#include <memory>
#include <optional>

namespace duper {

class SecretStore;

// Saved connection profiles in QSettings, shared by the GUI and the CLI (organisation = the app id "dev.duper.Duper",
// application "duper"). Each save() writes the whole profile and syncs; QSettings replaces the file atomically
// (temporary file + rename, under a lock file). Nothing secret is ever written: secrets go to a SecretStore under the
// profile id.
// Layout: profiles/<id>/{name,urls,auth,...}, defaults/lastUsed, defaults/leader, defaults/follower.
class ConnectionStore
{
public:
    static QString organizationName() { return applicationId(); }
    static QString applicationName() { return QStringLiteral("duper"); }

    // `settings` must outlive the store.
    explicit ConnectionStore(QSettings* settings);

    // The settings every Duper program shares (native format: ~/.config/dev.duper.Duper/duper.conf on Linux).
    static std::unique_ptr<QSettings> openSharedSettings();

    QSettings* settings() const { return m_settings; }

    // Sorted by name (case-insensitive).
    QList<ConnectionProfile> profiles() const;
    // By id, else by exact name, else by name ignoring case.
    std::optional<ConnectionProfile> find(const QString& idOrName) const;
    bool contains(const QString& id) const;

    // Adds or replaces the profile with this id. Fails (false, words in *error) when validate() complains, when
    // another profile already has this name (ignoring case), or when the settings file cannot be written.
    bool save(const ConnectionProfile& profile, QString* error = nullptr);
    // Removes the profile and clears lastUsed/leader/follower when they point at it. With `secrets`, also deletes
    // its entries there (asynchronously, fire and forget; use SecretStore::removeAll to wait for the result).
    bool remove(const QString& id, SecretStore* secrets = nullptr, QString* error = nullptr);

    QString lastUsedId() const;
    void setLastUsedId(const QString& id);
    // The CLI's default leader / follower clusters: the id set here when that profile still exists, else the first
    // profile (by name) whose role hint is Leader / Follower, else empty. Set an empty id to clear.
    QString leaderProfileId() const;
    void setLeaderProfileId(const QString& id);
    QString followerProfileId() const;
    void setFollowerProfileId(const QString& id);

private:
    QString readPreference(const QString& key) const;
    void writePreference(const QString& key, const QString& value);
    std::optional<ConnectionProfile> load(const QString& id) const;

    QSettings* m_settings;
};

} // namespace duper
