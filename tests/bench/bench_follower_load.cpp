// Loading the Follower indices table from a large cluster, as the GUI does it: from starting a FollowerSnapshotJob
// to a FollowerTableModel (behind its FollowerFilterProxyModel, sorted by name) holding every row. For each shape it
// reports the median load time, the same two downloads by two parallel curl processes, their ratio, the peak RSS
// (VmHWM, reset per shape) and how long the GUI thread went without serving a 1 ms heartbeat timer: in wall time and
// in the time it actually ran (on a loaded machine the thread also waits for a core). For the longest run it also
// says when in its load it ended and how many page faults the GUI thread took in it: on a virtual machine whose host
// takes freed memory back, a fault costs tens of microseconds, so a run made long by faults is the machine's.
//
// Two modes:
//   bench_follower_load --duper PATH      a separate `duper sandbox` per shape (10,000x1, 1,000x5); `--quick` (CTest)
//   bench_follower_load --url URL --rows N  any server: the static-fixture server (tests/bench/run-speed.sh), a
//                                           sandbox, a real cluster without authentication
// Each round also downloads the two bodies without parsing them (DownloadFloor): by two curl processes, by plain
// sockets in this process and by EsClient alone (the last two after the rounds, once the peak RSS is read).
// Other options: --rounds N, --ratio-target X, --summary-json FILE (one object per shape, for run-speed.sh),
// --no-curl (only our loads, none of the downloads beside them, e.g. under valgrind --tool=callgrind); what-ifs for
// proposals: --no-proxy (no sorting proxy), --no-stream (parse each body once it is complete instead of while it
// arrives), --parse-threads N and --parse-priority idle|normal (instead of FollowerRefresher's one low-priority
// thread); --rss-per-round prints the resident set after the warm-up and after each round (to stderr), to tell a
// steady state from a creeping heap.
// Targets from issue 13: <= 1.5x curl (1,000x5: <= 1.2x), peak RSS <= 60 MB, the GUI thread never runs > 16 ms.

#include "DownloadFloor.h"
#include "ProcessMeters.h"
#include "SandboxProcess.h"
#include "core/AllocatorArenas.h"
#include "core/ccr/CcrApi.h"
#include "core/es/EsClient.h"
#include "core/followers/FollowerRefresher.h"
#include "core/followers/FollowerSnapshotJob.h"
#include "ui/followers/FollowerFilterProxyModel.h"
#include "ui/followers/FollowerTableModel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QThread>
#include <QThreadPool>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <cstring>

using namespace duper;
using duper::bench::ProcessMeters;

