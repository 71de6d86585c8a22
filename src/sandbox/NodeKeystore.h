#pragma once

#include <QMap>
#include <QString>
#include <optional>

namespace duper::sandbox {

// The secure settings of the emulated node: what its keystore file holds (written by the emulator-only
// /_sandbox/keystore endpoint, standing in for `elasticsearch-keystore add` on a real node) and what the node has
// loaded. Like Elasticsearch, a stored value takes effect only after POST /_nodes/reload_secure_settings.
class NodeKeystore
{
public:
    void store(const QString& setting, const QString& value) { m_file.insert(setting, value); }
    bool remove(const QString& setting) { return m_file.remove(setting) > 0; }
    // Loads the keystore file's values (the reload); returns how many settings are now in force.
    qsizetype reload()
    {
        m_loaded = m_file;
        return m_loaded.size();
    }
    std::optional<QString> loaded(const QString& setting) const
    {
        const auto it = m_loaded.constFind(setting);
        return it == m_loaded.constEnd() ? std::nullopt : std::optional<QString>(*it);
    }
    // cluster.remote.<alias>.credentials, in force.
    std::optional<QString> remoteCredentials(const QString& alias) const
    {
        return loaded(QStringLiteral("cluster.remote.%1.credentials").arg(alias));
    }

private:
    QMap<QString, QString> m_file;
    QMap<QString, QString> m_loaded;
};

} // namespace duper::sandbox
