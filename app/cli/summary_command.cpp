#include "args.h"
#include "commands.h"

#include "network.h"
#include "onnx_import.h"
#include "presets.h"
#include "spec_json.h"

#include <algorithm>
#include <iostream>
#include <sstream>

namespace convscope::cli {

namespace {

std::string grouped(std::int64_t v)
{
    std::string digits = std::to_string(v);
    std::string out;
    const int n = static_cast<int>(digits.size());
    for (int i = 0; i < n; ++i) {
        if (i > 0 && (n - i) % 3 == 0 && digits[static_cast<std::size_t>(i - 1)] != '-')
            out += ',';
        out += digits[static_cast<std::size_t>(i)];
    }
    return out;
}

std::string joined(const std::vector<std::int64_t>& v, const char* separator)
{
    std::string s;
    for (std::size_t i = 0; i < v.size(); ++i)
        s += (i ? separator : "") + std::to_string(v[i]);
    return s;
}

// An aligned table in the manner of torchinfo: one row per layer, totals below.
std::string table(const Summary& s)
{
    const std::vector<std::string> head { "#", "Layer (type)", "Output shape", "Param #", "MACs",
        "RF", "Stride", "Padding" };
    std::vector<std::vector<std::string>> rows;
    for (const LayerSummary& l : s.layers) {
        std::vector<std::int64_t> shape(l.outputShape.begin(), l.outputShape.end());
        rows.push_back({ std::to_string(l.index), l.name + " (" + l.type + ")",
            "[" + joined(shape, ", ") + "]", grouped(l.params), grouped(l.macs),
            l.receptiveField ? joined(*l.receptiveField, "x") : "-",
            l.effectiveStride ? joined(*l.effectiveStride, "x") : "-",
            l.effectivePadding ? joined(*l.effectivePadding, "x") : "-" });
    }
    std::vector<std::size_t> width(head.size());
    for (std::size_t c = 0; c < head.size(); ++c) {
        width[c] = head[c].size();
        for (const auto& r : rows)
            width[c] = std::max(width[c], r[c].size());
    }
    // Text columns left-aligned, numbers right-aligned.
    const auto line = [&](const std::vector<std::string>& cells) {
        std::string out;
        for (std::size_t c = 0; c < cells.size(); ++c) {
            const std::string pad(width[c] - cells[c].size(), ' ');
            const bool left = c == 1 || c == 2;
            out += (c ? "  " : "") + (left ? cells[c] + pad : pad + cells[c]);
        }
        while (!out.empty() && out.back() == ' ')
            out.pop_back();
        return out + "\n";
    };
    std::size_t total = 0;
    for (auto w : width)
        total += w + 2;
    const std::string rule(total - 2, '=');
    const std::string thin(total - 2, '-');
    std::vector<std::int64_t> input { s.inputChannels };
    input.insert(input.end(), s.inputSize.begin(), s.inputSize.end());

    std::ostringstream out;
    out << rule << "\n";
    if (!s.name.empty())
        out << s.name << "\n";
    out << "Input: [" << joined(input, ", ") << "]\n" << thin << "\n" << line(head) << thin << "\n";
    for (const auto& r : rows)
        out << line(r);
    out << rule << "\n";
    out << "Total params: " << grouped(s.totalParams) << "\n";
    out << "Total MACs: " << grouped(s.totalMacs) << "\n";
    out << "RF: receptive field; Stride, Padding: effective, in input pixels (Distill 2019)\n";
    out << rule << "\n";
    return out.str();
}

} // namespace

int runSummary(const std::vector<std::string>& argv)
{
    OptionSpec spec;
    spec.flags = { "--json" };
    auto args = Args::parse(argv, spec, 1);
    if (!args)
        return fail(kExitUsage, args.error().message);
    if (args->positional().size() != 1)
        return fail(kExitUsage,
            "summary needs one network spec: convscope summary NET.json|MODEL.onnx "
            "[--json] (or preset:ID)");
    const std::string& source = args->positional()[0];
    Result<ParsedNetwork> parsed = Error {};
    if (source.rfind("preset:", 0) == 0) {
        auto net = loadPreset(std::string_view(source).substr(7));
        if (!net)
            return fail(kExitUsage, net.error().message);
        parsed = ParsedNetwork { std::move(net).value(), {} };
    } else if (isOnnxPath(source)) {
        auto model = importOnnx(source);
        if (!model)
            return fail(kExitInput, model.error().message);
        for (const auto& note : model->notes)
            std::cerr << "convscope: note: " << source << ": " << note << '\n';
        parsed = ParsedNetwork { std::move(model->network), {} };
    } else {
        parsed = readNetworkSpec(source);
        if (!parsed)
            return fail(kExitInput, parsed.error().message);
    }
    for (const auto& warning : parsed->warnings)
        std::cerr << "convscope: warning: " << source << ": " << warning << '\n';
    auto summary = summarize(parsed->network);
    if (!summary)
        return fail(kExitInput, source + ": " + summary.error().message);
    std::cout << (args->has("--json") ? summaryToJson(*summary) : table(*summary));
    return kExitOk;
}

} // namespace convscope::cli
