#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace duper::cli {

// Reads the earlier Node.js duper's ~/.duperrc.yml. What that tool wrote (its `config add-cluster`):
//
//   clusters:
//     - name: us-cluster
//       options:
//         node:
//           url: http://localhost:9200
//           ssl: {key: /k.pem, cert: /c.pem, ca: [/ca.pem]}
//         auth: {username: elastic, password: changeme, apiKey: <encoded key>}
//         cloud: {id: <cloud id>}
//   leaderCluster: us-cluster
//   followerCluster: japan-cluster
//
// Tolerant of its older and hand-edited shapes: `url`/`username`/`password`/`apiKey`/`cloudId`/`role` directly on a
// cluster, `ssl` under `options` instead of `options.node`, `node` as a plain URL string, `nodes` lists, an apiKey
// given as {id, api_key}, `sslCa` as one path or a list, and the oldest `current: NAME` (taken as the follower).
class DuperrcImporter
{
public:
    struct Cluster
    {
        QString name;
        QString url;
        QString username;
        QString password; // secret: only ever handed to the keychain
        QString apiKey;   // secret: encoded form or "id:key"
        QString cloudId;
        QStringList caFiles;
        QString certFile;
        QString keyFile;
        QString role; // "leader", "follower" or empty
    };

    struct File
    {
        QList<Cluster> clusters;
        QString leader;
        QString follower;
        QStringList warnings; // entries skipped, with the reason (never a secret)
    };

    // $HOME/.duperrc.yml
    static QString defaultPath();
    static std::optional<File> read(const QString& path, QString* error);
    static std::optional<File> parse(const QByteArray& yaml, QString* error);
};

} // namespace duper::cli
