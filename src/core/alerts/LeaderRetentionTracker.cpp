#include "core/alerts/LeaderRetentionTracker.h"

#include "core/alerts/RetentionPeriodLookup.h"
#include "core/fleet/FleetClusterRefresher.h"
#include "core/fleet/FleetRowRules.h"
#include "core/fleet/FleetService.h"
#include "core/fleet/FleetTopologyRules.h"
#include "core/session/ClusterSession.h"

#include <algorithm>

namespace duper {

namespace {

FleetDependencies withoutPrompts(FleetDependencies dependencies)
{
    dependencies.prompter = nullptr; // a missing secret counts as missing; nobody is asked
    return dependencies;
}

} // namespace

LeaderRetentionTracker::LeaderRetentionTracker(Connections connections, const FleetDependencies& dependencies,
                                               QObject* parent)
    : QObject(parent), m_connections(std::move(connections)),
      m_fleet(new FleetService(withoutPrompts(dependencies), this)),
      m_self(new FleetClusterRefresher(kDefaultDeadlineMs, this))
{
    m_clock.start();
    m_fleet->setDeadline(kDefaultDeadlineMs);
    connect(m_fleet, &FleetService::allAnswered, this, [this] {
        m_fleetDone = true;
        resolve();
    });
    connect(m_self, &FleetClusterRefresher::answersReady, this, &LeaderRetentionTracker::selfAnswered);
    connect(m_self, &FleetClusterRefresher::refreshFailed, this, &LeaderRetentionTracker::selfFailed);
}

LeaderRetentionTracker::~LeaderRetentionTracker()
{
    // Lookups use the clients of the fleet's sessions, the refresher the window session's API: they go first.
    qDeleteAll(findChildren<RetentionPeriodLookup*>(Qt::FindDirectChildrenOnly));
    delete m_self;
    m_self = nullptr;
}

void LeaderRetentionTracker::setFollowerSession(ClusterSession* session)
{
    if (m_session)
        m_session->disconnect(this);
    m_session = session;
    m_self->setApi(session ? session->api() : nullptr);
    if (session)
        connect(session, &QObject::destroyed, this, [this] { setFollowerSession(nullptr); });
    ++m_generation; // answers of a lookup still running are about the other cluster
    m_running = false;
    m_pendingLookups = 0;
    m_periods.clear();
    m_wanted.clear();
}

ClusterSession* LeaderRetentionTracker::followerSession() const
{
    return m_session;
}

void LeaderRetentionTracker::setDeadline(int ms)
{
    m_fleet->setDeadline(ms);
    m_self->setDeadline(ms);
}

QString LeaderRetentionTracker::key(const QString& alias, const QString& leaderIndex)
{
    return alias + QLatin1Char('\n') + leaderIndex;
}

bool LeaderRetentionTracker::isDue(const QString& key) const
{
    const auto entry = m_periods.constFind(key);
    if (entry == m_periods.cend())
        return true;
    const int interval = entry->period.source == RetentionPeriod::Source::Leader ? m_refreshMs : m_retryMs;
    return m_clock.elapsed() - entry->readAtMs >= interval;
}

void LeaderRetentionTracker::observe(const QList<FollowerRow>& rows)
{
    if (!m_session)
        return;
    m_wanted.clear();
    QSet<QString> keys;
    for (const FollowerRow& row : rows) {
        if (row.state != FollowerState::Paused || row.remoteCluster.isEmpty() || row.leaderIndex.isEmpty())
            continue;
        m_wanted[row.remoteCluster].insert(row.leaderIndex);
        keys.insert(key(row.remoteCluster, row.leaderIndex));
    }
    // Resumed or removed followers need no period.
    m_periods.removeIf([&keys](QHash<QString, Entry>::iterator entry) { return !keys.contains(entry.key()); });
    if (!m_running && std::any_of(keys.cbegin(), keys.cend(), [this](const QString& k) { return isDue(k); }))
        startLookup();
}

RetentionPeriod LeaderRetentionTracker::periodFor(const FollowerRow& row) const
{
    const auto entry = m_periods.constFind(key(row.remoteCluster, row.leaderIndex));
    if (entry != m_periods.cend())
        return entry->period;
    return RetentionPeriod::assumed(m_session ? tr("leader not read yet") : QString());
}

void LeaderRetentionTracker::startLookup()
{
    if (!m_session)
        return;
    m_running = true;
    ++m_generation;
    m_asked.clear();
    for (auto it = m_wanted.cbegin(); it != m_wanted.cend(); ++it) {
        for (const QString& index : it.value()) {
            if (isDue(key(it.key(), index)))
                m_asked[it.key()].append(index);
        }
    }
    m_found.clear();
    m_selfAnswers.reset();
    m_selfError = {};
    m_selfDone = false;
    m_fleetDone = false;
    m_pendingLookups = 0;

    QList<ConnectionProfile> profiles = m_connections ? m_connections() : QList<ConnectionProfile>();
    const QString own = m_session->connectionId();
    profiles.removeIf([&own](const ConnectionProfile& profile) { return profile.id == own; });
    m_fleet->setConnections(profiles);
    // A secret typed in the window since, or a keychain that answers now: connections that could not be opened
    // are tried again (still without asking).
    for (const FleetRow& row : m_fleet->rows()) {
        if (row.state == FleetRow::State::SecretMissing || row.state == FleetRow::State::NotOpened)
            m_fleet->reopen(row.connectionId);
    }
    m_fleet->refreshAll();
    m_self->refresh();
}

void LeaderRetentionTracker::selfAnswered(const std::shared_ptr<const FleetAnswers>& answers)
{
    if (!m_running || m_selfDone)
        return;
    m_selfAnswers = answers;
    m_selfDone = true;
    resolve();
}

void LeaderRetentionTracker::selfFailed(const EsError& error)
{
    if (!m_running || m_selfDone)
        return;
    m_selfError = error;
    m_selfDone = true;
    resolve();
}

void LeaderRetentionTracker::assumeAll(const QString& alias, const QString& note)
{
    for (const QString& index : m_asked.value(alias))
        m_found.insert(key(alias, index), RetentionPeriod::assumed(note));
}

void LeaderRetentionTracker::resolve()
{
    if (!m_running || !m_selfDone || !m_fleetDone || !m_session)
        return;
    const quint64 generation = m_generation;
    FleetClusterFacts self;
    self.connectionId = m_session->connectionId();
    self.connectionName = m_session->displayName();
    if (m_selfAnswers)
        self = FleetRowRules::facts(self, *m_selfAnswers);
    const FleetTopology topology = FleetTopologyRules::build(QList<FleetClusterFacts>{self} + m_fleet->facts());
    const QList<FleetRow> rows = m_fleet->rows();
    const bool someSilent =
        std::any_of(rows.cbegin(), rows.cend(), [](const FleetRow& row) { return !row.reachable(); });

    for (auto it = m_asked.cbegin(); it != m_asked.cend(); ++it) {
        const QString& alias = it.key();
        if (!self.replication) {
            const QString reason = m_selfError.isError()                      ? m_selfError.userMessage()
                                   : m_selfAnswers && m_selfAnswers->ccrError ? m_selfAnswers->ccrError.userMessage()
                                                                              : QString();
            assumeAll(alias, tr("leader not found: the remote clusters of %1 could not be read (%2)")
                                 .arg(self.connectionName, reason));
            continue;
        }
        const FleetTopology::Edge* edge = topology.find(self.connectionId, alias);
        if (!edge || !edge->leaderKnown()) {
            assumeAll(alias,
                      someSilent
                          ? tr("leader not saved or not reachable: remote cluster %1 is none of the "
                               "saved connections that answered")
                                .arg(alias)
                          : tr("leader not saved: remote cluster %1 is none of the saved connections").arg(alias));
            continue;
        }
        // A cluster that follows itself through an alias is its own leader.
        const bool itself = edge->leaderId == self.connectionId;
        ClusterSession* leader = itself ? m_session.data() : m_fleet->session(edge->leaderId);
        const std::optional<FleetRow> row = itself ? std::nullopt : m_fleet->row(edge->leaderId);
        if (!leader || (row && !row->reachable())) {
            assumeAll(alias, tr("leader not reachable: %1 (%2)").arg(edge->leaderName, row ? row->problem : QString()));
            continue;
        }
        auto* lookup = new RetentionPeriodLookup(leader->client(), it.value(), this);
        ++m_pendingLookups;
        connect(lookup, &RetentionPeriodLookup::finished, this, [this, lookup, alias, generation] {
            lookup->deleteLater();
            if (generation != m_generation)
                return;
            for (auto period = lookup->periods().cbegin(); period != lookup->periods().cend(); ++period)
                m_found.insert(key(alias, period.key()), period.value());
            if (--m_pendingLookups == 0)
                finishLookup();
        });
        lookup->start();
    }
    if (m_pendingLookups == 0)
        finishLookup();
}

void LeaderRetentionTracker::finishLookup()
{
    m_running = false;
    bool changed = false;
    const qint64 now = m_clock.elapsed();
    for (auto it = m_found.cbegin(); it != m_found.cend(); ++it) {
        Entry& entry = m_periods[it.key()];
        changed = changed || entry.readAtMs == 0 || !(entry.period == it.value());
        entry = {it.value(), qMax<qint64>(1, now)};
    }
    if (changed)
        emit periodsChanged();
    emit lookupFinished();
    // Followers paused while this lookup ran have nothing yet: look them up now rather than at the next refresh.
    for (auto it = m_wanted.cbegin(); it != m_wanted.cend(); ++it) {
        for (const QString& index : it.value()) {
            if (!m_periods.contains(key(it.key(), index))) {
                startLookup();
                return;
            }
        }
    }
}

} // namespace duper
