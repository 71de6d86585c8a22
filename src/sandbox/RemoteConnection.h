#pragma once

#include <QString>
#include <QStringList>

namespace duper::sandbox {

// One configured remote cluster (cluster.remote.<alias>.*) as the cluster settings describe it.
struct RemoteConnection
{
    QString alias;
    bool proxyMode = false;
    QStringList seeds;
    QString proxyAddress;
    QString serverName;
    bool skipUnavailable = false;
    int nodeConnections = 3;
    int proxySocketConnections = 18;

    QStringList addresses() const { return proxyMode ? QStringList{proxyAddress} : seeds; }
};

} // namespace duper::sandbox
