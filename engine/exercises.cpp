#include "exercises.h"
#include "translate.h"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <limits>
#include <numeric>

namespace convscope {

namespace {

std::string str(std::int64_t v)
{
    return std::to_string(v);
}

// "a·b·c" of the first n entries.
std::string product(const Dims& d, int n)
{
    std::string s;
    for (int i = 0; i < n; ++i)
        s += (i ? "·" : "") + str(d[static_cast<std::size_t>(i)]);
    return s;
}

Layer makeConv(std::string name, int dims, int out, Dims kernel, Dims stride, Dims padding,
    Dims dilation, int groups, bool bias)
{
    ConvLayer c;
    c.params.spatialDims = dims;
    c.params.outChannels = out;
    c.params.kernel = kernel;
    c.params.stride = stride;
    c.params.dilation = dilation;
    c.params.padding = Padding::explicitly(padding);
    c.params.groups = groups;
    c.params.bias = bias;
    return { std::move(name), c };
}

Layer makePool(std::string name, int dims, PoolType type, Dims kernel, Dims stride, Dims padding)
{
    PoolLayer p;
    p.params.spatialDims = dims;
    p.params.type = type;
    p.params.kernel = kernel;
    p.params.stride = stride;
    p.params.padding = padding;
    return { std::move(name), p };
}

Network makeNetwork(int channels, std::vector<int> size, std::vector<Layer> layers)
{
    Network n;
    n.inputChannels = channels;
    n.inputSize = std::move(size);
    n.layers = std::move(layers);
    return n;
}

// The window parameters of a conv or pool layer, for the worked steps.
struct Window {
    int dims = 2;
    Dims kernel {}, stride {}, padding {}, dilation { 1, 1, 1 };
};

Window windowOf(const Layer& layer)
{
    Window w;
    if (const auto* c = std::get_if<ConvLayer>(&layer.config)) {
        w = { c->params.spatialDims, c->params.kernel, c->params.stride, c->params.padding.values,
            c->params.dilation };
    } else if (const auto* p = std::get_if<PoolLayer>(&layer.config)) {
        w = { p->params.spatialDims, p->params.kernel, p->params.stride, p->params.padding,
            p->params.dilation };
    }
    return w;
}

bool anyDilation(const Network& net)
{
    for (const Layer& l : net.layers) {
        const Window w = windowOf(l);
        for (int i = 0; i < w.dims; ++i)
            if (w.dilation[static_cast<std::size_t>(i)] != 1)
                return true;
    }
    return false;
}

// Output size steps of one sliding layer: ⌊(M + 2p − d·(k − 1) − 1)/s⌋ + 1 (PyTorch's Conv2d
// and MaxPool2d docs); without dilation written as the lecture does, ⌊(M + 2p − k)/s⌋ + 1.
void axisSteps(
    const Network& net, const LayerSummary& out, std::vector<SolutionStep>& steps, int answerOffset)
{
    const Window w = windowOf(net.layers.front());
    const bool dilated = anyDilation(net);
    for (int i = 0; i < w.dims; ++i) {
        const auto a = static_cast<std::size_t>(i);
        SolutionStep s;
        s.what = SolutionStep::What::AxisSize;
        s.axis = i;
        const std::string m = str(net.inputSize[a]), p = str(w.padding[a]), k = str(w.kernel[a]),
                          st = str(w.stride[a]), d = str(w.dilation[a]);
        if (dilated) {
            s.formula = "⌊(M + 2·p − d·(k − 1) − 1) / s⌋ + 1";
            s.substituted
                = "⌊(" + m + " + 2·" + p + " − " + d + "·(" + k + " − 1) − 1) / " + st + "⌋ + 1";
        } else {
            s.formula = "⌊(M + 2·p − k) / s⌋ + 1";
            s.substituted = "⌊(" + m + " + 2·" + p + " − " + k + ") / " + st + "⌋ + 1";
        }
        s.value = out.outputShape[a + 1];
        s.answerIndex = answerOffset < 0 ? -1 : answerOffset + i;
        steps.push_back(std::move(s));
    }
}

std::string convParamsFormula(const ConvParams& p)
{
    std::string k;
    for (int i = 0; i < p.spatialDims; ++i)
        k += (i ? "·" : "") + std::string("k") + (i == 0 ? "₀" : i == 1 ? "₁" : "₂");
    const std::string c = p.groups > 1 ? "(C_in / g)" : "C_in";
    return k + "·" + c + "·C_out" + (p.bias ? " + C_out" : "");
}

std::string convParamsSubstituted(int inChannels, const ConvParams& p)
{
    const std::string c
        = p.groups > 1 ? "(" + str(inChannels) + " / " + str(p.groups) + ")" : str(inChannels);
    return product(p.kernel, p.spatialDims) + "·" + c + "·" + str(p.outChannels)
        + (p.bias ? " + " + str(p.outChannels) : "");
}

SolutionStep convParamsStep(const Network& net, int layer, std::int64_t value, int answerIndex,
    SolutionStep::What what = SolutionStep::What::ConvParams)
{
    int channels = net.inputChannels;
    for (int i = 0; i < layer; ++i)
        if (const auto* c = std::get_if<ConvLayer>(&net.layers[static_cast<std::size_t>(i)].config))
            channels = c->params.outChannels;
    const auto& p = std::get<ConvLayer>(net.layers[static_cast<std::size_t>(layer)].config).params;
    SolutionStep s;
    s.what = what;
    s.layer = layer;
    s.formula = convParamsFormula(p);
    s.substituted = convParamsSubstituted(channels, p);
    s.value = value;
    s.answerIndex = answerIndex;
    return s;
}

// The receptive field side of each window layer: R_k = R_{k−1} + (F_k − 1)·S_1·…·S_{k−1}, a
// dilated kernel spanning d·(F_k − 1) + 1 cells (the lecture; Araujo et al., Distill 2019).
void receptiveSteps(const Network& net, const Summary& sum, std::vector<SolutionStep>& steps)
{
    SolutionStep start;
    start.what = SolutionStep::What::ReceptiveStart;
    start.formula = "R₀ = 1";
    start.substituted = "1";
    start.value = 1;
    steps.push_back(start);
    const bool dilated = anyDilation(net);
    std::int64_t previous = 1;
    std::string strides;
    const int last = static_cast<int>(net.layers.size()) - 1;
    for (int i = 0; i <= last; ++i) {
        const Window w = windowOf(net.layers[static_cast<std::size_t>(i)]);
        const int k = w.kernel[0], d = w.dilation[0];
        SolutionStep s;
        s.what = SolutionStep::What::ReceptiveLayer;
        s.layer = i;
        // With dilation d the kernel spans d·(F − 1) + 1 cells, so F − 1 becomes d·(F − 1).
        s.formula = dilated ? "R_k = R_{k−1} + d_k·(F_k − 1)·S₁·…·S_{k−1}"
                            : "R_k = R_{k−1} + (F_k − 1)·S₁·…·S_{k−1}";
        const std::string f = dilated ? str(d) + "·(" + str(k) + " − 1)" : "(" + str(k) + " − 1)";
        s.substituted = str(previous) + " + " + f + "·" + (strides.empty() ? "1" : strides);
        s.value = (*sum.layers[static_cast<std::size_t>(i)].receptiveField)[0];
        s.answerIndex = i == last ? 0 : -1;
        previous = s.value;
        strides += (strides.empty() ? "" : "·") + str(w.stride[0]);
        steps.push_back(std::move(s));
    }
}

std::int64_t elements(const std::vector<int>& shape)
{
    std::int64_t n = 1;
    for (int v : shape)
        n *= v;
    return n;
}

// ---- generator helpers ----

template <class T> T pick(std::mt19937& g, std::initializer_list<T> values)
{
    return *(values.begin() + uniformIndex(g, static_cast<int>(values.size())));
}

Dims repeatDims(int v)
{
    return { v, v, v };
}

// Per-dimension values: all equal (square) or drawn independently.
Dims drawDims(std::mt19937& g, int dims, int low, int high, bool square)
{
    Dims d { 1, 1, 1 };
    const int first = uniformInt(g, low, high);
    for (int i = 0; i < dims; ++i)
        d[static_cast<std::size_t>(i)] = square || i == 0 ? first : uniformInt(g, low, high);
    if (dims < kMaxSpatialDims)
        for (int i = dims; i < kMaxSpatialDims; ++i)
            d[static_cast<std::size_t>(i)] = square ? first : 1;
    return d;
}

// Unused per-dimension entries take the engine's defaults, so equal settings compare equal.
void normaliseDims(Dims& d, int dims, int fill)
{
    for (int i = dims; i < kMaxSpatialDims; ++i)
        d[static_cast<std::size_t>(i)] = fill;
}

std::vector<int> drawSize(std::mt19937& g, int dims, int low, int high, bool square)
{
    const Dims d = drawDims(g, dims, low, high, square);
    return { d.begin(), d.begin() + dims };
}

Exercise convParamsExercise(ExerciseLevel level, std::mt19937& g)
{
    Exercise ex;
    ex.kind = ExerciseKind::ConvParams;
    ex.level = level;
    ex.paramsVariant = level == ExerciseLevel::Basic
        ? ParamsVariant::Standard
        : pick(g,
            { ParamsVariant::Standard, ParamsVariant::Grouped, ParamsVariant::Grouped,
                ParamsVariant::DepthwiseSeparable, ParamsVariant::DepthwiseSeparable });
    if (ex.paramsVariant == ParamsVariant::DepthwiseSeparable) {
        const int c = pick(g, { 16, 32, 48, 64, 128, 256 });
        const int k = pick(g, { 3, 3, 5, 7 });
        const int side = pick(g, { 16, 32, 56 });
        const Dims none { 0, 0, 0 }, one { 1, 1, 1 };
        ex.network = makeNetwork(c, { side, side },
            { makeConv("depthwise", 2, c, repeatDims(k), one, repeatDims(k / 2), one, c, false),
                makeConv("pointwise", 2, c, one, one, none, one, 1, false) });
        ex.comparison = makeNetwork(c, { side, side },
            { makeConv("vanilla", 2, c, repeatDims(k), one, repeatDims(k / 2), one, 1, false) });
        return ex;
    }
    const int dims = pick(g, { 1, 2, 2, 2, 3 });
    const bool square = uniformIndex(g, 3) != 0;
    Dims kernel = drawDims(g, dims, 1, dims == 3 ? 5 : 7, square);
    if (dims == 1 && kernel[0] == 1)
        kernel[0] = 3;
    normaliseDims(kernel, dims, 3);
    int in = pick(g, { 1, 2, 3, 4, 5, 8, 10, 12, 16, 32, 64 });
    int out = pick(g, { 1, 2, 4, 5, 6, 8, 10, 16, 32, 64, 128 });
    int groups = 1;
    if (ex.paramsVariant == ParamsVariant::Grouped) {
        groups = pick(g, { 2, 3, 4, 8 });
        in = groups * pick(g, { 1, 2, 4, 8 });
        out = groups * pick(g, { 1, 2, 3, 4, 8 });
    }
    const bool bias = uniformIndex(g, 2) == 0;
    // An input the kernel fits, small enough to show as a grid (1-D, 2-D) or a 3-D volume.
    std::vector<int> size(static_cast<std::size_t>(dims), dims == 3 ? 8 : dims == 2 ? 16 : 32);
    const Dims one { 1, 1, 1 }, none { 0, 0, 0 };
    ex.network = makeNetwork(
        in, size, { makeConv("conv", dims, out, kernel, one, none, one, groups, bias) });
    return ex;
}

Exercise convShapeExercise(ExerciseLevel level, std::mt19937& g)
{
    Exercise ex;
    ex.kind = ExerciseKind::ConvShape;
    ex.level = level;
    const bool advanced = level == ExerciseLevel::Advanced;
    for (int attempt = 0;; ++attempt) {
        const int dims = advanced ? pick(g, { 1, 2, 2, 3 }) : pick(g, { 1, 2, 2 });
        const bool square = advanced ? uniformIndex(g, 2) == 0 : uniformIndex(g, 4) != 0;
        const std::vector<int> size = dims == 1 ? drawSize(g, 1, 8, 64, true)
            : dims == 2                         ? drawSize(g, 2, 5, advanced ? 64 : 32, square)
                                                : drawSize(g, 3, 4, 16, square);
        Dims kernel = drawDims(g, dims, 1, dims == 3 ? 5 : 7, square);
        Dims stride = drawDims(g, dims, 1, 3, square || !advanced);
        Dims padding { 0, 0, 0 };
        for (int i = 0; i < dims; ++i) {
            const auto a = static_cast<std::size_t>(i);
            padding[a] = uniformInt(g, 0, kernel[a] / 2);
            if (square && i > 0)
                padding[a] = padding[0];
        }
        Dims dilation { 1, 1, 1 };
        if (advanced && uniformIndex(g, 2) == 0)
            dilation = drawDims(g, dims, 1, 3, square);
        normaliseDims(kernel, dims, 3);
        normaliseDims(stride, dims, 1);
        normaliseDims(padding, dims, 0);
        normaliseDims(dilation, dims, 1);
        const int in = uniformInt(g, 1, 16);
        const int out = uniformInt(g, 1, 16);
        ex.network = makeNetwork(in, size,
            { makeConv("conv", dims, out, kernel, stride, padding, dilation, 1,
                uniformIndex(g, 2) == 0) });
        if (summarize(ex.network).ok() || attempt > 100)
            break;
    }
    return ex;
}

Exercise poolShapeExercise(ExerciseLevel level, std::mt19937& g)
{
    Exercise ex;
    ex.kind = ExerciseKind::PoolShape;
    ex.level = level;
    const bool advanced = level == ExerciseLevel::Advanced;
    for (int attempt = 0;; ++attempt) {
        const int dims = advanced ? pick(g, { 1, 2, 2, 3 }) : 2;
        const bool square = advanced ? uniformIndex(g, 2) == 0 : true;
        const std::vector<int> size = dims == 1 ? drawSize(g, 1, 8, 64, true)
            : dims == 2                         ? drawSize(g, 2, 4, 64, square)
                                                : drawSize(g, 3, 4, 16, square);
        Dims kernel = drawDims(g, dims, 2, advanced ? 4 : 3, square);
        // PyTorch's default stride is the kernel size; other strides are common too.
        Dims stride = uniformIndex(g, 2) == 0 ? kernel : drawDims(g, dims, 1, 3, square);
        Dims padding { 0, 0, 0 };
        if (advanced)
            for (int i = 0; i < dims; ++i) {
                const auto a = static_cast<std::size_t>(i);
                padding[a] = square && i > 0 ? padding[0] : uniformInt(g, 0, kernel[a] / 2);
            }
        normaliseDims(kernel, dims, 2);
        normaliseDims(stride, dims, 2);
        normaliseDims(padding, dims, 0);
        const PoolType type = advanced ? pick(g, { PoolType::Max, PoolType::Avg, PoolType::Sum })
                                       : pick(g, { PoolType::Max, PoolType::Max, PoolType::Avg });
        const int channels = pick(g, { 1, 3, 6, 8, 16, 32, 64 });
        ex.network = makeNetwork(
            channels, size, { makePool("pool", dims, type, kernel, stride, padding) });
        if (summarize(ex.network).ok() || attempt > 100)
            break;
    }
    return ex;
}

Exercise receptiveExercise(ExerciseLevel level, std::mt19937& g)
{
    Exercise ex;
    ex.kind = ExerciseKind::ReceptiveField;
    ex.level = level;
    const bool advanced = level == ExerciseLevel::Advanced;
    for (int attempt = 0;; ++attempt) {
        const int count = uniformInt(g, 2, advanced ? 5 : 4);
        std::vector<Layer> layers;
        for (int i = 0; i < count; ++i) {
            const std::string name = "layer" + str(i + 1);
            if (advanced && i > 0 && uniformIndex(g, 4) == 0) {
                const int k = pick(g, { 2, 2, 3 });
                layers.push_back(makePool(name, 2, PoolType::Max, repeatDims(k),
                    repeatDims(pick(g, { 2, k })), { 0, 0, 0 }));
                continue;
            }
            const int k = advanced ? pick(g, { 1, 3, 3, 3, 5, 7 }) : pick(g, { 1, 3, 3, 3, 5 });
            const int s = pick(g, { 1, 1, 1, 2 });
            const int d = advanced && k > 1 && uniformIndex(g, 3) == 0 ? pick(g, { 2, 3, 4 }) : 1;
            const int pad = d * (k - 1) / 2;
            layers.push_back(makeConv(name, 2, pick(g, { 8, 16, 32 }), repeatDims(k), repeatDims(s),
                repeatDims(pad), repeatDims(d), 1, true));
        }
        ex.network = makeNetwork(3, { 64, 64 }, std::move(layers));
        if (summarize(ex.network).ok() || attempt > 100)
            break;
    }
    return ex;
}

Exercise fcExercise(ExerciseLevel level, std::mt19937& g)
{
    Exercise ex;
    ex.kind = ExerciseKind::FcVsConv;
    ex.level = level;
    const bool advanced = level == ExerciseLevel::Advanced;
    const int dims = advanced ? pick(g, { 1, 2, 2 }) : 2;
    const int channels = dims == 1 ? pick(g, { 1, 2, 4 }) : pick(g, { 1, 3 });
    const int side = dims == 1 ? pick(g, { 16, 32, 64, 100 }) : pick(g, { 8, 16, 28, 32 });
    const int k = pick(g, { 3, 3, 5 });
    const int s = advanced ? pick(g, { 1, 2 }) : 1;
    const int pad = advanced ? pick(g, { 0, k / 2 }) : k / 2;
    const int out = pick(g, { 4, 6, 8, 16, 32 });
    const std::vector<int> size(static_cast<std::size_t>(dims), side);
    Dims kernel = repeatDims(k), stride = repeatDims(s), padding = repeatDims(pad);
    normaliseDims(kernel, dims, 3);
    normaliseDims(stride, dims, 1);
    normaliseDims(padding, dims, 0);
    ex.network = makeNetwork(channels, size,
        { makeConv("conv", dims, out, kernel, stride, padding, { 1, 1, 1 }, 1, true) });
    return ex;
}

} // namespace

int uniformIndex(std::mt19937& g, int n)
{
    return n <= 1 ? (static_cast<void>(g()), 0) : static_cast<int>(g() % static_cast<unsigned>(n));
}

int uniformInt(std::mt19937& g, int low, int high)
{
    return low + uniformIndex(g, high - low + 1);
}

Status solveExercise(Exercise& ex)
{
    auto summary = summarize(ex.network);
    if (!summary)
        return summary.error();
    const Summary& sum = *summary;
    if (sum.layers.empty())
        return Error { "the exercise has no layer" };
    ex.steps.clear();
    ex.answer = {};
    const LayerSummary& first = sum.layers.front();

    switch (ex.kind) {
    case ExerciseKind::ConvParams:
        if (ex.paramsVariant == ParamsVariant::DepthwiseSeparable) {
            if (!ex.comparison || sum.layers.size() != 2)
                return Error { "a depth-wise separable exercise needs two layers and a vanilla "
                               "convolution to compare with" };
            auto vanilla = summarize(*ex.comparison);
            if (!vanilla)
                return vanilla.error();
            const std::int64_t dw = sum.layers[0].params, pw = sum.layers[1].params;
            ex.steps.push_back(
                convParamsStep(ex.network, 0, dw, -1, SolutionStep::What::DepthwiseParams));
            ex.steps.push_back(
                convParamsStep(ex.network, 1, pw, -1, SolutionStep::What::PointwiseParams));
            SolutionStep total;
            total.what = SolutionStep::What::SeparableTotal;
            total.formula = "depth-wise + point-wise";
            total.substituted = str(dw) + " + " + str(pw);
            total.value = sum.totalParams;
            total.answerIndex = 0;
            ex.steps.push_back(total);
            ex.steps.push_back(convParamsStep(
                *ex.comparison, 0, vanilla->totalParams, -1, SolutionStep::What::VanillaParams));
            SolutionStep saving;
            saving.what = SolutionStep::What::Saving;
            saving.formula = "vanilla − separable";
            saving.substituted = str(vanilla->totalParams) + " − " + str(sum.totalParams);
            saving.value = vanilla->totalParams - sum.totalParams;
            ex.steps.push_back(saving);
            ex.answer = { { sum.totalParams }, false };
            break;
        }
        if (!std::holds_alternative<ConvLayer>(ex.network.layers.front().config))
            return Error { "a parameter exercise needs a convolution" };
        ex.steps.push_back(convParamsStep(ex.network, 0, first.params, 0));
        ex.answer = { { first.params }, false };
        break;
    case ExerciseKind::ConvShape:
    case ExerciseKind::PoolShape: {
        const bool conv = std::holds_alternative<ConvLayer>(ex.network.layers.front().config);
        SolutionStep c;
        c.what = SolutionStep::What::ChannelsOut;
        c.formula = conv ? "C_out" : "C";
        c.substituted = str(first.outputShape[0]);
        c.value = first.outputShape[0];
        c.answerIndex = 0;
        ex.steps.push_back(c);
        axisSteps(ex.network, first, ex.steps, 1);
        ex.answer.isShape = true;
        ex.answer.values.assign(first.outputShape.begin(), first.outputShape.end());
        break;
    }
    case ExerciseKind::ReceptiveField:
        for (const LayerSummary& l : sum.layers)
            if (!l.receptiveField)
                return Error { "a receptive-field exercise needs a stack of windows" };
        receptiveSteps(ex.network, sum, ex.steps);
        ex.answer = { { (*sum.layers.back().receptiveField)[0] }, false };
        break;
    case ExerciseKind::FcVsConv: {
        // The fully connected layer that maps the flattened input to as many values as the
        // convolution's output has: flatten + linear(n_out), with bias.
        const std::int64_t nOut = elements(first.outputShape);
        if (nOut > std::numeric_limits<int>::max())
            return Error { "the convolution's output is too large for a fully connected layer" };
        Network fc = makeNetwork(ex.network.inputChannels, ex.network.inputSize,
            { flattenLayer("flatten"), linearLayer("fc", static_cast<int>(nOut), true) });
        auto fcSummary = summarize(fc);
        if (!fcSummary)
            return fcSummary.error();
        ex.comparison = fc;
        axisSteps(ex.network, first, ex.steps, -1);
        SolutionStep in;
        in.what = SolutionStep::What::FcInputs;
        in.formula = ex.network.inputSize.size() == 1 ? "n_in = C_in·L"
            : ex.network.inputSize.size() == 2        ? "n_in = C_in·H·W"
                                                      : "n_in = C_in·D·H·W";
        in.substituted = str(ex.network.inputChannels);
        for (int v : ex.network.inputSize)
            in.substituted += "·" + str(v);
        in.value = fcSummary->layers[0].outputShape[0];
        ex.steps.push_back(in);
        SolutionStep out;
        out.what = SolutionStep::What::FcOutputs;
        out.formula = ex.network.inputSize.size() == 1 ? "n_out = C_out·L′"
            : ex.network.inputSize.size() == 2         ? "n_out = C_out·H′·W′"
                                                       : "n_out = C_out·D′·H′·W′";
        out.substituted = str(first.outputShape[0]);
        for (std::size_t i = 1; i < first.outputShape.size(); ++i)
            out.substituted += "·" + str(first.outputShape[i]);
        out.value = fcSummary->layers[1].outputShape[0];
        ex.steps.push_back(out);
        SolutionStep params;
        params.what = SolutionStep::What::FcParams;
        params.formula = "n_in·n_out + n_out";
        params.substituted = str(in.value) + "·" + str(out.value) + " + " + str(out.value);
        params.value = fcSummary->totalParams;
        params.answerIndex = 0;
        ex.steps.push_back(params);
        ex.steps.push_back(convParamsStep(ex.network, 0, first.params, -1));
        SolutionStep ratio;
        ratio.what = SolutionStep::What::Ratio;
        ratio.formula = "FC / conv";
        ratio.substituted = str(fcSummary->totalParams) + " / " + str(first.params);
        ratio.value = static_cast<std::int64_t>(std::llround(
            static_cast<double>(fcSummary->totalParams) / static_cast<double>(first.params)));
        ex.steps.push_back(ratio);
        ex.answer = { { fcSummary->totalParams }, false };
        break;
    }
    }
    return {};
}

Exercise generateExercise(ExerciseKind kind, ExerciseLevel level, std::mt19937& g)
{
    Exercise ex;
    switch (kind) {
    case ExerciseKind::ConvParams:
        ex = convParamsExercise(level, g);
        break;
    case ExerciseKind::ConvShape:
        ex = convShapeExercise(level, g);
        break;
    case ExerciseKind::ReceptiveField:
        ex = receptiveExercise(level, g);
        break;
    case ExerciseKind::PoolShape:
        ex = poolShapeExercise(level, g);
        break;
    case ExerciseKind::FcVsConv:
        ex = fcExercise(level, g);
        break;
    }
    const Status solved = solveExercise(ex);
    assert(solved.ok()); // the generator only makes settings the engine accepts
    (void)solved;
    return ex;
}

Result<ExerciseSet> generateSet(const GenerateOptions& options)
{
    if (options.count < 1 || options.count > kMaxExercisesPerSet)
        return Error { "a set has 1 to " + str(kMaxExercisesPerSet) + " exercises, not "
                + str(options.count),
            "count" };
    std::vector<ExerciseKind> kinds = options.kinds;
    if (kinds.empty())
        for (int k = 0; k < kExerciseKindCount; ++k)
            kinds.push_back(static_cast<ExerciseKind>(k));
    ExerciseSet set;
    set.seed = options.seed;
    std::mt19937 g(options.seed);
    for (int i = 0; i < options.count; ++i)
        set.exercises.push_back(
            generateExercise(kinds[static_cast<std::size_t>(i) % kinds.size()], options.level, g));
    return set;
}

ExerciseSet lectureSet()
{
    const Dims one { 1, 1, 1 }, none { 0, 0, 0 };
    ExerciseSet set;
    set.lecture = true;
    const std::string paramsInstruction
        = QT_TRANSLATE_NOOP("Exercises", "Computing the number of trainable parameters.");
    const std::string shapeInstruction
        = QT_TRANSLATE_NOOP("Exercises", "Compute the output feature map shape (assume batch-size is 1)");
    const auto add = [&](ExerciseKind kind, std::string label, const std::string& instruction,
                         std::string text, Network network) {
        Exercise ex;
        ex.kind = kind;
        ex.network = std::move(network);
        ex.network.name = label;
        ex.lectureLabel = std::move(label);
        ex.lectureInstruction = instruction;
        ex.lectureText = std::move(text);
        const Status solved = solveExercise(ex);
        assert(solved.ok());
        (void)solved;
        set.exercises.push_back(std::move(ex));
    };
    // Input sizes as /work/shared/lecture/ex*.json (the question does not depend on them).
    add(ExerciseKind::ConvParams, QT_TRANSLATE_NOOP("Exercises", "Exercise I (a)"), paramsInstruction,
        QT_TRANSLATE_NOOP("Exercises",
            "(a) a 1d-convolution with kernel size (5), 3 input channels, 4 output channels, no bias"),
        makeNetwork(3, { 32 }, { makeConv("conv", 1, 4, { 5, 3, 3 }, one, none, one, 1, false) }));
    add(ExerciseKind::ConvParams, QT_TRANSLATE_NOOP("Exercises", "Exercise I (b)"), paramsInstruction,
        QT_TRANSLATE_NOOP("Exercises",
            "(b) a 2d-convolution with kernel size (8,8), 10 input channels, 5 output channels, with "
            "bias"),
        makeNetwork(
            10, { 32, 32 }, { makeConv("conv", 2, 5, { 8, 8, 3 }, one, none, one, 1, true) }));
    add(ExerciseKind::ConvParams, QT_TRANSLATE_NOOP("Exercises", "Exercise I (c)"), paramsInstruction,
        QT_TRANSLATE_NOOP("Exercises",
            "(c) a 2d-convolution with kernel size (2,4), 5 input channels, 2 output channels, with "
            "bias"),
        makeNetwork(
            5, { 32, 32 }, { makeConv("conv", 2, 2, { 2, 4, 3 }, one, none, one, 1, true) }));
    add(ExerciseKind::ConvParams, QT_TRANSLATE_NOOP("Exercises", "Exercise I (d)"), paramsInstruction,
        QT_TRANSLATE_NOOP("Exercises",
            "(d) a 3d-convolution with kernel size (2,2,3), 2 input channels, 2 output channels, no "
            "bias"),
        makeNetwork(
            2, { 8, 8, 8 }, { makeConv("conv", 3, 2, { 2, 2, 3 }, one, none, one, 1, false) }));
    add(ExerciseKind::ConvShape, QT_TRANSLATE_NOOP("Exercises", "Exercise II (a)"), shapeInstruction,
        QT_TRANSLATE_NOOP("Exercises",
            "(a) input shape (c, t) = (5, 20), 1d-conv, kernel size (6), 12 output channels, stride 2, "
            "padding 1"),
        makeNetwork(5, { 20 },
            { makeConv("conv", 1, 12, { 6, 3, 3 }, { 2, 1, 1 }, { 1, 0, 0 }, one, 1, true) }));
    add(ExerciseKind::ConvShape, QT_TRANSLATE_NOOP("Exercises", "Exercise II (b)"), shapeInstruction,
        QT_TRANSLATE_NOOP("Exercises",
            "(b) input shape (c, h, w) = (4, 32, 32), 2d-conv, kernel size (5, 5), 16 output "
            "channels, stride 3, padding 2"),
        makeNetwork(4, { 32, 32 },
            { makeConv("conv", 2, 16, { 5, 5, 3 }, { 3, 3, 1 }, { 2, 2, 0 }, one, 1, true) }));
    add(ExerciseKind::ConvShape, QT_TRANSLATE_NOOP("Exercises", "Exercise II (c)"), shapeInstruction,
        QT_TRANSLATE_NOOP("Exercises",
            "(c) input shape (c, h, w) = (12, 64, 64), 2d-conv, kernel size (7, 5), 3 output "
            "channels, stride (2, 1), padding (2, 2)"),
        makeNetwork(12, { 64, 64 },
            { makeConv("conv", 2, 3, { 7, 5, 3 }, { 2, 1, 1 }, { 2, 2, 0 }, one, 1, true) }));
    return set;
}

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

void replaceAll(std::string& s, const std::string& from, const std::string& to)
{
    for (std::size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size()))
        s.replace(at, from.size(), to);
}

