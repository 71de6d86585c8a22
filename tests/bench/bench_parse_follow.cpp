// Parse time of the follower-list bodies of a large deployment: 10,000 followers' follow_info and GET /_ccr/stats,
// through our simdjson on-demand parsers and, for comparison, through QJsonDocument::fromJson alone (which only
// builds a DOM; reading fields out of it would cost more). Prints medians; `--quick` runs 3 times (CTest does);
// `--ours-only --runs N` leaves QJsonDocument out, so a profiler sees only our parsers.

#include "FollowerBodyGenerator.h"
#include "core/ccr/CcrStatsResponse.h"
#include "core/ccr/FollowInfoResponse.h"
#include "core/ccr/FollowStatsResponse.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QList>
#include <algorithm>
#include <cstdio>
#include <cstring>
#include <functional>

namespace {

double medianMs(int runs, const std::function<bool()>& parse, bool* ok)
{
    QList<double> times;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const bool parsed = parse();
        times.append(double(timer.nsecsElapsed()) / 1e6);
        *ok = *ok && parsed;
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

void report(const char* what, qsizetype bytes, double ms)
{
    std::printf("  %-44s %9.2f ms  %8.1f MB/s\n", what, ms, double(bytes) / (1024.0 * 1024.0) / (ms / 1000.0));
}

} // namespace

int main(int argc, char** argv)
{
    bool quick = false;
    bool oursOnly = false;
    int runs = 15;
    int followers = 10'000;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--quick") == 0)
            quick = true;
        else if (std::strcmp(argv[i], "--ours-only") == 0)
            oursOnly = true;
        else if (std::strcmp(argv[i], "--runs") == 0 && i + 1 < argc)
            runs = std::max(1, std::atoi(argv[++i]));
        else if (std::strcmp(argv[i], "--followers") == 0 && i + 1 < argc)
            followers = std::max(1, std::atoi(argv[++i]));
    }
    if (quick)
        runs = 3;

    duper::test::FollowerBodyGenerator::Options options;
    options.followers = followers;
    options.pausedEvery = 20;        // 5 % paused: in follow_info, absent from the stats
    options.readExceptionEvery = 50; // 2 % retrying reads
    options.fatalEvery = 500;        // a few stopped on a fatal exception
    const duper::test::FollowerBodyGenerator generator(options);

    QElapsedTimer generation;
    generation.start();
    const QByteArray info = generator.followInfoBody();
    const QByteArray ccr = generator.ccrStatsBody();
    const QByteArray stats = generator.followStatsBody();
    const qint64 generationMs = generation.elapsed();

    std::printf("bench_parse_follow: %d followers (%d active, 1 shard each), median of %d runs%s\n", followers,
                generator.activeFollowers(), runs, quick ? " (--quick)" : "");
    std::printf("  follow_info body  %10lld bytes\n", static_cast<long long>(info.size()));
    std::printf("  ccr stats body    %10lld bytes\n", static_cast<long long>(ccr.size()));
    std::printf("  info + ccr stats  %10lld bytes (%.1f MB), generated in %lld ms\n",
                static_cast<long long>(info.size() + ccr.size()), double(info.size() + ccr.size()) / (1024.0 * 1024.0),
                static_cast<long long>(generationMs));

    bool ok = true;
    qsizetype parsedFollowers = 0;
    qsizetype parsedIndices = 0;
    const double infoMs = medianMs(
        runs,
        [&] {
            const std::optional<duper::FollowInfoResponse> response = duper::FollowInfoResponse::parse(info);
            parsedFollowers = response ? response->followers.size() : -1;
            return response.has_value();
        },
        &ok);
    const double ccrMs = medianMs(
        runs,
        [&] {
            const std::optional<duper::CcrStatsResponse> response = duper::CcrStatsResponse::parse(ccr);
            parsedIndices = response ? response->followStats.indices.size() : -1;
            return response.has_value();
        },
        &ok);
    const double statsMs = medianMs(
        runs, [&] { return duper::FollowStatsResponse::parse(stats).has_value(); }, &ok);
    const double infoDomMs = oursOnly ? 0
                                      : medianMs(
                                            runs, [&] { return QJsonDocument::fromJson(info).isObject(); }, &ok);
    const double ccrDomMs = oursOnly ? 0
                                     : medianMs(
                                           runs, [&] { return QJsonDocument::fromJson(ccr).isObject(); }, &ok);

    std::printf("simdjson on-demand into structs:\n");
    report("FollowInfoResponse::parse", info.size(), infoMs);
    report("CcrStatsResponse::parse", ccr.size(), ccrMs);
    report("FollowStatsResponse::parse", stats.size(), statsMs);
    report("follow_info + ccr stats", info.size() + ccr.size(), infoMs + ccrMs);
    if (!oursOnly) {
        std::printf("QJsonDocument::fromJson (DOM only, no field extraction):\n");
        report("follow_info", info.size(), infoDomMs);
        report("ccr stats", ccr.size(), ccrDomMs);
        report("follow_info + ccr stats", info.size() + ccr.size(), infoDomMs + ccrDomMs);
        std::printf("speed-up (QJsonDocument / ours): %.1fx\n", (infoDomMs + ccrDomMs) / (infoMs + ccrMs));
    }

    if (!ok || parsedFollowers != followers || parsedIndices != generator.activeFollowers()) {
        std::printf("FAILED: a body did not parse (followers %lld, stats indices %lld)\n",
                    static_cast<long long>(parsedFollowers), static_cast<long long>(parsedIndices));
        return 1;
    }
    return 0;
}
