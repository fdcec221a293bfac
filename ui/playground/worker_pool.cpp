#include "worker_pool.h"

#include <QThreadPool>

namespace convscope::ui {

namespace {
// Never deleted: a pool's threads may still finish a job while the program exits.
QThreadPool *newPool(int threads)
{
    auto *p = new QThreadPool;
    p->setMaxThreadCount(threads);
    p->setExpiryTimeout(30'000);
    return p;
}
} // namespace

QThreadPool *playgroundWorkerPool()
{
    // The Playground's layer and whole-image maps, the Network view's forward pass and gallery
    // pictures, and an animation export may run at once, all at low priority; three threads so
    // that a long export or network does not hold up the Playground's next picture.
    static QThreadPool *pool = newPool(3);
    return pool;
}

QThreadPool *stageFramePool()
{
    static QThreadPool *pool = newPool(1);
    return pool;
}

} // namespace convscope::ui
