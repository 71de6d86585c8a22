// What a refresh of the follower list costs end to end with a large deployment: the sandbox holds N followers
// (10,000 by default); each round asks for GET /_all/_ccr/info and GET /_ccr/stats concurrently through the core's
// typed API over loopback and waits for both typed results. Prints the sandbox's set-up time and the median round
// time, split into "request to last byte" and parsing. `--quick` uses 2,000 followers and 3 rounds (CTest does).

#include "AwaitJob.h"
#include "SandboxClient.h"
#include "core/ccr/CcrApi.h"
#include "core/es/EsClient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <algorithm>
#include <cstdio>
#include <cstring>

using namespace duper;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    bool quick = false;
    int followers = 10'000;
    int rounds = 7;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--quick") == 0) {
            quick = true;
        } else if (std::strcmp(argv[i], "--followers") == 0 && i + 1 < argc) {
            followers = std::max(1, std::atoi(argv[++i]));
        }
    }
    if (quick) {
        followers = std::min(followers, 2'000);
        rounds = 3;
    }

    sandbox::SandboxOptions options = test::SandboxClient::defaultOptions();
    options.followers = followers;
    QElapsedTimer setup;
    setup.start();
    test::SandboxClient fixture(options);
    if (!fixture.started()) {
        std::fprintf(stderr, "bench_follower_refresh: %s\n", qPrintable(fixture.errorString()));
        return 1;
    }
    fixture.sandbox().indexLeaderDocuments(QStringLiteral("leader-00000"), 10);
    fixture.sandbox().advance(2);
    const qint64 setupMs = setup.elapsed();

    // A 10,000-follower answer takes a while to render in the same thread: a generous timeout.
    const std::unique_ptr<EsClient> client = fixture.makeClient(nullptr, 120'000);
    CcrApi api(client.get());

    QList<double> roundMs;
    qsizetype infoCount = 0;
    qsizetype statsCount = 0;
    qsizetype bytes = 0;
    for (int round = 0; round < rounds; ++round) {
        QElapsedTimer timer;
        timer.start();
        FollowInfoJob* info = api.followInfo();
        CcrStatsJob* stats = api.ccrStats();
        // Before either can finish: the one awaited second may finish (and deleteLater itself) during the first wait.
        info->setAutoDelete(false);
        stats->setAutoDelete(false);
        auto ownedInfo = test::await(info, 120'000);
        auto ownedStats = test::await(stats, 120'000);
        roundMs.append(double(timer.nsecsElapsed()) / 1e6);
        if (ownedInfo->hasError() || ownedStats->hasError()) {
            std::fprintf(stderr, "bench_follower_refresh: %s\n",
                         qPrintable((ownedInfo->hasError() ? ownedInfo->error() : ownedStats->error()).userMessage()));
            return 1;
        }
        infoCount = ownedInfo->result()->followers.size();
        statsCount = ownedStats->result()->followStats.indices.size();
        bytes = ownedInfo->body().size() + ownedStats->body().size();
    }
    std::sort(roundMs.begin(), roundMs.end());
    if (infoCount != followers || statsCount != followers) {
        std::fprintf(stderr, "bench_follower_refresh: expected %d followers, got %lld in info and %lld in stats\n",
                     followers, static_cast<long long>(infoCount), static_cast<long long>(statsCount));
        return 1;
    }
    std::printf("follower refresh, %d followers (%.1f MB of JSON per round)\n", followers,
                double(bytes) / (1024.0 * 1024.0));
    std::printf("  sandbox set-up                               %9lld ms\n", static_cast<long long>(setupMs));
    std::printf("  info + stats round, median of %d             %9.1f ms (min %.1f, max %.1f)\n", rounds,
                roundMs.at(roundMs.size() / 2), roundMs.first(), roundMs.last());
    return 0;
}
