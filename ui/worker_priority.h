#pragma once

#include <QThread>

namespace convscope::ui {

// Runs the rest of a worker task at idle priority (Linux: SCHED_IDLE), restoring the pool
// thread's priority afterwards: on a two-core laptop the GUI thread must always win over the
// feature-map computations, or a parameter edit stalls the animation.
class IdlePriorityScope {
public:
    IdlePriorityScope()
        : m_previous(QThread::currentThread()->priority())
    {
        QThread::currentThread()->setPriority(QThread::IdlePriority);
    }
    ~IdlePriorityScope()
    {
        QThread::currentThread()->setPriority(m_previous == QThread::InheritPriority ? QThread::NormalPriority : m_previous);
    }
    IdlePriorityScope(const IdlePriorityScope &) = delete;
    IdlePriorityScope &operator=(const IdlePriorityScope &) = delete;

private:
    QThread::Priority m_previous;
};

// Worker computations use one thread: the engine's pool threads run at normal priority, and the
// layers the Playground computes take milliseconds on one core.
inline constexpr int kWorkerThreads = 1;

} // namespace convscope::ui
