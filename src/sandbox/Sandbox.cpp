#include "sandbox/Sandbox.h"

#include "sandbox/ApiKeyRoutes.h"
#include "sandbox/AutoFollowRoutes.h"
#include "sandbox/CcrRoutes.h"
#include "sandbox/ClusterRoutes.h"
#include "sandbox/DataStreamRoutes.h"
#include "sandbox/DocumentRoutes.h"
#include "sandbox/EsHttpServer.h"
#include "sandbox/FollowService.h"
#include "sandbox/IndexRoutes.h"
#include "sandbox/KeystoreRoutes.h"
#include "sandbox/SettingsRoutes.h"
#include "sandbox/StatsRoutes.h"

#include <QJsonArray>

namespace duper::sandbox {

namespace {

void installRoutes(Router& router, Cluster& cluster)
{
    ClusterRoutes::install(router, cluster);
    IndexRoutes::install(router, cluster);
    SettingsRoutes::install(router, cluster);
    StatsRoutes::install(router, cluster);
    DocumentRoutes::install(router, cluster);
    CcrRoutes::install(router, cluster);
    AutoFollowRoutes::install(router, cluster);
    DataStreamRoutes::install(router, cluster);
    ApiKeyRoutes::install(router, cluster);
    KeystoreRoutes::install(router, cluster);
}

} // namespace

Sandbox::Sandbox(SandboxOptions options, QObject* parent) : QObject(parent), m_options(std::move(options))
{
    m_followerFaults.remoteDisconnected = m_options.remoteDisconnected;
    m_followerFaults.fatalFollowers = m_options.fatalFollowers;
    m_followerFaults.failingReadFollowers = m_options.failingReadFollowers;
    m_followerFaults.divergingFollowers = m_options.divergingFollowers;
    m_followerFaults.latencyMs = m_options.latencyMs;
    m_followerFaults.readOperationsPerSecond = m_options.readOperationsPerSecond;
    m_followerFaults.errorRate = m_options.errorRate;
    m_followerFaults.hang = m_options.hang;
    for (const auto& [name, password] : m_options.users)
        m_authenticator.addUser(name, password, false);
    for (const auto& [name, password] : m_options.restrictedUsers)
        m_authenticator.addUser(name, password, true);
    for (const auto& [id, key] : m_options.apiKeys)
        m_authenticator.addApiKey(id, key);
    m_leader = std::make_unique<Cluster>(m_options.leaderClusterName, m_registry, m_leaderFaults);
    m_follower = std::make_unique<Cluster>(m_options.followerClusterName, m_registry, m_followerFaults);
    installRoutes(m_leaderRouter, *m_leader);
    installRoutes(m_followerRouter, *m_follower);
    m_leaderServer = std::make_unique<EsHttpServer>(m_leaderRouter, m_authenticator, nullptr, m_options.httpLimits);
    m_followerServer =
        std::make_unique<EsHttpServer>(m_followerRouter, m_authenticator, &m_followerFaults, m_options.httpLimits);
    connect(&m_timer, &QTimer::timeout, this, [this] { advance(1); });
}

Sandbox::~Sandbox()
{
    // Servers first: they reference the routers and clusters.
    m_followerServer.reset();
    m_leaderServer.reset();
}

bool Sandbox::start(QString* error)
{
    auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    if (!m_leader->startTransport() || !m_follower->startTransport())
        return fail(QStringLiteral("cannot open a transport port on 127.0.0.1"));
    if (!m_leader->startRemoteClusterServer() || !m_follower->startRemoteClusterServer())
        return fail(QStringLiteral("cannot open a remote cluster server port on 127.0.0.1"));
    if (!m_leaderServer->listen(m_options.leaderPort))
        return fail(QStringLiteral("cannot listen on 127.0.0.1:%1 (leader)").arg(m_options.leaderPort));
    if (!m_followerServer->listen(m_options.followerPort))
        return fail(QStringLiteral("cannot listen on 127.0.0.1:%1 (follower)").arg(m_options.followerPort));
    m_leader->setHttpPort(m_leaderServer->port());
    m_follower->setHttpPort(m_followerServer->port());
    m_follower->settings().setPersistent(QStringLiteral("cluster.remote.%1.seeds").arg(m_options.remoteAlias),
                                         QJsonArray{m_leader->transportAddress()});
    if (!createFollowers(error))
        return false;
    setTicking(m_options.tickIntervalMs > 0);
    return true;
}

QUrl Sandbox::followerUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_followerServer->port()));
}

QUrl Sandbox::leaderUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_leaderServer->port()));
}

void Sandbox::setTicking(bool on)
{
    if (on && m_options.tickIntervalMs > 0)
        m_timer.start(m_options.tickIntervalMs);
    else
        m_timer.stop();
}

