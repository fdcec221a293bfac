#include "scene.h"

#include "file_util.h"
#include "kernels.h"
#include "pool.h"
#include "spec_json.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <numbers>
#include <random>

namespace convscope {

namespace {

using Json = nlohmann::json;

constexpr std::string_view kFormat = "convscope-scene";

struct Names {
    std::string_view name;
    int value;
};

constexpr Names kSources[] = { { "sample", int(InputSource::Sample) }, { "image", int(InputSource::Image) },
    { "grid", int(InputSource::Grid) }, { "signal", int(InputSource::Signal) } };
constexpr Names kGridPresets[] = { { "custom", int(GridPreset::Custom) },
    { "random", int(GridPreset::RandomIntegers) }, { "ramp", int(GridPreset::Ramp) },
    { "checkerboard", int(GridPreset::Checkerboard) }, { "bright_pixel", int(GridPreset::BrightPixel) },
    { "edge", int(GridPreset::Edge) } };
constexpr Names kSignals[] = { { "sine", int(SignalKind::Sine) }, { "steps", int(SignalKind::Steps) },
    { "noise", int(SignalKind::Noise) } };
constexpr Names kOps[] = { { "conv", int(SceneOp::Conv) }, { "maxpool", int(SceneOp::MaxPool) },
    { "avgpool", int(SceneOp::AvgPool) }, { "sumpool", int(SceneOp::SumPool) } };
constexpr Names kModes[] = { { "zeros", int(PaddingMode::Zeros) }, { "reflect", int(PaddingMode::Reflect) },
    { "replicate", int(PaddingMode::Replicate) }, { "circular", int(PaddingMode::Circular) } };

template <std::size_t N>
std::string_view nameOf(const Names (&table)[N], int value)
{
    for (const auto &n : table)
        if (n.value == value)
            return n.name;
    return table[0].name;
}

template <std::size_t N>
std::string choices(const Names (&table)[N])
{
    std::string s;
    for (std::size_t i = 0; i < N; ++i)
        s += (i ? (i + 1 == N ? " or " : ", ") : "") + std::string(table[i].name);
    return s;
}

// Reads fields of one JSON object, remembering which keys were used so the rest can be reported.
class Reader {
public:
    Reader(const Json &object, std::string path, std::vector<std::string> &warnings)
        : m_object(object)
        , m_path(std::move(path))
        , m_warnings(warnings)
    {
    }

    std::string where(const std::string &key) const { return m_path.empty() ? key : m_path + "." + key; }
    Error error(const std::string &key, const std::string &message) const
    {
        return Error { where(key) + ": " + message, where(key) };
    }
    const Json *find(const std::string &key)
    {
        m_used.push_back(key);
        auto it = m_object.find(key);
        return it == m_object.end() || it->is_null() ? nullptr : &*it;
    }

