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

inline Plan3 toPlan3(const SlidingPlan& p)
{
    Plan3 g;
    g.inChannels = p.inChannels;
    g.outChannels = p.outChannels;
    const int shift = 3 - p.spatialDims;
    for (int i = 0; i < p.spatialDims; ++i)
        g.axes[static_cast<std::size_t>(i + shift)] = p.axes[static_cast<std::size_t>(i)];
    return g;
}

// Workspace slots used by the fast paths; thread t's scratch is slot kSlotThreadScratch + t.
inline constexpr int kSlotPadded = 0;
inline constexpr int kSlotWeights = 1;
inline constexpr int kSlotThreadScratch = 2;

// Copies the input into a padded buffer (C, Dp, Hp, Wp) filled as the padding mode says
// (conv_gemm.cpp).
void padInput(const Tensor& input, const Plan3& g, PaddingMode mode, float* padded);

// The direct path for 1-D and 2-D layers with at most kSlidingMaxTaps multiply-adds per output
// (depth-wise layers, single-channel filters, first layers on RGB): conv_sliding.cpp.
inline constexpr int kSlidingMaxTaps = 160;
[[nodiscard]] bool slidingSuits(const SlidingPlan& plan, const ConvParams& params);
Status convolveSliding(const Tensor& input, const Tensor& weight, const Tensor* bias,
    const ConvParams& params, const SlidingPlan& plan, Tensor& output, const RunOptions& options);
// Within it, depth-wise 3x3 and 5x5 layers with stride 1 and zero padding read the input planes
// in place (no padded copy).
[[nodiscard]] bool depthwiseDirectSuits(const SlidingPlan& plan, const ConvParams& params);

// cv::filter2D for large 2-D planes with one input and one output channel per group, stride 1,
// no dilation, output as large as the input: conv_filter2d.cpp.
[[nodiscard]] bool filter2dSuits(const SlidingPlan& plan, const ConvParams& params);
// Whether such a layer takes the direct AVX2 filter (3, 5 or 7 rows and columns), not filter2D.
[[nodiscard]] bool filter2dDirect(const SlidingPlan& plan);
Status convolveFilter2d(const Tensor& input, const Tensor& weight, const Tensor* bias,
    const ConvParams& params, const SlidingPlan& plan, Tensor& output, const RunOptions& options);

// Winograd F(2x2, 3x3) or F(4x4, 3x3) for 2-D 3x3 layers, stride 1, no dilation or groups, 16+
// channels in and out: conv_winograd.cpp. winogradTile says which output tile (2 or 4) a layer
// gets; tile = 0 lets convolveWinograd choose, 2 or 4 forces one (tests).
[[nodiscard]] bool winogradSuits(const SlidingPlan& plan, const ConvParams& params);
[[nodiscard]] int winogradTile(const SlidingPlan& plan);
Status convolveWinograd(const Tensor& input, const Tensor& weight, const Tensor* bias,
    const ConvParams& params, const SlidingPlan& plan, Tensor& output, const RunOptions& options,
    int tile = 0);

// Cache-tiled im2col + Eigen GEMM, threaded over tiles of output positions: any layer.
Status convolveGemm(const Tensor& input, const Tensor& weight, const Tensor* bias,
    const ConvParams& params, const SlidingPlan& plan, Tensor& output, const RunOptions& options);

} // namespace convscope::detail
