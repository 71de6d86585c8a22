#pragma once

namespace duper {

// How many heaps glibc's malloc keeps for the process's threads. By default it opens up to eight per core as threads
// allocate; a large block allocated on one thread and freed leaves its pages in that thread's heap, where the next
// load on another thread cannot reuse them. duper-gui keeps one: Qt's network thread allocates the buffers large
// bodies arrive in (EsJob), the parse thread frees them, and with a second heap the 13 MB they take stayed there,
// unused, beside what the main heap held: 10,000 followers peaked at 61-63 MB with two heaps, 50-56 MB with one, at
// the same speed (tests/bench/bench_follower_load, one parse thread). Call first thing in main(), before any thread
// starts. Does nothing where the C library is not glibc.
class AllocatorArenas
{
public:
    static void limitTo(int arenas);
};

} // namespace duper
