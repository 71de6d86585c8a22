#include "FleetSandboxes.h"

#include <QNetworkReply>
#include <QSignalSpy>

namespace duper::test {

namespace {

sandbox::SandboxOptions options(const QString& follower, const QString& leader, const QString& alias)
{
    sandbox::SandboxOptions o;
    o.tickIntervalMs = 0;
    o.followerPort = 0;
    o.leaderPort = 0;
    o.followerClusterName = follower;
    o.leaderClusterName = leader;
    o.remoteAlias = alias;
    return o;
}

} // namespace

FleetSandboxes::FleetSandboxes()
    : m_a(std::make_unique<sandbox::Sandbox>(
          options(QStringLiteral("follower"), QStringLiteral("leader"), QStringLiteral("leader")))),
      m_b(std::make_unique<sandbox::Sandbox>(
          options(QStringLiteral("regional"), QStringLiteral("archive"), QStringLiteral("archive"))))
{}

FleetSandboxes::~FleetSandboxes() = default;

bool FleetSandboxes::send(const QUrl& base, const QByteArray& method, const QString& path, const QByteArray& body)
{
    QUrl url = base;
    url.setPath(path);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply* reply = m_network.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(10000)) {
        m_error = QStringLiteral("%1 %2: no answer").arg(QString::fromLatin1(method), path);
        reply->deleteLater();
        return false;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray answer = reply->readAll();
    reply->deleteLater();
    if (status < 200 || status >= 300) {
        m_error = QStringLiteral("%1 %2: %3 %4")
                      .arg(QString::fromLatin1(method), path)
                      .arg(status)
                      .arg(QString::fromUtf8(answer));
        return false;
    }
    return true;
}

bool FleetSandboxes::start()
{
    if (!m_a->start(&m_error) || !m_b->start(&m_error))
        return false;
    m_a->createLeaderIndex(QStringLiteral("orders"));
    m_a->createLeaderIndex(QStringLiteral("users"));
    m_a->indexLeaderDocuments(QStringLiteral("orders"), 20);
    m_b->createLeaderIndex(QStringLiteral("logs"));
    const QByteArray fromLeader = R"({"remote_cluster":"leader","leader_index":"%1"})";
    const bool seeded = send(followerUrl(), "PUT", QStringLiteral("/orders/_ccr/follow"),
                             QByteArray(fromLeader).replace("%1", "orders")) &&
                        send(followerUrl(), "PUT", QStringLiteral("/users/_ccr/follow"),
                             QByteArray(fromLeader).replace("%1", "users")) &&
                        send(followerUrl(), "POST", QStringLiteral("/users/_ccr/pause_follow"), {}) &&
                        // The way back: "leader" follows an index of "follower" through the alias "dr".
                        send(followerUrl(), "PUT", QStringLiteral("/local"), "{}") &&
                        send(leaderUrl(), "PUT", QStringLiteral("/_cluster/settings"),
                             QStringLiteral(R"({"persistent":{"cluster.remote.dr.seeds":["%1"]}})")
                                 .arg(m_a->follower().transportAddress())
                                 .toUtf8()) &&
                        send(leaderUrl(), "PUT", QStringLiteral("/local-copy/_ccr/follow"),
                             R"({"remote_cluster":"dr","leader_index":"local"})") &&
                        send(regionalUrl(), "PUT", QStringLiteral("/logs/_ccr/follow"),
                             R"({"remote_cluster":"archive","leader_index":"logs"})");
    if (!seeded)
        return false;
    m_a->advance(2);
    m_b->advance(2);
    return true;
}

QUrl FleetSandboxes::urlOf(const QString& cluster) const
{
    if (cluster == u"follower")
        return followerUrl();
    if (cluster == u"leader")
        return leaderUrl();
    if (cluster == u"regional")
        return regionalUrl();
    if (cluster == u"archive")
        return archiveUrl();
    return {};
}

ConnectionProfile FleetSandboxes::connection(const QString& name, const QUrl& url)
{
    ConnectionProfile profile = ConnectionProfile::create(name);
    profile.urls = {url};
    return profile;
}

bool FleetSandboxes::setArchiveDown(bool down)
{
    return m_b->setClusterDown(sandbox::Sandbox::Which::Leader, down, &m_error);
}

} // namespace duper::test
