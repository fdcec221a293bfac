#pragma once

// The sliding-window geometry the animation draws, as pure functions of a configuration and a
// step (STYLE.md: "Animation is a function, not widget state"). A canvas keeps only the step and
// draws windowAt(config, step); the receptive-field overlay asks stepsReading().
//
// Coordinates: "padded" positions count from the first padding cell (0 .. paddedInput-1);
// "input" positions count from the first real input cell, so padding before the input is
// negative and padding after it is >= the input size. Per spatial dimension, in the order of
// the tensor's shape (depth, height, width); entries past spatialDims are 0.

#include "error.h"
#include "shape.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace convscope {

// What the window computes; it decides what a padding cell holds.
enum class WindowOp { Conv, MaxPool, AvgPool, SumPool };

struct WindowConfig {
    int spatialDims = 2;
    std::array<Axis, kMaxSpatialDims> axes {};
    PaddingMode mode = PaddingMode::Zeros; // convolution only; pooling pads with constants
    WindowOp op = WindowOp::Conv;

    [[nodiscard]] const Axis& axis(int i) const { return axes[static_cast<std::size_t>(i)]; }
    bool operator==(const WindowConfig&) const = default;
};

// From a resolved plan (shape.h). Pooling ignores `mode`: max pooling pads with -infinity,
// average and sum pooling with zeros, so no padding cell copies an input cell.
[[nodiscard]] WindowConfig windowConfig(const SlidingPlan& plan, PaddingMode mode, WindowOp op);
// Validates the parameters against an input shape (C, *spatial), as planConv/planPool do.
[[nodiscard]] Result<WindowConfig> convWindow(
    const std::vector<int>& inputShape, const ConvParams& params);
[[nodiscard]] Result<WindowConfig> poolWindow(
    const std::vector<int>& inputShape, const PoolParams& params);

// One kernel tap of a window: where the (dilated) kernel element lands.
struct Tap {
    Dims kernelIndex { 0, 0, 0 };
    Dims padded { 0, 0, 0 }; // position in the padded input
    Dims input { 0, 0, 0 }; // padded - padBefore; outside [0, input) when inPadding
    bool inPadding = false; // some coordinate lies outside the input
    // Ceil-mode pooling only: the window runs past the padded input too; the operation ignores
    // this tap (PyTorch clips the window to the padded input).
    bool beyondPadding = false;
    // The input cell whose value the tap reads: the cell itself inside the input, the cell that
    // reflect/replicate/circular padding copies in the padding, none for a constant (zeros, or
    // pooling's padding).
    std::optional<Dims> source;
    bool operator==(const Tap&) const = default;
};

struct WindowGeometry {
    int step = 0; // the step actually drawn, after clamping
    Dims outputIndex { 0, 0, 0 };
    Dims origin { 0, 0, 0 }; // first cell of the window, in padded coordinates
    Dims extent { 1, 1, 1 }; // dilation * (kernel - 1) + 1 cells per dimension (1 past spatialDims)
    std::vector<Tap> taps; // row-major over the kernel index
    // Cells inside the window's extent that no tap reads (the holes dilation leaves), in padded
    // coordinates, row-major. Empty without dilation.
    std::vector<Dims> skipped;
};

// Number of animation steps: the product of the output sizes, saturated at INT_MAX. Steps run
// in row-major order over the output positions (the last dimension fastest), like a raster scan.
[[nodiscard]] int stepCount(const WindowConfig& config);

// The window of one step. Out-of-range steps are clamped: a negative step draws step 0, a step
// past the end draws the last one, so an animation timer can overshoot safely;
// WindowGeometry::step reports the step used.
[[nodiscard]] WindowGeometry windowAt(const WindowConfig& config, int step);

// The output position of a step (clamped like windowAt) and its inverse; stepForOutput returns
// -1 for a position outside the output.
[[nodiscard]] Dims outputIndexOf(const WindowConfig& config, int step);
[[nodiscard]] int stepForOutput(const WindowConfig& config, const Dims& outputIndex);

// A half-open box of cells, begin inclusive and end exclusive, per dimension.
struct Box {
    Dims begin { 0, 0, 0 };
    Dims end { 1, 1, 1 };
    [[nodiscard]] bool empty(int spatialDims) const;
    bool operator==(const Box&) const = default;
};

// The input cells a step's window covers directly (its extent, clipped to the unpadded input),
// in input coordinates; empty when the window lies wholly in the padding.
[[nodiscard]] Box inputBoxOf(const WindowConfig& config, int step);

// Along one axis: the output positions whose window reads input cell `pos`, directly or through
// a padding copy, in increasing order.
[[nodiscard]] std::vector<int> outputsReadingAlong(const WindowConfig& config, int axis, int pos);

// All steps whose window reads the input cell `inputIndex` (input coordinates), directly or
// through reflect/replicate/circular padding, in increasing order: what an overlay highlights
// when the pointer rests on an input cell. Empty for a cell outside the input.
[[nodiscard]] std::vector<int> stepsReading(const WindowConfig& config, const Dims& inputIndex);

} // namespace convscope