namespace {

struct LoadRound
{
    double ms = 0;
    double worstStallMs = 0;    // the longest the heartbeat waited beyond its 1 ms, wall time
    double worstStallCpuMs = 0; // of that stall, the time the GUI thread actually ran
    double worstRunMs = 0;      // the most the GUI thread ran between two heartbeats (issue 13's "runs > 16 ms")
    qint64 worstRunFaults = 0;  // page faults the GUI thread took in that run
    double worstRunEndMs = 0;   // when that run ended, from the start of the load
    double cpuMs = 0;           // CPU time of all our threads during the load
    double applyMs = 0; // applySnapshot (model + proxy), the one piece on the GUI thread that grows with the rows
    int rows = 0;
    QString error;
};

// One load into a fresh model + proxy, with the 1 ms heartbeat running the whole time.
LoadRound loadOnce(CcrApi& api, QThreadPool& parsePool, bool withProxy)
{
    LoadRound round;
    ui::FollowerTableModel model;
    ui::FollowerFilterProxyModel proxy;
    if (withProxy)
        proxy.setSourceModel(&model);

    QElapsedTimer heartbeat;
    QTimer timer;
    timer.setTimerType(Qt::PreciseTimer);
    timer.setInterval(1);
    qint64 worstGapNs = 0;
    qint64 worstGapCpuNs = 0;
    qint64 worstRunNs = 0;
    qint64 cpuAtBeat = ProcessMeters::threadCpuNs();
    qint64 faultsAtBeat = ProcessMeters::threadPageFaults();
    QElapsedTimer clock;
    const auto beat = [&]() {
        const qint64 gap = heartbeat.nsecsElapsed();
        const qint64 cpu = ProcessMeters::threadCpuNs();
        const qint64 faults = ProcessMeters::threadPageFaults();
        if (gap > worstGapNs) {
            worstGapNs = gap;
            worstGapCpuNs = cpu - cpuAtBeat;
        }
        if (cpu - cpuAtBeat > worstRunNs) {
            worstRunNs = cpu - cpuAtBeat;
            round.worstRunFaults = faults - faultsAtBeat;
            round.worstRunEndMs = double(clock.nsecsElapsed()) / 1e6;
        }
        cpuAtBeat = cpu;
        faultsAtBeat = faults;
        heartbeat.restart();
    };
    QObject::connect(&timer, &QTimer::timeout, beat);

    QEventLoop loop;
    const double cpuAtStart = ProcessMeters::processCpuMs();
    heartbeat.start();
    timer.start();
    clock.start();
    auto* job = new FollowerSnapshotJob(&api, nullptr, &parsePool);
    QObject::connect(job, &FollowerSnapshotJob::finished, &loop, [&](FollowerSnapshotJob* finished) {
        if (finished->hasError())
            round.error = finished->error().userMessage();
        else {
            QElapsedTimer apply;
            apply.start();
            model.applySnapshot(finished->result());
            round.applyMs = double(apply.nsecsElapsed()) / 1e6;
        }
        round.ms = double(clock.nsecsElapsed()) / 1e6;
        loop.quit();
    });
    loop.exec();
    round.cpuMs = ProcessMeters::processCpuMs() - cpuAtStart;
    timer.stop();
    beat();
    // Lateness beyond the 1 ms interval.
    round.worstStallMs = std::max(0.0, double(worstGapNs) / 1e6 - 1.0);
    round.worstStallCpuMs = double(worstGapCpuNs) / 1e6;
    round.worstRunMs = double(worstRunNs) / 1e6;
    round.rows = withProxy ? proxy.rowCount() : model.rowCount();
    return round;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

QJsonArray toJson(const QList<double>& values)
{
    QJsonArray array;
    for (const double value : values)
        array.append(value);
    return array;
}

struct Shape
{
    int followers;
    int shards;
    double ratioTarget;
};

struct Options
{
    bool quick = false;
    bool curl = true;
    bool proxy = true;    // --no-proxy: the model alone, to show what the sorting proxy costs the GUI thread
    int parseThreads = 0; // --parse-threads N: override FollowerRefresher's pool (what-if, not the app's setting)
    const char* parsePriority = nullptr; // --parse-priority idle|normal: same
    bool rssPerRound = false;            // --rss-per-round
    bool stream = true; // --no-stream: parse the bodies once complete (EsClient::setParsesWhileArriving)
    QString duper = qEnvironmentVariable("DUPER_EXECUTABLE");
    QUrl url;
    int rows = -1; // expected rows with --url; -1 = any
    int rounds = 0;
    double ratioTarget = 0;
    QString summaryJson;
};

// Loads `rounds` times from `url` (after a warm-up), alternating with curl; prints one line and returns its figures,
// or an empty object after printing why it failed.
QJsonObject measure(const QUrl& url, const QString& label, int expectedRows, double ratioTarget, int rounds,
                    const Options& options)
{
    QNetworkAccessManager network;
    EsEndpoint endpoint;
    endpoint.baseUrl = url;
    endpoint.transferTimeoutMs = 120'000;
    EsClient client(&network, endpoint);
    client.setParsesWhileArriving(options.stream);
    CcrApi api(&client);
    // Parsed the way the Follower indices tab parses (FollowerRefresher's pool).
    QThreadPool parsePool;
    FollowerRefresher::configureParsePool(parsePool);
    if (options.parseThreads > 0)
        parsePool.setMaxThreadCount(options.parseThreads);
    if (options.parsePriority)
        parsePool.setThreadPriority(std::strcmp(options.parsePriority, "idle") == 0 ? QThread::IdlePriority
                                                                                    : QThread::NormalPriority);

    // A warm-up round each (connections, first-touch allocations), then alternate ours and curl.
    const LoadRound warmUp = loadOnce(api, parsePool, options.proxy);
    if (!warmUp.error.isEmpty()) {
        std::fprintf(stderr, "bench_follower_load: %s\n", qPrintable(warmUp.error));
        return {};
    }
    if (options.rssPerRound)
        std::fprintf(stderr, "after the warm-up: RSS %lld MB\n",
                     static_cast<long long>(ProcessMeters::statusKb("VmRSS:") / 1024));
    // The same two downloads without parsing: by curl processes (the reference), and in this process by plain
    // sockets and by our client, so the report says how far above the wire itself a load is on this machine.
    // The in-process ones run after our rounds, once the peak RSS is read: their buffers are not the window's.
    bench::DownloadFloor floor(url, {QStringLiteral("/_all/_ccr/info"), QStringLiteral("/_ccr/stats")});
    QString floorError;
    if (options.curl && floor.curlProcessesMs(&floorError) < 0) {
        std::fprintf(stderr, "bench_follower_load: %s\n", qPrintable(floorError));
        return {};
    }
    QList<double> ours;
    QList<double> curl;
    QList<double> sockets;
    QList<double> receiving;
    QList<double> apply;
    QList<double> cpu;
    double worstStall = 0;
    double worstStallCpu = 0;
    double worstRun = 0;
    LoadRound worstRunRound; // the round holding the longest run: when it ended and how many page faults it took
    int rows = warmUp.rows;
    // Where the CPU time goes, thread by thread, over the rounds (curl runs in processes of its own).
    const QHash<QByteArray, qint64> threadsBefore = ProcessMeters::cpuNsByThreadName();
    for (int round = 0; round < rounds; ++round) {
        const LoadRound load = loadOnce(api, parsePool, options.proxy);
        if (!load.error.isEmpty() || (expectedRows >= 0 && load.rows != expectedRows)) {
            std::fprintf(stderr, "bench_follower_load: %s (%d rows, expected %d)\n", qPrintable(load.error), load.rows,
                         expectedRows);
            return {};
        }
        rows = load.rows;
        if (options.rssPerRound)
            std::fprintf(stderr, "after round %d: RSS %lld MB, peak %lld MB\n", round + 1,
                         static_cast<long long>(ProcessMeters::statusKb("VmRSS:") / 1024),
                         static_cast<long long>(ProcessMeters::statusKb("VmHWM:") / 1024));
        ours.append(load.ms);
        if (load.worstStallMs > worstStall) {
            worstStall = load.worstStallMs;
            worstStallCpu = load.worstStallCpuMs;
        }
        if (load.worstRunMs > worstRun) {
            worstRun = load.worstRunMs;
            worstRunRound = load;
        }
        apply.append(load.applyMs);
        cpu.append(load.cpuMs);
        if (!options.curl)
            continue;
        const double curlMs = floor.curlProcessesMs(&floorError);
        if (curlMs < 0) {
            std::fprintf(stderr, "bench_follower_load: %s\n", qPrintable(floorError));
            return {};
        }
        curl.append(curlMs);
    }
    const QHash<QByteArray, qint64> threadsAfter = ProcessMeters::cpuNsByThreadName();
    const auto perLoadMs = [&](const char* name) {
        return double(threadsAfter.value(name) - threadsBefore.value(name)) / 1e6 / std::max(rounds, 1);
    };
    const double parseCpuMs = perLoadMs("Thread (pooled)");
    const double networkCpuMs = perLoadMs("QNetworkAccessM");
    const double guiCpuMs = perLoadMs("main");
    const double rssMb = double(ProcessMeters::statusKb("VmHWM:")) / 1024.0;
    for (int round = 0; options.curl && round <= rounds; ++round) {
        const double socketsMs = floor.rawSocketsMs(&floorError);
        const double receivingMs = floor.esClientMs(client, &floorError);
        if (socketsMs < 0 || receivingMs < 0) {
            std::fprintf(stderr, "bench_follower_load: %s\n", qPrintable(floorError));
            return {};
        }
        if (round > 0) { // the first round sizes the buffers
            sockets.append(socketsMs);
            receiving.append(receivingMs);
        }
    }
    const double oursMs = median(ours);
    const double curlMs = median(curl);
    const double ratio = options.curl ? oursMs / std::max(curlMs, 0.001) : 0;
    const bool met = (!options.curl || ratio <= ratioTarget) && rssMb <= 60.0 && worstRun <= 16.0;
    std::printf("follower-load %s: ours %.1f ms, curl %.1f ms, ratio %.2fx (target %.1fx), peak RSS %.0f MB, "
                "GUI thread ran at most %.1f ms at a stretch (%lld page faults in it, ended %.1f ms into a %.1f ms "
                "load); worst stall %.1f ms (%.1f ms of it running); model apply %.1f ms; CPU %.0f ms a load (parse "
                "threads %.1f, network %.1f, GUI %.1f); median of %d rounds, %d rows%s\n",
                qPrintable(label), oursMs, curlMs, ratio, ratioTarget, rssMb, worstRun,
                static_cast<long long>(worstRunRound.worstRunFaults), worstRunRound.worstRunEndMs, worstRunRound.ms,
                worstStall, worstStallCpu, median(apply), median(cpu), parseCpuMs, networkCpuMs, guiCpuMs, rounds, rows,
                met ? "" : "  [target missed]");
    if (options.curl)
        std::printf("follower-load floor: the same downloads in this process, not parsed: plain sockets %.1f ms "
                    "(ours %.1fx), EsClient %.1f ms (ours %.1fx)\n",
                    median(sockets), oursMs / std::max(median(sockets), 0.001), median(receiving),
                    oursMs / std::max(median(receiving), 0.001));
    std::fflush(stdout);
    return QJsonObject{{QStringLiteral("label"), label},
                       {QStringLiteral("url"), url.toString()},
                       {QStringLiteral("rows"), rows},
                       {QStringLiteral("rounds"), rounds},
                       {QStringLiteral("ours_ms"), oursMs},
                       {QStringLiteral("curl_ms"), curlMs},
                       {QStringLiteral("sockets_ms"), median(sockets)},
                       {QStringLiteral("esclient_ms"), median(receiving)},
                       {QStringLiteral("ratio"), ratio},
                       {QStringLiteral("ratio_target"), ratioTarget},
                       {QStringLiteral("peak_rss_mb"), rssMb},
                       {QStringLiteral("worst_run_ms"), worstRun},
                       {QStringLiteral("worst_run_page_faults"), worstRunRound.worstRunFaults},
                       {QStringLiteral("worst_run_end_ms"), worstRunRound.worstRunEndMs},
                       {QStringLiteral("worst_run_load_ms"), worstRunRound.ms},
                       {QStringLiteral("worst_stall_ms"), worstStall},
                       {QStringLiteral("worst_stall_running_ms"), worstStallCpu},
                       {QStringLiteral("apply_ms"), median(apply)},
                       {QStringLiteral("cpu_ms"), median(cpu)},
                       {QStringLiteral("cpu_parse_ms"), parseCpuMs},
                       {QStringLiteral("cpu_network_ms"), networkCpuMs},
                       {QStringLiteral("cpu_gui_ms"), guiCpuMs},
                       {QStringLiteral("ours_all_ms"), toJson(ours)},
                       {QStringLiteral("curl_all_ms"), toJson(curl)}};
}

bool parseArguments(int argc, char** argv, Options* options)
{
    for (int i = 1; i < argc; ++i) {
        const bool hasValue = i + 1 < argc;
        if (std::strcmp(argv[i], "--quick") == 0)
            options->quick = true;
        else if (std::strcmp(argv[i], "--no-curl") == 0)
            options->curl = false;
        else if (std::strcmp(argv[i], "--no-proxy") == 0)
            options->proxy = false;
        else if (std::strcmp(argv[i], "--rss-per-round") == 0)
            options->rssPerRound = true;
        else if (std::strcmp(argv[i], "--no-stream") == 0)
            options->stream = false;
        else if (std::strcmp(argv[i], "--stream") == 0)
            options->stream = true; // the default; accepted for older scripts
        else if (std::strcmp(argv[i], "--parse-threads") == 0 && hasValue)
            options->parseThreads = std::atoi(argv[++i]);
        else if (std::strcmp(argv[i], "--parse-priority") == 0 && hasValue)
            options->parsePriority = argv[++i];
        else if (std::strcmp(argv[i], "--duper") == 0 && hasValue)
            options->duper = QString::fromLocal8Bit(argv[++i]);
        else if (std::strcmp(argv[i], "--url") == 0 && hasValue)
            options->url = QUrl(QString::fromLocal8Bit(argv[++i]));
        else if (std::strcmp(argv[i], "--rows") == 0 && hasValue)
            options->rows = std::atoi(argv[++i]);
        else if (std::strcmp(argv[i], "--rounds") == 0 && hasValue)
            options->rounds = std::atoi(argv[++i]);
        else if (std::strcmp(argv[i], "--ratio-target") == 0 && hasValue)
            options->ratioTarget = std::atof(argv[++i]);
        else if (std::strcmp(argv[i], "--summary-json") == 0 && hasValue)
            options->summaryJson = QString::fromLocal8Bit(argv[++i]);
        else {
            std::fprintf(
                stderr,
                "usage: bench_follower_load [--quick] [--duper PATH | --url URL [--rows N]] [--rounds N] "
                "[--ratio-target X] [--summary-json FILE] [--no-curl] [--no-proxy] [--rss-per-round] [--no-stream] "
                "[--parse-threads N] "
                "[--parse-priority idle|normal]\n");
            return false;
        }
    }
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    duper::AllocatorArenas::limitTo(1); // as duper-gui's main() does: the figures are the window's
    QCoreApplication app(argc, argv);
    Options options;
    if (!parseArguments(argc, argv, &options))
        return 2;
    if (options.url.isEmpty() && options.duper.isEmpty()) {
        std::fprintf(stderr, "bench_follower_load: pass --url URL, or --duper PATH (or set DUPER_EXECUTABLE)\n");
        return 1;
    }
    const int rounds = options.rounds > 0 ? options.rounds : options.quick ? 3 : 7;
    std::printf("follower-load: baseline RSS %.0f MB before any load\n",
                double(ProcessMeters::statusKb("VmRSS:")) / 1024.0);

    QJsonArray summary;
    if (!options.url.isEmpty()) {
        ProcessMeters::resetPeakRss();
        const QJsonObject result = measure(options.url, options.url.toString(), options.rows,
                                           options.ratioTarget > 0 ? options.ratioTarget : 1.5, rounds, options);
        if (result.isEmpty())
            return 1;
        summary.append(result);
    }
    const QList<Shape> shapes =
        options.url.isEmpty() ? QList<Shape>{{10'000, 1, 1.5}, {1'000, 5, 1.2}} : QList<Shape>{};
    for (const Shape& shape : shapes) {
        bench::SandboxProcess sandbox;
        QString error;
        QElapsedTimer setup;
        setup.start();
        if (!sandbox.start(options.duper, shape.followers, shape.shards, &error)) {
            std::fprintf(stderr, "bench_follower_load: %s\n", qPrintable(error));
            return 1;
        }
        std::printf("follower-load: sandbox %dx%d set up in %lld ms\n", shape.followers, shape.shards,
                    static_cast<long long>(setup.elapsed()));
        ProcessMeters::resetPeakRss();
        const QString label = QStringLiteral("sandbox %1x%2").arg(shape.followers).arg(shape.shards);
        const QJsonObject result =
            measure(sandbox.url(), label, shape.followers,
                    options.ratioTarget > 0 ? options.ratioTarget : shape.ratioTarget, rounds, options);
        if (result.isEmpty())
            return 1;
        summary.append(result);
    }
    if (!options.summaryJson.isEmpty()) {
        QFile out(options.summaryJson);
        if (!out.open(QIODevice::WriteOnly) || out.write(QJsonDocument(summary).toJson()) < 0) {
            std::fprintf(stderr, "bench_follower_load: cannot write %s\n", qPrintable(options.summaryJson));
            return 1;
        }
    }
    // Timing on a shared 2-core machine is noisy: a missed target is reported, not failed, so CTest stays stable.
    return 0;
}
