#pragma once

// The network spec file (CONTRACT.md section 2): JSON with "format": "convscope-network",
// "version": 1. Parsing refuses bad input with a message naming the layer and the field; unknown
// fields are ignored with a warning; writing gives a spec that parses back to the same Network.

#include "error.h"
#include "network.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace convscope {

inline constexpr int kNetworkSpecVersion = 1;
inline constexpr int kMaxJsonDepth = 64; // arrays and objects; a spec needs 4
inline constexpr std::int64_t kMaxSpecBytes = std::int64_t { 16 } << 20;

struct ParsedNetwork {
    Network network;
    std::vector<std::string> warnings; // e.g. "layer 2 (c3): unknown field 'colour' is ignored"
};

// A cheap scan that refuses JSON nested deeper than maxDepth before any recursive parser sees it
// (so 200,000 '[' cannot overflow the stack). Brackets inside strings do not count.
[[nodiscard]] Status checkJsonDepth(std::string_view text, int maxDepth = kMaxJsonDepth);

// Parses a spec. With validate, the network is also checked as a whole (summarize()), so shapes
// that do not fit are refused too.
[[nodiscard]] Result<ParsedNetwork> parseNetworkSpec(std::string_view text, bool validate = true);
// Reads (at most kMaxSpecBytes) and parses a spec file; messages start with the path.
[[nodiscard]] Result<ParsedNetwork> readNetworkSpec(const std::string& path, bool validate = true);
// The network's weights path made absolute against the spec file's folder; empty if none.
[[nodiscard]] std::string resolveWeightsPath(const Network&, const std::string& specPath);
// A weights path as a spec saved to specPath writes it, so that it names the same file: a
// relative path (taken against the working folder) is made absolute, then relative to the spec's
// folder where the two share a root; empty stays empty. Open resolves with resolveWeightsPath(),
// save writes with this: a network saved to another folder still finds its weights.
[[nodiscard]] std::string weightsPathForSpec(const std::string& weightsPath, const std::string& specPath);

// The spec as JSON text (2-space indent); fields at their default are left out.
[[nodiscard]] std::string writeNetworkSpec(const Network&);
Status saveNetworkSpec(const std::string& path, const Network&);

// `convscope summary --json` (CONTRACT.md section 3): name, input, layers, total_params,
// total_macs; receptive_field, effective_stride and effective_padding are null after flatten.
[[nodiscard]] std::string summaryToJson(const Summary&);

} // namespace convscope
