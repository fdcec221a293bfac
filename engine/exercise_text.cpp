// Every English string of the exercises, in one place, so it can be translated here (the
// structured data in exercises.cpp carries no prose, except the lecture's verbatim wording).

#include "exercises.h"

#include <cstdlib>

namespace convscope {

namespace {

std::string str(std::int64_t v)
{
    return std::to_string(v);
}

// "(5)", "(3, 3)", "(2, 2, 3)": as the lecture writes kernel sizes.
std::string tuple(const Dims& d, int n)
{
    std::string s = "(";
    for (int i = 0; i < n; ++i)
        s += (i ? ", " : "") + str(d[static_cast<std::size_t>(i)]);
    return s + ")";
}

std::string tuple(const std::vector<int>& v)
{
    std::string s = "(";
    for (std::size_t i = 0; i < v.size(); ++i)
        s += (i ? ", " : "") + str(v[i]);
    return s + ")";
}

// One number when every dimension has the same value ("stride 2"), else a tuple ("(2, 1)").
std::string perDim(const Dims& d, int n)
{
    for (int i = 1; i < n; ++i)
        if (d[static_cast<std::size_t>(i)] != d[0])
            return tuple(d, n);
    return str(d[0]);
}

bool allOnes(const Dims& d, int n)
{
    for (int i = 0; i < n; ++i)
        if (d[static_cast<std::size_t>(i)] != 1)
            return false;
    return true;
}

// "3×3", "5", "2×2×3".
std::string sizeText(const Dims& d, int n)
{
    std::string s;
    for (int i = 0; i < n; ++i)
        s += (i ? "×" : "") + str(d[static_cast<std::size_t>(i)]);
    return s;
}

// The names of the shape's entries: "(c, t)", "(c, h, w)", "(c, d, h, w)", as the lecture.
std::string shapeNames(int dims)
{
    return dims == 1 ? "(c, t)" : dims == 2 ? "(c, h, w)" : "(c, d, h, w)";
}

std::string poolName(PoolType t)
{
    return t == PoolType::Max ? "max pooling"
        : t == PoolType::Avg  ? "average pooling"
                              : "sum pooling";
}

// A layer of a stack, briefly: "3×3 conv, stride 1, dilation 2", "2×2 max pooling, stride 2".
std::string layerText(const Layer& layer)
{
    if (const auto* c = std::get_if<ConvLayer>(&layer.config)) {
        const ConvParams& p = c->params;
        std::string s = sizeText(p.kernel, p.spatialDims) + " conv, stride "
            + perDim(p.stride, p.spatialDims);
        if (!allOnes(p.dilation, p.spatialDims))
            s += ", dilation " + perDim(p.dilation, p.spatialDims);
        return s;
    }
    if (const auto* pl = std::get_if<PoolLayer>(&layer.config)) {
        const PoolParams& p = pl->params;
        return sizeText(p.kernel, p.spatialDims) + " " + poolName(p.type) + ", stride "
            + perDim(p.stride, p.spatialDims);
    }
    return layerType(layer.config);
}

std::string inputShapeText(const Network& net)
{
    std::vector<int> shape { net.inputChannels };
    shape.insert(shape.end(), net.inputSize.begin(), net.inputSize.end());
    return "input shape " + shapeNames(static_cast<int>(net.inputSize.size())) + " = "
        + tuple(shape);
}

const ConvParams* convOf(const Network& net, int layer = 0)
{
    if (layer < 0 || layer >= static_cast<int>(net.layers.size()))
        return nullptr;
    const auto* c = std::get_if<ConvLayer>(&net.layers[static_cast<std::size_t>(layer)].config);
    return c ? &c->params : nullptr;
}

const PoolParams* poolOf(const Network& net)
{
    if (net.layers.empty())
        return nullptr;
    const auto* p = std::get_if<PoolLayer>(&net.layers.front().config);
    return p ? &p->params : nullptr;
}

// The lecture's way of naming a convolution: "a 2d-convolution with kernel size (3, 3), ...".
std::string convDescription(const ConvParams& p, int inChannels)
{
    std::string s = "a " + str(p.spatialDims) + "d-convolution with kernel size "
        + tuple(p.kernel, p.spatialDims) + ", " + str(inChannels) + " input channel"
        + (inChannels == 1 ? "" : "s") + ", " + str(p.outChannels) + " output channel"
        + (p.outChannels == 1 ? "" : "s");
    if (p.groups > 1)
        s += ", groups " + str(p.groups);
    return s + (p.bias ? ", with bias" : ", no bias");
}

std::string exampleShape(int entries)
{
    return entries == 2 ? "(8, 10)" : entries == 3 ? "(8, 10, 10)" : "(8, 4, 10, 10)";
}

} // namespace

std::string kindName(ExerciseKind kind)
{
    switch (kind) {
    case ExerciseKind::ConvParams:
        return "Parameters of a convolution";
    case ExerciseKind::ConvShape:
        return "Output shape of a convolution";
    case ExerciseKind::ReceptiveField:
        return "Receptive field of a stack";
    case ExerciseKind::PoolShape:
        return "Output shape of pooling";
    case ExerciseKind::FcVsConv:
        return "Fully connected vs convolution";
    }
    return {};
}

std::string levelName(ExerciseLevel level)
{
    return level == ExerciseLevel::Basic ? "Basic" : "Advanced";
}

std::string exerciseLabel(const Exercise& ex, int index)
{
    if (!ex.lectureLabel.empty())
        return ex.lectureLabel;
    return "Exercise " + str(index + 1);
}

QuestionText questionText(const Exercise& ex)
{
    if (!ex.lectureText.empty())
        return { ex.lectureInstruction, ex.lectureText };
    const Network& net = ex.network;
    const int dims = static_cast<int>(net.inputSize.size());
    switch (ex.kind) {
    case ExerciseKind::ConvParams: {
        const std::string instruction = "Compute the number of trainable parameters.";
        if (ex.paramsVariant == ParamsVariant::DepthwiseSeparable) {
            const ConvParams *dw = convOf(net, 0), *pw = convOf(net, 1);
            if (!dw || !pw)
                return { instruction, {} };
            const std::string c = str(net.inputChannels);
            return { instruction,
                "a depth-wise separable convolution on " + c + " channels: a "
                    + sizeText(dw->kernel, 2) + " depth-wise convolution (groups " + str(dw->groups)
                    + ", " + c + " → " + str(dw->outChannels) + " channels) followed by a 1×1 "
                    + "convolution (" + str(dw->outChannels) + " → " + str(pw->outChannels)
                    + " channels), both without bias" };
        }
        const ConvParams* p = convOf(net);
        return { instruction, p ? convDescription(*p, net.inputChannels) : std::string() };
    }
    case ExerciseKind::ConvShape: {
        const ConvParams* p = convOf(net);
        if (!p)
            return {};
        std::string body = inputShapeText(net) + ", " + str(dims) + "d-conv, kernel size "
            + tuple(p->kernel, dims) + ", " + str(p->outChannels) + " output channel"
            + (p->outChannels == 1 ? "" : "s") + ", stride " + perDim(p->stride, dims)
            + ", padding " + perDim(p->padding.values, dims);
        if (!allOnes(p->dilation, dims))
            body += ", dilation " + perDim(p->dilation, dims);
        return { "Compute the output feature map shape (assume batch-size is 1).", body };
    }
    case ExerciseKind::PoolShape: {
        const PoolParams* p = poolOf(net);
        if (!p)
            return {};
        return { "Compute the output feature map shape (assume batch-size is 1).",
            inputShapeText(net) + ", " + str(dims) + "d " + poolName(p->type) + ", kernel size "
                + tuple(p->kernel, dims) + ", stride " + perDim(p->stride, dims) + ", padding "
                + perDim(p->padding, dims) };
    }
    case ExerciseKind::ReceptiveField: {
        std::string body = "a stack of " + str(dims) + "d layers: ";
        for (std::size_t i = 0; i < net.layers.size(); ++i)
            body += (i ? "; " : "") + std::string("(") + str(static_cast<std::int64_t>(i) + 1)
                + ") " + layerText(net.layers[i]);
        return { "Compute the theoretical receptive field of one output of the last layer: its "
                 "side length in input pixels.",
            body };
    }
    case ExerciseKind::FcVsConv: {
        const ConvParams* p = convOf(net);
        if (!p)
            return {};
        return { "Compute the number of trainable parameters of a fully connected layer that "
                 "does a convolution's job.",
            "A " + str(dims) + "d-conv with kernel size " + tuple(p->kernel, dims) + ", "
                + str(p->outChannels) + " output channels, stride " + perDim(p->stride, dims)
                + ", padding " + perDim(p->padding.values, dims)
                + " and bias maps an input of shape "
                + inputShapeText(net).substr(std::string("input shape ").size())
                + " to a feature map. A fully connected layer with bias maps the same input, "
                  "flattened, to as many outputs as that feature map has values. How many "
                  "trainable parameters does the fully connected layer have?" };
    }
    }
    return {};
}

std::string stepLabel(const Exercise& ex, const SolutionStep& step)
{
    const Network& net = ex.network;
    const int dims = static_cast<int>(net.inputSize.size());
    using W = SolutionStep::What;
    switch (step.what) {
    case W::ChannelsOut:
        return ex.kind == ExerciseKind::PoolShape
            ? "channels: pooling treats each channel on its own, so C stays"
            : "channels: one per kernel";
    case W::AxisSize: {
        if (step.axis < 0 || step.axis >= dims || net.layers.empty())
            return {};
        const auto a = static_cast<std::size_t>(step.axis);
        std::string name = axisName(dims, step.axis);
        if (dims == 1)
            name = "length";
        Dims k {}, s {}, p {}, d { 1, 1, 1 };
        if (const ConvParams* c = convOf(net)) {
            k = c->kernel;
            s = c->stride;
            p = c->padding.values;
            d = c->dilation;
        } else if (const PoolParams* pl = poolOf(net)) {
            k = pl->kernel;
            s = pl->stride;
            p = pl->padding;
            d = pl->dilation;
        }
        std::string text = (ex.kind == ExerciseKind::FcVsConv ? "convolution's output " : "") + name
            + ": M = " + str(net.inputSize[a]) + ", k = " + str(k[a]) + ", s = " + str(s[a])
            + ", p = " + str(p[a]);
        if (d[a] != 1 || step.formula.find("d·") != std::string::npos)
            text += ", d = " + str(d[a]);
        return text;
    }
    case W::ConvParams: {
        const ConvParams* p = convOf(net, std::max(0, step.layer));
        const std::string what = p && p->bias
            ? "kernel weights for every input and output channel, plus one bias per output channel"
            : "kernel weights for every input and output channel, no bias";
        if (ex.kind == ExerciseKind::FcVsConv)
            return "for comparison, the convolution: " + what;
        if (p && p->groups > 1)
            return "with groups g = " + str(p->groups)
                + ", each kernel sees C_in / g channels: " + what;
        return what;
    }
    case W::DepthwiseParams:
        return "depth-wise convolution: groups = C, each kernel sees one channel";
    case W::PointwiseParams:
        return "1×1 convolution: combines the channels at each position";
    case W::SeparableTotal:
        return "the depth-wise separable pair, in all";
    case W::VanillaParams:
        return "for comparison, a vanilla convolution with the same kernel, C → C";
    case W::Saving:
        return "parameters saved by the separable pair";
    case W::ReceptiveStart:
        return "before any layer, an input pixel sees itself";
    case W::ReceptiveLayer: {
        if (step.layer < 0 || step.layer >= static_cast<int>(net.layers.size()))
            return {};
        return "after layer " + str(step.layer + 1) + " ("
            + layerText(net.layers[static_cast<std::size_t>(step.layer)]) + ")"
            + (step.layer == 0 ? ", no stride before it" : ", times the strides before it");
    }
    case W::FcInputs:
        return "inputs of the fully connected layer: the flattened input";
    case W::FcOutputs:
        return "outputs: as many as the convolution's feature map has values";
    case W::FcParams:
        return "one weight per input–output pair, plus one bias per output";
    case W::Ratio:
        return "the fully connected layer needs about " + groupedNumber(step.value)
            + " times as many parameters: the convolution shares one small kernel over all "
              "positions";
    }
    return {};
}

std::string groupedNumber(std::int64_t v)
{
    const bool negative = v < 0;
    std::string digits = std::to_string(negative ? -v : v);
    std::string out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            out += ',';
        out += digits[i];
    }
    return negative ? "−" + out : out;
}

