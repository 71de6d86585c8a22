// The rules of migrating a certificate remote to a cross-cluster API key: ApiKeyMigrationPlan::build (what is
// paused and resumed, what is left alone, what refuses, an earlier run's state), the state kept across runs
// (ApiKeyMigrationState, ApiKeyMigrationStateStore) and the exact write-back of the saved settings on a rollback.
#include "core/ccr/RemoteClusterSettings.h"
#include "core/security/ApiKeyMigrationPlan.h"
#include "core/security/ApiKeyMigrationStateStore.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace duper;

class ApiKeyMigrationPlanTest : public QObject
{
    Q_OBJECT

private slots:
    void pausesTheActiveOnesOfTheAlias();
    void refusesAnAliasItCannotSwitch();
    void aliasWithACredentialIsAlreadyMigrated();
    void earlierRunIsResumed();
    void stateRoundTripsThroughTheStore();
    void exactSettingsClearWhatTheyLack();

private:
    static FollowerInfo follower(const QString& name, const QString& remote, FollowerStatus status)
    {
        FollowerInfo info;
        info.followerIndex = name;
        info.leaderIndex = name;
        info.remoteCluster = remote;
        info.status = status;
        return info;
    }
    static AutoFollowPattern pattern(const QString& name, const QString& remote, bool active)
    {
        AutoFollowPattern result;
        result.name = name;
        result.remoteCluster = remote;
        result.active = active;
        return result;
    }
    static RemoteClusterSettings sniff(const QString& alias)
    {
        RemoteClusterSettings settings;
        settings.alias = alias;
        settings.mode = RemoteClusterMode::Sniff;
        settings.seeds = {QStringLiteral("10.0.0.1:9300"), QStringLiteral("10.0.0.2:9300")};
        settings.skipUnavailable = false;
        return settings;
    }
    static FollowInfoResponse followInfo()
    {
        FollowInfoResponse info;
        info.followers = {follower(QStringLiteral("b-copy"), QStringLiteral("dc1"), FollowerStatus::Active),
                          follower(QStringLiteral("a-copy"), QStringLiteral("dc1"), FollowerStatus::Active),
                          follower(QStringLiteral("held"), QStringLiteral("dc1"), FollowerStatus::Paused),
                          follower(QStringLiteral("other"), QStringLiteral("dc2"), FollowerStatus::Active)};
        return info;
    }
    static QList<AutoFollowPattern> patterns()
    {
        QList<AutoFollowPattern> list{pattern(QStringLiteral("logs"), QStringLiteral("dc1"), true),
                                      pattern(QStringLiteral("off"), QStringLiteral("dc1"), false),
                                      pattern(QStringLiteral("elsewhere"), QStringLiteral("dc2"), true)};
        list[0].leaderIndexPatterns = {QStringLiteral("logs-*")};
        list[1].leaderIndexPatterns = {QStringLiteral("old-*")};
        list[2].leaderIndexPatterns = {QStringLiteral("not-ours-*")};
        return list;
    }
};

void ApiKeyMigrationPlanTest::pausesTheActiveOnesOfTheAlias()
{
    ClusterSettingsResponse settings;
    settings.remotes = {sniff(QStringLiteral("dc1")), sniff(QStringLiteral("dc2"))};
    RemoteInfoResponse remotes;
    const auto plan =
        ApiKeyMigrationPlan::build(QStringLiteral("dc1"), settings, remotes, followInfo(), patterns(), {});
    QVERIFY(plan.problems.isEmpty());
    QVERIFY(!plan.resumed);
    QVERIFY(!plan.alreadyMigrated);
    QCOMPARE(plan.followersToPause, (QStringList{QStringLiteral("a-copy"), QStringLiteral("b-copy")}));
    QCOMPARE(plan.patternsToPause, QStringList{QStringLiteral("logs")});
    QCOMPARE(plan.leftPaused, QStringList{QStringLiteral("held")}); // the user's pause is not undone
    QCOMPARE(plan.followersToResume(), plan.followersToPause);
    // What the key must let replicate: the alias's followers' leader indices and its patterns', paused or not.
    QCOMPARE(plan.leaderIndices,
             (QStringList{QStringLiteral("a-copy"), QStringLiteral("b-copy"), QStringLiteral("held"),
                          QStringLiteral("logs-*"), QStringLiteral("old-*")}));
    QCOMPARE(plan.previous.seeds, sniff(QStringLiteral("dc1")).seeds);
    QCOMPARE(ApiKeyMigrationPlan::describe(plan.previous),
             QStringLiteral("sniff mode on 10.0.0.1:9300, 10.0.0.2:9300"));
    const QJsonObject json = plan.toJson();
    QCOMPARE(json.value(QStringLiteral("previous_settings")).toObject().value(QStringLiteral("mode")).toString(),
             QStringLiteral("sniff"));
    QCOMPARE(json.value(QStringLiteral("followers_to_pause")).toArray().size(), 2);
}

void ApiKeyMigrationPlanTest::refusesAnAliasItCannotSwitch()
{
    ClusterSettingsResponse settings;
    RemoteClusterSettings transient = sniff(QStringLiteral("dc1"));
    transient.persistent = false;
    settings.remotes = {transient};
    const auto plan =
        ApiKeyMigrationPlan::build(QStringLiteral("dc1"), settings, {}, followInfo(), patterns(), std::nullopt);
    QCOMPARE(plan.problems.size(), 1);
    QVERIFY2(plan.problems.first().contains(QLatin1String("transient")), qPrintable(plan.problems.first()));

    const auto unknown = ApiKeyMigrationPlan::build(QStringLiteral("nope"), settings, {}, {}, {}, std::nullopt);
    QCOMPARE(unknown.problems.size(), 1);
    QVERIFY(unknown.problems.first().contains(QLatin1String("no remote cluster nope")));
}

