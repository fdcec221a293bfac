#pragma once

// Delivering a background job's result to a QObject on its own thread.

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>

#include <utility>

namespace convscope::ui {

// Calls done(result) on context's thread once future has a result, unless context has been
// deleted by then (the job itself runs on; it must own what it uses). Use it instead of
// QFuture::then(context, ...), whose continuation asserts on a deleted context in Qt 6.4 — a
// window closed while a feature map is still being computed.
template <typename T, typename Done>
void whenFinished(QObject *context, const QFuture<T> &future, Done done)
{
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
        [watcher, done = std::move(done)]() mutable {
            watcher->deleteLater();
            if (watcher->future().resultCount() > 0)
                done(watcher->result());
        });
    watcher->setFuture(future);
}

} // namespace convscope::ui
