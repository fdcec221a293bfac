#pragma once

// The chain of windows that feed one output cell: for output cell `position` of layer L, the
// region it depends on in the input and in the output of every layer before it. The receptive
// field on the image (receptiveRegion) is the first link; the cell itself is the last.

#include "error.h"
#include "network.h"

#include <vector>

namespace convscope {

// chain[0] is the input region (equal to receptiveRegion(summary, layer, position)); chain[l + 1]
// is the region of layer l's output, for l = 0 .. layer, so chain[layer + 1] is the cell itself
// ({position[i], position[i]} per dimension). Each entry holds one Interval per spatial
// dimension; intervals may reach outside the map where the windows cover padding.
//
// The link from layer l's output to layer L's is itself a convolution-like map with receptive
// field r_lL, stride S_lL and padding P_lL, derived from the summary's cumulative values
// (Araujo, Norris & Sim, Distill 2019: r_L = r_l + (r_lL - 1) S_l, P_L = P_l + P_lL S_l,
// S_L = S_l S_lL), so the region in layer l is u = position S_lL - P_lL, v = u + r_lL - 1.
//
// Fails, without a partial result, for a bad layer index, a position of the wrong length or
// outside the output, or a layer whose output is a flat vector (after flatten or linear).
[[nodiscard]] Result<std::vector<std::vector<Interval>>> receptiveChain(
    const Summary&, int layer, const std::vector<int>& position);

} // namespace convscope