// A run of digits (at most 15, so it fits int64 with room), optionally followed by ".0...".
bool readWhole(const std::string& token, std::int64_t& out)
{
    std::size_t end = token.find('.');
    const std::string digits = token.substr(0, end);
    if (digits.empty() || digits.size() > 15 || !std::all_of(digits.begin(), digits.end(), isDigit))
        return false;
    if (end != std::string::npos) {
        const std::string fraction = token.substr(end + 1);
        if (fraction.empty()
            || !std::all_of(fraction.begin(), fraction.end(), [](char c) { return c == '0'; }))
            return false;
    }
    out = std::stoll(digits);
    return true;
}

// "3,205", "3.205", "3'205", "1,024,000": groups of three after a first group of one to three,
// one kind of separator throughout.
bool readGrouped(const std::string& token, std::int64_t& out)
{
    for (const char sep : { ',', '.', '\'' }) {
        if (token.find(sep) == std::string::npos)
            continue;
        std::string digits;
        std::size_t start = 0;
        bool ok = true;
        for (int group = 0;; ++group) {
            const std::size_t end = token.find(sep, start);
            const std::string part
                = token.substr(start, end == std::string::npos ? end : end - start);
            const bool sizeOk
                = group == 0 ? part.size() >= 1 && part.size() <= 3 : part.size() == 3;
            if (!sizeOk || !std::all_of(part.begin(), part.end(), isDigit)) {
                ok = false;
                break;
            }
            digits += part;
            if (end == std::string::npos)
                break;
            start = end + 1;
        }
        if (ok && digits.size() <= 15) {
            out = std::stoll(digits);
            return true;
        }
    }
    return false;
}

} // namespace

