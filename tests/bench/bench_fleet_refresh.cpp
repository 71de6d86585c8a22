// What a refresh of a large fleet costs: S in-process sandboxes (2 clusters each, so 2·S saved connections) whose
// follower clusters hold F followers in total; each round FleetService refreshes every connection at once (GET /,
// license, follow info, CCR stats, auto-follow patterns, remote info, nodes per cluster) until all have answered,
// then the topology is built. Prints the median round and topology time. Default: 25 sandboxes (50 connections),
// 10,000 followers; `--quick` uses 10 sandboxes, 1,000 followers and 2 rounds (CTest does). The sandboxes answer in
// this thread, so a round includes their work too: an upper bound for the fleet's own cost.

#include "core/connections/ConnectionProfile.h"
#include "core/fleet/FleetService.h"
#include "core/fleet/FleetTopologyRules.h"
#include "sandbox/Sandbox.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <algorithm>
#include <cstdio>
#include <cstring>
#include <memory>

using namespace duper;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    int sandboxes = 25;
    int followers = 10'000;
    int rounds = 5;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--quick") == 0) {
            sandboxes = 10;
            followers = 1'000;
            rounds = 2;
        }
    }

    QElapsedTimer setup;
    setup.start();
    std::vector<std::unique_ptr<sandbox::Sandbox>> running;
    QList<ConnectionProfile> profiles;
    for (int s = 0; s < sandboxes; ++s) {
        sandbox::SandboxOptions options;
        options.tickIntervalMs = 0;
        options.followers = followers / sandboxes;
        options.followerClusterName = QStringLiteral("follower-%1").arg(s);
        options.leaderClusterName = QStringLiteral("leader-%1").arg(s);
        auto box = std::make_unique<sandbox::Sandbox>(options);
        QString error;
        if (!box->start(&error)) {
            std::fprintf(stderr, "bench_fleet_refresh: %s\n", qPrintable(error));
            return 1;
        }
        box->advance(1);
        for (const auto& [name, url] : {std::pair{options.followerClusterName, box->followerUrl()},
                                        std::pair{options.leaderClusterName, box->leaderUrl()}}) {
            ConnectionProfile profile = ConnectionProfile::create(name);
            profile.urls = {url};
            profiles.append(profile);
        }
        running.push_back(std::move(box));
    }
    const qint64 setupMs = setup.elapsed();

    QNetworkAccessManager network;
    FleetDependencies dependencies;
    dependencies.network = &network;
    FleetService fleet(dependencies);
    fleet.setDeadline(120'000);
    fleet.setConnections(profiles);

    QList<double> roundMs;
    QList<double> topologyMs;
    int counted = 0;
    qsizetype edges = 0;
    for (int round = 0; round < rounds; ++round) {
        QElapsedTimer timer;
        timer.start();
        QEventLoop loop;
        QObject::connect(&fleet, &FleetService::allAnswered, &loop, &QEventLoop::quit);
        fleet.refreshAll();
        loop.exec();
        roundMs.append(double(timer.nsecsElapsed()) / 1e6);
        counted = 0;
        for (const FleetRow& row : fleet.rows()) {
            if (!row.reachable()) {
                std::fprintf(stderr, "bench_fleet_refresh: %s: %s\n", qPrintable(row.connectionName),
                             qPrintable(row.problem));
                return 1;
            }
            counted += row.followerCount();
        }
        QElapsedTimer topologyTimer;
        topologyTimer.start();
        edges = fleet.topology().edges.size();
        topologyMs.append(double(topologyTimer.nsecsElapsed()) / 1e6);
    }
    std::sort(roundMs.begin(), roundMs.end());
    std::sort(topologyMs.begin(), topologyMs.end());
    const int expected = (followers / sandboxes) * sandboxes;
    if (counted != expected || edges != sandboxes) {
        std::fprintf(stderr, "bench_fleet_refresh: expected %d followers and %d edges, got %d and %lld\n", expected,
                     sandboxes, counted, static_cast<long long>(edges));
        return 1;
    }
    std::printf("fleet refresh, %lld connections, %d followers in total\n", static_cast<long long>(profiles.size()),
                counted);
    std::printf("  sandboxes set-up                             %9lld ms\n", static_cast<long long>(setupMs));
    std::printf("  every connection refreshed, median of %d     %9.1f ms (min %.1f, max %.1f)\n", rounds,
                roundMs.at(roundMs.size() / 2), roundMs.first(), roundMs.last());
    std::printf("  topology built, median                       %9.2f ms\n", topologyMs.at(topologyMs.size() / 2));
    return 0;
}