void ApiKeyMigrationPlanTest::aliasWithACredentialIsAlreadyMigrated()
{
    ClusterSettingsResponse settings;
    settings.remotes = {sniff(QStringLiteral("dc1"))};
    RemoteInfoResponse remotes;
    RemoteClusterInfo info;
    info.alias = QStringLiteral("dc1");
    info.connected = true;
    info.clusterCredentials = QStringLiteral("::es_redacted::");
    remotes.remotes = {info};
    const auto plan =
        ApiKeyMigrationPlan::build(QStringLiteral("dc1"), settings, remotes, followInfo(), patterns(), {});
    QVERIFY(plan.alreadyMigrated);
    QVERIFY(plan.problems.isEmpty());
}

void ApiKeyMigrationPlanTest::earlierRunIsResumed()
{
    // The first run paused a-copy, b-copy and logs and switched the alias; b-copy was resumed before it stopped.
    ApiKeyMigrationState earlier;
    earlier.alias = QStringLiteral("dc1");
    earlier.previous = sniff(QStringLiteral("dc1"));
    earlier.pausedFollowers = {QStringLiteral("a-copy"), QStringLiteral("b-copy")};
    earlier.pausedPatterns = {QStringLiteral("logs")};
    FollowInfoResponse info = followInfo();
    info.followers[1].status = FollowerStatus::Paused; // a-copy
    ClusterSettingsResponse settings;
    RemoteClusterSettings switched;
    switched.alias = QStringLiteral("dc1");
    switched.mode = RemoteClusterMode::Proxy;
    switched.proxyAddress = QStringLiteral("10.0.0.9:9443");
    settings.remotes = {switched};
    QList<AutoFollowPattern> all = patterns();
    all[0].active = false; // logs, paused by the first run
    const auto plan = ApiKeyMigrationPlan::build(QStringLiteral("dc1"), settings, {}, info, all, earlier);
    QVERIFY(plan.resumed);
    QCOMPARE(plan.previous.seeds, earlier.previous.seeds); // the saved settings, not the switched ones
    QCOMPARE(plan.followersToPause, QStringList{QStringLiteral("b-copy")});
    QVERIFY(plan.patternsToPause.isEmpty());
    QCOMPARE(plan.leftPaused, QStringList{QStringLiteral("held")});
    QCOMPARE(plan.followersToResume(), (QStringList{QStringLiteral("a-copy"), QStringLiteral("b-copy")}));
    QCOMPARE(plan.patternsToResume(), QStringList{QStringLiteral("logs")});
}

void ApiKeyMigrationPlanTest::stateRoundTripsThroughTheStore()
{
    QTemporaryDir dir;
    ApiKeyMigrationStateStore store(dir.path() + QStringLiteral("/migrations"));
    QVERIFY(!store.load(QStringLiteral("uuid-1"), QStringLiteral("dc1")));
    ApiKeyMigrationState state;
    state.alias = QStringLiteral("dc1");
    state.previous = sniff(QStringLiteral("dc1"));
    state.previous.nodeConnections = 3;
    state.pausedFollowers = {QStringLiteral("a-copy")};
    state.pausedPatterns = {QStringLiteral("logs")};
    QString error;
    QVERIFY2(store.save(QStringLiteral("uuid-1"), state, &error), qPrintable(error));
    QVERIFY(!store.load(QStringLiteral("uuid-2"), QStringLiteral("dc1"))); // another follower cluster
    const auto loaded = store.load(QStringLiteral("uuid-1"), QStringLiteral("dc1"));
    QVERIFY(loaded);
    QCOMPARE(loaded->previous.mode, std::optional(RemoteClusterMode::Sniff));
    QCOMPARE(loaded->previous.seeds, state.previous.seeds);
    QCOMPARE(loaded->previous.skipUnavailable, std::optional(false));
    QCOMPARE(loaded->previous.nodeConnections, std::optional(3));
    QVERIFY(loaded->previous.proxyAddress.isEmpty());
    QCOMPARE(loaded->pausedFollowers, state.pausedFollowers);
    QCOMPARE(loaded->pausedPatterns, state.pausedPatterns);
    store.remove(QStringLiteral("uuid-1"), QStringLiteral("dc1"));
    QVERIFY(!store.load(QStringLiteral("uuid-1"), QStringLiteral("dc1")));
}

void ApiKeyMigrationPlanTest::exactSettingsClearWhatTheyLack()
{
    RemoteClusterSettings previous;
    previous.alias = QStringLiteral("dc1");
    previous.seeds = {QStringLiteral("10.0.0.1:9300")}; // no mode: sniff by default
    previous.exact = true;
    const QJsonObject section = previous.toJson().value(QStringLiteral("persistent")).toObject();
    const QString prefix = QStringLiteral("cluster.remote.dc1.");
    QCOMPARE(section.value(prefix + QStringLiteral("seeds")).toArray().size(), 1);
    for (const char* key :
         {"mode", "proxy_address", "server_name", "skip_unavailable", "node_connections", "proxy_socket_connections"}) {
        QVERIFY2(section.contains(prefix + QLatin1String(key)), key);
        QVERIFY2(section.value(prefix + QLatin1String(key)).isNull(), key);
    }
}

QTEST_GUILESS_MAIN(ApiKeyMigrationPlanTest)
#include "tst_apikeymigrationplan.moc"
