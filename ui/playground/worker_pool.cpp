#include "worker_pool.h"

#include <QThreadPool>

namespace convscope::ui {

QThreadPool *playgroundWorkerPool()
{
    // The Playground's layer and whole-image maps, the Network view's forward pass and gallery
    // pictures, and an animation export may run at once, all at low priority; three threads so
    // that a long export or network does not hold up the Playground's next picture.
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool;
        p->setMaxThreadCount(3);
        p->setExpiryTimeout(30'000);
        return p;
    }();
    return pool;
}

} // namespace convscope::ui
