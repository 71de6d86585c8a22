// FleetService against two in-process sandboxes: one row per saved connection (followers by state, remotes followed),
// the topology built from what they report (a follower pair both ways, a third cluster following a fourth), a
// stopped cluster turning unreachable and back, a hanging cluster timing out without delaying the others, and a
// connection whose secret is missing asked for once.
#include "FleetSandboxes.h"
#include "core/connections/InMemorySecretStore.h"
#include "core/connections/SessionSecretCache.h"
#include "core/fleet/FleetService.h"
#include "core/session/SecretPrompter.h"

#include <QElapsedTimer>
#include <QHash>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace duper;

namespace {

// Says no, and counts how often it was asked.
class RefusingPrompter : public SecretPrompter
{
public:
    void ask(const SecretRequest&, QObject*, Callback done) override
    {
        ++asked;
        done(std::nullopt, QStringLiteral("cancelled"));
    }
    int asked = 0;
};

// A keychain that never answers (a stuck Secret Service).
class SilentSecretStore : public SecretStore
{
public:
    void read(const QString&, SecretKind, QObject*, Callback) override {}
    void write(const QString&, SecretKind, const QString&, QObject*, Callback) override {}
    void remove(const QString&, SecretKind, QObject*, Callback) override {}
    bool isPersistent() const override { return true; }
};

ConnectionProfile profile(const QString& name, const QUrl& url)
{
    ConnectionProfile p = ConnectionProfile::create(name);
    p.urls = {url};
    return p;
}

} // namespace

class FleetServiceTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void rowsPerCluster();
    void topologyAcrossTheFleet();
    void stoppedClusterUnreachableAndBack();
    void hangingClusterDoesNotDelayTheOthers();
    void missingSecretIsAskedOnce();
    void eachClusterRefreshesOnItsOwnTimer();
    void silentKeychainDoesNotHoldUpTheFleet();

private:
    bool refreshAll(int timeoutMs = 15000);
    FleetRow row(const QString& name) const;
    QString idOf(const QString& name) const;

    std::unique_ptr<test::FleetSandboxes> m_sandboxes;
    QNetworkAccessManager m_network;
    InMemorySecretStore m_secrets;
    SessionSecretCache m_cache;
    RefusingPrompter m_prompter;
    std::unique_ptr<FleetService> m_fleet;
    QList<ConnectionProfile> m_profiles;
};

void FleetServiceTest::init()
{
    m_sandboxes = std::make_unique<test::FleetSandboxes>();
    QVERIFY2(m_sandboxes->start(), qPrintable(m_sandboxes->errorString()));
    m_prompter.asked = 0;
    m_cache.clear();
    FleetDependencies dependencies;
    dependencies.network = &m_network;
    dependencies.secrets = &m_secrets;
    dependencies.cache = &m_cache;
    dependencies.prompter = &m_prompter;
    m_fleet = std::make_unique<FleetService>(dependencies);
    ConnectionProfile locked = profile(QStringLiteral("locked"), m_sandboxes->followerUrl());
    locked.authKind = ConnectionProfile::AuthKind::Basic;
    locked.username = QStringLiteral("ops"); // no password in the keychain
    m_profiles = {profile(QStringLiteral("archive"), m_sandboxes->archiveUrl()),
                  profile(QStringLiteral("follower"), m_sandboxes->followerUrl()),
                  profile(QStringLiteral("leader"), m_sandboxes->leaderUrl()), locked,
                  profile(QStringLiteral("regional"), m_sandboxes->regionalUrl())};
    m_fleet->setConnections(m_profiles);
}

void FleetServiceTest::cleanup()
{
    m_fleet.reset();
    m_sandboxes.reset();
}

bool FleetServiceTest::refreshAll(int timeoutMs)
{
    QSignalSpy answered(m_fleet.get(), &FleetService::allAnswered);
    m_fleet->refreshAll();
    return answered.wait(timeoutMs);
}

QString FleetServiceTest::idOf(const QString& name) const
{
    for (const ConnectionProfile& p : m_profiles)
        if (p.name == name)
            return p.id;
    return {};
}

FleetRow FleetServiceTest::row(const QString& name) const
{
    return m_fleet->row(idOf(name)).value_or(FleetRow{});
}

