#include "core/ShortLivedProcessHeap.h"

#include <cstdint>
#include <cstdlib> // defines __GLIBC__ where the C library is glibc

#if defined(__GLIBC__)
#include <malloc.h>
#include <sys/mman.h>
#endif

namespace duper {

namespace {

#if defined(__GLIBC__)
constexpr std::size_t kHugePage = std::size_t(2) << 20;
// glibc's largest mmap threshold on 64-bit; blocks below it come from the heap.
constexpr std::size_t kLargestHeapBlock = std::size_t(32) << 20;
// Freed memory at the top of the heap is given back only beyond this: in effect never, for one command.
constexpr int kTrimThreshold = 1 << 30;
#endif

} // namespace

bool ShortLivedProcessHeap::prepare(std::size_t bytes)
{
#if defined(__GLIBC__)
    mallopt(M_ARENA_MAX, 1);
    mallopt(M_MMAP_THRESHOLD, int(kLargestHeapBlock));
    mallopt(M_TRIM_THRESHOLD, kTrimThreshold);
    if (bytes < kHugePage)
        return false;
    // Blocks just under the mmap threshold, allocated one after the other from the top of the heap, so together they
    // are one contiguous range; freed, they merge back into the heap's free top, which is no longer trimmed.
    constexpr std::size_t kBlock = kLargestHeapBlock - kHugePage;
    void* blocks[16] = {};
    int count = 0;
    std::uintptr_t lowest = UINTPTR_MAX;
    std::uintptr_t highest = 0;
    for (std::size_t reserved = 0; reserved < bytes && count < 16; reserved += kBlock) {
        void* block = std::malloc(kBlock);
        if (!block)
            break;
        blocks[count++] = block;
        const auto start = reinterpret_cast<std::uintptr_t>(block);
        lowest = start < lowest ? start : lowest;
        highest = start + kBlock > highest ? start + kBlock : highest;
    }
    bool advised = false;
    const std::uintptr_t first = (lowest + kHugePage - 1) & ~(kHugePage - 1);
    const std::uintptr_t last = highest & ~(kHugePage - 1);
    // Contiguous when the heap could grow in place (the usual case); otherwise only the first block is advised.
    const bool contiguous = highest - lowest <= std::size_t(count) * (kBlock + kHugePage);
    const std::uintptr_t end = contiguous ? last : ((lowest + kBlock) & ~(kHugePage - 1));
    if (count > 0 && end > first)
        advised = madvise(reinterpret_cast<void*>(first), end - first, MADV_HUGEPAGE) == 0;
    for (int i = count - 1; i >= 0; --i)
        std::free(blocks[i]);
    return advised;
#else
    (void)bytes;
    return false;
#endif
}

} // namespace duper
