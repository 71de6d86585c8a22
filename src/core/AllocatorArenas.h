#pragma once

namespace duper {

// How many heaps glibc's malloc keeps for the process's threads. By default it opens up to eight per core as threads
// allocate; a large body parsed on the parse thread then freed leaves its pages in that thread's heap, where the next
// load on another thread cannot reuse them. Two heaps keep the Follower tab's peak for 10,000 followers at 57-59 MB
// instead of 61-63 MB at the same speed (tests/bench/bench_follower_load). Call first thing in main(), before any
// thread starts. Does nothing where the C library is not glibc.
class AllocatorArenas
{
public:
    static void limitTo(int arenas);
};

} // namespace duper
