#pragma once

#include "sandbox/IndexPattern.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace duper::sandbox {

// One cross-cluster API key of an emulated (leader) cluster: what it may replicate and search, and whether it can
// still authenticate a remote cluster connection.
struct CrossClusterApiKey
{
    QString id;
    QString name;
    QString secret; // the "api_key" part of the credential
    QString creator;
    qint64 creationMs = 0;
    qint64 expirationMs = 0; // 0 = never expires
    bool invalidated = false;
    qint64 invalidationMs = 0;
    QStringList replication; // access.replication[].names
    QStringList search;      // access.search[].names
    QJsonObject metadata;

    // base64("<id>:<api_key>"): the credential the follower stores as cluster.remote.<alias>.credentials.
    QString encoded() const { return QString::fromLatin1((id + QLatin1Char(':') + secret).toUtf8().toBase64()); }
    bool expiredAt(qint64 epochMs) const { return expirationMs > 0 && epochMs >= expirationMs; }
    bool usableAt(qint64 epochMs) const { return !invalidated && !expiredAt(epochMs); }
    bool allowsReplicationOf(const QString& index) const { return IndexPattern::matchesAny(replication, index); }
};

} // namespace duper::sandbox
