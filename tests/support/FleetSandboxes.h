#pragma once

#include "core/connections/ConnectionProfile.h"
#include "sandbox/Sandbox.h"

#include <QNetworkAccessManager>
#include <QString>
#include <QUrl>
#include <memory>

namespace duper::test {

// Two in-process sandboxes on ephemeral ports, seeded as a small fleet for the fleet tests:
// - A: cluster "follower" follows cluster "leader" (alias "leader": orders active, users paused), and "leader"
//   follows "follower" back (alias "dr": local-copy) — a bi-directional pair;
// - B: cluster "regional" follows cluster "archive" (alias "archive": logs). Tests stop "archive" to have a saved
//   connection whose server is down.
// Replication moves only when a test calls advance().
class FleetSandboxes
{
public:
    FleetSandboxes();
    ~FleetSandboxes();

    // Starts both sandboxes and seeds them; false with errorString() when a port or a request failed.
    bool start();
    QString errorString() const { return m_error; }

    sandbox::Sandbox& a() { return *m_a; }
    sandbox::Sandbox& b() { return *m_b; }
    QUrl followerUrl() const { return m_a->followerUrl(); } // "follower"
    QUrl leaderUrl() const { return m_a->leaderUrl(); }     // "leader"
    QUrl regionalUrl() const { return m_b->followerUrl(); } // "regional"
    QUrl archiveUrl() const { return m_b->leaderUrl(); }    // "archive"

    // The URL of a cluster by its name ("follower", "leader", "regional", "archive"); empty for any other.
    QUrl urlOf(const QString& cluster) const;
    // A saved connection named `name` to `url`, as the fleet tests save them.
    static ConnectionProfile connection(const QString& name, const QUrl& url);

    // Takes "archive" down or brings it back (its port stops listening / listens again).
    bool setArchiveDown(bool down);

private:
    bool send(const QUrl& base, const QByteArray& method, const QString& path, const QByteArray& body);

    QNetworkAccessManager m_network;
    std::unique_ptr<sandbox::Sandbox> m_a;
    std::unique_ptr<sandbox::Sandbox> m_b;
    QString m_error;
};

} // namespace duper::test
