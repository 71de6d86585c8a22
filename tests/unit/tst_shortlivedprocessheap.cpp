// ShortLivedProcessHeap (issue 13): after prepare(), a response-sized block comes from the heap, in a mapping marked
// for transparent huge pages, and stays with the process once freed.
#include "core/ShortLivedProcessHeap.h"

#include <QFile>
#include <QTest>
#include <cstdint>
#include <cstdlib>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

#if defined(__SANITIZE_ADDRESS__)
#define DUPER_UNDER_SANITIZER 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define DUPER_UNDER_SANITIZER 1
#endif
#endif

namespace {

// The VmFlags line of the mapping in /proc/self/smaps that holds `address`.
QByteArray vmFlagsAt(const void* address)
{
    QFile smaps(QStringLiteral("/proc/self/smaps"));
    if (!smaps.open(QIODevice::ReadOnly))
        return {};
    const auto where = reinterpret_cast<std::uintptr_t>(address);
    bool inside = false;
    for (const QByteArray& line : smaps.readAll().split('\n')) {
        const qsizetype dash = line.indexOf('-');
        const qsizetype space = line.indexOf(' ');
        if (dash > 0 && space > dash && !line.startsWith("VmFlags")) {
            bool okStart = false;
            bool okEnd = false;
            const auto start = line.left(dash).toULongLong(&okStart, 16);
            const auto end = line.mid(dash + 1, space - dash - 1).toULongLong(&okEnd, 16);
            if (okStart && okEnd) {
                inside = where >= start && where < end;
                continue;
            }
        }
        if (inside && line.startsWith("VmFlags:"))
            return line;
    }
    return {};
}

} // namespace

class TestShortLivedProcessHeap : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
#if !defined(__GLIBC__) || !defined(__linux__)
        QSKIP("glibc's malloc on Linux only");
#endif
#if defined(DUPER_UNDER_SANITIZER)
        QSKIP("the sanitizer replaces malloc");
#endif
    }

    void bodiesComeFromTheAdvisedHeap()
    {
#if defined(__GLIBC__) && defined(__linux__)
        const bool advised = duper::ShortLivedProcessHeap::prepare(std::size_t(48) << 20);
        const struct mallinfo2 before = mallinfo2();
        // A 12 MB body: with glibc's defaults a separate mapping of its own, unmapped again when freed.
        void* body = std::malloc(std::size_t(12) << 20);
        QVERIFY(body);
        const struct mallinfo2 during = mallinfo2();
        QCOMPARE(during.hblkhd, before.hblkhd); // not a mapping of its own: from the heap
        if (advised) {
            const QByteArray flags = vmFlagsAt(static_cast<char*>(body) + (std::size_t(4) << 20));
            QVERIFY2(flags.split(' ').contains("hg"), flags.constData());
        }
        std::free(body);
        // Freed memory stays with the process for what comes next.
        const struct mallinfo2 after = mallinfo2();
        QVERIFY(after.fordblks >= std::size_t(12) << 20);
        QVERIFY(after.arena >= during.arena);
        if (!advised)
            QSKIP("the kernel has no transparent huge pages: only the malloc settings were checked");
#endif
    }

    void tooSmallAReservationIsOnlyTheSettings()
    {
#if defined(__GLIBC__) && defined(__linux__)
        QVERIFY(!duper::ShortLivedProcessHeap::prepare(4096));
#endif
    }
};

QTEST_GUILESS_MAIN(TestShortLivedProcessHeap)
#include "tst_shortlivedprocessheap.moc"