void FleetServiceTest::rowsPerCluster()
{
    QCOMPARE(m_fleet->rows().size(), 5);
    QCOMPARE(row(QStringLiteral("follower")).state, FleetRow::State::Pending);
    QVERIFY(refreshAll());

    const FleetRow follower = row(QStringLiteral("follower"));
    QVERIFY2(follower.reachable(), qPrintable(follower.problem));
    QCOMPARE(follower.clusterName, QStringLiteral("follower"));
    QVERIFY(!follower.version.isEmpty());
    QVERIFY(!follower.licenseType.isEmpty());
    QCOMPARE(follower.activeFollowers, 1);
    QCOMPARE(follower.pausedFollowers, 1);
    QCOMPARE(follower.errorFollowers, 0);
    QCOMPARE(follower.remotes, QStringList{QStringLiteral("leader")});
    QVERIFY(follower.worstLag.has_value());
    QVERIFY(follower.ccrProblem.isEmpty());

    const FleetRow leader = row(QStringLiteral("leader"));
    QVERIFY(leader.reachable());
    QCOMPARE(leader.activeFollowers, 1);
    QCOMPARE(leader.remotes, QStringList{QStringLiteral("dr")});

    const FleetRow regional = row(QStringLiteral("regional"));
    QVERIFY(regional.reachable());
    QCOMPARE(regional.clusterName, QStringLiteral("regional"));
    QCOMPARE(regional.remotes, QStringList{QStringLiteral("archive")});

    const FleetRow archive = row(QStringLiteral("archive"));
    QVERIFY(archive.reachable());
    QCOMPARE(archive.followerCount(), 0);
    QVERIFY(archive.remotes.isEmpty());

    QCOMPARE(row(QStringLiteral("locked")).state, FleetRow::State::SecretMissing);
    // Rows keep the order the connections were given in.
    QCOMPARE(m_fleet->rows().at(1).connectionName, QStringLiteral("follower"));
    const auto answers = m_fleet->answers(idOf(QStringLiteral("follower")));
    QVERIFY(answers && answers->followers);
    QCOMPARE(answers->followers->rows.size(), 2);
}

void FleetServiceTest::topologyAcrossTheFleet()
{
    QVERIFY(refreshAll());
    const FleetTopology topology = m_fleet->topology();
    QCOMPARE(topology.edges.size(), 3);
    const FleetTopology::Edge* forward = topology.find(idOf(QStringLiteral("follower")), QStringLiteral("leader"));
    const FleetTopology::Edge* back = topology.find(idOf(QStringLiteral("leader")), QStringLiteral("dr"));
    const FleetTopology::Edge* regional = topology.find(idOf(QStringLiteral("regional")), QStringLiteral("archive"));
    QVERIFY(forward && back && regional);
    QCOMPARE(forward->leaderId, idOf(QStringLiteral("leader")));
    QCOMPARE(forward->match, FleetTopology::Match::Address);
    QCOMPARE(forward->followerCount, 2);
    QCOMPARE(forward->worstState, std::optional<FollowerState>(FollowerState::Paused));
    QVERIFY(forward->connected);
    QCOMPARE(back->leaderId, idOf(QStringLiteral("follower")));
    QCOMPARE(back->followerCount, 1);
    QCOMPARE(back->worstState, std::optional<FollowerState>(FollowerState::Active));
    QCOMPARE(regional->leaderId, idOf(QStringLiteral("archive")));
    QCOMPARE(regional->match, FleetTopology::Match::Address);
}

void FleetServiceTest::stoppedClusterUnreachableAndBack()
{
    QVERIFY(refreshAll());
    QVERIFY(row(QStringLiteral("archive")).reachable());

    QVERIFY2(m_sandboxes->setArchiveDown(true), qPrintable(m_sandboxes->errorString()));
    QVERIFY(refreshAll());
    const FleetRow down = row(QStringLiteral("archive"));
    QCOMPARE(down.state, FleetRow::State::Unreachable);
    QVERIFY(!down.problem.isEmpty());
    QVERIFY(down.stale);
    QCOMPARE(down.clusterName, QStringLiteral("archive")); // the last known figures stay
    QVERIFY(row(QStringLiteral("regional")).reachable());
    QVERIFY(row(QStringLiteral("follower")).reachable());
    // The follower of the stopped cluster still points at it (its last known addresses), now disconnected.
    const FleetTopology topology = m_fleet->topology();
    const FleetTopology::Edge* edge = topology.find(idOf(QStringLiteral("regional")), QStringLiteral("archive"));
    QVERIFY(edge);
    QCOMPARE(edge->leaderId, idOf(QStringLiteral("archive")));
    QVERIFY(!edge->connected);

    QVERIFY2(m_sandboxes->setArchiveDown(false), qPrintable(m_sandboxes->errorString()));
    QVERIFY(refreshAll());
    const FleetRow back = row(QStringLiteral("archive"));
    QVERIFY2(back.reachable(), qPrintable(back.problem));
    QVERIFY(back.problem.isEmpty());
    QVERIFY(!back.stale);
}

