#include "worker_priority.h"

#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace convscope::ui {

void lowerThreadPriority()
{
    thread_local bool lowered = false;
    if (lowered)
        return;
    lowered = true;
    // Linux applies PRIO_PROCESS with a thread id to that thread alone.
    const auto tid = static_cast<id_t>(syscall(SYS_gettid));
    constexpr int kNice = 19;
    if (getpriority(PRIO_PROCESS, tid) < kNice)
        setpriority(PRIO_PROCESS, tid, kNice);
}

} // namespace convscope::ui
