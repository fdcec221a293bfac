#include "pytorch_code.h"

#include "layer.h"

#include <charconv>
#include <cmath>
#include <sstream>
#include <variant>

namespace convscope {

namespace {

std::string str(std::int64_t v) { return std::to_string(v); }

// The shortest text that reads back as the value; a value that is exactly a float (most come
// from float32 files) is written as that float's shortest form: 0.2, not 0.20000000298023224.
std::string number(double v)
{
    char buffer[64];
    const auto f = static_cast<float>(v);
    const auto result = static_cast<double>(f) == v
        ? std::to_chars(buffer, buffer + sizeof buffer, f)
        : std::to_chars(buffer, buffer + sizeof buffer, v);
    std::string s(buffer, result.ptr);
    if (s.find_first_of(".en") == std::string::npos) // "1" -> "1.0": a float in Python
        s += ".0";
    return s;
}

// One value per dimension: "3" when they are all equal, else a tuple "(1, 3)".
std::string perDim(const Dims& values, int n)
{
    bool same = true;
    for (int i = 1; i < n; ++i)
        same = same && values[static_cast<std::size_t>(i)] == values[0];
    if (same)
        return str(values[0]);
    std::string s = "(";
    for (int i = 0; i < n; ++i)
        s += (i ? ", " : "") + str(values[static_cast<std::size_t>(i)]);
    return s + ")";
}

bool allEqual(const Dims& values, int n, int v)
{
    for (int i = 0; i < n; ++i)
        if (values[static_cast<std::size_t>(i)] != v)
            return false;
    return true;
}

std::string joinArgs(const std::vector<std::string>& args)
{
    std::string s;
    for (const auto& a : args)
        s += (s.empty() ? "" : ", ") + a;
    return s;
}

std::string shapeTuple(const std::vector<int>& shape)
{
    std::string s = "(";
    for (std::size_t i = 0; i < shape.size(); ++i)
        s += (i ? ", " : "") + str(shape[i]);
    return s + (shape.size() == 1 ? ",)" : ")");
}

const char* paddingModeName(PaddingMode m)
{
    switch (m) {
    case PaddingMode::Reflect:
        return "reflect";
    case PaddingMode::Replicate:
        return "replicate";
    case PaddingMode::Circular:
        return "circular";
    case PaddingMode::Zeros:
        break;
    }
    return "zeros";
}

// The keyword arguments of a convolution that differ from PyTorch's defaults (stride 1,
// padding 0, dilation 1, groups 1, bias True, padding_mode 'zeros').
std::vector<std::string> convKeywords(const ConvParams& p, bool withBias, bool withMode)
{
    const int n = p.spatialDims;
    std::vector<std::string> args;
    if (!allEqual(p.stride, n, 1))
        args.push_back("stride=" + perDim(p.stride, n));
    if (p.padding.kind == PaddingKind::Same)
        args.emplace_back("padding='same'");
    else if (p.padding.kind == PaddingKind::Explicit && !allEqual(p.padding.values, n, 0))
        args.push_back("padding=" + perDim(p.padding.values, n));
    if (!allEqual(p.dilation, n, 1))
        args.push_back("dilation=" + perDim(p.dilation, n));
    if (p.groups != 1)
        args.push_back("groups=" + str(p.groups));
    if (withBias && !p.bias)
        args.emplace_back("bias=False");
    if (withMode && p.paddingMode != PaddingMode::Zeros)
        args.push_back(std::string("padding_mode='") + paddingModeName(p.paddingMode) + "'");
    return args;
}

std::string convModule(const ConvParams& p, int inChannels)
{
    std::vector<std::string> args { str(inChannels), str(p.outChannels),
        "kernel_size=" + perDim(p.kernel, p.spatialDims) };
    for (auto& a : convKeywords(p, true, true))
        args.push_back(std::move(a));
    return "nn.Conv" + str(p.spatialDims) + "d(" + joinArgs(args) + ")";
}

// The spatial axes of a weight (O, C/groups, *kernel): dims=(2, 3) for 2-D.
std::string flipDims(int spatialDims)
{
    std::string s = "(";
    for (int i = 0; i < spatialDims; ++i)
        s += (i ? ", " : "") + str(2 + i);
    return s + (spatialDims == 1 ? ",)" : ")");
}

std::string poolModule(const PoolParams& p)
{
    const int n = p.spatialDims;
    const std::string d = str(n) + "d";
    std::vector<std::string> args { "kernel_size=" + perDim(p.kernel, n) };
    if (p.stride != p.kernel)
        args.push_back("stride=" + perDim(p.stride, n));
    if (!allEqual(p.padding, n, 0))
        args.push_back("padding=" + perDim(p.padding, n));
    if (p.type == PoolType::Max) {
        if (!allEqual(p.dilation, n, 1))
            args.push_back("dilation=" + perDim(p.dilation, n));
        if (p.ceilMode)
            args.emplace_back("ceil_mode=True");
        return "nn.MaxPool" + d + "(" + joinArgs(args) + ")";
    }
    if (p.ceilMode)
        args.emplace_back("ceil_mode=True");
    if (p.type == PoolType::Avg) {
        if (!p.countIncludePad && !allEqual(p.padding, n, 0))
            args.emplace_back("count_include_pad=False");
        return "nn.AvgPool" + d + "(" + joinArgs(args) + ")";
    }
    // Sum pooling: PyTorch has no module, but an average divided by 1 instead of the window's
    // size is the sum over the window with the padding as zeros (aten AvgPool divisor_override).
    if (n >= 2) {
        args.emplace_back("divisor_override=1");
        return "nn.AvgPool" + d + "(" + joinArgs(args) + ")";
    }
    // AvgPool1d has no divisor_override; LPPool1d with norm 1 sums the window (no padding).
    std::string lp = "nn.LPPool1d(1, kernel_size=" + perDim(p.kernel, 1)
        + (p.stride != p.kernel ? ", stride=" + perDim(p.stride, 1) : "")
        + (p.ceilMode ? ", ceil_mode=True" : "") + ")";
    if (p.padding[0] > 0)
        return "nn.Sequential(nn.ConstantPad1d(" + str(p.padding[0]) + ", 0.0), " + lp + ")";
    return lp;
}

std::string activationModule(const ActivationLayer& a)
{
    const bool custom = a.parameter != defaultActivationParameter(a.function);
    switch (a.function) {
    case Activation::Relu:
        return "nn.ReLU()";
    case Activation::LeakyRelu:
        return "nn.LeakyReLU(" + (custom ? "negative_slope=" + number(a.parameter) : "") + ")";
    case Activation::Elu:
        return "nn.ELU(" + (custom ? "alpha=" + number(a.parameter) : "") + ")";
    case Activation::Gelu:
        return "nn.GELU()";
    case Activation::Silu:
        return "nn.SiLU()";
    case Activation::Sigmoid:
        return "nn.Sigmoid()";
    case Activation::Tanh:
        return "nn.Tanh()";
    }
    return "nn.Identity()";
}

} // namespace

Result<std::string> pytorchSequential(const Network& net)
{
    auto summary = summarize(net);
    if (!summary)
        return summary.error();
    std::vector<int> shape { net.inputChannels };
    shape.insert(shape.end(), net.inputSize.begin(), net.inputSize.end());

    std::vector<std::pair<std::string, std::string>> lines; // module, comment
    for (std::size_t i = 0; i < net.layers.size(); ++i) {
        const Layer& layer = net.layers[i];
        const LayerSummary& ls = summary->layers[i];
        std::string comment = ls.name + ": " + shapeString(ls.outputShape);
        const std::string module = std::visit(
            [&](const auto& l) -> std::string {
                using T = std::decay_t<decltype(l)>;
                if constexpr (std::is_same_v<T, ConvLayer>) {
                    if (l.params.flip)
                        comment += "; ConvScope flips this kernel: load torch.flip(w, dims="
                            + flipDims(l.params.spatialDims) + ") as its weight";
                    if (!l.preset.empty())
                        comment += "; ConvScope starts it with the '" + l.preset + "' kernel";
                    return convModule(l.params, shape[0]);
                } else if constexpr (std::is_same_v<T, PoolLayer>) {
                    if (l.params.type == PoolType::Sum)
                        comment += "; sum pooling";
                    return poolModule(l.params);
                } else if constexpr (std::is_same_v<T, ActivationLayer>) {
                    return activationModule(l);
                } else if constexpr (std::is_same_v<T, BatchNormLayer>) {
                    const int dims = shape.size() <= 2 ? 1 : static_cast<int>(shape.size()) - 1;
                    return "nn.BatchNorm" + str(dims) + "d(" + str(shape[0])
                        + (l.eps != 1e-5 ? ", eps=" + number(l.eps) : "") + ")";
                } else if constexpr (std::is_same_v<T, FlattenLayer>) {
                    return "nn.Flatten()";
                } else if constexpr (std::is_same_v<T, LinearLayer>) {
                    return "nn.Linear(" + str(shape[0]) + ", " + str(l.outFeatures)
                        + (l.bias ? "" : ", bias=False") + ")";
                } else {
                    static_assert(std::is_same_v<T, DropoutLayer>);
                    return "nn.Dropout(" + (l.p != 0.5 ? "p=" + number(l.p) : "") + ")";
                }
            },
            layer.config);
        lines.emplace_back(module, comment);
        shape = ls.outputShape;
    }

    std::vector<int> input { 1, net.inputChannels };
    input.insert(input.end(), net.inputSize.begin(), net.inputSize.end());
    std::ostringstream out;
    out << "import torch\nfrom torch import nn\n\n";
    if (!net.name.empty())
        out << "# " << net.name << "\n";
    out << "# input: " << shapeTuple(input) << "\n";
    out << "model = nn.Sequential(\n";
    for (const auto& [module, comment] : lines)
        out << "    " << module << ",  # " << comment << "\n";
    out << ")\n";
    return out.str();
}

PytorchLayerCode pytorchConvLayer(const ConvParams& p, int inChannels)
{
    const int n = p.spatialDims;
    const std::string d = str(n) + "d";
    PytorchLayerCode code;
    code.module = convModule(p, inChannels);

    // F.conv*d: no padding_mode, so other modes pad first (F.pad lists the last axis first).
    std::string x = "x";
    std::string pad;
    ConvParams functionalParams = p;
    if (p.paddingMode != PaddingMode::Zeros && p.padding.kind == PaddingKind::Explicit
        && !allEqual(p.padding.values, n, 0)) {
        std::string amounts;
        for (int i = n - 1; i >= 0; --i) {
            const std::string v = str(p.padding.values[static_cast<std::size_t>(i)]);
            amounts += (amounts.empty() ? "" : ", ") + v + ", " + v;
        }
        pad = "x = F.pad(x, (" + amounts + "), mode='" + paddingModeName(p.paddingMode) + "')\n";
        functionalParams.padding = Padding::explicitly({ 0, 0, 0 });
    }
    const std::string w = p.flip ? "torch.flip(w, dims=" + flipDims(n) + ")" : "w";
    std::vector<std::string> args { x, w };
    if (p.bias)
        args.emplace_back("b");
    for (auto& a : convKeywords(functionalParams, false, false))
        args.push_back(std::move(a));
    code.functional = pad + "y = F.conv" + d + "(" + joinArgs(args) + ")";

    std::vector<int> weightShape { p.outChannels, p.groups > 0 ? inChannels / p.groups : inChannels };
    for (int i = 0; i < n; ++i)
        weightShape.push_back(p.kernel[static_cast<std::size_t>(i)]);
    std::ostringstream t;
    t << "import torch\nimport torch.nn.functional as F\nfrom torch import nn\n\n";
    t << "# x: (batch, " << inChannels << ", *spatial); w: " << shapeTuple(weightShape);
    if (p.bias)
        t << "; b: (" << p.outChannels << ",)";
    t << "\n";
    if (p.flip)
        t << "# ConvScope's flip is the image-processing convolution: the kernel rotated by 180\n"
             "# degrees. PyTorch's conv is a cross-correlation, so the weight is flipped first.\n";
    t << "conv = " << code.module << "\n";
    if (p.flip)
        t << "with torch.no_grad():\n    conv.weight.copy_(torch.flip(w, dims=" << flipDims(n)
          << "))\n";
    t << "# the same as one function call:\n" << code.functional << "\n";
    code.text = t.str();
    return code;
}

PytorchLayerCode pytorchPoolLayer(const PoolParams& p)
{
    const int n = p.spatialDims;
    PytorchLayerCode code;
    code.module = poolModule(p);
    std::string module = code.module;
    // F.max_pool2d / F.avg_pool2d take the module's arguments after the input.
    const auto open = module.find('(');
    const std::string name = module.substr(3, open - 3); // "MaxPool2d"
    std::string fn;
    if (name.rfind("MaxPool", 0) == 0)
        fn = "F.max_pool" + str(n) + "d";
    else if (name.rfind("AvgPool", 0) == 0)
        fn = "F.avg_pool" + str(n) + "d";
    if (!fn.empty())
        code.functional = "y = " + fn + "(x, " + module.substr(open + 1);
    else
        code.functional = "y = pool(x)  # " + module;
    std::ostringstream t;
    t << "import torch\nimport torch.nn.functional as F\nfrom torch import nn\n\n";
    if (p.type == PoolType::Sum)
        t << "# sum pooling: an average divided by 1 instead of the window size\n";
    t << "pool = " << code.module << "\n# the same as one function call:\n"
      << code.functional << "\n";
    code.text = t.str();
    return code;
}

} // namespace convscope
