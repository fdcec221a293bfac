#include "network.h"

#include "kernels.h"
#include "pool.h"

#include <Eigen/Core>

#include <cmath>
#include <limits>
#include <map>
#include <random>
#include <utility>

namespace convscope {

namespace {

template <class... F> struct Overloaded : F... {
    using F::operator()...;
};
// Clang 14 does not deduce an aggregate's template arguments (P1816) without a guide.
template <class... F> Overloaded(F...) -> Overloaded<F...>;

std::string str(std::int64_t v)
{
    return std::to_string(v);
}

std::string numberText(double v)
{
    std::string s = std::to_string(v);
    while (s.size() > 1 && s.back() == '0')
        s.pop_back();
    if (!s.empty() && s.back() == '.')
        s.pop_back();
    return s;
}

std::string prefix(int index, const std::string& name)
{
    return "layer " + str(index) + " (" + name + "): ";
}

Error layerError(
    int index, const std::string& name, const std::string& message, const std::string& field)
{
    return Error { prefix(index, name) + message,
        "layers[" + str(index) + "]" + (field.empty() ? std::string() : "." + field) };
}

Error inputError(const std::string& message, const std::string& field)
{
    return Error { "input: " + message, "input." + field };
}

Status checkInput(const Network& net)
{
    if (net.inputChannels < 1)
        return inputError("channels " + str(net.inputChannels) + " must be at least 1", "channels");
    const int n = static_cast<int>(net.inputSize.size());
    if (n < 1 || n > kMaxSpatialDims)
        return inputError("size has " + str(n)
                + " entries: give 1, 2 or 3 spatial sizes (length; height, width; or depth, "
                  "height, width)",
            "size");
    std::vector<std::int64_t> shape { net.inputChannels };
    for (int i = 0; i < n; ++i) {
        const int v = net.inputSize[static_cast<std::size_t>(i)];
        if (v < 1)
            return inputError(
                "size " + str(v) + " (" + axisName(n, i) + ") must be at least 1", "size");
        shape.push_back(v);
    }
    if (auto problem = Tensor::checkShape(shape); !problem.empty())
        return inputError(problem, "size");
    return {};
}

// Receptive field, effective stride and effective padding so far, per spatial dimension.
struct FieldState {
    std::vector<std::int64_t> r, s, p;
    bool valid = true;
};

// Araujo, Norris & Sim, "Computing Receptive Fields of Convolutional Neural Networks" (Distill,
// 2019), the recurrences behind eqs. (1)-(3): r_l = r_{l-1} + (k_l - 1) S_{l-1},
// P_l = P_{l-1} + p_l S_{l-1}, S_l = S_{l-1} s_l, with a dilated kernel's effective size as k_l.
bool advance(FieldState& f, const SlidingPlan& plan)
{
    for (int i = 0; i < plan.spatialDims; ++i) {
        const auto u = static_cast<std::size_t>(i);
        const Axis& a = plan.axes[u];
        std::int64_t grow = 0, shift = 0;
        if (!checkedMul(a.extent() - 1, f.s[u], grow) || !checkedAdd(f.r[u], grow, f.r[u])
            || !checkedMul(a.padBefore, f.s[u], shift) || !checkedAdd(f.p[u], shift, f.p[u])
            || !checkedMul(f.s[u], a.stride, f.s[u]))
            return false;
    }
    return true;
}

} // namespace

Result<Summary> summarize(const Network& net)
{
    if (auto s = checkInput(net); !s)
        return s.error();
    const int n = static_cast<int>(net.inputSize.size());
    Summary summary;
    summary.name = net.name;
    summary.inputChannels = net.inputChannels;
    summary.inputSize = net.inputSize;

    std::map<std::string, int> seen;
    for (int i = 0; i < static_cast<int>(net.layers.size()); ++i) {
        const std::string name = layerName(net.layers[static_cast<std::size_t>(i)], i);
        if (const auto it = seen.find(name); it != seen.end())
            return layerError(i, name,
                "the name '" + name + "' is already used by layer " + str(it->second)
                    + ": give every layer its own name",
                "name");
        seen.emplace(name, i);
    }

    std::vector<int> shape { net.inputChannels };
    shape.insert(shape.end(), net.inputSize.begin(), net.inputSize.end());
    bool flat = false;
    FieldState field { std::vector<std::int64_t>(static_cast<std::size_t>(n), 1),
        std::vector<std::int64_t>(static_cast<std::size_t>(n), 1),
        std::vector<std::int64_t>(static_cast<std::size_t>(n), 0), true };

    for (int i = 0; i < static_cast<int>(net.layers.size()); ++i) {
        const Layer& layer = net.layers[static_cast<std::size_t>(i)];
        LayerSummary ls;
        ls.index = i;
        ls.name = layerName(layer, i);
        ls.type = layerType(layer.config);
        const auto fail = [&](const std::string& message, const std::string& fieldName) {
            return layerError(i, ls.name, message, fieldName);
        };
        const auto needsFeatureMap = [&]() {
            return fail(ls.type + " needs a feature map (C, "
                    + (n == 1        ? "L"
                            : n == 2 ? "H, W"
                                     : "D, H, W")
                    + ") but its input is the flat vector " + shapeString(shape)
                    + " made by a flatten or linear layer: move it before the flatten",
                "type");
        };
        const auto checkDims = [&](int dims) -> Status {
            if (dims != n)
                return fail("the layer is " + str(dims) + "-d but its input has " + str(n)
                        + " spatial dimension" + (n == 1 ? "" : "s")
                        + ": give every per-dimension field " + str(n) + " entr"
                        + (n == 1 ? "y" : "ies"),
                    "kernel");
            return {};
        };

        Status status = std::visit(
            Overloaded {
                [&](const ConvLayer& conv) -> Status {
                    if (flat)
                        return needsFeatureMap();
                    if (auto s = checkDims(conv.params.spatialDims); !s)
                        return s;
                    auto plan = planConv(shape, conv.params);
                    if (!plan)
                        return fail(plan.error().message, plan.error().field);
                    auto count = convParamCount(shape[0], conv.params);
                    if (!count)
                        return fail(count.error().message, count.error().field);
                    auto macs = convMacs(*plan, conv.params);
                    if (!macs)
                        return fail(macs.error().message, macs.error().field);
                    ls.params = *count;
                    ls.macs = *macs;
                    shape = plan->outputShape();
                    if (!advance(field, *plan))
                        return fail("the receptive field overflows 64 bits", "kernel");
                    return {};
                },
                [&](const PoolLayer& p) -> Status {
                    if (flat)
                        return needsFeatureMap();
                    if (auto s = checkDims(p.params.spatialDims); !s)
                        return s;
                    auto plan = planPool(shape, p.params);
                    if (!plan)
                        return fail(plan.error().message, plan.error().field);
                    shape = plan->outputShape();
                    if (!advance(field, *plan))
                        return fail("the receptive field overflows 64 bits", "kernel");
                    return {};
                },
                [&](const ActivationLayer& a) -> Status {
                    if (!std::isfinite(a.parameter))
                        return fail(std::string(activationParameterName(a.function))
                                + " must be a finite number",
                            std::string(activationParameterName(a.function)));
                    return {};
                },
                [&](const BatchNormLayer& b) -> Status {
                    if (!(b.eps > 0.0) || !std::isfinite(b.eps))
                        return fail("eps " + numberText(b.eps)
                                + " must be a small positive number, e.g. 1e-5",
                            "eps");
                    ls.params = 2 * std::int64_t { shape[0] };
                    return {};
                },
                [&](const FlattenLayer&) -> Status {
                    std::int64_t count = 1;
                    for (int v : shape)
                        count *= v; // at most 2^31 (checked by the shape planners)
                    if (count > std::numeric_limits<int>::max())
                        return fail("the flat vector would have " + str(count)
                                + " values, more than 2^31 - 1: reduce the feature map first",
                            "type");
                    shape = { static_cast<int>(count) };
                    flat = true;
                    return {};
                },
                [&](const LinearLayer& l) -> Status {
                    if (!flat)
                        return fail("linear needs a flat vector but its input is the feature map "
                                + shapeString(shape) + ": add a flatten layer before it",
                            "type");
                    if (l.outFeatures < 1)
                        return fail("out_features " + str(l.outFeatures) + " must be at least 1",
                            "out_features");
                    std::int64_t count = 0;
                    if (!checkedMul(shape[0], l.outFeatures, ls.macs)
                        || !checkedAdd(ls.macs, l.bias ? l.outFeatures : 0, count))
                        return fail("the parameter count overflows 64 bits", "out_features");
                    ls.params = count;
                    shape = { l.outFeatures };
                    return {};
                },
                [&](const DropoutLayer& d) -> Status {
                    if (!(d.p >= 0.0 && d.p <= 1.0))
                        return fail("p " + numberText(d.p) + " must be between 0 and 1", "p");
                    return {};
                },
            },
            layer.config);
        if (!status)
            return status.error();

        ls.outputShape = shape;
        if (!flat) {
            ls.receptiveField = field.r;
            ls.effectiveStride = field.s;
            ls.effectivePadding = field.p;
        }
        if (!checkedAdd(summary.totalParams, ls.params, summary.totalParams)
            || !checkedAdd(summary.totalMacs, ls.macs, summary.totalMacs))
            return fail("the network's total parameter or MAC count overflows 64 bits", "");
        summary.layers.push_back(std::move(ls));
    }
    return summary;
}

Status validate(const Network& net)
{
    auto s = summarize(net);
    if (!s)
        return s.error();
    return {};
}

Result<std::vector<Interval>> receptiveRegion(
    const Summary& summary, int layerIndex, const std::vector<int>& position)
{
    if (layerIndex < 0 || layerIndex >= static_cast<int>(summary.layers.size()))
        return Error { "layer " + str(layerIndex) + " does not exist: the network has "
                + str(static_cast<std::int64_t>(summary.layers.size())) + " layers",
            "layer" };
    const LayerSummary& l = summary.layers[static_cast<std::size_t>(layerIndex)];
    if (!l.receptiveField)
        return Error { prefix(layerIndex, l.name)
                + "the output is a flat vector, so every value sees the whole input",
            "layer" };
    const std::size_t n = l.receptiveField->size();
    if (position.size() != n)
        return Error { prefix(layerIndex, l.name) + "the position has "
                + str(static_cast<std::int64_t>(position.size()))
                + " coordinates but the layer has " + str(static_cast<std::int64_t>(n))
                + " spatial dimensions",
            "position" };
    std::vector<Interval> region;
    for (std::size_t i = 0; i < n; ++i) {
        const int size = l.outputShape[i + 1];
        if (position[i] < 0 || position[i] >= size)
            return Error { prefix(layerIndex, l.name) + "position " + str(position[i]) + " ("
                    + axisName(static_cast<int>(n), static_cast<int>(i))
                    + ") is outside the output of size " + str(size),
                "position" };
        // Distill 2019: u = position * S - P, v = u + r - 1 (in input coordinates).
        Interval v;
        v.first = position[i] * (*l.effectiveStride)[i] - (*l.effectivePadding)[i];
        v.last = v.first + (*l.receptiveField)[i] - 1;
        region.push_back(v);
    }
    return region;
}

Tensor defaultWeight(int layerIndex, const std::vector<int>& shape, std::int64_t fanIn)
{
    Tensor w(shape);
    std::mt19937 generator(static_cast<std::uint32_t>(layerIndex));
    const double bound = std::sqrt(6.0 / static_cast<double>(std::max<std::int64_t>(fanIn, 1)));
    for (std::int64_t i = 0; i < w.numel(); ++i) {
        const double u = static_cast<double>(generator() >> 8) / 16777216.0;
        w[i] = static_cast<float>((2.0 * u - 1.0) * bound);
    }
    return w;
}

namespace {

// A stored tensor for `key` if its shape is `shape`; nullptr if there is none; an error if the
// shapes differ.
Result<const Tensor*> storedTensor(
    const WeightStore* weights, const std::string& key, const std::vector<int>& shape)
{
    const Tensor* t = weights ? weights->find(key) : nullptr;
    if (t && t->shape() != shape)
        return Error { "the weight '" + key + "' has shape " + t->shapeString()
                + " but the layer needs " + shapeString(shape)
                + ": check the layer's parameters or the weights file",
            "weights" };
    return t;
}

// A named demo kernel (kernels.h) as the weight (O, C/groups, *k) of a 1-d or 2-d layer.
Result<Tensor> presetWeight(const std::string& preset, const std::vector<int>& wshape)
{
    const int n = static_cast<int>(wshape.size()) - 2;
    if (n > 2)
        return Error { "kernel preset '" + preset
                + "' is a 1-d or 2-d kernel but the layer is 3-d: give weights instead",
            "preset" };
    const int kh = n == 2 ? wshape[2] : 1;
    const int kw = wshape.back();
    auto kernel = makeKernel(preset, kh, kw);
    if (!kernel)
        return Error { kernel.error().message, "preset" };
    const Tensor weight = kernelAsWeight(*kernel, wshape[0], wshape[1]);
    Tensor shaped(wshape);
    std::copy(weight.values().begin(), weight.values().end(), shaped.values().begin());
    return shaped;
}

} // namespace

Result<std::vector<Tensor>> forward(const Network& net, const Tensor& input,
    const WeightStore* weights, const RunOptions& options, const ForwardProgress& progress)
{
    const int n = static_cast<int>(net.inputSize.size());
    if (input.ndim() != n + 1)
        return Error { "the input has shape " + input.shapeString() + " but the network needs "
                + str(n) + " spatial dimension" + (n == 1 ? "" : "s") + " after the channels",
            "input" };
    if (input.channels() != net.inputChannels)
        return Error { "the input has " + str(input.channels()) + " channels but the network needs "
                + str(net.inputChannels),
            "input" };
    Network sized = net;
    sized.inputSize.assign(input.shape().begin() + 1, input.shape().end());
    auto summary = summarize(sized);
    if (!summary)
        return summary.error();

    std::vector<Tensor> outputs;
    outputs.reserve(net.layers.size());
    const int count = static_cast<int>(net.layers.size());
    for (int i = 0; i < count; ++i) {
        const Tensor& in = i == 0 ? input : outputs.back();
        const std::string& name = summary->layers[static_cast<std::size_t>(i)].name;
        const auto fail = [&](const Error& e) { return layerError(i, name, e.message, e.field); };
        Tensor out;
        Status status = std::visit(
            Overloaded {
                [&](const ConvLayer& conv) -> Status {
                    const ConvParams& p = conv.params;
                    std::vector<int> wshape { p.outChannels, in.channels() / p.groups };
                    std::int64_t fanIn = in.channels() / p.groups;
                    for (int d = 0; d < p.spatialDims; ++d) {
                        wshape.push_back(p.kernel[static_cast<std::size_t>(d)]);
                        fanIn *= p.kernel[static_cast<std::size_t>(d)];
                    }
                    auto w = storedTensor(weights, name + ".weight", wshape);
                    if (!w)
                        return fail(w.error());
                    auto b = storedTensor(weights, name + ".bias", { p.outChannels });
                    if (!b)
                        return fail(b.error());
                    Tensor weight;
                    if (*w) {
                        weight = **w;
                    } else if (!conv.preset.empty()) {
                        auto preset = presetWeight(conv.preset, wshape);
                        if (!preset)
                            return fail(preset.error());
                        weight = std::move(preset).value();
                    } else {
                        weight = defaultWeight(i, wshape, fanIn);
                    }
                    const Tensor zeros({ p.outChannels }, 0.0f);
                    const Tensor* bias = p.bias ? (*b ? *b : &zeros) : nullptr;
                    if (auto s = convolve(in, weight, bias, p, out, options); !s)
                        return s.error().message == "cancelled" ? s : fail(s.error());
                    return {};
                },
                [&](const PoolLayer& p) -> Status {
                    if (auto s = pool(in, p.params, out, options); !s)
                        return s.error().message == "cancelled" ? s : fail(s.error());
                    return {};
                },
                [&](const ActivationLayer& a) -> Status {
                    out = in;
                    applyActivation(a.function, static_cast<float>(a.parameter), out.values());
                    return {};
                },
                [&](const BatchNormLayer& bn) -> Status {
                    const int c = in.channels();
                    const std::vector<int> cshape { c };
                    const Tensor ones(cshape, 1.0f), zeros(cshape, 0.0f);
                    const Tensor* parts[4] = {};
                    const char* keys[4] = { ".weight", ".bias", ".running_mean", ".running_var" };
                    const Tensor* fallback[4] = { &ones, &zeros, &zeros, &ones };
                    for (int k = 0; k < 4; ++k) {
                        auto t = storedTensor(weights, name + keys[k], cshape);
                        if (!t)
                            return fail(t.error());
                        parts[k] = *t ? *t : fallback[k];
                    }
                    out = in;
                    const std::int64_t plane = in.planeSize();
                    for (int ch = 0; ch < c; ++ch) {
                        // torch.nn.BatchNorm in eval mode: (x - mean) / sqrt(var + eps) * w + b.
                        const double scale = (*parts[0])[ch]
                            / std::sqrt(static_cast<double>((*parts[3])[ch]) + bn.eps);
                        const double shift = (*parts[1])[ch] - (*parts[2])[ch] * scale;
                        float* v = out.plane(ch);
                        for (std::int64_t k = 0; k < plane; ++k)
                            v[k] = static_cast<float>(v[k] * scale + shift);
                    }
                    return {};
                },
                [&](const FlattenLayer&) -> Status {
                    out = Tensor({ static_cast<int>(in.numel()) });
                    std::copy(in.values().begin(), in.values().end(), out.values().begin());
                    return {};
                },
                [&](const LinearLayer& l) -> Status {
                    const int inFeatures = static_cast<int>(in.numel());
                    const std::vector<int> wshape { l.outFeatures, inFeatures };
                    if (auto problem = Tensor::checkShape({ l.outFeatures, inFeatures });
                        !problem.empty())
                        return fail(
                            Error { "the weight matrix is too large: " + problem, "out_features" });
                    auto w = storedTensor(weights, name + ".weight", wshape);
                    if (!w)
                        return fail(w.error());
                    auto b = storedTensor(weights, name + ".bias", { l.outFeatures });
                    if (!b)
                        return fail(b.error());
                    const Tensor weight = *w ? **w : defaultWeight(i, wshape, inFeatures);
                    out = Tensor({ l.outFeatures }, 0.0f);
                    using RowMajor
                        = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
                    const Eigen::Map<const RowMajor> wm(weight.data(), l.outFeatures, inFeatures);
                    const Eigen::Map<const Eigen::VectorXf> x(in.data(), inFeatures);
                    Eigen::Map<Eigen::VectorXf> y(out.data(), l.outFeatures);
                    y.noalias() = wm * x;
                    if (l.bias && *b)
                        y += Eigen::Map<const Eigen::VectorXf>((*b)->data(), l.outFeatures);
                    return {};
                },
                [&](const DropoutLayer&) -> Status {
                    out = in; // inference: the identity (torch.nn.Dropout in eval mode)
                    return {};
                },
            },
            net.layers[static_cast<std::size_t>(i)].config);
        if (!status)
            return status.error();
        outputs.push_back(std::move(out));
        if ((options.cancelled && options.cancelled()) || (progress && !progress(i + 1, count)))
            return Error { "cancelled" };
    }
    return outputs;
}

} // namespace convscope
