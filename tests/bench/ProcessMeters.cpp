#include "ProcessMeters.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QList>
#include <cstring>
#include <ctime>
#include <sys/resource.h>
#include <unistd.h>

namespace duper::bench {

double ProcessMeters::processCpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3 +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
}

qint64 ProcessMeters::threadCpuNs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

qint64 ProcessMeters::threadPageFaults()
{
    rusage usage{};
    if (getrusage(RUSAGE_THREAD, &usage) != 0)
        return 0;
    return qint64(usage.ru_minflt) + qint64(usage.ru_majflt);
}

QHash<QByteArray, qint64> ProcessMeters::cpuNsByThreadName()
{
    QHash<QByteArray, qint64> byName;
    const QString tasks = QStringLiteral("/proc/self/task");
    const QString mainThread = QString::number(getpid());
    for (const QString& tid : QDir(tasks).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile schedstat(tasks + QLatin1Char('/') + tid + QStringLiteral("/schedstat"));
        QFile comm(tasks + QLatin1Char('/') + tid + QStringLiteral("/comm"));
        if (!schedstat.open(QIODevice::ReadOnly) || !comm.open(QIODevice::ReadOnly))
            continue;
        const qint64 runNs = schedstat.readAll().split(' ').first().toLongLong(); // time on a CPU
        byName[tid == mainThread ? QByteArray("main") : comm.readAll().trimmed()] += runNs;
    }
    return byName;
}

void ProcessMeters::resetPeakRss()
{
    QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
    if (clearRefs.open(QIODevice::WriteOnly))
        clearRefs.write("5");
}

qint64 ProcessMeters::statusKb(const char* field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qsizetype(std::strlen(field))).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

} // namespace duper::bench
