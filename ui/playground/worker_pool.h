#pragma once

class QThreadPool;

namespace convscope::ui {

// The threads every background computation of the window runs on (Playground layers and maps,
// the Network view, exports): a pool of its own, never
// QThreadPool::globalInstance(). Qt 6.4 converts and smooth-scales images of more than 64 K
// pixels on the global pool and blocks the calling thread until those pieces are done; with our
// low-priority computations filling the global pool (two threads on a two-core laptop), a
// repaint on the GUI thread waited for a whole convolution (bench_gui_latency: 30–400 ms blocks
// of which the GUI thread spent under 1 ms on the CPU).
[[nodiscard]] QThreadPool *playgroundWorkerPool();

// The one thread the Playground's stage is drawn on after an edit (PlaygroundCanvas), at normal
// priority: a frame is a few milliseconds of work the user is waiting for, and at the
// computations' lower priority a busy machine kept it waiting three times as long.
[[nodiscard]] QThreadPool *stageFramePool();

} // namespace convscope::ui
