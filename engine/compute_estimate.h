#pragma once

// Before a large forward pass (issue 6, "Limits"): how much work and memory it needs, from the
// summary alone, so that the Network view can warn before VGG-16 meets a 4000x3000 photo and the
// command line can refuse what the machine cannot hold.

#include "network.h"

#include <cstdint>
#include <string>

namespace convscope {

// A deliberately modest rate for the estimate: this project's convolutions reach 20-30 GMAC/s on
// the 2-core development machine (README, "Performance"); a lecture laptop that is busy drawing
// gets less.
inline constexpr double kEstimateMacsPerSecond = 10e9;

struct ForwardEstimate {
    std::int64_t macs = 0; // multiply-accumulates of the conv and linear layers (the summary's)
    std::int64_t keptBytes = 0; // float32: the input plus every computed layer's output
    double seconds = 0.0; // macs / kEstimateMacsPerSecond
};

// The estimate for the first `layers` rows of a summary (all of them for -1). Sums saturate at
// INT64_MAX instead of overflowing.
[[nodiscard]] ForwardEstimate estimateForward(const Summary& summary, int layers = -1);

// The machine's physical memory in bytes, 0 when the system does not say.
[[nodiscard]] std::int64_t physicalMemoryBytes();

// "15.5 GMAC", "1.2 GB", "3 min": short human-readable numbers for messages.
[[nodiscard]] std::string formatMacs(std::int64_t macs);
[[nodiscard]] std::string formatBytes(std::int64_t bytes);
[[nodiscard]] std::string formatSeconds(double seconds);

} // namespace convscope
