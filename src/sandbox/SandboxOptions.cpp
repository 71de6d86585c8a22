#include "sandbox/SandboxOptions.h"

namespace duper::sandbox {

namespace {

bool splitPair(const QString& text, QPair<QString, QString>* out)
{
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    if (colon <= 0)
        return false;
    *out = {text.left(colon), text.mid(colon + 1)};
    return true;
}

} // namespace

QString SandboxOptions::usage()
{
    return QStringLiteral(
        "Usage: duper sandbox [options]\n"
        "Emulates an Elasticsearch leader and follower cluster on 127.0.0.1 (an emulator, not Elasticsearch).\n"
        "  --follower-port N        REST port of the follower cluster (default 9200; 0 = any free port)\n"
        "  --leader-port N          REST port of the leader cluster (default 9201; 0 = any free port)\n"
        "  --followers N            pre-create N leader indices, each with a follower\n"
        "  --shards N               shards per pre-created index (default 1)\n"
        "  --workload               keep indexing into the leader indices\n"
        "  --bursty-workload        index in bursts, each leader index on its own one-minute schedule\n"
        "  --read-rate N            a follower shard reads at most N operations per second from the leader\n"
        "                           (with --bursty-workload: lag rises during bursts and falls after;\n"
        "                           the first index also surges every quarter of an hour)\n"
        "  --tick MS                replication tick interval (default 1000)\n"
        "  --user NAME:PASSWORD     require authentication; repeatable\n"
        "  --restricted-user NAME:PASSWORD  a user without manage_ccr\n"
        "  --api-key ID:KEY         accept this API key\n"
        "  --fault remote-disconnected | fatal:<follower> | failing-reads:<follower> | diverge:<follower> | hang\n"
        "                           (diverge: the follower copy loses a document, checkpoints unchanged)\n"
        "  --failing-reads NAME[,NAME]  reads of these followers keep failing (read_exceptions)\n"
        "  --latency MS             delay every follower answer\n"
        "  --error-rate R           answer this share of follower requests with 429/503\n"
        "  --scenario dr            a disaster-recovery drill: leader indices orders, customers, invoices followed\n"
        "                           under the same names, auto-follow pattern logs-* and a workload\n"
        "While it runs, lines typed on standard input control the emulator (not an Elasticsearch API):\n"
        "  down leader | up leader | down follower | up follower   simulate a cluster outage / bring it back\n"
        "  status | help\n");
}

bool SandboxOptions::parseArguments(const QStringList& arguments, QString* error)
{
    // From the command line the follower answers where Elasticsearch usually does, so `curl localhost:9200` and
    // `duper` with its default --url reach it.
    followerPort = 9200;
    leaderPort = 9201;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& arg = arguments.at(i);
        auto next = [&](QString* value) {
            if (i + 1 >= arguments.size()) {
                *error = QStringLiteral("%1 needs a value").arg(arg);
                return false;
            }
            *value = arguments.at(++i);
            return true;
        };
        auto nextInt = [&](int* value, int minimum) {
            QString text;
            if (!next(&text))
                return false;
            bool ok = false;
            *value = text.toInt(&ok);
            if (!ok || *value < minimum) {
                *error = QStringLiteral("%1: not a valid number: %2").arg(arg, text);
                return false;
            }
            return true;
        };
        QString value;
        int number = 0;
        if (arg == u"--follower-port" || arg == u"--leader-port") {
            if (!nextInt(&number, 0) || number > 65535) {
                if (error->isEmpty())
                    *error = QStringLiteral("%1: port out of range").arg(arg);
                return false;
            }
            (arg == u"--follower-port" ? followerPort : leaderPort) = static_cast<quint16>(number);
        } else if (arg == u"--followers") {
            if (!nextInt(&followers, 0))
                return false;
        } else if (arg == u"--shards") {
            if (!nextInt(&shardsPerIndex, 1))
                return false;
        } else if (arg == u"--tick") {
            if (!nextInt(&tickIntervalMs, 0))
                return false;
        } else if (arg == u"--latency") {
            if (!nextInt(&latencyMs, 0))
                return false;
        } else if (arg == u"--workload") {
            workload = true;
        } else if (arg == u"--bursty-workload") {
            workload = true;
            burstyWorkload = true;
        } else if (arg == u"--read-rate") {
            if (!nextInt(&readOperationsPerSecond, 1))
                return false;
        } else if (arg == u"--error-rate") {
            if (!next(&value))
                return false;
            bool ok = false;
            errorRate = value.toDouble(&ok);
            if (!ok || errorRate < 0.0 || errorRate > 1.0) {
                *error = QStringLiteral("--error-rate: expected a number between 0 and 1, got %1").arg(value);
                return false;
            }
        } else if (arg == u"--user" || arg == u"--restricted-user" || arg == u"--api-key") {
            if (!next(&value))
                return false;
            QPair<QString, QString> pair;
            if (!splitPair(value, &pair)) {
                *error = QStringLiteral("%1: expected NAME:SECRET").arg(arg);
                return false;
            }
            (arg == u"--user" ? users : arg == u"--api-key" ? apiKeys : restrictedUsers).append(pair);
        } else if (arg == u"--failing-reads") {
            if (!next(&value))
                return false;
            const QStringList names = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
            if (names.isEmpty()) {
                *error = QStringLiteral("--failing-reads: expected NAME[,NAME]");
                return false;
            }
            for (const QString& name : names)
                failingReadFollowers.insert(name.trimmed());
        } else if (arg == u"--scenario") {
            if (!next(&value))
                return false;
            if (value != u"dr") {
                *error = QStringLiteral("--scenario: unknown scenario %1 (known: dr)").arg(value);
                return false;
            }
            scenario = value;
        } else if (arg == u"--fault") {
            if (!next(&value))
                return false;
            if (value == u"remote-disconnected") {
                remoteDisconnected = true;
            } else if (value == u"hang") {
                hang = true;
            } else if (value.startsWith(QLatin1String("fatal:")) && value.size() > 6) {
                fatalFollowers.insert(value.mid(6));
            } else if (value.startsWith(QLatin1String("failing-reads:")) && value.size() > 14) {
                failingReadFollowers.insert(value.mid(14));
            } else if (value.startsWith(QLatin1String("diverge:")) && value.size() > 8) {
                divergingFollowers.insert(value.mid(8));
            } else {
                *error = QStringLiteral("--fault: unknown fault %1").arg(value);
                return false;
            }
        } else {
            *error = QStringLiteral("unknown option %1").arg(arg);
            return false;
        }
    }
    return true;
}

} // namespace duper::sandbox