void Sandbox::advance(int steps)
{
    const qint64 elapsed = qMax(1, m_options.tickIntervalMs);
    for (int i = 0; i < steps; ++i) {
        if (m_options.workload)
            runWorkload();
        m_leader->tick(elapsed);
        m_follower->tick(elapsed);
    }
    emit advanced(m_follower->nowMs());
}

bool Sandbox::setClusterDown(Which which, bool down, QString* error)
{
    if (isClusterDown(which) == down)
        return true;
    Cluster& target = cluster(which);
    EsHttpServer& server = which == Which::Leader ? *m_leaderServer : *m_followerServer;
    if (down) {
        server.stopListening();
        target.setDown(true);
    } else {
        if (!server.resumeListening() || !target.setDown(false)) {
            server.stopListening();
            if (error)
                *error = QStringLiteral("cannot listen again on 127.0.0.1:%1 (%2)")
                             .arg(server.port())
                             .arg(target.clusterName());
            return false;
        }
    }
    emit clusterDownChanged(which, down);
    return true;
}

bool Sandbox::isClusterDown(Which which) const
{
    return (which == Which::Leader ? *m_leader : *m_follower).isDown();
}

EmulatedIndex* Sandbox::createLeaderIndex(const QString& name, int shards, bool softDeletes)
{
    FlatSettings::Map settings;
    settings.insert(QStringLiteral("index.number_of_shards"), QString::number(shards));
    settings.insert(QStringLiteral("index.soft_deletes.enabled"),
                    softDeletes ? QStringLiteral("true") : QStringLiteral("false"));
    return m_leader->createIndex(name, settings);
}

void Sandbox::indexLeaderDocuments(const QString& index, int count)
{
    EmulatedIndex* target = m_leader->index(index);
    if (!target)
        target = createLeaderIndex(index);
    for (int i = 0; i < count; ++i) {
        const qint64 n = m_workloadCounter++;
        const QByteArray source = QByteArrayLiteral("{\"@timestamp\":") + QByteArray::number(m_leader->epochMs()) +
                                  QByteArrayLiteral(",\"message\":\"event ") + QByteArray::number(n) +
                                  QByteArrayLiteral("\",\"value\":") + QByteArray::number(n % 1000) + '}';
        target->index(QStringLiteral("doc-%1").arg(n), source);
    }
}

void Sandbox::runWorkload()
{
    if (m_leader->isDown())
        return;
    auto& indices = m_leader->indices();
    QList<QString> names;
    for (auto it = indices.begin(); it != indices.end(); ++it) {
        if (!(*it)->isOpen() || (*it)->isFollower())
            continue;
        // Like a client writing to a data stream: only its write index takes new documents.
        const DataStream* stream = m_leader->dataStreams().streamOf(it.key());
        if (!stream || stream->writeIndex() == it.key())
            names.append(it.key());
    }
    if (names.isEmpty())
        return;
    if (!m_options.burstyWorkload) {
        for (int i = 0; i < m_options.workloadDocsPerTick; ++i)
            indexLeaderDocuments(names.at(m_workloadCursor++ % names.size()), 1);
        return;
    }
    // Bursty: every index trickles, and once a minute (at one tick per second) it takes a burst of a third of a
    // minute. Each index starts its burst at its own offset, so at any moment some followers fall behind while
    // others catch up. Deterministic: the same ticks give the same documents.
    names.sort();
    const qint64 tick = m_workloadTicks++;
    for (qsizetype i = 0; i < names.size(); ++i) {
        const qint64 phase = (tick + i * burstOffsetTicks) % burstCycleTicks;
        const bool bursting = phase < burstLengthTicks;
        // Half the steady rate per index while bursting, one document otherwise: about as many documents a minute
        // as the steady workload for a handful of indices, so a demo left running grows no faster.
        qint64 documents = bursting ? qMax(2, m_options.workloadDocsPerTick / 2) : 1;
        const bool surging = i == 0 && m_options.readOperationsPerSecond > 0 &&
                             (tick + surgeCycleTicks - surgeStartTicks) % surgeCycleTicks < surgeLengthTicks;
        if (surging)
            documents = qMax<qint64>(documents, 2 * m_options.readOperationsPerSecond);
        indexLeaderDocuments(names.at(i), int(documents));
    }
}

bool Sandbox::createFollowers(QString* error)
{
    FollowService service(*m_follower);
    for (int i = 1; i <= m_options.followers; ++i) {
        const QString suffix = QStringLiteral("%1").arg(i, 5, 10, QLatin1Char('0'));
        const QString leaderName = QStringLiteral("leader-") + suffix;
        createLeaderIndex(leaderName, m_options.shardsPerIndex);
        FollowService::FollowRequest request;
        request.followerIndex = QStringLiteral("follower-") + suffix;
        request.remoteCluster = m_options.remoteAlias;
        request.leaderIndex = leaderName;
        if (auto failure = service.follow(request)) {
            if (error)
                *error = failure->reason();
            return false;
        }
    }
    return true;
}

} // namespace duper::sandbox