std::string answerText(const ExerciseAnswer& answer)
{
    if (!answer.isShape)
        return answer.values.empty() ? std::string() : groupedNumber(answer.values.front());
    std::string s = "(";
    for (std::size_t i = 0; i < answer.values.size(); ++i)
        s += (i ? ", " : "") + str(answer.values[i]);
    return s + ")";
}

std::string checkMessage(const Exercise& ex, const CheckResult& r)
{
    const std::size_t n = ex.answer.values.size();
    const int dims = static_cast<int>(ex.network.inputSize.size());
    const std::string form = ex.answer.isShape ? "Write the shape as " + shapeNames(dims)
            + ", e.g. " + exampleShape(static_cast<int>(n)) + " or " +
            [&] {
                std::string x;
                for (std::size_t i = 0; i < n; ++i)
                    x += (i ? "x" : "") + std::string(i == 0 ? "8" : "10");
                return x;
            }()
                                               : "Write one whole number, e.g. 1234 or 1,234";
    switch (r.verdict) {
    case Verdict::Correct:
        return "Correct: " + answerText(ex.answer) + ".";
    case Verdict::Unreadable:
        switch (r.problem) {
        case AnswerProblem::Empty:
            return "Type your answer first. " + form + ".";
        case AnswerProblem::WrongCount:
            if (ex.answer.isShape)
                return "The shape has " + str(static_cast<std::int64_t>(n)) + " entries, "
                    + shapeNames(dims) + " (channels first); you wrote "
                    + str(static_cast<std::int64_t>(r.parsed.size())) + ".";
            return "The answer is one number; you wrote "
                + str(static_cast<std::int64_t>(r.parsed.size())) + ". " + form + ".";
        case AnswerProblem::NotNumbers:
        case AnswerProblem::None:
            return "That is not readable as an answer. " + form + ".";
        }
        break;
    case Verdict::Wrong: {
        ExerciseAnswer typed { r.parsed, ex.answer.isShape };
        std::string msg = "Not quite: you wrote " + answerText(typed) + ".";
        if (ex.answer.isShape && r.parsed.size() == n) {
            std::string right, wrong;
            for (std::size_t i = 0; i < n; ++i) {
                const std::string name = i == 0 ? "channels"
                    : dims == 1                 ? "length"
                                                : axisName(dims, static_cast<int>(i) - 1);
                std::string& list = r.parsed[i] == ex.answer.values[i] ? right : wrong;
                list += (list.empty() ? "" : ", ") + name;
            }
            if (!right.empty())
                msg += " Right: " + right + ". Check: " + wrong + ".";
        }
        return msg + " Try again, or show the solution.";
    }
    }
    return {};
}

std::string showMeTitle(const Exercise& ex, int shownInChannels, int shownOutChannels)
{
    std::string title = kindName(ex.kind);
    if (!ex.lectureLabel.empty())
        title = ex.lectureLabel + ": " + title;
    const ConvParams* c = convOf(ex.network);
    std::string note;
    if (shownInChannels != ex.network.inputChannels)
        note += "shown with " + str(shownInChannels) + " of " + str(ex.network.inputChannels)
            + " input channels";
    if (c && shownOutChannels != c->outChannels)
        note += (note.empty() ? "shown with " : " and ") + str(shownOutChannels) + " of "
            + str(c->outChannels) + " output channels";
    return note.empty() ? title : title + " (" + note + ")";
}

std::string setTitle(const ExerciseSet& set)
{
    return set.lecture ? "Lecture: Exercise I and II" : "Generated set, seed " + str(set.seed);
}

} // namespace convscope
