#include "core/connections/ConnectionStore.h"

#include "core/connections/SecretStore.h"

#include <QCoreApplication>
#include <algorithm>

namespace duper {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("duper::ConnectionStore", text);
}

const QString kProfilesGroup = QStringLiteral("profiles");
const QString kLastUsedKey = QStringLiteral("defaults/lastUsed");
const QString kLeaderKey = QStringLiteral("defaults/leader");
const QString kFollowerKey = QStringLiteral("defaults/follower");

// Keys inside profiles/<id>/. None of them ever holds a secret.
const QString kName = QStringLiteral("name");
const QString kUrls = QStringLiteral("urls");
const QString kAuth = QStringLiteral("auth");
const QString kUsername = QStringLiteral("username");
const QString kVerifyTls = QStringLiteral("verifyTls");
const QString kCaFile = QStringLiteral("caCertificateFile");
const QString kClientCert = QStringLiteral("clientCertificateFile");
const QString kClientKey = QStringLiteral("clientKeyFile");
const QString kCloudId = QStringLiteral("cloudId");
const QString kTimeout = QStringLiteral("requestTimeoutMs");
const QString kRemote = QStringLiteral("defaultRemoteCluster");
const QString kRole = QStringLiteral("role");
const QString kAskEveryTime = QStringLiteral("askSecretEveryTime");

QString profileGroup(const QString& id)
{
    return kProfilesGroup + QLatin1Char('/') + id;
}

bool validId(const QString& id)
{
    // Used as a settings group name: no separators that would change the layout.
    return !id.isEmpty() && !id.contains(QLatin1Char('/')) && !id.contains(QLatin1Char('\\'));
}

} // namespace

ConnectionStore::ConnectionStore(QSettings* settings) : m_settings(settings)
{}

std::unique_ptr<QSettings> ConnectionStore::openSharedSettings()
{
    auto settings = std::make_unique<QSettings>(QSettings::NativeFormat, QSettings::UserScope, organizationName(),
                                                applicationName());
    // Builds before the application id kept the settings under the organisation "Duper" (~/.config/Duper/duper.conf
    // on Linux): the first start with an empty new file carries them over, so no saved connection is lost. The old
    // file stays for an older build; secrets never were in it.
    if (settings->allKeys().isEmpty()) {
        const QSettings earlier(QSettings::NativeFormat, QSettings::UserScope, QStringLiteral("Duper"),
                                applicationName());
        const QStringList keys = earlier.allKeys();
        for (const QString& key : keys)
            settings->setValue(key, earlier.value(key));
        if (!keys.isEmpty())
            settings->sync();
    }
    return settings;
}

std::optional<ConnectionProfile> ConnectionStore::load(const QString& id) const
{
    if (!validId(id))
        return std::nullopt;
    m_settings->beginGroup(profileGroup(id));
    if (!m_settings->contains(kName)) {
        m_settings->endGroup();
        return std::nullopt;
    }
    ConnectionProfile profile;
    profile.id = id;
    profile.name = m_settings->value(kName).toString();
    const QStringList urls = m_settings->value(kUrls).toStringList();
    for (const QString& url : urls)
        profile.urls.append(QUrl(url));
    profile.authKind = ConnectionProfile::authKindFromName(m_settings->value(kAuth).toString())
                           .value_or(ConnectionProfile::AuthKind::None);
    profile.username = m_settings->value(kUsername).toString();
    profile.verifyTls = m_settings->value(kVerifyTls, true).toBool();
    profile.caCertificateFile = m_settings->value(kCaFile).toString();
    profile.clientCertificateFile = m_settings->value(kClientCert).toString();
    profile.clientKeyFile = m_settings->value(kClientKey).toString();
    profile.cloudId = m_settings->value(kCloudId).toString();
    bool ok = false;
    const int timeout = m_settings->value(kTimeout).toInt(&ok);
    profile.requestTimeoutMs = ok ? timeout : ConnectionProfile::kDefaultRequestTimeoutMs;
    profile.defaultRemoteCluster = m_settings->value(kRemote).toString();
    profile.role = ConnectionProfile::roleFromName(m_settings->value(kRole).toString())
                       .value_or(ConnectionProfile::ClusterRole::None);
    profile.askSecretEveryTime = m_settings->value(kAskEveryTime, false).toBool();
    m_settings->endGroup();
    return profile;
}

QList<ConnectionProfile> ConnectionStore::profiles() const
{
    m_settings->beginGroup(kProfilesGroup);
    const QStringList ids = m_settings->childGroups();
    m_settings->endGroup();
    QList<ConnectionProfile> result;
    for (const QString& id : ids) {
        if (std::optional<ConnectionProfile> profile = load(id))
            result.append(std::move(*profile));
    }
    std::sort(result.begin(), result.end(), [](const ConnectionProfile& a, const ConnectionProfile& b) {
        const int byName = a.name.compare(b.name, Qt::CaseInsensitive);
        return byName != 0 ? byName < 0 : a.id < b.id;
    });
    return result;
}

