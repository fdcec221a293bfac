#include "compute_estimate.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>

#if defined(__unix__) || defined(__APPLE__)
#include <unistd.h>
#endif

namespace convscope {

namespace {

constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();

std::int64_t add(std::int64_t a, std::int64_t b) { return a > kMax - b ? kMax : a + b; }

std::int64_t product(const std::vector<int>& shape)
{
    std::int64_t n = 1;
    for (int v : shape) {
        if (v <= 0)
            return 0;
        if (n > kMax / v)
            return kMax;
        n *= v;
    }
    return n;
}

std::int64_t floatBytes(std::int64_t elements)
{
    return elements > kMax / 4 ? kMax : elements * 4;
}

std::string format(double value, const char* unit)
{
    char text[48];
    std::snprintf(text, sizeof text, value < 10.0 ? "%.1f %s" : "%.0f %s", value, unit);
    return text;
}

} // namespace

ForwardEstimate estimateForward(const Summary& summary, int layers)
{
    ForwardEstimate e;
    std::vector<int> input { summary.inputChannels };
    input.insert(input.end(), summary.inputSize.begin(), summary.inputSize.end());
    e.keptBytes = floatBytes(product(input));
    const std::size_t n = layers < 0 ? summary.layers.size()
                                     : std::min(summary.layers.size(), static_cast<std::size_t>(layers));
    for (std::size_t i = 0; i < n; ++i) {
        const LayerSummary& l = summary.layers[i];
        e.macs = add(e.macs, std::max<std::int64_t>(l.macs, 0));
        e.keptBytes = add(e.keptBytes, floatBytes(product(l.outputShape)));
    }
    e.seconds = static_cast<double>(e.macs) / kEstimateMacsPerSecond;
    return e;
}

std::int64_t physicalMemoryBytes()
{
#if defined(_SC_PHYS_PAGES) && defined(_SC_PAGE_SIZE)
    const long pages = sysconf(_SC_PHYS_PAGES);
    const long pageSize = sysconf(_SC_PAGE_SIZE);
    if (pages > 0 && pageSize > 0 && pages <= kMax / pageSize)
        return static_cast<std::int64_t>(pages) * pageSize;
#endif
    return 0;
}

std::string formatMacs(std::int64_t macs)
{
    const double v = static_cast<double>(macs);
    if (v >= 1e12)
        return format(v / 1e12, "TMAC");
    if (v >= 1e9)
        return format(v / 1e9, "GMAC");
    if (v >= 1e6)
        return format(v / 1e6, "MMAC");
    return std::to_string(macs) + " MAC";
}

std::string formatBytes(std::int64_t bytes)
{
    const double v = static_cast<double>(bytes);
    if (v >= 1e9)
        return format(v / 1e9, "GB");
    if (v >= 1e6)
        return format(v / 1e6, "MB");
    if (v >= 1e3)
        return format(v / 1e3, "kB");
    return std::to_string(bytes) + " bytes";
}

std::string formatSeconds(double seconds)
{
    if (!std::isfinite(seconds) || seconds >= 3600.0 * 24)
        return "more than a day";
    if (seconds >= 3600.0)
        return format(seconds / 3600.0, "h");
    if (seconds >= 60.0)
        return format(seconds / 60.0, "min");
    if (seconds >= 1.0)
        return format(seconds, "s");
    return "under a second";
}

} // namespace convscope
