#include "worker_pool.h"

#include <QThreadPool>

namespace convscope::ui {

QThreadPool *playgroundWorkerPool()
{
    // The layer and the whole-image feature maps may run at once; both run at idle priority.
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool;
        p->setMaxThreadCount(2);
        p->setExpiryTimeout(30'000);
        return p;
    }();
    return pool;
}

} // namespace convscope::ui