    Status integer(const std::string &key, int &out, int min, int max)
    {
        const Json *v = find(key);
        if (!v)
            return {};
        if (!v->is_number_integer())
            return error(key, "must be a whole number");
        const auto n = v->get<std::int64_t>();
        if (n < min || n > max)
            return error(key, std::to_string(n) + " is out of range (" + std::to_string(min) + " to "
                    + std::to_string(max) + ")");
        out = static_cast<int>(n);
        return {};
    }
    Status number(const std::string &key, double &out, double min, double max)
    {
        const Json *v = find(key);
        if (!v)
            return {};
        if (!v->is_number())
            return error(key, "must be a number");
        const double d = v->get<double>();
        if (!(d >= min && d <= max))
            return error(key, "is out of range (" + std::to_string(min) + " to " + std::to_string(max) + ")");
        out = d;
        return {};
    }
    Status boolean(const std::string &key, bool &out)
    {
        const Json *v = find(key);
        if (!v)
            return {};
        if (!v->is_boolean())
            return error(key, "must be true or false");
        out = v->get<bool>();
        return {};
    }
    Status string(const std::string &key, std::string &out, std::size_t maxLength = 4096)
    {
        const Json *v = find(key);
        if (!v)
            return {};
        if (!v->is_string())
            return error(key, "must be a string");
        out = v->get<std::string>();
        if (out.size() > maxLength)
            return error(key, "is too long");
        return {};
    }
    template <std::size_t N>
    Status choice(const std::string &key, const Names (&table)[N], int &out)
    {
        std::string s;
        if (auto st = string(key, s); !st)
            return st;
        if (!find(key))
            return {};
        for (const auto &n : table)
            if (n.name == s) {
                out = n.value;
                return {};
            }
        return error(key, "'" + s + "' is not one of " + choices(table));
    }
    Status dims(const std::string &key, int spatialDims, Dims &out, int min, int max)
    {
        const Json *v = find(key);
        if (!v)
            return {};
        auto check = [&](const Json &e, int &target) -> Status {
            if (!e.is_number_integer())
                return error(key, "must be a whole number or a list of them");
            const auto n = e.get<std::int64_t>();
            if (n < min || n > max)
                return error(key, std::to_string(n) + " is out of range (" + std::to_string(min) + " to "
                        + std::to_string(max) + ")");
            target = static_cast<int>(n);
            return {};
        };
        if (v->is_array()) {
            if (static_cast<int>(v->size()) != spatialDims)
                return error(key, "has " + std::to_string(v->size()) + " values but the layer has "
                        + std::to_string(spatialDims) + " spatial dimension(s)");
            for (int i = 0; i < spatialDims; ++i)
                if (auto st = check((*v)[static_cast<std::size_t>(i)], out[static_cast<std::size_t>(i)]); !st)
                    return st;
            return {};
        }
        int n = 0;
        if (auto st = check(*v, n); !st)
            return st;
        out.fill(n);
        return {};
    }
    Status floats(const std::string &key, std::vector<float> &out, std::size_t maxCount)
    {
        const Json *v = find(key);
        if (!v)
            return {};
        if (!v->is_array())
            return error(key, "must be a list of numbers");
        if (v->size() > maxCount)
            return error(key, "has " + std::to_string(v->size()) + " values, more than " + std::to_string(maxCount));
        out.clear();
        for (const auto &e : *v) {
            if (!e.is_number())
                return error(key, "must be a list of numbers");
            const double d = e.get<double>();
            if (!std::isfinite(d) || std::abs(d) > 1e30)
                return error(key, "holds a value that is not a finite float");
            out.push_back(static_cast<float>(d));
        }
        return {};
    }

