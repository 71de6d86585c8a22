#pragma once

#include "sandbox/HttpLimits.h"

#include <QList>
#include <QPair>
#include <QSet>
#include <QString>
#include <QStringList>

namespace duper::sandbox {

// How to start a sandbox; `duper sandbox`'s command line maps onto this one to one.
struct SandboxOptions
{
    quint16 followerPort = 0; // REST ports, 0 = any free port
    quint16 leaderPort = 0;
    QString followerClusterName = QStringLiteral("follower");
    QString leaderClusterName = QStringLiteral("leader");
    QString remoteAlias = QStringLiteral("leader"); // remote cluster alias configured on the follower
    int followers = 0;                              // leader indices pre-created with a follower each
    int shardsPerIndex = 1;
    bool workload = false; // keep indexing into the leader indices
    // The workload comes in bursts, each leader index on its own schedule (implies workload); with a read rate
    // below the burst rate the followers fall behind during a burst and catch up after it.
    bool burstyWorkload = false;
    int workloadDocsPerTick = 50;
    int readOperationsPerSecond = 0; // per follower shard: what the link to the leader carries; 0 = no limit
    int tickIntervalMs = 1000;                      // real-time replication tick; <= 0 = only advance() moves things
    QList<QPair<QString, QString>> users;           // name, password
    QList<QPair<QString, QString>> restrictedUsers; // authenticate but lack manage_ccr
    QList<QPair<QString, QString>> apiKeys;         // id, key
    QString scenario;                               // "dr": the disaster-recovery drill (DrScenario); empty = none
    // Faults
    bool remoteDisconnected = false;
    QSet<QString> fatalFollowers;
    QSet<QString> failingReadFollowers;
    QSet<QString> divergingFollowers; // emulator-only: see FaultInjector::divergingFollowers
    int latencyMs = 0;
    double errorRate = 0.0;
    bool hang = false;
    HttpLimits httpLimits; // tests shorten the idle timeout and the connection cap

    // Parses `duper sandbox`'s arguments (without argv[0]); on failure returns false and sets `error`.
    bool parseArguments(const QStringList& arguments, QString* error);
    static QString usage();
};

} // namespace duper::sandbox