void FleetServiceTest::hangingClusterDoesNotDelayTheOthers()
{
    m_fleet->setDeadline(2000);
    m_sandboxes->b().faults().hang = true; // "regional" accepts requests and never answers
    QHash<QString, qint64> arrivedAfter;
    QElapsedTimer clock;
    connect(m_fleet.get(), &FleetService::rowChanged, this,
            [&](const FleetRow& changed) { arrivedAfter.insert(changed.connectionName, clock.elapsed()); });
    clock.start();
    QVERIFY(refreshAll());
    m_sandboxes->b().faults().hang = false;

    const FleetRow regional = row(QStringLiteral("regional"));
    QCOMPARE(regional.state, FleetRow::State::Unreachable);
    QVERIFY(!regional.problem.isEmpty());
    // Its deadline, not the others, decides when it is given up; every other row was there before it.
    const qint64 hung = arrivedAfter.value(QStringLiteral("regional"));
    QVERIFY2(hung >= 1800, qPrintable(QString::number(hung)));
    for (const QString& other : {QStringLiteral("archive"), QStringLiteral("follower"), QStringLiteral("leader")}) {
        QVERIFY2(row(other).reachable(), qPrintable(other));
        QVERIFY2(arrivedAfter.contains(other) && arrivedAfter.value(other) < hung, qPrintable(other));
    }
}

void FleetServiceTest::missingSecretIsAskedOnce()
{
    QVERIFY(refreshAll());
    QCOMPARE(m_prompter.asked, 1);
    const FleetRow locked = row(QStringLiteral("locked"));
    QCOMPARE(locked.state, FleetRow::State::SecretMissing);
    QVERIFY(!locked.problem.isEmpty());
    QVERIFY(refreshAll());
    QVERIFY(refreshAll());
    QCOMPARE(m_prompter.asked, 1); // not on every refresh
    QCOMPARE(row(QStringLiteral("locked")).state, FleetRow::State::SecretMissing);

    // Reopening asks again; with the secret in the keychain it opens without asking.
    m_secrets.write(idOf(QStringLiteral("locked")), SecretKind::Password, QStringLiteral("pw"), this,
                    [](const SecretResult&) {});
    QSignalSpy changed(m_fleet.get(), &FleetService::rowChanged);
    m_fleet->reopen(idOf(QStringLiteral("locked")));
    QTRY_VERIFY_WITH_TIMEOUT(row(QStringLiteral("locked")).reachable(), 10000);
    QCOMPARE(m_prompter.asked, 1);
}

void FleetServiceTest::eachClusterRefreshesOnItsOwnTimer()
{
    QVERIFY(refreshAll());
    QHash<QString, int> refreshes;
    connect(m_fleet.get(), &FleetService::rowChanged, this,
            [&](const FleetRow& changed) { ++refreshes[changed.connectionName]; });
    m_fleet->setInterval(100);
    QTRY_VERIFY_WITH_TIMEOUT(
        refreshes.value(QStringLiteral("follower")) >= 2 && refreshes.value(QStringLiteral("leader")) >= 2 &&
            refreshes.value(QStringLiteral("regional")) >= 2 && refreshes.value(QStringLiteral("archive")) >= 2,
        10000);
    QCOMPARE(refreshes.value(QStringLiteral("locked")), 0); // nothing to refresh, nothing asked
    m_fleet->setInterval(0);
}

void FleetServiceTest::silentKeychainDoesNotHoldUpTheFleet()
{
    SilentSecretStore silent;
    FleetDependencies dependencies;
    dependencies.network = &m_network;
    dependencies.secrets = &silent;
    dependencies.prompter = &m_prompter;
    FleetService fleet(dependencies);
    fleet.setDeadline(500);
    ConnectionProfile locked = profile(QStringLiteral("locked"), m_sandboxes->followerUrl());
    locked.authKind = ConnectionProfile::AuthKind::Basic;
    locked.username = QStringLiteral("ops");
    const ConnectionProfile open = profile(QStringLiteral("regional"), m_sandboxes->regionalUrl());
    fleet.setConnections({locked, open});
    QSignalSpy answered(&fleet, &FleetService::allAnswered);
    fleet.refreshAll();
    QVERIFY(answered.wait(5000));
    const FleetRow row = fleet.row(locked.id).value_or(FleetRow{});
    QCOMPARE(row.state, FleetRow::State::NotOpened);
    QVERIFY2(row.problem.contains(QStringLiteral("keychain")), qPrintable(row.problem));
    QVERIFY(fleet.row(open.id)->reachable());
    QCOMPARE(m_prompter.asked, 0);
    // Not a missing secret: the next refresh tries the keychain again (and is given up on again).
    fleet.refreshAll();
    QVERIFY(answered.wait(5000));
    QCOMPARE(fleet.row(locked.id)->state, FleetRow::State::NotOpened);
}

QTEST_GUILESS_MAIN(FleetServiceTest)
#include "tst_fleetservice.moc"
