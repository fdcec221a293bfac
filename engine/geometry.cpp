#include "geometry.h"

#include <algorithm>
#include <climits>

namespace convscope {

namespace {

int at(const Dims& d, int i)
{
    return d[static_cast<std::size_t>(i)];
}
int& at(Dims& d, int i)
{
    return d[static_cast<std::size_t>(i)];
}

// Visits every index of a box of the given sizes in row-major order (last dimension fastest).
template <class F> void forEachIndex(int spatialDims, const Dims& sizes, F&& visit)
{
    for (int i = 0; i < spatialDims; ++i)
        if (at(sizes, i) < 1)
            return;
    Dims index { 0, 0, 0 };
    while (true) {
        visit(index);
        int i = spatialDims - 1;
        for (; i >= 0; --i) {
            if (++at(index, i) < at(sizes, i))
                break;
            at(index, i) = 0;
        }
        if (i < 0)
            return;
    }
}

// Whether padding cells hold copies of input cells (and so have a source).
bool copiesPadding(const WindowConfig& c)
{
    return c.op == WindowOp::Conv && c.mode != PaddingMode::Zeros;
}

} // namespace

WindowConfig windowConfig(const SlidingPlan& plan, PaddingMode mode, WindowOp op)
{
    WindowConfig c;
    c.spatialDims = plan.spatialDims;
    c.axes = plan.axes;
    c.mode = op == WindowOp::Conv ? mode : PaddingMode::Zeros;
    c.op = op;
    return c;
}

Result<WindowConfig> convWindow(const std::vector<int>& inputShape, const ConvParams& params)
{
    auto plan = planConv(inputShape, params);
    if (!plan)
        return plan.error();
    return windowConfig(*plan, params.paddingMode, WindowOp::Conv);
}

Result<WindowConfig> poolWindow(const std::vector<int>& inputShape, const PoolParams& params)
{
    auto plan = planPool(inputShape, params);
    if (!plan)
        return plan.error();
    const WindowOp op = params.type == PoolType::Max ? WindowOp::MaxPool
        : params.type == PoolType::Avg               ? WindowOp::AvgPool
                                                     : WindowOp::SumPool;
    return windowConfig(*plan, PaddingMode::Zeros, op);
}

int stepCount(const WindowConfig& config)
{
    std::int64_t n = 1;
    for (int i = 0; i < config.spatialDims; ++i) {
        const int out = config.axis(i).output;
        if (out < 1)
            return 0;
        n = std::min<std::int64_t>(n * out, INT_MAX);
    }
    return static_cast<int>(n);
}

Dims outputIndexOf(const WindowConfig& config, int step)
{
    Dims index { 0, 0, 0 };
    const int count = stepCount(config);
    if (count == 0)
        return index;
    int rest = std::clamp(step, 0, count - 1);
    for (int i = config.spatialDims - 1; i >= 0; --i) {
        const int out = config.axis(i).output;
        at(index, i) = rest % out;
        rest /= out;
    }
    return index;
}

int stepForOutput(const WindowConfig& config, const Dims& outputIndex)
{
    std::int64_t step = 0;
    for (int i = 0; i < config.spatialDims; ++i) {
        const int out = config.axis(i).output;
        const int o = at(outputIndex, i);
        if (o < 0 || o >= out)
            return -1;
        step = step * out + o;
    }
    return step > INT_MAX ? -1 : static_cast<int>(step);
}

WindowGeometry windowAt(const WindowConfig& config, int step)
{
    WindowGeometry g;
    const int count = stepCount(config);
    if (count == 0)
        return g;
    const int n = config.spatialDims;
    g.step = std::clamp(step, 0, count - 1);
    g.outputIndex = outputIndexOf(config, g.step);
    Dims kernel { 1, 1, 1 };
    bool dilated = false;
    for (int i = 0; i < n; ++i) {
        const Axis& a = config.axis(i);
        at(g.origin, i) = at(g.outputIndex, i) * a.stride;
        at(g.extent, i) = a.extent();
        at(kernel, i) = a.kernel;
        dilated = dilated || a.dilation > 1;
    }

    forEachIndex(n, kernel, [&](const Dims& k) {
        Tap tap;
        tap.kernelIndex = k;
        for (int i = 0; i < n; ++i) {
            const Axis& a = config.axis(i);
            at(tap.padded, i) = at(g.origin, i) + at(k, i) * a.dilation;
            at(tap.input, i) = at(tap.padded, i) - a.padBefore;
            tap.inPadding = tap.inPadding || at(tap.input, i) < 0 || at(tap.input, i) >= a.input;
            tap.beyondPadding = tap.beyondPadding || at(tap.padded, i) >= a.paddedInput();
        }
        if (!tap.inPadding) {
            tap.source = tap.input;
        } else if (copiesPadding(config) && !tap.beyondPadding) {
            // Padding is separable: a padded cell copies the input cell whose coordinates are
            // each mapped on their own (PyTorch's ReflectionPad2d/ReplicationPad2d, and circular
            // padding as torch.nn.functional.pad(mode='circular')).
            Dims source { 0, 0, 0 };
            for (int i = 0; i < n; ++i)
                at(source, i) = padSource(at(tap.input, i), config.axis(i).input, config.mode);
            tap.source = source;
        }
        g.taps.push_back(tap);
    });

    if (dilated) {
        forEachIndex(n, g.extent, [&](const Dims& offset) {
            bool onTap = true;
            for (int i = 0; i < n; ++i)
                onTap = onTap && at(offset, i) % config.axis(i).dilation == 0;
            if (onTap)
                return;
            Dims cell { 0, 0, 0 };
            for (int i = 0; i < n; ++i)
                at(cell, i) = at(g.origin, i) + at(offset, i);
            g.skipped.push_back(cell);
        });
    }
    return g;
}

bool Box::empty(int spatialDims) const
{
    for (int i = 0; i < spatialDims; ++i)
        if (at(begin, i) >= at(end, i))
            return true;
    return false;
}

Box inputBoxOf(const WindowConfig& config, int step)
{
    Box box;
    if (stepCount(config) == 0) {
        box.end = box.begin;
        return box;
    }
    const Dims index = outputIndexOf(config, step);
    for (int i = 0; i < config.spatialDims; ++i) {
        const Axis& a = config.axis(i);
        const int first = at(index, i) * a.stride - a.padBefore;
        at(box.begin, i) = std::clamp(first, 0, a.input);
        at(box.end, i) = std::clamp(first + a.extent(), at(box.begin, i), a.input);
    }
    return box;
}

std::vector<int> outputsReadingAlong(const WindowConfig& config, int axis, int pos)
{
    std::vector<int> outputs;
    if (axis < 0 || axis >= config.spatialDims)
        return outputs;
    const Axis& a = config.axis(axis);
    if (pos < 0 || pos >= a.input)
        return outputs;
    const bool copies = copiesPadding(config);
    for (int o = 0; o < a.output; ++o) {
        for (int k = 0; k < a.kernel; ++k) {
            const int padded = o * a.stride + k * a.dilation;
            const int p = padded - a.padBefore;
            const bool reads = (p >= 0 && p < a.input)
                ? p == pos
                : copies && padded < a.paddedInput() && padSource(p, a.input, config.mode) == pos;
            if (reads) {
                outputs.push_back(o);
                break;
            }
        }
    }
    return outputs;
}

std::vector<int> stepsReading(const WindowConfig& config, const Dims& inputIndex)
{
    const int n = config.spatialDims;
    std::array<std::vector<int>, kMaxSpatialDims> along;
    Dims sizes { 1, 1, 1 };
    for (int i = 0; i < n; ++i) {
        along[static_cast<std::size_t>(i)] = outputsReadingAlong(config, i, at(inputIndex, i));
        at(sizes, i) = static_cast<int>(along[static_cast<std::size_t>(i)].size());
    }
    std::vector<int> steps;
    forEachIndex(n, sizes, [&](const Dims& choice) {
        Dims output { 0, 0, 0 };
        for (int i = 0; i < n; ++i)
            at(output, i)
                = along[static_cast<std::size_t>(i)][static_cast<std::size_t>(at(choice, i))];
        steps.push_back(stepForOutput(config, output));
    });
    return steps;
}

} // namespace convscope
