#include "allocator.h"

#include <malloc.h>

namespace convscope::ui {

void configureAllocator()
{
    constexpr int kMiB = 1024 * 1024;
    mallopt(M_MMAP_THRESHOLD, 32 * kMiB); // glibc's largest on 64-bit
    mallopt(M_TRIM_THRESHOLD, 256 * kMiB);
    mallopt(M_TOP_PAD, 16 * kMiB);
}

} // namespace convscope::ui
