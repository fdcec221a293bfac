#pragma once

// A small persistent thread pool for the engine's loops. Idle workers sleep on a condition
// variable (no spinning), so an idle GUI costs no CPU. The pool is shared by every caller: when
// it is already busy (another thread's convolution, or a nested call from inside a task), the
// caller runs its tasks itself, so concurrent callers never wait for each other or deadlock.

#include <cstdint>
#include <functional>

namespace convscope {

// The number of threads a RunOptions::threads value means: 0 = all hardware threads; requests
// beyond the hardware's thread count are capped at it.
[[nodiscard]] int resolveThreads(int requested);

// Runs task(i, worker) for every i in [0, tasks) on up to `threads` threads (the caller is one
// of them) and returns when all are done. Tasks are handed out one at a time in increasing
// order, so uneven tasks balance. `worker` is in [0, threads) and identifies the thread for the
// duration of the call, for per-thread scratch buffers; worker 0 is always the calling thread.
// If a task throws, the remaining tasks are skipped and the exception is rethrown here.
void parallelFor(int tasks, int threads, const std::function<void(int task, int worker)>& task);

// As parallelFor, but polls `cancelled` (when set) on the calling thread only, so that the
// callback needs no thread safety: once before the first task and between the tasks the caller
// runs. Once it returns true the remaining tasks are skipped and the call returns false.
[[nodiscard]] bool parallelForCancellable(int tasks, int threads,
    const std::function<bool()>& cancelled, const std::function<void(int task, int worker)>& task);

} // namespace convscope
