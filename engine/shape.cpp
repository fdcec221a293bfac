#include "shape.h"

#include "tensor.h"

#include <algorithm>

namespace convscope {

namespace {

std::string str(int v) { return std::to_string(v); }

// Floor division for a possibly negative numerator (C++ '/' truncates toward zero).
int floorDiv(int a, int b)
{
    int q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}

std::string where(int spatialDims, int axis)
{
    return spatialDims == 1 ? std::string() : " (" + axisName(spatialDims, axis) + ")";
}

std::string kernelText(int k, int d)
{
    if (d == 1)
        return "kernel " + str(k);
    return "kernel " + str(k) + " (effective " + str(kernelExtent(k, d)) + " with dilation "
        + str(d) + ")";
}

Result<bool> checkInput(const std::vector<int> &inputShape, int spatialDims)
{
    if (spatialDims < 1 || spatialDims > kMaxSpatialDims)
        return Error { "the number of spatial dimensions must be 1, 2 or 3, not " + str(spatialDims),
            "spatial_dims" };
    if (static_cast<int>(inputShape.size()) != spatialDims + 1)
        return Error { "the input has shape " + shapeString(inputShape) + " but a "
                + str(spatialDims) + "-d layer needs (C, " + (spatialDims == 1 ? "L" : spatialDims == 2 ? "H, W" : "D, H, W") + ")",
            "input" };
    for (int v : inputShape)
        if (v < 1)
            return Error { "the input shape " + shapeString(inputShape) + " has an empty dimension",
                "input" };
    return true;
}

Result<bool> checkPositive(const Dims &v, int n, const char *name)
{
    for (int i = 0; i < n; ++i)
        if (v[static_cast<std::size_t>(i)] < 1)
            return Error { std::string(name) + " " + str(v[static_cast<std::size_t>(i)]) + where(n, i)
                    + " must be at least 1",
                name };
    return true;
}

constexpr int kMaxParam = 1 << 20; // far above any sensible kernel, stride, padding or dilation

Result<bool> checkRange(const Dims &v, int n, const char *name)
{
    for (int i = 0; i < n; ++i)
        if (v[static_cast<std::size_t>(i)] > kMaxParam)
            return Error { std::string(name) + " " + str(v[static_cast<std::size_t>(i)]) + where(n, i)
                    + " is too large (at most " + str(kMaxParam) + ")",
                name };
    return true;
}

} // namespace

std::string axisName(int spatialDims, int axis)
{
    static const char *names1[] = { "length" };
    static const char *names2[] = { "height", "width" };
    static const char *names3[] = { "depth", "height", "width" };
    if (axis < 0 || axis >= spatialDims)
        return "?";
    switch (spatialDims) {
    case 1:
        return names1[axis];
    case 2:
        return names2[axis];
    default:
        return names3[axis];
    }
}

std::vector<int> SlidingPlan::outputShape() const
{
    std::vector<int> s { outChannels };
    for (int i = 0; i < spatialDims; ++i)
        s.push_back(axes[static_cast<std::size_t>(i)].output);
    return s;
}

std::int64_t SlidingPlan::outputPlaneSize() const
{
    std::int64_t n = 1;
    for (int i = 0; i < spatialDims; ++i)
        n *= axes[static_cast<std::size_t>(i)].output;
    return n;
}

std::int64_t SlidingPlan::inputPlaneSize() const
{
    std::int64_t n = 1;
    for (int i = 0; i < spatialDims; ++i)
        n *= axes[static_cast<std::size_t>(i)].input;
    return n;
}

int convOutputSize(int input, int kernel, int stride, int dilation, int padBefore, int padAfter)
{
    // PyTorch (torch.nn.Conv2d docs): floor((M + 2p - d(k-1) - 1)/s) + 1, here with p split in two.
    const std::int64_t numerator = std::int64_t { input } + padBefore + padAfter
        - std::int64_t { dilation } * (kernel - 1) - 1;
    if (numerator < 0)
        return 0;
    return static_cast<int>(numerator / stride + 1);
}

int poolOutputSize(int input, int kernel, int stride, int dilation, int padBefore, int padAfter,
    bool ceilMode)
{
    const int numerator = input + padBefore + padAfter - dilation * (kernel - 1) - 1
        + (ceilMode ? stride - 1 : 0);
    int out = floorDiv(numerator, stride) + 1;
    if (ceilMode && (out - 1) * stride >= input + padBefore)
        --out; // the last window would start in the right padding
    return out;
}

Result<SlidingPlan> planConv(const std::vector<int> &inputShape, const ConvParams &p)
{
    const int n = p.spatialDims;
    if (auto r = checkInput(inputShape, n); !r)
        return r.error();
    for (auto [v, name] : { std::pair { &p.kernel, "kernel" }, std::pair { &p.stride, "stride" },
             std::pair { &p.dilation, "dilation" } }) {
        if (auto r = checkPositive(*v, n, name); !r)
            return r.error();
        if (auto r = checkRange(*v, n, name); !r)
            return r.error();
    }
    const int c = inputShape[0];
    if (p.outChannels < 1)
        return Error { "output channels " + str(p.outChannels) + " must be at least 1",
            "out_channels" };
    if (p.groups < 1)
        return Error { "groups " + str(p.groups) + " must be at least 1", "groups" };
    if (c % p.groups != 0)
        return Error { "groups " + str(p.groups) + " does not divide the " + str(c)
                + " input channels: choose a divisor of " + str(c),
            "groups" };
    if (p.outChannels % p.groups != 0)
        return Error { "groups " + str(p.groups) + " does not divide the " + str(p.outChannels)
                + " output channels: choose a multiple of " + str(p.groups) + " output channels",
            "groups" };

    SlidingPlan plan;
    plan.spatialDims = n;
    plan.inChannels = c;
    plan.outChannels = p.outChannels;
    for (int i = 0; i < n; ++i) {
        const auto u = static_cast<std::size_t>(i);
        Axis &a = plan.axes[u];
        a.input = inputShape[u + 1];
        a.kernel = p.kernel[u];
        a.stride = p.stride[u];
        a.dilation = p.dilation[u];
        switch (p.padding.kind) {
        case PaddingKind::Explicit:
            if (p.padding.values[u] < 0)
                return Error { "padding " + str(p.padding.values[u]) + where(n, i)
                        + " must not be negative",
                    "padding" };
            if (p.padding.values[u] > kMaxParam)
                return Error { "padding " + str(p.padding.values[u]) + where(n, i)
                        + " is too large (at most " + str(kMaxParam) + ")",
                    "padding" };
            a.padBefore = a.padAfter = p.padding.values[u];
            break;
        case PaddingKind::Valid:
            break;
        case PaddingKind::Same: {
            if (a.stride != 1)
                return Error { "padding 'same' needs stride 1, but the stride" + where(n, i) + " is "
                        + str(a.stride) + ": use a number for the padding or set the stride to 1",
                    "padding" };
            // PyTorch: total d*(k-1), the smaller half before (torch/nn/modules/conv.py).
            const int total = a.dilation * (a.kernel - 1);
            a.padBefore = total / 2;
            a.padAfter = total - a.padBefore;
            break;
        }
        }
        if (p.paddingMode == PaddingMode::Reflect
            && (a.padBefore >= a.input || a.padAfter >= a.input))
            return Error { "reflect padding " + str(std::max(a.padBefore, a.padAfter)) + where(n, i)
                    + " must be smaller than the input size " + str(a.input)
                    + ": lower the padding or use replicate or zeros",
                "padding" };
        if (p.paddingMode == PaddingMode::Circular
            && (a.padBefore > a.input || a.padAfter > a.input))
            return Error { "circular padding " + str(std::max(a.padBefore, a.padAfter)) + where(n, i)
                    + " must not exceed the input size " + str(a.input) + ": lower the padding",
                "padding" };
        if (a.extent() > a.paddedInput())
            return Error { kernelText(a.kernel, a.dilation) + " is larger than the padded input "
                    + str(a.paddedInput()) + where(n, i) + ": "
                    + (a.dilation > 1 ? "lower the dilation or the kernel size, or add padding"
                                      : "use a smaller kernel or add padding"),
                "kernel" };
        a.output = convOutputSize(a.input, a.kernel, a.stride, a.dilation, a.padBefore, a.padAfter);
    }
    std::vector<std::int64_t> out(1, p.outChannels);
    for (int i = 0; i < n; ++i)
        out.push_back(plan.axes[static_cast<std::size_t>(i)].output);
    std::int64_t count = 1;
    for (auto v : out)
        if (!checkedMul(count, v, count) || count > (std::int64_t { 1 } << 31))
            return Error { "the output would have more than 2^31 elements: use a smaller input or fewer channels", "out_channels" };
    return plan;
}

Result<SlidingPlan> planPool(const std::vector<int> &inputShape, const PoolParams &p)
{
    const int n = p.spatialDims;
    if (auto r = checkInput(inputShape, n); !r)
        return r.error();
    for (auto [v, name] : { std::pair { &p.kernel, "kernel" }, std::pair { &p.stride, "stride" },
             std::pair { &p.dilation, "dilation" } }) {
        if (auto r = checkPositive(*v, n, name); !r)
            return r.error();
        if (auto r = checkRange(*v, n, name); !r)
            return r.error();
    }
    SlidingPlan plan;
    plan.spatialDims = n;
    plan.inChannels = plan.outChannels = inputShape[0];
    for (int i = 0; i < n; ++i) {
        const auto u = static_cast<std::size_t>(i);
        Axis &a = plan.axes[u];
        a.input = inputShape[u + 1];
        a.kernel = p.kernel[u];
        a.stride = p.stride[u];
        a.dilation = p.type == PoolType::Max ? p.dilation[u] : 1;
        if (p.type != PoolType::Max && p.dilation[u] != 1)
            return Error { "dilation applies to max pooling only", "dilation" };
        const int pad = p.padding[u];
        if (pad < 0)
            return Error { "padding " + str(pad) + where(n, i) + " must not be negative", "padding" };
        // PyTorch (pool2d_shape_check): pad <= kernel / 2.
        if (pad > a.kernel / 2)
            return Error { "padding " + str(pad) + where(n, i)
                    + " must be at most half the kernel size (" + str(a.kernel) + " / 2 = "
                    + str(a.kernel / 2) + "): lower the padding",
                "padding" };
        a.padBefore = a.padAfter = pad;
        if (a.extent() > a.paddedInput())
            return Error { kernelText(a.kernel, a.dilation) + " is larger than the padded input "
                    + str(a.paddedInput()) + where(n, i) + ": use a smaller window or add padding",
                "kernel" };
        a.output = poolOutputSize(a.input, a.kernel, a.stride, a.dilation, pad, pad, p.ceilMode);
        if (a.output < 1)
            return Error { "the output would be empty" + where(n, i) + ": use a smaller window",
                "kernel" };
    }
    return plan;
}

bool checkedMul(std::int64_t a, std::int64_t b, std::int64_t &out)
{
    return !__builtin_mul_overflow(a, b, &out);
}

bool checkedAdd(std::int64_t a, std::int64_t b, std::int64_t &out)
{
    return !__builtin_add_overflow(a, b, &out);
}

Result<std::int64_t> convParamCount(int inChannels, const ConvParams &p)
{
    if (p.groups < 1 || inChannels % p.groups != 0)
        return Error { "groups " + str(p.groups) + " does not divide the " + str(inChannels)
                + " input channels",
            "groups" };
    std::int64_t n = p.outChannels;
    bool ok = checkedMul(n, inChannels / p.groups, n);
    for (int i = 0; i < p.spatialDims && ok; ++i)
        ok = checkedMul(n, p.kernel[static_cast<std::size_t>(i)], n);
    if (ok && p.bias)
        ok = checkedAdd(n, p.outChannels, n);
    if (!ok)
        return Error { "the parameter count overflows 64 bits", "kernel" };
    return n;
}

Result<std::int64_t> convMacs(const SlidingPlan &plan, const ConvParams &p)
{
    std::int64_t n = plan.outChannels;
    bool ok = checkedMul(n, plan.inChannels / std::max(1, p.groups), n);
    for (int i = 0; i < plan.spatialDims && ok; ++i) {
        const auto u = static_cast<std::size_t>(i);
        ok = checkedMul(n, plan.axes[u].kernel, n) && checkedMul(n, plan.axes[u].output, n);
    }
    if (!ok)
        return Error { "the multiply-accumulate count overflows 64 bits", "kernel" };
    return n;
}

int padSource(int pos, int size, PaddingMode mode)
{
    if (pos >= 0 && pos < size)
        return pos;
    switch (mode) {
    case PaddingMode::Zeros:
        return -1;
    case PaddingMode::Replicate:
        return pos < 0 ? 0 : size - 1;
    case PaddingMode::Circular:
        return ((pos % size) + size) % size;
    case PaddingMode::Reflect:
        if (size == 1)
            return 0;
        {
            // Mirror without repeating the edge: -1 -> 1, size -> size - 2 (period 2(size-1)).
            const int period = 2 * (size - 1);
            int m = ((pos % period) + period) % period;
            return m < size ? m : period - m;
        }
    }
    return -1;
}

} // namespace convscope
