#pragma once

#include "sandbox/Sandbox.h"
#include "sandbox/SandboxOptions.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QUrl>
#include <memory>

namespace duper::test {

// Starts an emulated leader + follower cluster on ephemeral loopback ports for integration tests. Replication does
// not tick on its own (tickIntervalMs = 0): tests move it deterministically with advance(). Also a tiny raw-HTTP
// client (QNetworkAccessManager, no core client) so tests check the wire format.
class SandboxFixture
{
public:
    struct Reply
    {
        int status = 0; // 0 when no answer arrived in time
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        int networkError = 0;

        QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
        QJsonDocument document() const { return QJsonDocument::fromJson(body); }
        QByteArray header(const QByteArray& name) const;
        QList<QByteArray> headerValues(const QByteArray& name) const;
    };

    static sandbox::SandboxOptions defaultOptions();
    explicit SandboxFixture(sandbox::SandboxOptions options = defaultOptions());
    ~SandboxFixture();

    // False (and errorString()) when a port could not be opened.
    bool start();
    QString errorString() const { return m_error; }

    QUrl followerUrl(const QString& pathAndQuery = {}) const;
    QUrl leaderUrl(const QString& pathAndQuery = {}) const;

    sandbox::Sandbox& sandbox() { return *m_sandbox; }
    sandbox::Cluster& follower() { return m_sandbox->follower(); }
    sandbox::Cluster& leader() { return m_sandbox->leader(); }
    // Run-time fault switches of the follower cluster (remote-disconnected, fatal, latency, error rate, hang).
    sandbox::FaultInjector& faults() { return m_sandbox->faults(); }

    // Runs `steps` replication ticks synchronously.
    void advance(int steps = 1) { m_sandbox->advance(steps); }
    // Leader-side helpers that bypass HTTP.
    void createLeaderIndex(const QString& name, int shards = 1, bool softDeletes = true);
    void indexLeaderDocuments(const QString& index, int count);

    // Raw HTTP. `url` from followerUrl()/leaderUrl(); `authorization` is sent as the Authorization header if set.
    Reply request(const QByteArray& method, const QUrl& url, const QByteArray& body = {},
                  const QByteArray& authorization = {}, int timeoutMs = 5000);
    Reply get(const QUrl& url) { return request("GET", url); }
    Reply put(const QUrl& url, const QByteArray& body) { return request("PUT", url, body); }
    Reply post(const QUrl& url, const QByteArray& body = {}) { return request("POST", url, body); }
    Reply del(const QUrl& url) { return request("DELETE", url); }

    static QByteArray basicAuth(const QString& user, const QString& password);

private:
    sandbox::SandboxOptions m_options;
    std::unique_ptr<sandbox::Sandbox> m_sandbox;
    QNetworkAccessManager m_network;
    QString m_error;
};

} // namespace duper::test
