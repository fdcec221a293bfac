#pragma once

namespace convscope::ui {

// Sets glibc's allocator up for the window; call first thing in main, before any thread starts.
//
// Buffers up to 32 MiB (a 16-channel output of the cat is 8.7 MB) come from the heap and are
// reused rather than mapped and unmapped per edit, and free memory is handed back to the system
// only above 256 MiB. With the defaults, a worker thread trimming or unmapping megabytes held an
// arena's lock for milliseconds, and the GUI thread, freeing a picture that worker had made,
// waited for it (bench_gui_latency: 4–8 ms blocks in which the GUI thread used no CPU).
void configureAllocator();

} // namespace convscope::ui
