#pragma once

// Shape arithmetic of sliding-window layers (convolution and pooling), per spatial dimension.
// Semantics follow PyTorch (torch.nn.Conv{1,2,3}d, MaxPool/AvgPool); every formula cites it.

#include "error.h"

#include <array>
#include <string>
#include <vector>

namespace convscope {

inline constexpr int kMaxSpatialDims = 3;
using Dims = std::array<int, kMaxSpatialDims>;

// The size of a dilated kernel: d-1 skipped cells between taps, d*(k-1)+1 cells in all.
[[nodiscard]] constexpr int kernelExtent(int k, int d) { return d * (k - 1) + 1; }

enum class PaddingMode { Zeros, Reflect, Replicate, Circular };
enum class PaddingKind { Explicit, Same, Valid };

struct Padding {
    PaddingKind kind = PaddingKind::Explicit;
    Dims values { 0, 0, 0 }; // symmetric padding per dimension, for Explicit

    [[nodiscard]] static Padding explicitly(Dims v) { return { PaddingKind::Explicit, v }; }
    [[nodiscard]] static Padding same() { return { PaddingKind::Same, { 0, 0, 0 } }; }
    [[nodiscard]] static Padding valid() { return { PaddingKind::Valid, { 0, 0, 0 } }; }
    bool operator==(const Padding &) const = default;
};

struct ConvParams {
    int spatialDims = 2;
    int outChannels = 1;
    Dims kernel { 3, 3, 3 };
    Dims stride { 1, 1, 1 };
    Dims dilation { 1, 1, 1 };
    Padding padding;
    PaddingMode paddingMode = PaddingMode::Zeros;
    int groups = 1;
    bool bias = true;
    bool flip = false; // image-processing convolution: the kernel rotated by 180 degrees
    bool operator==(const ConvParams &) const = default;
};

enum class PoolType { Max, Avg, Sum };

struct PoolParams {
    int spatialDims = 2;
    PoolType type = PoolType::Max;
    Dims kernel { 2, 2, 2 };
    Dims stride { 2, 2, 2 };
    Dims padding { 0, 0, 0 };
    Dims dilation { 1, 1, 1 }; // max pooling only
    bool ceilMode = false;
    bool countIncludePad = true; // average pooling only
    bool operator==(const PoolParams &) const = default;
};

// One spatial dimension of a sliding window, fully resolved.
struct Axis {
    int input = 1; // size of the unpadded input
    int kernel = 1;
    int stride = 1;
    int dilation = 1;
    int padBefore = 0;
    int padAfter = 0;
    int output = 1;

    [[nodiscard]] int extent() const { return kernelExtent(kernel, dilation); }
    [[nodiscard]] int paddedInput() const { return input + padBefore + padAfter; }
    bool operator==(const Axis &) const = default;
};

// The resolved geometry of a convolution or pooling layer on a given input.
struct SlidingPlan {
    int spatialDims = 2;
    std::array<Axis, kMaxSpatialDims> axes {};
    int inChannels = 1;
    int outChannels = 1;

    [[nodiscard]] std::vector<int> outputShape() const;
    [[nodiscard]] std::int64_t outputPlaneSize() const;
    [[nodiscard]] std::int64_t inputPlaneSize() const;
};

// Human names of the spatial dimensions ("length"; "height", "width"; "depth", "height", "width").
[[nodiscard]] std::string axisName(int spatialDims, int axis);

// PyTorch's output size of a convolution, floor((M + pb + pa - d(k-1) - 1)/s) + 1; may be < 1
// when the kernel does not fit, which the callers report.
[[nodiscard]] int convOutputSize(int input, int kernel, int stride, int dilation, int padBefore,
    int padAfter);

// PyTorch's pooling output size (aten/src/ATen/native/Pool.h, pooling_output_shape_pad_lr):
// with ceil_mode the last window may start in the padding on the right only if it starts
// inside the input or the left padding.
[[nodiscard]] int poolOutputSize(int input, int kernel, int stride, int dilation, int padBefore,
    int padAfter, bool ceilMode);

// Validates the parameters against an input of shape (C, *spatial) and resolves them.
// The Error's message names the quantity, the numbers, and a fix; Error::field is empty here.
[[nodiscard]] Result<SlidingPlan> planConv(const std::vector<int> &inputShape, const ConvParams &);
[[nodiscard]] Result<SlidingPlan> planPool(const std::vector<int> &inputShape, const PoolParams &);

// Parameter counts in int64 with overflow checks: kernel volume * C/groups * D (+ D for bias).
[[nodiscard]] Result<std::int64_t> convParamCount(int inChannels, const ConvParams &);
// Multiply-accumulates of a planned convolution: output elements * kernel volume * C/groups.
[[nodiscard]] Result<std::int64_t> convMacs(const SlidingPlan &, const ConvParams &);

// The input cell that a padded position copies, for a position outside [0, size) in unpadded
// coordinates: -1 for zero padding; reflect mirrors without repeating the edge (PyTorch's
// ReflectionPad), replicate repeats the edge, circular wraps around. Inside, the position itself.
[[nodiscard]] int padSource(int pos, int size, PaddingMode mode);

// Checked int64 helpers; return false on overflow.
[[nodiscard]] bool checkedMul(std::int64_t a, std::int64_t b, std::int64_t &out);
[[nodiscard]] bool checkedAdd(std::int64_t a, std::int64_t b, std::int64_t &out);

} // namespace convscope
