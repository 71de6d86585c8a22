#pragma once

#include <QStringList>
#include <QUrl>
#include <vector>

namespace duper {
class EsClient;
}

namespace duper::bench {

// The same downloads the Follower indices tab makes, without parsing anything, three ways: by curl processes (the
// issue's reference), by plain sockets in this process (the wire's floor on this machine: no process start, no
// HTTP library, buffers reused from round to round) and by our EsClient over Qt's HTTP stack (what receiving alone
// costs us). Each returns the wall time in milliseconds for all paths fetched in parallel, or -1 with `error` set.
class DownloadFloor
{
public:
    DownloadFloor(QUrl base, QStringList paths);

    double curlProcessesMs(QString* error);
    double rawSocketsMs(QString* error);
    double esClientMs(EsClient& client, QString* error);

private:
    QUrl m_base;
    QStringList m_paths;
    std::vector<std::vector<char>> m_buffers; // one per path, kept between rounds (their pages stay mapped)
};

} // namespace duper::bench
