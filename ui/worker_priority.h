#pragma once

namespace convscope::ui {

// Lowers the calling worker thread's priority for good (Linux: nice 19; the pool threads run
// nothing but background work, and an unprivileged process cannot raise it back). On a two-core
// laptop the GUI thread must win over the computations, or a parameter edit stalls the
// animation; but idle priority (SCHED_IDLE) was too low: on a busy machine (a build on both cores)
// an idle thread got no CPU at all, so no output ever arrived, and the GUI thread, waiting for a
// lock such a thread held (the allocator's, among others), stood still for seconds
// (bench_gui_latency). At nice 19 a worker still gets a small share of a contended core, and on an
// idle machine the GUI thread's longest waits were shorter than at nice 10.
void lowerThreadPriority();

// Worker computations use one thread: the engine's pool threads run at normal priority, and the
// layers the Playground computes take milliseconds on one core.
inline constexpr int kWorkerThreads = 1;

} // namespace convscope::ui