ParsedAnswer parseAnswerText(const std::string& input, bool shape)
{
    std::string text = input;
    // Unicode spaces and signs a keyboard or a copy from a PDF may produce.
    for (const char* space : { "\u00a0", "\u2009", "\u202f", "\t", "\r", "\n" })
        replaceAll(text, space, " ");
    replaceAll(text, "\u00d7", "x"); // ×
    replaceAll(text, "\u2019", "'"); // ’ as a thousands separator
    // Surrounding brackets and a leading "=".
    const auto trim = [](std::string& t) {
        const std::size_t a = t.find_first_not_of(' ');
        const std::size_t b = t.find_last_not_of(' ');
        t = a == std::string::npos ? std::string() : t.substr(a, b - a + 1);
    };
    trim(text);
    if (!text.empty() && text.front() == '=') {
        text.erase(0, 1);
        trim(text);
    }
    if (text.size() >= 2
        && ((text.front() == '(' && text.back() == ')')
            || (text.front() == '[' && text.back() == ']')
            || (text.front() == '{' && text.back() == '}'))) {
        text = text.substr(1, text.size() - 2);
        trim(text);
    }
    ParsedAnswer result;
    if (text.empty()) {
        result.problem = AnswerProblem::Empty;
        return result;
    }
    if (!shape) {
        std::string compact;
        for (char c : text)
            if (c != ' ' && c != '_')
                compact += c;
        std::int64_t v = 0;
        if (readWhole(compact, v) || readGrouped(compact, v)) {
            result.values = { v };
            return result;
        }
    }
    // Entries separated by commas, semicolons, x, * or spaces.
    std::vector<std::string> tokens;
    std::string current;
    for (char c : text) {
        if (c == ',' || c == ';' || c == 'x' || c == 'X' || c == '*' || c == ' ') {
            if (!current.empty())
                tokens.push_back(current);
            current.clear();
        } else {
            current += c;
        }
    }
    if (!current.empty())
        tokens.push_back(current);
    for (const std::string& t : tokens) {
        std::int64_t v = 0;
        if (!readWhole(t, v)) {
            result.values.clear();
            result.problem = AnswerProblem::NotNumbers;
            return result;
        }
        result.values.push_back(v);
    }
    if (result.values.empty())
        result.problem = AnswerProblem::NotNumbers;
    else if (!shape && result.values.size() != 1)
        result.problem = AnswerProblem::WrongCount;
    return result;
}