std::optional<ConnectionProfile> ConnectionStore::find(const QString& idOrName) const
{
    if (idOrName.isEmpty())
        return std::nullopt;
    if (std::optional<ConnectionProfile> byId = load(idOrName))
        return byId;
    const QList<ConnectionProfile> all = profiles();
    for (const ConnectionProfile& profile : all) {
        if (profile.name == idOrName)
            return profile;
    }
    for (const ConnectionProfile& profile : all) {
        if (profile.name.compare(idOrName, Qt::CaseInsensitive) == 0)
            return profile;
    }
    return std::nullopt;
}

bool ConnectionStore::contains(const QString& id) const
{
    return load(id).has_value();
}

bool ConnectionStore::save(const ConnectionProfile& profile, QString* error)
{
    const QStringList problems = profile.validate();
    if (!problems.isEmpty() || !validId(profile.id)) {
        if (error)
            *error = problems.isEmpty() ? tr("The connection id is not valid.") : problems.join(u' ');
        return false;
    }
    for (const ConnectionProfile& other : profiles()) {
        if (other.id != profile.id && other.name.trimmed().compare(profile.name.trimmed(), Qt::CaseInsensitive) == 0) {
            if (error)
                *error = tr("Another connection is already called “%1”.").arg(other.name);
            return false;
        }
    }

    QStringList urls;
    for (const QUrl& url : profile.urls)
        urls << url.toString(QUrl::RemoveUserInfo);

    m_settings->beginGroup(profileGroup(profile.id));
    m_settings->remove(QString()); // drop keys of an older version of this profile
    m_settings->setValue(kName, profile.name.trimmed());
    m_settings->setValue(kUrls, urls);
    m_settings->setValue(kAuth, ConnectionProfile::authKindName(profile.authKind));
    m_settings->setValue(kUsername, profile.username);
    m_settings->setValue(kVerifyTls, profile.verifyTls);
    m_settings->setValue(kCaFile, profile.caCertificateFile);
    m_settings->setValue(kClientCert, profile.clientCertificateFile);
    m_settings->setValue(kClientKey, profile.clientKeyFile);
    m_settings->setValue(kCloudId, profile.cloudId.trimmed());
    m_settings->setValue(kTimeout, profile.requestTimeoutMs);
    m_settings->setValue(kRemote, profile.defaultRemoteCluster);
    m_settings->setValue(kRole, ConnectionProfile::roleName(profile.role));
    m_settings->setValue(kAskEveryTime, profile.askSecretEveryTime);
    m_settings->endGroup();
    m_settings->sync();
    if (m_settings->status() != QSettings::NoError) {
        if (error)
            *error = tr("The connection could not be saved: %1 cannot be written.").arg(m_settings->fileName());
        return false;
    }
    return true;
}

bool ConnectionStore::remove(const QString& id, SecretStore* secrets, QString* error)
{
    if (!contains(id)) {
        if (error)
            *error = tr("There is no saved connection with the id “%1”.").arg(id);
        return false;
    }
    m_settings->remove(profileGroup(id));
    for (const QString& key : {kLastUsedKey, kLeaderKey, kFollowerKey}) {
        if (m_settings->value(key).toString() == id)
            m_settings->remove(key);
    }
    m_settings->sync();
    if (secrets)
        secrets->removeAll(id, nullptr, {});
    if (m_settings->status() != QSettings::NoError) {
        if (error)
            *error = tr("The connection could not be removed: %1 cannot be written.").arg(m_settings->fileName());
        return false;
    }
    return true;
}

QString ConnectionStore::readPreference(const QString& key) const
{
    return m_settings->value(key).toString();
}

void ConnectionStore::writePreference(const QString& key, const QString& value)
{
    if (value.isEmpty())
        m_settings->remove(key);
    else
        m_settings->setValue(key, value);
    m_settings->sync();
}

QString ConnectionStore::lastUsedId() const
{
    const QString id = readPreference(kLastUsedKey);
    return contains(id) ? id : QString();
}

void ConnectionStore::setLastUsedId(const QString& id)
{
    writePreference(kLastUsedKey, id);
}

QString ConnectionStore::leaderProfileId() const
{
    const QString id = readPreference(kLeaderKey);
    if (contains(id))
        return id;
    for (const ConnectionProfile& profile : profiles()) {
        if (profile.role == ConnectionProfile::ClusterRole::Leader)
            return profile.id;
    }
    return {};
}

void ConnectionStore::setLeaderProfileId(const QString& id)
{
    writePreference(kLeaderKey, id);
}

QString ConnectionStore::followerProfileId() const
{
    const QString id = readPreference(kFollowerKey);
    if (contains(id))
        return id;
    for (const ConnectionProfile& profile : profiles()) {
        if (profile.role == ConnectionProfile::ClusterRole::Follower)
            return profile.id;
    }
    return {};
}

void ConnectionStore::setFollowerProfileId(const QString& id)
{
    writePreference(kFollowerKey, id);
}

} // namespace duper
