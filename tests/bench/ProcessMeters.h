#pragma once

#include <QByteArray>
#include <QHash>
#include <QtGlobal>

namespace duper::bench {

// What this process costs, read from the kernel: CPU time and resident memory (Linux /proc).
class ProcessMeters
{
public:
    // CPU time of the whole process (every thread: network, parsing, GUI), user + system, in milliseconds.
    static double processCpuMs();
    // CPU time the calling thread used: tells a stall of our own code from one where the thread only waited for a
    // core of the shared machine.
    static qint64 threadCpuNs();
    // Page faults the calling thread took (minor + major). On a virtual machine that hands freed memory back to its
    // host, a fault on such a page costs tens of microseconds, all of it counted as the thread's CPU time.
    static qint64 threadPageFaults();
    // CPU time every thread of this process has used so far, in nanoseconds, summed by thread name (all pool threads
    // are "Thread (pooled)", Qt's HTTP thread "QNetworkAccessM"); the main thread is "main". From
    // /proc/self/task/*/schedstat; empty where that is missing. A thread that ended took its time with it.
    static QHash<QByteArray, qint64> cpuNsByThreadName();
    // Restarts VmHWM at the current RSS (Linux >= 4.0), so each measurement reports its own peak.
    static void resetPeakRss();
    // A "Vm…:" line of /proc/self/status in KiB (e.g. "VmHWM:", "VmRSS:"), or -1.
    static qint64 statusKb(const char* field);
};

} // namespace duper::bench
