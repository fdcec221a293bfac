// Every English string of the exercises, in one place, so it can be translated here (the
// structured data in exercises.cpp carries no prose, except the lecture's verbatim wording).
// Sentences are patterns marked for Qt Linguist (context "Exercises", translations/*.ts) with
// numbered placeholders: the GUI's translator turns the pattern into German, then the numbers
// are filled in (translate.h). Without a translator (command line, tests) the text is English.

#include "exercises.h"
#include "translate.h"

#include <cstdlib>

namespace convscope {

namespace {

std::string str(std::int64_t v)
{
    return std::to_string(v);
}

// The translation of an English pattern marked with QT_TRANSLATE_NOOP("Exercises", ...).
std::string tx(const char* source)
{
    return translateText("Exercises", source);
}

// axisName()'s words, translated ("length" for 1-D, as the lecture).
std::string axisLabel(int dims, int axis)
{
    static const char* const words[] = { QT_TRANSLATE_NOOP("Exercises", "length"),
        QT_TRANSLATE_NOOP("Exercises", "depth"), QT_TRANSLATE_NOOP("Exercises", "height"),
        QT_TRANSLATE_NOOP("Exercises", "width") };
    if (dims == 1)
        return tx(words[0]);
    return tx(axisName(dims, axis).c_str());
}

// "3 input channels", "1 output channel".
std::string channelsText(std::int64_t n, bool input)
{
    if (input)
        return fillText(n == 1 ? tx(QT_TRANSLATE_NOOP("Exercises", "%1 input channel"))
                               : tx(QT_TRANSLATE_NOOP("Exercises", "%1 input channels")),
            { str(n) });
    return fillText(n == 1 ? tx(QT_TRANSLATE_NOOP("Exercises", "%1 output channel"))
                           : tx(QT_TRANSLATE_NOOP("Exercises", "%1 output channels")),
        { str(n) });
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
    return t == PoolType::Max ? tx(QT_TRANSLATE_NOOP("Exercises", "max pooling"))
        : t == PoolType::Avg  ? tx(QT_TRANSLATE_NOOP("Exercises", "average pooling"))
                              : tx(QT_TRANSLATE_NOOP("Exercises", "sum pooling"));
}

// A layer of a stack, briefly: "3×3 conv, stride 1, dilation 2", "2×2 max pooling, stride 2".
std::string layerText(const Layer& layer)
{
    if (const auto* c = std::get_if<ConvLayer>(&layer.config)) {
        const ConvParams& p = c->params;
        std::string s = fillText(tx(QT_TRANSLATE_NOOP("Exercises", "%1 conv, stride %2")),
            { sizeText(p.kernel, p.spatialDims), perDim(p.stride, p.spatialDims) });
        if (!allOnes(p.dilation, p.spatialDims))
            s += fillText(tx(QT_TRANSLATE_NOOP("Exercises", ", dilation %1")),
                { perDim(p.dilation, p.spatialDims) });
        return s;
    }
    if (const auto* pl = std::get_if<PoolLayer>(&layer.config)) {
        const PoolParams& p = pl->params;
        return fillText(tx(QT_TRANSLATE_NOOP("Exercises", "%1 %2, stride %3")),
            { sizeText(p.kernel, p.spatialDims), poolName(p.type), perDim(p.stride, p.spatialDims) });
    }
    return layerType(layer.config);
}

// "(c, h, w) = (4, 32, 32)"
std::string shapeValueText(const Network& net)
{
    std::vector<int> shape { net.inputChannels };
    shape.insert(shape.end(), net.inputSize.begin(), net.inputSize.end());
    return shapeNames(static_cast<int>(net.inputSize.size())) + " = " + tuple(shape);
}

std::string inputShapeText(const Network& net)
{
    return fillText(tx(QT_TRANSLATE_NOOP("Exercises", "input shape %1")), { shapeValueText(net) });
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
    std::string s = fillText(
        tx(QT_TRANSLATE_NOOP("Exercises", "a %1d-convolution with kernel size %2, %3, %4")),
        { str(p.spatialDims), tuple(p.kernel, p.spatialDims), channelsText(inChannels, true),
            channelsText(p.outChannels, false) });
    if (p.groups > 1)
        s += fillText(tx(QT_TRANSLATE_NOOP("Exercises", ", groups %1")), { str(p.groups) });
    return s
        + (p.bias ? tx(QT_TRANSLATE_NOOP("Exercises", ", with bias"))
                  : tx(QT_TRANSLATE_NOOP("Exercises", ", no bias")));
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
        return tx(QT_TRANSLATE_NOOP("Exercises", "Parameters of a convolution"));
    case ExerciseKind::ConvShape:
        return tx(QT_TRANSLATE_NOOP("Exercises", "Output shape of a convolution"));
    case ExerciseKind::ReceptiveField:
        return tx(QT_TRANSLATE_NOOP("Exercises", "Receptive field of a stack"));
    case ExerciseKind::PoolShape:
        return tx(QT_TRANSLATE_NOOP("Exercises", "Output shape of pooling"));
    case ExerciseKind::FcVsConv:
        return tx(QT_TRANSLATE_NOOP("Exercises", "Fully connected vs convolution"));
    }
    return {};
}

std::string levelName(ExerciseLevel level)
{
    return level == ExerciseLevel::Basic ? tx(QT_TRANSLATE_NOOP("Exercises", "Basic"))
                                         : tx(QT_TRANSLATE_NOOP("Exercises", "Advanced"));
}

std::string exerciseLabel(const Exercise& ex, int index)
{
    if (!ex.lectureLabel.empty())
        return tx(ex.lectureLabel.c_str()); // marked in exercises.cpp
    return fillText(tx(QT_TRANSLATE_NOOP("Exercises", "Exercise %1")), { str(index + 1) });
}

QuestionText questionText(const Exercise& ex)
{
    if (!ex.lectureText.empty())
        return { tx(ex.lectureInstruction.c_str()), tx(ex.lectureText.c_str()) }; // exercises.cpp
    const Network& net = ex.network;
    const int dims = static_cast<int>(net.inputSize.size());
    switch (ex.kind) {
    case ExerciseKind::ConvParams: {
        const std::string instruction
            = tx(QT_TRANSLATE_NOOP("Exercises", "Compute the number of trainable parameters."));
        if (ex.paramsVariant == ParamsVariant::DepthwiseSeparable) {
            const ConvParams *dw = convOf(net, 0), *pw = convOf(net, 1);
            if (!dw || !pw)
                return { instruction, {} };
            const std::string c = str(net.inputChannels);
            return { instruction,
                fillText(tx(QT_TRANSLATE_NOOP("Exercises",
                             "a depth-wise separable convolution on %1 channels: a %2 depth-wise "
                             "convolution (groups %3, %1 → %4 channels) followed by a 1×1 "
                             "convolution (%4 → %5 channels), both without bias")),
                    { c, sizeText(dw->kernel, 2), str(dw->groups), str(dw->outChannels),
                        str(pw->outChannels) }) };
        }
        const ConvParams* p = convOf(net);
        return { instruction, p ? convDescription(*p, net.inputChannels) : std::string() };
    }
    case ExerciseKind::ConvShape: {
        const ConvParams* p = convOf(net);
        if (!p)
            return {};
        std::string body = fillText(
            tx(QT_TRANSLATE_NOOP("Exercises", "%1, %2d-conv, kernel size %3, %4, stride %5, padding %6")),
            { inputShapeText(net), str(dims), tuple(p->kernel, dims),
                channelsText(p->outChannels, false), perDim(p->stride, dims),
                perDim(p->padding.values, dims) });
        if (!allOnes(p->dilation, dims))
            body += fillText(tx(QT_TRANSLATE_NOOP("Exercises", ", dilation %1")),
                { perDim(p->dilation, dims) });
        return { tx(QT_TRANSLATE_NOOP("Exercises",
                     "Compute the output feature map shape (assume batch-size is 1).")),
            body };
    }
    case ExerciseKind::PoolShape: {
        const PoolParams* p = poolOf(net);
        if (!p)
            return {};
        return { tx(QT_TRANSLATE_NOOP("Exercises",
                     "Compute the output feature map shape (assume batch-size is 1).")),
            fillText(tx(QT_TRANSLATE_NOOP("Exercises", "%1, %2d %3, kernel size %4, stride %5, padding %6")),
                { inputShapeText(net), str(dims), poolName(p->type), tuple(p->kernel, dims),
                    perDim(p->stride, dims), perDim(p->padding, dims) }) };
    }
    case ExerciseKind::ReceptiveField: {
        std::string layers;
        for (std::size_t i = 0; i < net.layers.size(); ++i)
            layers += (i ? "; " : "") + std::string("(") + str(static_cast<std::int64_t>(i) + 1)
                + ") " + layerText(net.layers[i]);
        return { tx(QT_TRANSLATE_NOOP("Exercises",
                     "Compute the theoretical receptive field of one output of the last layer: "
                     "its side length in input pixels.")),
            fillText(tx(QT_TRANSLATE_NOOP("Exercises", "a stack of %1d layers: %2")),
                { str(dims), layers }) };
    }
    case ExerciseKind::FcVsConv: {
        const ConvParams* p = convOf(net);
        if (!p)
            return {};
        return { tx(QT_TRANSLATE_NOOP("Exercises",
                     "Compute the number of trainable parameters of a fully connected layer "
                     "that does a convolution's job.")),
            fillText(tx(QT_TRANSLATE_NOOP("Exercises",
                         "A %1d-conv with kernel size %2, %3 output channels, stride %4, padding "
                         "%5 and bias maps an input of shape %6 to a feature map. A fully "
                         "connected layer with bias maps the same input, flattened, to as many "
                         "outputs as that feature map has values. How many trainable parameters "
                         "does the fully connected layer have?")),
                { str(dims), tuple(p->kernel, dims), str(p->outChannels), perDim(p->stride, dims),
                    perDim(p->padding.values, dims), shapeValueText(net) }) };
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
            ? tx(QT_TRANSLATE_NOOP("Exercises",
                "channels: pooling treats each channel on its own, so C stays"))
            : tx(QT_TRANSLATE_NOOP("Exercises", "channels: one per kernel"));
    case W::AxisSize: {
        if (step.axis < 0 || step.axis >= dims || net.layers.empty())
            return {};
        const auto a = static_cast<std::size_t>(step.axis);
        const std::string name = axisLabel(dims, step.axis);
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
        std::string text = (ex.kind == ExerciseKind::FcVsConv
                                   ? fillText(tx(QT_TRANSLATE_NOOP("Exercises", "convolution's output %1")),
                                       { name })
                                   : name)
            + ": M = " + str(net.inputSize[a]) + ", k = " + str(k[a]) + ", s = " + str(s[a])
            + ", p = " + str(p[a]);
        if (d[a] != 1 || step.formula.find("d·") != std::string::npos)
            text += ", d = " + str(d[a]);
        return text;
    }
    case W::ConvParams: {
        const ConvParams* p = convOf(net, std::max(0, step.layer));
        const std::string what = p && p->bias
            ? tx(QT_TRANSLATE_NOOP("Exercises",
                "kernel weights for every input and output channel, plus one bias per output channel"))
            : tx(QT_TRANSLATE_NOOP("Exercises", "kernel weights for every input and output channel, no bias"));
        if (ex.kind == ExerciseKind::FcVsConv)
            return fillText(tx(QT_TRANSLATE_NOOP("Exercises", "for comparison, the convolution: %1")), { what });
        if (p && p->groups > 1)
            return fillText(tx(QT_TRANSLATE_NOOP("Exercises",
                                "with groups g = %1, each kernel sees C_in / g channels: %2")),
                { str(p->groups), what });
        return what;
    }
    case W::DepthwiseParams:
        return tx(QT_TRANSLATE_NOOP("Exercises", "depth-wise convolution: groups = C, each kernel sees one channel"));
    case W::PointwiseParams:
        return tx(QT_TRANSLATE_NOOP("Exercises", "1×1 convolution: combines the channels at each position"));
    case W::SeparableTotal:
        return tx(QT_TRANSLATE_NOOP("Exercises", "the depth-wise separable pair, in all"));
    case W::VanillaParams:
        return tx(QT_TRANSLATE_NOOP("Exercises", "for comparison, a vanilla convolution with the same kernel, C → C"));
    case W::Saving:
        return tx(QT_TRANSLATE_NOOP("Exercises", "parameters saved by the separable pair"));
    case W::ReceptiveStart:
        return tx(QT_TRANSLATE_NOOP("Exercises", "before any layer, an input pixel sees itself"));
    case W::ReceptiveLayer: {
        if (step.layer < 0 || step.layer >= static_cast<int>(net.layers.size()))
            return {};
        return fillText(step.layer == 0
                ? tx(QT_TRANSLATE_NOOP("Exercises", "after layer %1 (%2), no stride before it"))
                : tx(QT_TRANSLATE_NOOP("Exercises", "after layer %1 (%2), times the strides before it")),
            { str(step.layer + 1), layerText(net.layers[static_cast<std::size_t>(step.layer)]) });
    }
    case W::FcInputs:
        return tx(QT_TRANSLATE_NOOP("Exercises", "inputs of the fully connected layer: the flattened input"));
    case W::FcOutputs:
        return tx(QT_TRANSLATE_NOOP("Exercises", "outputs: as many as the convolution's feature map has values"));
    case W::FcParams:
        return tx(QT_TRANSLATE_NOOP("Exercises", "one weight per input–output pair, plus one bias per output"));
    case W::Ratio:
        return fillText(tx(QT_TRANSLATE_NOOP("Exercises",
                            "the fully connected layer needs about %1 times as many parameters: "
                            "the convolution shares one small kernel over all positions")),
            { groupedNumber(step.value) });
    }
    return {};
}

std::string groupedNumber(std::int64_t v)
{
    const bool negative = v < 0;
    std::string digits = std::to_string(negative ? -v : v);
    const std::string separator = groupSeparator();
    std::string out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            out += separator;
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
    const std::string form = ex.answer.isShape
        ? fillText(tx(QT_TRANSLATE_NOOP("Exercises", "Write the shape as %1, e.g. %2 or %3")),
            { shapeNames(dims), exampleShape(static_cast<int>(n)),
                [&] {
                    std::string x;
                    for (std::size_t i = 0; i < n; ++i)
                        x += (i ? "x" : "") + std::string(i == 0 ? "8" : "10");
                    return x;
                }() })
        : tx(QT_TRANSLATE_NOOP("Exercises", "Write one whole number, e.g. 1234 or 1,234"));
    switch (r.verdict) {
    case Verdict::Correct:
        return fillText(tx(QT_TRANSLATE_NOOP("Exercises", "Correct: %1.")), { answerText(ex.answer) });
    case Verdict::Unreadable:
        switch (r.problem) {
        case AnswerProblem::Empty:
            return fillText(tx(QT_TRANSLATE_NOOP("Exercises", "Type your answer first. %1.")), { form });
        case AnswerProblem::WrongCount:
            if (ex.answer.isShape)
                return fillText(tx(QT_TRANSLATE_NOOP("Exercises",
                                    "The shape has %1 entries, %2 (channels first); you wrote %3.")),
                    { str(static_cast<std::int64_t>(n)), shapeNames(dims),
                        str(static_cast<std::int64_t>(r.parsed.size())) });
            return fillText(
                tx(QT_TRANSLATE_NOOP("Exercises", "The answer is one number; you wrote %1. %2.")),
                { str(static_cast<std::int64_t>(r.parsed.size())), form });
        case AnswerProblem::NotNumbers:
        case AnswerProblem::None:
            return fillText(
                tx(QT_TRANSLATE_NOOP("Exercises", "That is not readable as an answer. %1.")), { form });
        }
        break;
    case Verdict::Wrong: {
        ExerciseAnswer typed { r.parsed, ex.answer.isShape };
        std::string msg
            = fillText(tx(QT_TRANSLATE_NOOP("Exercises", "Not quite: you wrote %1.")), { answerText(typed) });
        if (ex.answer.isShape && r.parsed.size() == n) {
            std::string right, wrong;
            for (std::size_t i = 0; i < n; ++i) {
                const std::string name = i == 0 ? tx(QT_TRANSLATE_NOOP("Exercises", "channels"))
                                                : axisLabel(dims, static_cast<int>(i) - 1);
                std::string& list = r.parsed[i] == ex.answer.values[i] ? right : wrong;
                list += (list.empty() ? "" : ", ") + name;
            }
            if (!right.empty())
                msg += fillText(tx(QT_TRANSLATE_NOOP("Exercises", " Right: %1. Check: %2.")),
                    { right, wrong });
        }
        return msg + tx(QT_TRANSLATE_NOOP("Exercises", " Try again, or show the solution."));
    }
    }
    return {};
}

std::string showMeTitle(const Exercise& ex, int shownInChannels, int shownOutChannels)
{
    std::string title = kindName(ex.kind);
    if (!ex.lectureLabel.empty())
        title = tx(ex.lectureLabel.c_str()) + ": " + title;
    const ConvParams* c = convOf(ex.network);
    const bool fewerIn = shownInChannels != ex.network.inputChannels;
    const bool fewerOut = c && shownOutChannels != c->outChannels;
    std::string note;
    if (fewerIn && fewerOut)
        note = fillText(tx(QT_TRANSLATE_NOOP("Exercises",
                            "shown with %1 of %2 input channels and %3 of %4 output channels")),
            { str(shownInChannels), str(ex.network.inputChannels), str(shownOutChannels),
                str(c->outChannels) });
    else if (fewerIn)
        note = fillText(tx(QT_TRANSLATE_NOOP("Exercises", "shown with %1 of %2 input channels")),
            { str(shownInChannels), str(ex.network.inputChannels) });
    else if (fewerOut)
        note = fillText(tx(QT_TRANSLATE_NOOP("Exercises", "shown with %1 of %2 output channels")),
            { str(shownOutChannels), str(c->outChannels) });
    return note.empty() ? title : title + " (" + note + ")";
}

std::string setTitle(const ExerciseSet& set)
{
    return set.lecture ? tx(QT_TRANSLATE_NOOP("Exercises", "Lecture: Exercise I and II"))
                       : fillText(tx(QT_TRANSLATE_NOOP("Exercises", "Generated set, seed %1")),
                           { str(set.seed) });
}

} // namespace convscope
