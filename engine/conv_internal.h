#pragma once

// Shared by the convolution paths; not part of the engine's public interface.

#include "conv.h"

namespace convscope::detail {

// A plan with every layer seen as 3-D: a 1-D layer is (1, 1, L), a 2-D one (1, H, W).
struct Plan3 {
    std::array<Axis, 3> axes {};
    int inChannels = 1;
    int outChannels = 1;
};

inline Plan3 toPlan3(const SlidingPlan &p)
{
    Plan3 g;
    g.inChannels = p.inChannels;
    g.outChannels = p.outChannels;
    const int shift = 3 - p.spatialDims;
    for (int i = 0; i < p.spatialDims; ++i)
        g.axes[static_cast<std::size_t>(i + shift)] = p.axes[static_cast<std::size_t>(i)];
    return g;
}

// Copies the input into a padded buffer (C, Dp, Hp, Wp) filled as the padding mode says.
void padInput(const Tensor &input, const Plan3 &g, PaddingMode mode, float *padded);

// The general path: any dimensionality, groups, dilation, stride, padding mode and flip.
Status convolveDirect(const Tensor &input, const Tensor &weight, const Tensor *bias,
    const ConvParams &params, const SlidingPlan &plan, Tensor &output, const RunOptions &options);

} // namespace convscope::detail
