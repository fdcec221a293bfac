#include "parallel.h"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <exception>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

namespace convscope {

namespace {

// One job at a time: the submitter holds m_submit for the job's duration; workers 1..n-1 join
// it when woken (if it is still open), pull task indices from an atomic counter, and report
// when they run dry.
class ThreadPool {
public:
    explicit ThreadPool(int workers)
    {
        for (int i = 1; i <= workers; ++i)
            m_threads.emplace_back([this, i] { workerLoop(i); });
    }

    ~ThreadPool()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_wake.notify_all();
        for (auto& t : m_threads)
            t.join();
    }

    ThreadPool(const ThreadPool&) = delete;
    ThreadPool& operator=(const ThreadPool&) = delete;

    [[nodiscard]] int workerCount() const { return static_cast<int>(m_threads.size()); }

    // Returns false without running anything when another job holds the pool.
    bool tryRun(int tasks, int threads, const std::function<void(int, int)>& task)
    {
        std::unique_lock submit(m_submit, std::try_to_lock);
        if (!submit.owns_lock())
            return false;
        const int helpers = std::min({ threads - 1, workerCount(), tasks - 1 });
        {
            std::lock_guard lock(m_mutex);
            m_task = &task;
            m_tasks = tasks;
            m_next.store(0, std::memory_order_relaxed);
            m_helpers = helpers;
            m_open = true;
            ++m_generation;
        }
        m_wake.notify_all();
        drain(0);
        // Close the job and wait only for the helpers that joined it: on a busy machine a woken
        // worker may get a core only milliseconds later, and by then there is nothing left to do.
        std::unique_lock lock(m_mutex);
        m_open = false;
        m_done.wait(lock, [this] { return m_busy == 0; });
        m_task = nullptr;
        if (m_error)
            std::rethrow_exception(std::exchange(m_error, nullptr));
        return true;
    }

private:
    // Runs tasks until none are left. The first exception stops the job (the remaining tasks
    // are skipped) and is rethrown on the calling thread, as if the loop had run there.
    void drain(int worker)
    {
        for (;;) {
            const int i = m_next.fetch_add(1, std::memory_order_relaxed);
            if (i >= m_tasks)
                return;
            try {
                (*m_task)(i, worker);
            } catch (...) {
                std::lock_guard lock(m_mutex);
                if (!m_error)
                    m_error = std::current_exception();
                m_next.store(m_tasks, std::memory_order_relaxed);
            }
        }
    }

    void workerLoop(int index)
    {
        std::uint64_t seen = 0;
        std::unique_lock lock(m_mutex);
        for (;;) {
            m_wake.wait(lock, [&] { return m_stop || m_generation != seen; });
            if (m_stop)
                return;
            seen = m_generation;
            if (!m_open || index > m_helpers)
                continue;
            ++m_busy;
            lock.unlock();
            drain(index);
            lock.lock();
            if (--m_busy == 0)
                m_done.notify_one();
        }
    }

    std::vector<std::thread> m_threads;
    std::mutex m_submit;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_done;
    const std::function<void(int, int)>* m_task = nullptr;
    int m_tasks = 0;
    std::atomic<int> m_next { 0 };
    int m_helpers = 0;
    int m_busy = 0; // helpers inside the current job
    bool m_open = false; // whether helpers may still join the current job
    std::exception_ptr m_error;
    std::uint64_t m_generation = 0;
    bool m_stop = false;
};

ThreadPool& pool()
{
    // Created on first use with one worker per extra hardware thread; a function-local static
    // so that a program that never runs in parallel starts no threads.
    static ThreadPool instance(resolveThreads(0) - 1);
    return instance;
}

} // namespace

int resolveThreads(int requested)
{
    // More threads than the hardware has would only add per-thread scratch buffers: the pool
    // has one worker per hardware thread besides the caller.
    // Asked once: glibc answers hardware_concurrency() by opening and reading
    // /sys/devices/system/cpu/online on every call, 20-30 us of system time, as long as a whole
    // depth-wise layer on a 112 x 112 plane takes.
    static const int hardware
        = std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
    return requested > 0 ? std::min(requested, hardware) : hardware;
}

void parallelFor(int tasks, int threads, const std::function<void(int task, int worker)>& task)
{
    threads = std::min(resolveThreads(threads), tasks);
    if (threads > 1 && pool().tryRun(tasks, threads, task))
        return;
    for (int i = 0; i < tasks; ++i)
        task(i, 0);
}

bool parallelForCancellable(int tasks, int threads, const std::function<bool()>& cancelled,
    const std::function<void(int task, int worker)>& task)
{
    if (!cancelled) {
        parallelFor(tasks, threads, task);
        return true;
    }
    if (cancelled())
        return false;
    std::atomic<bool> stop { false };
    parallelFor(tasks, threads, [&](int i, int worker) {
        if (worker == 0 && cancelled())
            stop.store(true, std::memory_order_relaxed);
        if (!stop.load(std::memory_order_relaxed))
            task(i, worker);
    });
    return !stop.load();
}

} // namespace convscope