CheckResult checkAnswer(const Exercise& ex, const std::string& text)
{
    const ParsedAnswer parsed = parseAnswerText(text, ex.answer.isShape);
    CheckResult r;
    r.parsed = parsed.values;
    r.problem = parsed.problem;
    if (r.problem == AnswerProblem::None && parsed.values.size() != ex.answer.values.size())
        r.problem = AnswerProblem::WrongCount;
    if (r.problem != AnswerProblem::None)
        r.verdict = Verdict::Unreadable;
    else
        r.verdict = parsed.values == ex.answer.values ? Verdict::Correct : Verdict::Wrong;
    return r;
}

Result<Scene> exerciseScene(const Exercise& ex)
{
    const Network& net = ex.network;
    const int dims = static_cast<int>(net.inputSize.size());
    if (net.layers.size() != 1 || dims < 1 || dims > 2)
        return Error { dims == 3 ? "the Playground shows 1-d and 2-d layers; a 3-d layer opens in "
                                   "the Network view"
                                 : "the Playground shows one layer; a stack opens in the Network "
                                   "view" };
    Scene scene;
    SceneLayer& layer = scene.layer;
    layer.spatialDims = dims;
    int outChannels = net.inputChannels;
    if (const auto* c = std::get_if<ConvLayer>(&net.layers.front().config)) {
        const ConvParams& p = c->params;
        layer.op = SceneOp::Conv;
        layer.kernel = p.kernel;
        layer.stride = p.stride;
        layer.dilation = p.dilation;
        layer.padding = p.padding;
        layer.groups = p.groups;
        layer.bias = p.bias;
        outChannels = p.outChannels;
        layer.kernelPresets = { "random" };
    } else if (const auto* pl = std::get_if<PoolLayer>(&net.layers.front().config)) {
        const PoolParams& p = pl->params;
        layer.op = p.type == PoolType::Max ? SceneOp::MaxPool
            : p.type == PoolType::Avg      ? SceneOp::AvgPool
                                           : SceneOp::SumPool;
        layer.kernel = p.kernel;
        layer.stride = p.stride;
        layer.dilation = p.dilation;
        layer.padding = Padding::explicitly(p.padding);
        layer.ceilMode = p.ceilMode;
        layer.countIncludePad = p.countIncludePad;
    } else {
        return Error { "the Playground shows a convolution or a pooling layer" };
    }

    // The input: a numeric grid when it fits (every number visible), else a signal (1-D) or a
    // crop of the sample photo (2-D, grey for one channel, else its three colour channels).
    SceneInput& in = scene.input;
    const int rows = dims == 1 ? 1 : net.inputSize[0];
    const int cols = net.inputSize[static_cast<std::size_t>(dims - 1)];
    int inChannels = std::min(net.inputChannels, kMaxSceneChannels);
    if (rows <= kMaxGridSide && cols <= kMaxGridSide) {
        in.source = InputSource::Grid;
        in.gridPreset = GridPreset::RandomIntegers;
        in.gridChannels = inChannels;
        in.gridRows = rows;
        in.gridCols = cols;
    } else if (dims == 1) {
        if (cols > kMaxSignalLength)
            return Error { "the input is longer than the Playground's signals" };
        in.source = InputSource::Signal;
        in.signalLength = cols;
        in.signalChannels = inChannels;
    } else {
        in.source = InputSource::Sample;
        in.sample = "chelsea";
        inChannels = net.inputChannels == 1 ? 1 : 3;
        in.gray = inChannels == 1;
        in.crop = CropRect { 150, 60, cols, rows }; // the cat's face (sizes up to 64)
    }
    layer.outChannels = std::min(outChannels, kMaxSceneChannels);
    if (layer.op != SceneOp::Conv)
        layer.outChannels = 1; // pooling keeps the input's channels
    if (layer.op == SceneOp::Conv
        && (inChannels % layer.groups != 0 || layer.outChannels % layer.groups != 0))
        layer.groups = 1;
    scene.title
        = showMeTitle(ex, inChannels, layer.op == SceneOp::Conv ? layer.outChannels : inChannels);
    normaliseScene(scene);
    return scene;
}

} // namespace convscope
