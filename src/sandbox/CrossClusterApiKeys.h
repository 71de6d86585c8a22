#pragma once

#include "sandbox/CrossClusterApiKey.h"

#include <QList>
#include <QString>

namespace duper::sandbox {

// The cross-cluster API keys a cluster has issued (as the security index keeps them), and the check its remote
// cluster server port makes on a connecting cluster's credential.
class CrossClusterApiKeys
{
public:
    CrossClusterApiKey& add(CrossClusterApiKey key);
    CrossClusterApiKey* find(const QString& id);
    const QList<CrossClusterApiKey>& all() const { return m_keys; }
    // The key an encoded credential names, when its secret matches and it is neither invalidated nor expired.
    const CrossClusterApiKey* authenticate(const QString& encoded, qint64 epochMs) const;

private:
    QList<CrossClusterApiKey> m_keys;
};

} // namespace duper::sandbox
