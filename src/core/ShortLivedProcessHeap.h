#pragma once

#include <cstddef>

namespace duper {

// Sets glibc's malloc up for a process that runs one command and exits (every `duper` command but `sandbox`).
// Such a process touches each page of its heap once: writing a fresh 4 KiB page costs a page fault, and on virtual
// machines that back guest memory lazily a fault costs 10-25 µs. `duper stats` for 10,000 followers took ~4,000
// of them, more time than the work itself. prepare() therefore
// - keeps every thread on one heap, so the network and parse threads reuse what the main thread freed;
// - serves blocks up to 32 MiB (response bodies) from that heap and never gives freed memory back, so a freed body's
//   pages hold the parsed results and the output next;
// - grows the heap by `bytes` up front and asks the kernel for transparent huge pages there (MADV_HUGEPAGE):
//   one fault maps 2 MiB.
// Only address space is reserved; the resident size grows as pages are used (in 2 MiB steps where the kernel has
// huge pages to give). Call first thing in main(), before any thread starts. Does nothing but the malloc settings
// without madvise, and nothing at all where the C library is not glibc.
class ShortLivedProcessHeap
{
public:
    static constexpr std::size_t defaultReservation = std::size_t(64) << 20;

    // True when the reserved part of the heap was marked for huge pages (false: not glibc, or the kernel refused).
    static bool prepare(std::size_t bytes = defaultReservation);
};

} // namespace duper