    // Reports the keys nobody asked for.
    void finish()
    {
        for (auto it = m_object.begin(); it != m_object.end(); ++it)
            if (std::find(m_used.begin(), m_used.end(), it.key()) == m_used.end())
                m_warnings.push_back(where(it.key()) + ": unknown field, ignored");
    }

private:
    const Json &m_object;
    std::string m_path;
    std::vector<std::string> &m_warnings;
    std::vector<std::string> m_used;
};

#define CONVSCOPE_TRY(expr)                                                                        \
    do {                                                                                           \
        if (auto status_ = (expr); !status_)                                                       \
            return status_.error();                                                                \
    } while (false)

Status readInput(const Json &j, SceneInput &in, std::vector<std::string> &warnings)
{
    if (!j.is_object())
        return Error { "input: must be an object", "input" };
    Reader r(j, "input", warnings);
    int source = int(in.source), preset = int(in.gridPreset), signal = int(in.signal);
    CONVSCOPE_TRY(r.choice("source", kSources, source));
    in.source = InputSource(source);
    CONVSCOPE_TRY(r.string("sample", in.sample, 64));
    CONVSCOPE_TRY(r.string("path", in.path));
    CONVSCOPE_TRY(r.boolean("gray", in.gray));
    if (const Json *c = r.find("crop")) {
        if (!c->is_array() || c->size() != 4 || !std::all_of(c->begin(), c->end(), [](const Json &e) {
                return e.is_number_integer() && e.get<std::int64_t>() >= 0 && e.get<std::int64_t>() <= 1'000'000;
            }))
            return r.error("crop", "must be [x, y, width, height] in pixels");
        CropRect rect { (*c)[0].get<int>(), (*c)[1].get<int>(), (*c)[2].get<int>(), (*c)[3].get<int>() };
        if (rect.width < 1 || rect.height < 1)
            return r.error("crop", "width and height must be at least 1");
        in.crop = rect;
    }
    CONVSCOPE_TRY(r.integer("channels", in.gridChannels, 1, kMaxSceneChannels));
    CONVSCOPE_TRY(r.integer("rows", in.gridRows, 1, kMaxGridSide));
    CONVSCOPE_TRY(r.integer("cols", in.gridCols, 1, kMaxGridSide));
    CONVSCOPE_TRY(r.choice("grid_preset", kGridPresets, preset));
    in.gridPreset = GridPreset(preset);
    int seed = static_cast<int>(in.seed);
    CONVSCOPE_TRY(r.integer("seed", seed, 0, 1 << 30));
    in.seed = static_cast<std::uint32_t>(seed);
    CONVSCOPE_TRY(r.floats("values", in.gridValues,
        static_cast<std::size_t>(kMaxSceneChannels * kMaxGridSide * kMaxGridSide)));
    CONVSCOPE_TRY(r.choice("signal", kSignals, signal));
    in.signal = SignalKind(signal);
    CONVSCOPE_TRY(r.integer("signal_length", in.signalLength, 1, kMaxSignalLength));
    CONVSCOPE_TRY(r.integer("signal_channels", in.signalChannels, 1, kMaxSceneChannels));
    CONVSCOPE_TRY(r.integer("row", in.row, -1, 1'000'000));
    r.finish();
    if (in.source == InputSource::Grid && !in.gridValues.empty()
        && static_cast<int>(in.gridValues.size()) != in.gridChannels * in.gridRows * in.gridCols)
        return Error { "input.values: has " + std::to_string(in.gridValues.size()) + " values but the grid has "
                + std::to_string(in.gridChannels) + " x " + std::to_string(in.gridRows) + " x "
                + std::to_string(in.gridCols) + " cells",
            "input.values" };
    if (in.source == InputSource::Image && in.path.empty())
        return Error { "input.path: an image input needs the path of the image", "input.path" };
    return {};
}

Status readLayer(const Json &j, SceneLayer &l, std::vector<std::string> &warnings)
{
    if (!j.is_object())
        return Error { "layer: must be an object", "layer" };
    Reader r(j, "layer", warnings);
    int op = int(l.op), mode = int(l.paddingMode);
    CONVSCOPE_TRY(r.choice("op", kOps, op));
    l.op = SceneOp(op);
    CONVSCOPE_TRY(r.integer("dims", l.spatialDims, 1, 2));
    const int n = l.spatialDims;
    constexpr int kMaxParam = 4096;
    CONVSCOPE_TRY(r.dims("kernel", n, l.kernel, 1, kMaxParam));
    if (l.op != SceneOp::Conv)
        l.stride = l.kernel; // pooling's stride defaults to the kernel size, as PyTorch
    CONVSCOPE_TRY(r.dims("stride", n, l.stride, 1, kMaxParam));
    CONVSCOPE_TRY(r.dims("dilation", n, l.dilation, 1, kMaxParam));
    if (const Json *p = r.find("padding"); p && p->is_string()) {
        const auto s = p->get<std::string>();
        if (s == "same")
            l.padding = Padding::same();
        else if (s == "valid")
            l.padding = Padding::valid();
        else
            return r.error("padding", "'" + s + "' is not a number, a list of numbers, same or valid");
    } else {
        Dims pad = l.padding.values;
        if (l.padding.kind != PaddingKind::Explicit)
            pad = { 0, 0, 0 };
        CONVSCOPE_TRY(r.dims("padding", n, pad, 0, kMaxParam));
        if (p)
            l.padding = Padding::explicitly(pad);
    }
    CONVSCOPE_TRY(r.choice("padding_mode", kModes, mode));
    l.paddingMode = PaddingMode(mode);
    CONVSCOPE_TRY(r.integer("groups", l.groups, 1, kMaxSceneChannels));
    CONVSCOPE_TRY(r.integer("out_channels", l.outChannels, 1, kMaxSceneChannels));
    CONVSCOPE_TRY(r.boolean("bias", l.bias));
    CONVSCOPE_TRY(r.boolean("flip", l.flip));
    std::string activation = "none";
    CONVSCOPE_TRY(r.string("activation", activation, 32));
    if (activation == "none")
        l.activation.reset();
    else if (auto a = activationFromName(activation))
        l.activation = *a;
    else
        return r.error("activation", "'" + activation + "' is not none or an activation (relu, leaky_relu, elu, gelu, silu, sigmoid, tanh)");
    CONVSCOPE_TRY(r.boolean("ceil_mode", l.ceilMode));
    CONVSCOPE_TRY(r.boolean("count_include_pad", l.countIncludePad));
    if (const Json *presets = r.find("kernel_presets")) {
        if (!presets->is_array() || presets->empty() || presets->size() > kMaxSceneChannels)
            return r.error("kernel_presets", "must be a list of 1 to 16 kernel preset names");
        l.kernelPresets.clear();
        for (const auto &e : *presets) {
            if (!e.is_string())
                return r.error("kernel_presets", "must be a list of kernel preset names");
            const auto id = e.get<std::string>();
            const auto &all = kernelPresets();
            if (std::none_of(all.begin(), all.end(), [&](const KernelPreset &k) { return k.id == id; }))
                return r.error("kernel_presets", "'" + id + "' is not a kernel preset");
            l.kernelPresets.push_back(id);
        }
    }
    if (const Json *pairs = r.find("kernel_pair_presets")) {
        constexpr std::size_t kMaxPairs = std::size_t { kMaxSceneChannels } * kMaxSceneChannels;
        if (!pairs->is_array() || pairs->size() > kMaxPairs)
            return r.error("kernel_pair_presets",
                "must be a list of at most 256 {\"output\", \"input\", \"preset\"} objects");
        l.kernelPairPresets.clear();
        for (std::size_t i = 0; i < pairs->size(); ++i) {
            const Json &e = (*pairs)[i];
            const std::string path = "layer.kernel_pair_presets[" + std::to_string(i) + "]";
            if (!e.is_object())
                return Error { path + ": must be an object with output, input and preset", path };
            Reader pr(e, path, warnings);
            KernelPairPreset pair;
            pair.output = -1;
            pair.input = -1;
            CONVSCOPE_TRY(pr.integer("output", pair.output, 0, kMaxSceneChannels - 1));
            CONVSCOPE_TRY(pr.integer("input", pair.input, 0, kMaxSceneChannels - 1));
            CONVSCOPE_TRY(pr.string("preset", pair.preset, 64));
            if (pair.output < 0 || pair.input < 0 || pair.preset.empty())
                return Error { path + ": needs output, input and preset", path };
            const auto &all = kernelPresets();
            if (std::none_of(all.begin(), all.end(), [&](const KernelPreset &k) { return k.id == pair.preset; }))
                return pr.error("preset", "'" + pair.preset + "' is not a kernel preset");
            pr.finish();
            // A later entry for the same pair wins, as it would when edited.
            std::erase_if(l.kernelPairPresets, [&](const KernelPairPreset &p) {
                return p.output == pair.output && p.input == pair.input;
            });
            l.kernelPairPresets.push_back(std::move(pair));
        }
    }
    if (const Json *o = r.find("kernel_options")) {
        if (!o->is_object())
            return r.error("kernel_options", "must be an object");
        Reader k(*o, "layer.kernel_options", warnings);
        CONVSCOPE_TRY(k.number("sigma", l.kernelOptions.sigma, 0.0, 1000.0));
        CONVSCOPE_TRY(k.number("theta", l.kernelOptions.theta, -100.0, 100.0));
        CONVSCOPE_TRY(k.number("lambda", l.kernelOptions.lambda, 0.01, 1000.0));
        CONVSCOPE_TRY(k.number("gamma", l.kernelOptions.gamma, 0.01, 100.0));
        CONVSCOPE_TRY(k.number("psi", l.kernelOptions.psi, -100.0, 100.0));
        int seed = static_cast<int>(l.kernelOptions.seed);
        CONVSCOPE_TRY(k.integer("seed", seed, 0, 1 << 30));
        l.kernelOptions.seed = static_cast<std::uint32_t>(seed);
        k.finish();
    }
    CONVSCOPE_TRY(r.floats("weights", l.weights, 1 << 20));
    CONVSCOPE_TRY(r.floats("bias_values", l.biasValues, kMaxSceneChannels));
    r.finish();
    return {};
}

Status readAnimation(const Json &j, SceneAnimation &a, std::vector<std::string> &warnings)
{
    if (!j.is_object())
        return Error { "animation: must be an object", "animation" };
    Reader r(j, "animation", warnings);
    CONVSCOPE_TRY(r.integer("step", a.step, 0, 1 << 30));
    CONVSCOPE_TRY(r.number("steps_per_second", a.stepsPerSecond, 0.1, 1000.0));
    CONVSCOPE_TRY(r.boolean("loop", a.loop));
    CONVSCOPE_TRY(r.boolean("playing", a.playing));
    CONVSCOPE_TRY(r.integer("output_channel", a.outputChannel, 0, kMaxSceneChannels - 1));
    r.finish();
    return {};
}

Status readView(const Json &j, SceneView &v, std::vector<std::string> &warnings)
{
    if (!j.is_object())
        return Error { "view: must be an object", "view" };
    Reader r(j, "view", warnings);
    CONVSCOPE_TRY(r.boolean("numbers", v.numbers));
    CONVSCOPE_TRY(r.number("zoom", v.zoom, 0.05, 64.0));
    CONVSCOPE_TRY(r.string("theme", v.theme, 16));
    if (v.theme != "light" && v.theme != "dark")
        return r.error("theme", "'" + v.theme + "' is not light or dark");
    r.finish();
    return {};
}

Json dimsJson(const Dims &d, int n)
{
    bool same = true;
    for (int i = 1; i < n; ++i)
        same = same && d[static_cast<std::size_t>(i)] == d[0];
    if (same)
        return d[0];
    Json a = Json::array();
    for (int i = 0; i < n; ++i)
        a.push_back(d[static_cast<std::size_t>(i)]);
    return a;
}

} // namespace

Result<ParsedScene> parseScene(std::string_view text)
{
    constexpr int kMaxDepth = 32; // a scene with its network needs 5
    if (auto depth = checkJsonDepth(text, kMaxDepth); !depth)
        return Error { "not a valid scene: the JSON is nested deeper than " + std::to_string(kMaxDepth)
            + " levels" };
    Json j = Json::parse(text.begin(), text.end(), nullptr, false);
    if (j.is_discarded())
        return Error { "not a valid scene: the file is not JSON" };
    if (!j.is_object())
        return Error { "not a valid scene: the JSON is not an object" };
    ParsedScene out;
    Reader r(j, "", out.warnings);
    std::string format;
    CONVSCOPE_TRY(r.string("format", format, 64));
    if (format != kFormat)
        return Error { "not a valid scene: format is '" + format + "', expected '" + std::string(kFormat) + "'",
            "format" };
    int version = 0;
    CONVSCOPE_TRY(r.integer("version", version, 0, 1'000'000));
    if (version > kSceneVersion)
        return Error { "this scene was written by a newer ConvScope (scene version " + std::to_string(version)
                + "; this version reads up to " + std::to_string(kSceneVersion) + "): update ConvScope to open it",
            "version" };
    if (version < 1)
        return Error { "not a valid scene: version must be at least 1", "version" };
    Scene &s = out.scene;
    CONVSCOPE_TRY(r.string("title", s.title, 200));
    if (const Json *v = r.find("input"))
        CONVSCOPE_TRY(readInput(*v, s.input, out.warnings));
    if (const Json *v = r.find("layer"))
        CONVSCOPE_TRY(readLayer(*v, s.layer, out.warnings));
    if (const Json *v = r.find("animation"))
        CONVSCOPE_TRY(readAnimation(*v, s.animation, out.warnings));
    if (const Json *v = r.find("view"))
        CONVSCOPE_TRY(readView(*v, s.view, out.warnings));
    if (const Json *v = r.find("network")) {
        auto net = parseNetworkSpec(v->dump());
        if (!net)
            return Error { "network: " + net.error().message, "network" };
        for (auto &w : net->warnings)
            out.warnings.push_back("network: " + w);
        s.network = std::move(net->network);
    }
    r.finish();
    normaliseScene(s);
    if (s.input.source == InputSource::Signal && s.layer.spatialDims != 1)
        return Error { "layer.dims: a signal input needs a 1-d layer (dims 1)", "layer.dims" };
    return out;
}

Result<ParsedScene> readScene(const std::string &path)
{
    auto bytes = readFile(path, kMaxSceneBytes);
    if (!bytes)
        return bytes.error();
    auto parsed = parseScene(*bytes);
    if (!parsed)
        return Error { path + ": " + parsed.error().message, parsed.error().field };
    return parsed;
}

std::string writeScene(const Scene &s)
{
    Json j;
    j["format"] = kFormat;
    j["version"] = kSceneVersion;
    if (!s.title.empty())
        j["title"] = s.title;

    const SceneInput &in = s.input;
    Json input;
    input["source"] = nameOf(kSources, int(in.source));
    switch (in.source) {
    case InputSource::Sample:
    case InputSource::Image:
        if (in.source == InputSource::Sample)
            input["sample"] = in.sample;
        else
            input["path"] = in.path;
        input["gray"] = in.gray;
        if (in.crop)
            input["crop"] = { in.crop->x, in.crop->y, in.crop->width, in.crop->height };
        if (in.row >= 0)
            input["row"] = in.row;
        break;
    case InputSource::Grid:
        input["channels"] = in.gridChannels;
        input["rows"] = in.gridRows;
        input["cols"] = in.gridCols;
        input["grid_preset"] = nameOf(kGridPresets, int(in.gridPreset));
        input["seed"] = in.seed;
        if (!in.gridValues.empty())
            input["values"] = in.gridValues;
        break;
    case InputSource::Signal:
        input["signal"] = nameOf(kSignals, int(in.signal));
        input["signal_length"] = in.signalLength;
        input["signal_channels"] = in.signalChannels;
        input["seed"] = in.seed;
        break;
    }
    j["input"] = input;

    const SceneLayer &l = s.layer;
    const int n = l.spatialDims;
    Json layer;
    layer["op"] = nameOf(kOps, int(l.op));
    layer["dims"] = n;
    layer["kernel"] = dimsJson(l.kernel, n);
    layer["stride"] = dimsJson(l.stride, n);
    if (l.padding.kind == PaddingKind::Same)
        layer["padding"] = "same";
    else if (l.padding.kind == PaddingKind::Valid)
        layer["padding"] = "valid";
    else
        layer["padding"] = dimsJson(l.padding.values, n);
    if (l.op == SceneOp::Conv || l.op == SceneOp::MaxPool)
        layer["dilation"] = dimsJson(l.dilation, n);
    if (l.op == SceneOp::Conv) {
        layer["padding_mode"] = nameOf(kModes, int(l.paddingMode));
        layer["groups"] = l.groups;
        layer["out_channels"] = l.outChannels;
        layer["bias"] = l.bias;
        layer["flip"] = l.flip;
        layer["kernel_presets"] = l.kernelPresets;
        if (!l.kernelPairPresets.empty()) {
            Json pairs = Json::array();
            for (const KernelPairPreset &p : l.kernelPairPresets)
                pairs.push_back({ { "output", p.output }, { "input", p.input }, { "preset", p.preset } });
            layer["kernel_pair_presets"] = pairs;
        }
        const KernelOptions def;
        const KernelOptions &k = l.kernelOptions;
        Json options = Json::object();
        if (k.sigma != def.sigma)
            options["sigma"] = k.sigma;
        if (k.theta != def.theta)
            options["theta"] = k.theta;
        if (k.lambda != def.lambda)
            options["lambda"] = k.lambda;
        if (k.gamma != def.gamma)
            options["gamma"] = k.gamma;
        if (k.psi != def.psi)
            options["psi"] = k.psi;
        if (k.seed != def.seed)
            options["seed"] = k.seed;
        if (!options.empty())
            layer["kernel_options"] = options;
        if (!l.weights.empty())
            layer["weights"] = l.weights;
        if (!l.biasValues.empty())
            layer["bias_values"] = l.biasValues;
    } else {
        layer["ceil_mode"] = l.ceilMode;
        if (l.op == SceneOp::AvgPool)
            layer["count_include_pad"] = l.countIncludePad;
    }
    layer["activation"] = l.activation ? std::string(activationName(*l.activation)) : "none";
    j["layer"] = layer;

    j["animation"] = { { "step", s.animation.step }, { "steps_per_second", s.animation.stepsPerSecond },
        { "loop", s.animation.loop }, { "playing", s.animation.playing },
        { "output_channel", s.animation.outputChannel } };
    j["view"] = { { "numbers", s.view.numbers }, { "zoom", s.view.zoom }, { "theme", s.view.theme } };
    if (s.network)
        j["network"] = Json::parse(writeNetworkSpec(*s.network));
    return j.dump(2) + "\n";
}

Status saveScene(const std::string &path, const Scene &scene)
{
    return writeFileAtomically(path, writeScene(scene));
}

void normaliseScene(Scene &s)
{
    SceneLayer &l = s.layer;
    for (int i = std::max(1, l.spatialDims); i < kMaxSpatialDims; ++i) {
        const auto u = static_cast<std::size_t>(i);
        l.kernel[u] = 3;
        l.stride[u] = 1;
        l.dilation[u] = 1;
        l.padding.values[u] = l.padding.kind == PaddingKind::Explicit ? l.padding.values[0] : 0;
    }
    if (l.padding.kind != PaddingKind::Explicit)
        l.padding.values = { 0, 0, 0 };
}

ConvParams sceneConvParams(const SceneLayer &l)
{
    ConvParams p;
    p.spatialDims = l.spatialDims;
    p.outChannels = l.outChannels;
    p.kernel = l.kernel;
    p.stride = l.stride;
    p.dilation = l.dilation;
    p.padding = l.padding;
    p.paddingMode = l.paddingMode;
    p.groups = l.groups;
    p.bias = l.bias;
    p.flip = l.flip;
    return p;
}

PoolParams scenePoolParams(const SceneLayer &l)
{
    PoolParams p;
    p.spatialDims = l.spatialDims;
    p.type = l.op == SceneOp::MaxPool ? PoolType::Max : l.op == SceneOp::AvgPool ? PoolType::Avg : PoolType::Sum;
    p.kernel = l.kernel;
    p.stride = l.stride;
    p.padding = l.padding.kind == PaddingKind::Explicit ? l.padding.values : Dims { 0, 0, 0 };
    p.dilation = l.op == SceneOp::MaxPool ? l.dilation : Dims { 1, 1, 1 };
    p.ceilMode = l.ceilMode;
    p.countIncludePad = l.countIncludePad;
    return p;
}

Result<SlidingPlan> planSceneLayer(const SceneLayer &l, const std::vector<int> &inputShape)
{
    if (l.op == SceneOp::Conv)
        return planConv(inputShape, sceneConvParams(l));
    if (l.padding.kind == PaddingKind::Same)
        return Error { "padding 'same' is for convolutions: give pooling a number", "padding" };
    return planPool(inputShape, scenePoolParams(l));
}

Tensor makeGrid(const SceneInput &in, int spatialDims)
{
    const int c = in.gridChannels, rows = spatialDims == 1 ? 1 : in.gridRows, cols = in.gridCols;
    Tensor t(spatialDims == 1 ? std::vector<int> { c, cols } : std::vector<int> { c, rows, cols });
    if (in.gridPreset == GridPreset::Custom && static_cast<std::int64_t>(in.gridValues.size()) == t.numel()) {
        std::copy(in.gridValues.begin(), in.gridValues.end(), t.data());
        return t;
    }
    std::mt19937 rng(in.seed);
    for (int ch = 0; ch < c; ++ch)
        for (int y = 0; y < rows; ++y)
            for (int x = 0; x < cols; ++x) {
                float v = 0.0f;
                switch (in.gridPreset) {
                case GridPreset::Custom:
                case GridPreset::RandomIntegers:
                    v = static_cast<float>(rng() % 10); // 0..9, easy to multiply by hand
                    break;
                case GridPreset::Ramp:
                    v = static_cast<float>(y * cols + x + 1);
                    break;
                case GridPreset::Checkerboard:
                    v = (x + y) % 2 == 0 ? 1.0f : 0.0f;
                    break;
                case GridPreset::BrightPixel:
                    v = (y == rows / 2 && x == cols / 2) ? 1.0f : 0.0f;
                    break;
                case GridPreset::Edge:
                    v = x >= cols / 2 ? 1.0f : 0.0f;
                    break;
                }
                t[(static_cast<std::int64_t>(ch) * rows + y) * cols + x] = v;
            }
    return t;
}

Tensor makeSignal(const SceneInput &in)
{
    const int c = in.signalChannels, n = in.signalLength;
    Tensor t({ c, n });
    std::mt19937 rng(in.seed);
    std::normal_distribution<float> noise(0.0f, 1.0f);
    for (int ch = 0; ch < c; ++ch)
        for (int i = 0; i < n; ++i) {
            float v = 0.0f;
            switch (in.signal) {
            case SignalKind::Sine:
                v = static_cast<float>(std::sin(2.0 * std::numbers::pi * i / 16.0 + ch * std::numbers::pi / 3.0));
                break;
            case SignalKind::Steps:
                v = ((i / 6 + ch) % 2 == 0) ? 0.0f : 1.0f;
                break;
            case SignalKind::Noise:
                v = noise(rng);
                break;
            }
            t[static_cast<std::int64_t>(ch) * n + i] = std::round(v * 100.0f) / 100.0f;
        }
    return t;
}

Result<Tensor> sceneInput(const Scene &scene, const Tensor *image)
{
    const SceneInput &in = scene.input;
    const int dims = scene.layer.spatialDims;
    if (in.source == InputSource::Grid)
        return makeGrid(in, dims);
    if (in.source == InputSource::Signal)
        return makeSignal(in);
    if (!image || image->ndim() != 3)
        return Error { "the scene's image is not loaded", "input" };
    int x0 = 0, y0 = 0, w = image->dim(2), h = image->dim(1);
    if (in.crop) {
        x0 = std::clamp(in.crop->x, 0, w - 1);
        y0 = std::clamp(in.crop->y, 0, h - 1);
        w = std::min(in.crop->width, w - x0);
        h = std::min(in.crop->height, h - y0);
    }
    const int channels = in.gray ? 1 : image->channels();
    const int imageWidth = image->dim(2);
    Tensor out({ channels, h, w });
    for (int c = 0; c < channels; ++c) {
        float *dst = out.plane(c);
        for (int y = 0; y < h; ++y) {
            const std::int64_t row = static_cast<std::int64_t>(y + y0) * imageWidth + x0;
            float *d = dst + static_cast<std::int64_t>(y) * w;
            if (in.gray && image->channels() >= 3) { // ITU-R BT.601 luma, as cv::cvtColor
                const float *r = image->plane(0) + row, *g = image->plane(1) + row, *b = image->plane(2) + row;
                for (int x = 0; x < w; ++x)
                    d[x] = 0.299f * r[x] + 0.587f * g[x] + 0.114f * b[x];
            } else {
                const float *src = image->plane(c) + row;
                std::copy(src, src + w, d);
            }
        }
    }
    if (dims == 2)
        return out;
    const int row = in.row < 0 ? h / 2 : std::min(in.row, h - 1);
    Tensor seq({ channels, w });
    for (int c = 0; c < channels; ++c)
        std::copy(out.plane(c) + static_cast<std::int64_t>(row) * w, out.plane(c) + static_cast<std::int64_t>(row + 1) * w,
            seq.plane(c));
    return seq;
}

const std::string &SceneLayer::kernelPresetOf(int output) const
{
    static const std::string identity = "identity";
    if (kernelPresets.empty() || output < 0)
        return identity;
    return kernelPresets[static_cast<std::size_t>(output) % kernelPresets.size()];
}

const std::string *SceneLayer::pairPresetOf(int output, int input) const
{
    for (const KernelPairPreset &p : kernelPairPresets)
        if (p.output == output && p.input == input)
            return &p.preset;
    return nullptr;
}

Result<Tensor> sceneWeights(const SceneLayer &l, int inChannels, bool divideByChannels)
{
    const int n = l.spatialDims;
    const int groups = std::max(1, l.groups);
    const int cPerGroup = std::max(1, inChannels / groups);
    std::vector<int> shape { l.outChannels, cPerGroup };
    std::int64_t volume = 1;
    for (int i = 0; i < n; ++i) {
        shape.push_back(l.kernel[static_cast<std::size_t>(i)]);
        volume *= l.kernel[static_cast<std::size_t>(i)];
    }
    if (volume * cPerGroup * l.outChannels > (std::int64_t { 1 } << 24))
        return Error { "the kernel is too large to show", "kernel" };
    Tensor w(shape);
    if (static_cast<std::int64_t>(l.weights.size()) == w.numel()) {
        std::copy(l.weights.begin(), l.weights.end(), w.data());
        return w;
    }
    const int kh = n == 1 ? 1 : l.kernel[0], kw = n == 1 ? l.kernel[0] : l.kernel[1];
    const float scale = divideByChannels ? 1.0f / static_cast<float>(cPerGroup) : 1.0f;
    for (int o = 0; o < l.outChannels; ++o) {
        KernelOptions options = l.kernelOptions;
        options.seed += static_cast<std::uint32_t>(o);
        auto kernel = [&](const std::string &id, const char *field) -> Result<Tensor> {
            auto k = makeKernel(id, kh, kw, options);
            if (!k)
                return Error { "kernel preset: " + k.error().message, field };
            return k;
        };
        auto k = kernel(l.kernelPresetOf(o), "kernel_presets");
        if (!k)
            return k.error();
        for (int c = 0; c < cPerGroup; ++c) {
            const std::string *pairPreset = l.pairPresetOf(o, c);
            Result<Tensor> own = pairPreset ? kernel(*pairPreset, "kernel_pair_presets") : Result<Tensor>(Tensor());
            if (!own)
                return own.error();
            const Tensor &values = pairPreset ? *own : *k;
            for (std::int64_t i = 0; i < volume; ++i)
                w[(static_cast<std::int64_t>(o) * cPerGroup + c) * volume + i] = values[i] * scale;
        }
    }
    return w;
}

Tensor sceneBias(const SceneLayer &l)
{
    Tensor b({ l.outChannels });
    for (int o = 0; o < l.outChannels && o < static_cast<int>(l.biasValues.size()); ++o)
        b[o] = l.biasValues[static_cast<std::size_t>(o)];
    return b;
}

Result<SceneOutput> computeSceneLayer(const SceneLayer &l, const Tensor &input, const Tensor *weight,
    const Tensor *bias, const RunOptions &options)
{
    SceneOutput out;
    if (l.op == SceneOp::Conv) {
        if (!weight)
            return Error { "the convolution has no kernel", "kernel" };
        ConvParams p = sceneConvParams(l);
        p.bias = bias != nullptr;
        if (auto s = convolve(input, *weight, bias, p, out.output, options); !s)
            return s.error();
    } else {
        if (l.padding.kind == PaddingKind::Same)
            return Error { "padding 'same' is for convolutions: give pooling a number", "padding" };
        if (auto s = pool(input, scenePoolParams(l), out.output, options); !s)
            return s.error();
    }
    out.activated = out.output;
    if (l.activation) {
        const float parameter = static_cast<float>(defaultActivationParameter(*l.activation));
        applyActivation(*l.activation, parameter, out.activated.values());
    }
    return out;
}

} // namespace convscope
