// What CatchUpTracker::update costs the GUI thread each refresh of a large deployment: 10,000 active followers in a
// built (name-ordered) snapshot, their lag shrinking a little every refresh. Prints the first update (every follower
// new) and the median of the later ones (every follower known). `--quick` uses 1,000 followers (CTest does).

#include "core/trend/CatchUpTracker.h"

#include <QElapsedTimer>
#include <QList>
#include <algorithm>
#include <cstdio>
#include <cstring>

int main(int argc, char** argv)
{
    const bool quick = argc > 1 && std::strcmp(argv[1], "--quick") == 0;
    const int followers = quick ? 1'000 : 10'000;
    const int refreshes = quick ? 4 : 15;

    duper::FollowerSnapshot snapshot;
    snapshot.sortedByName = true;
    snapshot.rows.reserve(followers);
    for (int i = 0; i < followers; ++i) {
        duper::FollowerRow row;
        row.name = QStringLiteral("follower-%1").arg(i, 5, 10, QLatin1Char('0'));
        row.state = duper::FollowerState::Active;
        row.lag = 100'000 - i % 7;
        row.shards.append(duper::ShardFollowStats{});
        snapshot.rows.append(row);
    }

    duper::CatchUpTracker tracker;
    double firstMs = 0;
    QList<double> laterMs;
    for (int refresh = 0; refresh < refreshes; ++refresh) {
        snapshot.takenAtMs = 1767225600000 + qint64(refresh) * 10'000;
        for (duper::FollowerRow& row : snapshot.rows)
            row.lag -= 10;
        QElapsedTimer timer;
        timer.start();
        tracker.update(snapshot);
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        if (refresh == 0)
            firstMs = ms;
        else
            laterMs.append(ms);
    }
    std::sort(laterMs.begin(), laterMs.end());
    std::printf("bench_catchup_tracker: %d followers: first update %.2f ms, later updates median %.2f ms (%lld)\n",
                followers, firstMs, laterMs.at(laterMs.size() / 2), static_cast<long long>(laterMs.size()));
    return tracker.samples(QStringLiteral("follower-00000")).isEmpty() ? 1 : 0;
}
