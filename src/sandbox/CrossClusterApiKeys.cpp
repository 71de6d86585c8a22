#include "sandbox/CrossClusterApiKeys.h"

namespace duper::sandbox {

CrossClusterApiKey& CrossClusterApiKeys::add(CrossClusterApiKey key)
{
    m_keys.append(std::move(key));
    return m_keys.last();
}

CrossClusterApiKey* CrossClusterApiKeys::find(const QString& id)
{
    for (CrossClusterApiKey& key : m_keys) {
        if (key.id == id)
            return &key;
    }
    return nullptr;
}

const CrossClusterApiKey* CrossClusterApiKeys::authenticate(const QString& encoded, qint64 epochMs) const
{
    const QByteArray decoded = QByteArray::fromBase64(encoded.toLatin1());
    const qsizetype colon = decoded.indexOf(':');
    if (colon <= 0)
        return nullptr;
    const QString id = QString::fromUtf8(decoded.left(colon));
    const QString secret = QString::fromUtf8(decoded.mid(colon + 1));
    for (const CrossClusterApiKey& key : m_keys) {
        if (key.id == id)
            return key.secret == secret && key.usableAt(epochMs) ? &key : nullptr;
    }
    return nullptr;
}

} // namespace duper::sandbox
