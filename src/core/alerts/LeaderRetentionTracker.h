#pragma once

#include "core/alerts/RetentionPeriod.h"
#include "core/connections/ConnectionProfile.h"
#include "core/es/EsError.h"
#include "core/fleet/FleetDependencies.h"
#include "core/followers/FollowerRow.h"

#include <QElapsedTimer>
#include <QHash>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <functional>
#include <memory>

namespace duper {

class ClusterSession;
class FleetClusterRefresher;
class FleetService;
struct FleetAnswers;

// The retention lease periods of the window's paused followers, read from their leaders. The leader behind a
// follower's remote alias is found among the saved connections the way the fleet finds it (FleetTopologyRules over
// this cluster's remotes and what each saved cluster publishes), opened apart from the window's connection and asked
// through RetentionPeriodLookup. It never asks for a secret: a check in the background must not pop up prompts, so
// only secrets from the keychain or typed earlier this session are used.
//
// Nothing waits for it: periodFor() answers from what is known (Elasticsearch's default, marked as assumed with the
// reason, until a leader answered) and periodsChanged() says when to evaluate again. Periods are kept per remote
// alias and leader index and read again after refreshInterval(), or retryInterval() when they could not be read.
class LeaderRetentionTracker : public QObject
{
    Q_OBJECT

public:
    using Connections = std::function<QList<ConnectionProfile>()>;

    static constexpr int kDefaultRefreshMs = 10 * 60'000; // a period is rarely changed
    static constexpr int kDefaultRetryMs = 2 * 60'000;    // a leader may come back, or its secret be typed
    static constexpr int kDefaultDeadlineMs = 10'000;     // per cluster, as in the fleet

    // `connections` lists the saved connections (asked again for every lookup). The prompter of `dependencies` is
    // not used; the rest must outlive the tracker.
    LeaderRetentionTracker(Connections connections, const FleetDependencies& dependencies, QObject* parent = nullptr);
    ~LeaderRetentionTracker() override;

    // The window's cluster (may be null): what was known about another cluster's leaders is dropped.
    void setFollowerSession(ClusterSession* session);
    ClusterSession* followerSession() const; // out of line: QPointer needs the complete type

    void setRefreshInterval(int ms) { m_refreshMs = ms; }
    int refreshInterval() const { return m_refreshMs; }
    void setRetryInterval(int ms) { m_retryMs = ms; }
    int retryInterval() const { return m_retryMs; }
    // How long one cluster may take to answer before it counts as unreachable.
    void setDeadline(int ms);

    // The followers of one refresh: starts reading the periods of paused followers that are unknown or due again.
    void observe(const QList<FollowerRow>& rows);
    // The period for a paused follower as far as it is known.
    RetentionPeriod periodFor(const FollowerRow& row) const;
    bool isLookingUp() const { return m_running; }

signals:
    // Some period is new or different: evaluate the rules again.
    void periodsChanged();
    // A lookup ended (after periodsChanged(), when it changed something).
    void lookupFinished();

private:
    struct Entry
    {
        RetentionPeriod period;
        qint64 readAtMs = 0; // m_clock time
    };

    static QString key(const QString& alias, const QString& leaderIndex);
    bool isDue(const QString& key) const;
    void startLookup();
    void selfAnswered(const std::shared_ptr<const FleetAnswers>& answers);
    void selfFailed(const EsError& error);
    void resolve();
    void assumeAll(const QString& alias, const QString& note);
    void finishLookup();

    Connections m_connections;
    QPointer<ClusterSession> m_session;
    FleetService* m_fleet;         // the saved connections other than the window's
    FleetClusterRefresher* m_self; // the window's cluster: its remotes and identity
    QElapsedTimer m_clock;
    int m_refreshMs = kDefaultRefreshMs;
    int m_retryMs = kDefaultRetryMs;
    QHash<QString, Entry> m_periods;       // by key()
    QMap<QString, QSet<QString>> m_wanted; // leader indices of paused followers by remote alias, as last observed

    // The lookup running.
    bool m_running = false;
    quint64 m_generation = 0;
    QMap<QString, QStringList> m_asked; // by remote alias
    bool m_selfDone = false;
    bool m_fleetDone = false;
    std::shared_ptr<const FleetAnswers> m_selfAnswers;
    EsError m_selfError;
    QHash<QString, RetentionPeriod> m_found; // by key()
    int m_pendingLookups = 0;
};

} // namespace duper
