#include "spec_json.h"

#include "file_util.h"

#include <nlohmann/json.hpp>

#include <climits>
#include <cmath>
#include <filesystem>
#include <set>
#include <sstream>

namespace convscope {

namespace {

using json = nlohmann::json;
using ordered_json = nlohmann::ordered_json;

std::string str(std::int64_t v)
{
    return std::to_string(v);
}

// "an integer", "a string" ... for messages about a value of the wrong type.
std::string typeText(const json& v)
{
    switch (v.type()) {
    case json::value_t::null:
        return "null";
    case json::value_t::boolean:
        return "a boolean";
    case json::value_t::string:
        return "a string";
    case json::value_t::array:
        return "a list";
    case json::value_t::object:
        return "an object";
    case json::value_t::number_float:
        return "the number " + v.dump();
    default:
        return "a number";
    }
}

// Where a message points: "input: ", "layer 3 (c3): ", or nothing at the top level. Errors carry
// the field as "input.size", "layers[3].kernel" or "version".
struct Context {
    std::string text; // message prefix
    std::string path; // field prefix, "" or "layers[3]." or "input."

    [[nodiscard]] Error error(const std::string& message, const std::string& field) const
    {
        return Error { text + message, path + field };
    }
};

// 1e+23 rather than 9.999999999999999e+22.
std::string shortNumber(double d)
{
    std::ostringstream out;
    out << d;
    return out.str();
}

Result<int> toInt(const json& v, const Context& at, const std::string& field)
{
    if (v.is_number_unsigned()) {
        const auto u = v.get<std::uint64_t>();
        if (u > static_cast<std::uint64_t>(INT_MAX))
            return at.error(
                field + " " + v.dump() + " is out of range (at most " + str(INT_MAX) + ")", field);
        return static_cast<int>(u);
    }
    if (v.is_number_integer()) {
        const auto s = v.get<std::int64_t>();
        if (s < INT_MIN || s > INT_MAX)
            return at.error(
                field + " " + v.dump() + " is out of range (at least " + str(INT_MIN) + ")", field);
        return static_cast<int>(s);
    }
    if (v.is_number_float()) {
        // Integers too large for 64 bits reach us as floating point.
        const double d = v.get<double>();
        if (std::isfinite(d) && d == std::floor(d))
            return at.error(
                field + " " + shortNumber(d) + " is out of range (at most " + str(INT_MAX) + ")",
                field);
        return at.error(field + " must be an integer, not " + v.dump(), field);
    }
    return at.error(field + " must be an integer, not " + typeText(v), field);
}

// Reads the fields of one JSON object, remembering which were used so the rest can be reported.
class Fields {
public:
    Fields(const json& object, Context context)
        : m_object(object)
        , m_context(std::move(context))
    {
    }

    [[nodiscard]] const Context& context() const { return m_context; }
    [[nodiscard]] bool has(const std::string& key) const { return m_object.contains(key); }

    [[nodiscard]] const json* find(const std::string& key)
    {
        m_used.insert(key);
        const auto it = m_object.find(key);
        return it == m_object.end() ? nullptr : &*it;
    }

    [[nodiscard]] Error missing(const std::string& key, const std::string& hint) const
    {
        return m_context.error(
            "missing field '" + key + "'" + (hint.empty() ? "" : ": " + hint), key);
    }

    Result<int> integer(
        const std::string& key, std::optional<int> fallback, const std::string& hint = {})
    {
        const json* v = find(key);
        if (!v) {
            if (fallback)
                return *fallback;
            return missing(key, hint);
        }
        return toInt(*v, m_context, key);
    }

    Result<bool> boolean(const std::string& key, bool fallback)
    {
        const json* v = find(key);
        if (!v)
            return fallback;
        if (!v->is_boolean())
            return m_context.error(key + " must be true or false, not " + typeText(*v), key);
        return v->get<bool>();
    }

    Result<double> number(const std::string& key, double fallback)
    {
        const json* v = find(key);
        if (!v)
            return fallback;
        if (!v->is_number())
            return m_context.error(key + " must be a number, not " + typeText(*v), key);
        return v->get<double>();
    }

    Result<std::string> string(const std::string& key, std::string fallback)
    {
        const json* v = find(key);
        if (!v)
            return fallback;
        if (!v->is_string())
            return m_context.error(key + " must be a string, not " + typeText(*v), key);
        return v->get<std::string>();
    }

    // One integer for every dimension, or a list of n; unused entries keep `base`'s values so a
    // parsed value is canonical. A missing field gives `fallback` (or an error without one).
    Result<Dims> dims(const std::string& key, int n, const Dims& base, std::optional<Dims> fallback,
        const std::string& hint = {})
    {
        const json* v = find(key);
        if (!v) {
            if (fallback)
                return *fallback;
            return missing(key, hint);
        }
        Dims out = base;
        if (v->is_array()) {
            if (static_cast<int>(v->size()) != n)
                return m_context.error(key + " has " + str(static_cast<std::int64_t>(v->size()))
                        + " entries but the input has " + str(n) + " spatial dimension"
                        + (n == 1 ? "" : "s") + ": give one integer or a list of " + str(n),
                    key);
            for (int i = 0; i < n; ++i) {
                auto x = toInt((*v)[static_cast<std::size_t>(i)], m_context, key);
                if (!x)
                    return x.error();
                out[static_cast<std::size_t>(i)] = *x;
            }
            return out;
        }
        if (!v->is_number())
            return m_context.error(key + " must be an integer or a list of " + str(n)
                    + " integers, not " + typeText(*v),
                key);
        auto x = toInt(*v, m_context, key);
        if (!x)
            return x.error();
        for (int i = 0; i < n; ++i)
            out[static_cast<std::size_t>(i)] = *x;
        return out;
    }

    void warnUnused(std::vector<std::string>& warnings) const
    {
        for (const auto& item : m_object.items())
            if (!m_used.count(item.key()))
                warnings.push_back(
                    m_context.text + "unknown field '" + item.key() + "' is ignored");
    }

private:
    const json& m_object;
    Context m_context;
    std::set<std::string> m_used;
};

Dims firstN(const Dims& values, const Dims& base, int n)
{
    Dims out = base;
    for (int i = 0; i < n; ++i)
        out[static_cast<std::size_t>(i)] = values[static_cast<std::size_t>(i)];
    return out;
}

// The padding field: an integer, a list, "same" (conv only) or "valid".
Result<Padding> parsePadding(Fields& f, int n, bool allowSame)
{
    const Dims base = Padding {}.values;
    if (const json* v = f.find("padding"); v && v->is_string()) {
        const auto s = v->get<std::string>();
        if (s == "valid")
            return Padding::valid();
        if (s == "same" && allowSame)
            return Padding::same();
        return f.context().error("padding '" + s + "' is not "
                + (allowSame ? "\"same\", \"valid\" or a number" : "\"valid\" or a number")
                + (s == "same" ? ": pooling takes no \"same\" padding, give a number" : ""),
            "padding");
    }
    auto d = f.dims("padding", n, base, base);
    if (!d)
        return d.error();
    return Padding::explicitly(*d);
}

Result<Layer> parseConv(Fields& f, int n)
{
    ConvLayer c;
    ConvParams& p = c.params;
    const ConvParams defaults;
    p.spatialDims = n;
    auto out = f.integer("out_channels", std::nullopt, "the number of output channels");
    if (!out)
        return out.error();
    p.outChannels = *out;
    auto kernel = f.dims("kernel", n, defaults.kernel, std::nullopt, "the kernel size");
    auto stride = f.dims("stride", n, defaults.stride, defaults.stride);
    auto dilation = f.dims("dilation", n, defaults.dilation, defaults.dilation);
    for (auto* r : { &kernel, &stride, &dilation })
        if (!*r)
            return r->error();
    p.kernel = *kernel;
    p.stride = *stride;
    p.dilation = *dilation;
    auto padding = parsePadding(f, n, true);
    if (!padding)
        return padding.error();
    p.padding = *padding;
    auto groups = f.integer("groups", 1);
    auto bias = f.boolean("bias", true);
    auto mode = f.string("padding_mode", "zeros");
    auto preset = f.string("preset", "");
    if (!groups)
        return groups.error();
    if (!bias)
        return bias.error();
    if (!mode)
        return mode.error();
    if (!preset)
        return preset.error();
    p.groups = *groups;
    p.bias = *bias;
    static const std::map<std::string, PaddingMode> modes { { "zeros", PaddingMode::Zeros },
        { "reflect", PaddingMode::Reflect }, { "replicate", PaddingMode::Replicate },
        { "circular", PaddingMode::Circular } };
    const auto it = modes.find(*mode);
    if (it == modes.end())
        return f.context().error("padding_mode '" + *mode
                + "' is not one of \"zeros\", \"reflect\", \"replicate\", \"circular\"",
            "padding_mode");
    p.paddingMode = it->second;
    c.preset = *preset;
    return Layer { {}, c };
}

Result<Layer> parsePool(Fields& f, int n, PoolType type)
{
    PoolLayer l;
    PoolParams& p = l.params;
    const PoolParams defaults;
    p.spatialDims = n;
    p.type = type;
    auto kernel = f.dims("kernel", n, defaults.kernel, std::nullopt, "the window size");
    if (!kernel)
        return kernel.error();
    p.kernel = *kernel;
    // PyTorch: stride defaults to the kernel size.
    auto stride = f.dims("stride", n, defaults.stride, firstN(p.kernel, defaults.stride, n));
    if (!stride)
        return stride.error();
    p.stride = *stride;
    auto padding = parsePadding(f, n, false);
    if (!padding)
        return padding.error();
    p.padding = padding->values;
    if (type == PoolType::Max) {
        auto dilation = f.dims("dilation", n, defaults.dilation, defaults.dilation);
        if (!dilation)
            return dilation.error();
        p.dilation = *dilation;
    }
    auto ceil = f.boolean("ceil_mode", false);
    if (!ceil)
        return ceil.error();
    p.ceilMode = *ceil;
    if (type == PoolType::Avg) {
        auto include = f.boolean("count_include_pad", true);
        if (!include)
            return include.error();
        p.countIncludePad = *include;
    }
    return Layer { {}, l };
}

const std::string kTypes = "conv, maxpool, avgpool, sumpool, relu, leaky_relu, elu, gelu, silu, "
                           "swish, sigmoid, tanh, batchnorm, flatten, linear, dropout";

Result<Layer> parseLayer(const json& item, int index, int n, std::vector<std::string>& warnings)
{
    Context at { "layer " + str(index) + ": ", "layers[" + str(index) + "]." };
    if (!item.is_object())
        return at.error("must be an object with a \"type\", not " + typeText(item), "");
    // Name the layer in messages as soon as its name (or its type) is known.
    std::string name;
    if (const auto it = item.find("name"); it != item.end()) {
        if (!it->is_string())
            return at.error("name must be a string, not " + typeText(*it), "name");
        name = it->get<std::string>();
        if (name.empty())
            return at.error("name must not be empty: leave it out for the default name", "name");
    }
    const auto typeIt = item.find("type");
    if (typeIt != item.end() && typeIt->is_string() && name.empty())
        at.text = "layer " + str(index) + " (" + typeIt->get<std::string>() + str(index) + "): ";
    if (!name.empty())
        at.text = "layer " + str(index) + " (" + name + "): ";
    Fields f(item, at);
    (void)f.find("name");
    const json* type = f.find("type");
    if (!type)
        return f.missing("type", "one of " + kTypes);
    if (!type->is_string())
        return at.error("type must be a string, not " + typeText(*type), "type");
    const auto t = type->get<std::string>();

    Result<Layer> layer = Error {};
    if (t == "conv") {
        layer = parseConv(f, n);
    } else if (t == "maxpool" || t == "avgpool" || t == "sumpool") {
        layer = parsePool(f, n,
            t == "maxpool"       ? PoolType::Max
                : t == "avgpool" ? PoolType::Avg
                                 : PoolType::Sum);
    } else if (const auto a = activationFromName(t)) {
        ActivationLayer l { *a, defaultActivationParameter(*a) };
        if (const auto key = activationParameterName(*a); !key.empty()) {
            auto v = f.number(std::string(key), l.parameter);
            if (!v)
                return v.error();
            l.parameter = *v;
        }
        layer = Layer { {}, l };
    } else if (t == "batchnorm") {
        auto eps = f.number("eps", BatchNormLayer {}.eps);
        if (!eps)
            return eps.error();
        layer = Layer { {}, BatchNormLayer { *eps } };
    } else if (t == "flatten") {
        layer = Layer { {}, FlattenLayer {} };
    } else if (t == "linear") {
        auto out = f.integer("out_features", std::nullopt, "the number of outputs");
        if (!out)
            return out.error();
        auto bias = f.boolean("bias", true);
        if (!bias)
            return bias.error();
        layer = Layer { {}, LinearLayer { *out, *bias } };
    } else if (t == "dropout") {
        auto p = f.number("p", DropoutLayer {}.p);
        if (!p)
            return p.error();
        layer = Layer { {}, DropoutLayer { *p } };
    } else {
        return at.error("unknown type '" + t + "': use one of " + kTypes, "type");
    }
    if (!layer)
        return layer;
    layer->name = name;
    f.warnUnused(warnings);
    return layer;
}

Status checkFormat(Fields& top)
{
    const json* format = top.find("format");
    if (!format)
        return top.missing(
            "format", "a network spec starts with \"format\": \"convscope-network\"");
    if (!format->is_string() || format->get<std::string>() != "convscope-network")
        return Error { "format is " + format->dump()
                + ", not \"convscope-network\": this is not a ConvScope network spec",
            "format" };
    const json* version = top.find("version");
    if (!version)
        return top.missing("version", "add \"version\": 1");
    auto v = toInt(*version, top.context(), "version");
    if (!v)
        return v.error();
    if (*v > kNetworkSpecVersion)
        return Error { "the spec has version " + str(*v) + " but this ConvScope reads version "
                + str(kNetworkSpecVersion) + ": update ConvScope to open it",
            "version" };
    if (*v < 1)
        return Error { "version " + str(*v) + " is not valid: the first version is 1", "version" };
    return {};
}

} // namespace

Status checkJsonDepth(std::string_view text, int maxDepth)
{
    int depth = 0;
    bool inString = false, escaped = false;
    for (const char c : text) {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (++depth > maxDepth)
                return Error { "the JSON is nested deeper than " + str(maxDepth)
                        + " levels: a network spec needs only a few",
                    "" };
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return {};
}

Result<ParsedNetwork> parseNetworkSpec(std::string_view text, bool validate)
{
    if (text.find_first_not_of(" \t\r\n") == std::string_view::npos)
        return Error { "the spec is empty: a network spec is a JSON object with \"format\": "
                       "\"convscope-network\"" };
    if (auto s = checkJsonDepth(text); !s)
        return s.error();
    json root;
    try {
        root = json::parse(text);
    } catch (const json::exception& e) {
        // nlohmann's what() is "[json.exception.parse_error.101] parse error at ..."; a number
        // too large for a double (1e400) is an out_of_range.406, not a parse_error.
        std::string what = e.what();
        if (const auto close = what.find("] "); close != std::string::npos)
            what = what.substr(close + 2);
        // The message quotes the bytes last read, which in a binary file are not text.
        for (char& c : what)
            if (static_cast<unsigned char>(c) >= 0x80 || static_cast<unsigned char>(c) < 0x20)
                c = '?';
        return Error { "not valid JSON: " + what };
    }
    if (!root.is_object())
        return Error { "a network spec is a JSON object with \"format\": \"convscope-network\", "
                       "not "
            + typeText(root) };
    ParsedNetwork parsed;
    Network& net = parsed.network;
    Fields top(root, Context {});
    if (auto s = checkFormat(top); !s)
        return s.error();
    auto name = top.string("name", "");
    auto weights = top.string("weights", "");
    if (!name)
        return name.error();
    if (!weights)
        return weights.error();
    net.name = *name;
    net.weightsPath = *weights;

    const json* input = top.find("input");
    if (!input)
        return top.missing("input", "e.g. \"input\": {\"channels\": 3, \"size\": [224, 224]}");
    if (!input->is_object())
        return Error { "input must be an object like {\"channels\": 3, \"size\": [224, 224]}, not "
                + typeText(*input),
            "input" };
    Fields in(*input, Context { "input: ", "input." });
    auto channels = in.integer("channels", std::nullopt, "the number of input channels");
    if (!channels)
        return channels.error();
    net.inputChannels = *channels;
    const json* size = in.find("size");
    if (!size)
        return in.missing("size", "a list of 1, 2 or 3 spatial sizes");
    if (!size->is_array() || size->empty() || size->size() > kMaxSpatialDims)
        return in.context().error("size must be a list of 1, 2 or 3 integers, not "
                + (size->is_array() ? "a list of " + str(static_cast<std::int64_t>(size->size()))
                                    : typeText(*size)),
            "size");
    for (const auto& v : *size) {
        auto x = toInt(v, in.context(), "size");
        if (!x)
            return x.error();
        net.inputSize.push_back(*x);
    }
    in.warnUnused(parsed.warnings);
    const int n = static_cast<int>(net.inputSize.size());

    const json* layers = top.find("layers");
    if (!layers)
        return top.missing("layers", "a list of layers, e.g. [{\"type\": \"relu\"}]");
    if (!layers->is_array())
        return Error { "layers must be a list, not " + typeText(*layers), "layers" };
    for (std::size_t i = 0; i < layers->size(); ++i) {
        auto layer = parseLayer((*layers)[i], static_cast<int>(i), n, parsed.warnings);
        if (!layer)
            return layer.error();
        net.layers.push_back(std::move(layer).value());
    }
    top.warnUnused(parsed.warnings);
    if (validate)
        if (auto s = convscope::validate(net); !s)
            return s.error();
    return parsed;
}

Result<ParsedNetwork> readNetworkSpec(const std::string& path, bool validate)
{
    auto bytes = readFile(path, kMaxSpecBytes);
    if (!bytes)
        return bytes.error();
    auto parsed = parseNetworkSpec(*bytes, validate);
    if (!parsed)
        return Error { path + ": " + parsed.error().message, parsed.error().field };
    return parsed;
}

std::string resolveWeightsPath(const Network& net, const std::string& specPath)
{
    if (net.weightsPath.empty())
        return {};
    const std::filesystem::path weights(net.weightsPath);
    if (weights.is_absolute())
        return weights.string();
    return (std::filesystem::path(specPath).parent_path() / weights).lexically_normal().string();
}

std::string weightsPathForSpec(const std::string& weightsPath, const std::string& specPath)
{
    namespace fs = std::filesystem;
    if (weightsPath.empty())
        return {};
    std::error_code error;
    const fs::path target = fs::absolute(fs::path(weightsPath), error).lexically_normal();
    if (error)
        return weightsPath;
    const fs::path folder = fs::absolute(fs::path(specPath), error).lexically_normal().parent_path();
    if (error)
        return target.string();
    const fs::path relative = target.lexically_relative(folder);
    return relative.empty() ? target.string() : relative.generic_string();
}

namespace {

ordered_json dimsJson(const Dims& d, int n)
{
    bool same = true;
    for (int i = 1; i < n; ++i)
        same = same && d[static_cast<std::size_t>(i)] == d[0];
    if (same)
        return d[0];
    ordered_json list = ordered_json::array();
    for (int i = 0; i < n; ++i)
        list.push_back(d[static_cast<std::size_t>(i)]);
    return list;
}

template <class... F> struct Overloaded : F... {
    using F::operator()...;
};
// Clang 14 does not deduce an aggregate's template arguments (P1816) without a guide.
template <class... F> Overloaded(F...) -> Overloaded<F...>;

ordered_json layerJson(const Layer& layer)
{
    ordered_json j;
    j["type"] = layerType(layer.config);
    if (!layer.name.empty())
        j["name"] = layer.name;
    std::visit(
        Overloaded {
            [&](const ConvLayer& c) {
                const ConvParams& p = c.params;
                const ConvParams d;
                const int n = p.spatialDims;
                j["out_channels"] = p.outChannels;
                j["kernel"] = dimsJson(p.kernel, n);
                if (firstN(p.stride, d.stride, n) != d.stride)
                    j["stride"] = dimsJson(p.stride, n);
                if (p.padding.kind == PaddingKind::Same)
                    j["padding"] = "same";
                else if (p.padding.kind == PaddingKind::Valid)
                    j["padding"] = "valid";
                else if (firstN(p.padding.values, d.padding.values, n) != d.padding.values)
                    j["padding"] = dimsJson(p.padding.values, n);
                if (firstN(p.dilation, d.dilation, n) != d.dilation)
                    j["dilation"] = dimsJson(p.dilation, n);
                if (p.groups != 1)
                    j["groups"] = p.groups;
                if (!p.bias)
                    j["bias"] = false;
                static const char* modes[] = { "zeros", "reflect", "replicate", "circular" };
                if (p.paddingMode != PaddingMode::Zeros)
                    j["padding_mode"] = modes[static_cast<int>(p.paddingMode)];
                if (!c.preset.empty())
                    j["preset"] = c.preset;
            },
            [&](const PoolLayer& l) {
                const PoolParams& p = l.params;
                const PoolParams d;
                const int n = p.spatialDims;
                j["kernel"] = dimsJson(p.kernel, n);
                if (firstN(p.stride, d.stride, n) != firstN(p.kernel, d.stride, n))
                    j["stride"] = dimsJson(p.stride, n);
                if (firstN(p.padding, d.padding, n) != d.padding)
                    j["padding"] = dimsJson(p.padding, n);
                if (p.type == PoolType::Max && firstN(p.dilation, d.dilation, n) != d.dilation)
                    j["dilation"] = dimsJson(p.dilation, n);
                if (p.ceilMode)
                    j["ceil_mode"] = true;
                if (p.type == PoolType::Avg && !p.countIncludePad)
                    j["count_include_pad"] = false;
            },
            [&](const ActivationLayer& a) {
                if (const auto key = activationParameterName(a.function);
                    !key.empty() && a.parameter != defaultActivationParameter(a.function))
                    j[std::string(key)] = a.parameter;
            },
            [&](const BatchNormLayer& b) {
                if (b.eps != BatchNormLayer {}.eps)
                    j["eps"] = b.eps;
            },
            [&](const FlattenLayer&) {},
            [&](const LinearLayer& l) {
                j["out_features"] = l.outFeatures;
                if (!l.bias)
                    j["bias"] = false;
            },
            [&](const DropoutLayer& d) {
                if (d.p != DropoutLayer {}.p)
                    j["p"] = d.p;
            },
        },
        layer.config);
    return j;
}

std::string dump(const ordered_json& j)
{
    // Replace invalid UTF-8 in names rather than throw.
    return j.dump(2, ' ', false, ordered_json::error_handler_t::replace);
}

} // namespace

std::string writeNetworkSpec(const Network& net)
{
    ordered_json j;
    j["format"] = "convscope-network";
    j["version"] = kNetworkSpecVersion;
    j["name"] = net.name;
    j["input"] = { { "channels", net.inputChannels }, { "size", net.inputSize } };
    if (!net.weightsPath.empty())
        j["weights"] = net.weightsPath;
    j["layers"] = ordered_json::array();
    for (const Layer& layer : net.layers)
        j["layers"].push_back(layerJson(layer));
    return dump(j) + "\n";
}

Status saveNetworkSpec(const std::string& path, const Network& net)
{
    return writeFileAtomically(path, writeNetworkSpec(net));
}

std::string summaryToJson(const Summary& s)
{
    // One layer per line: readable in a terminal, still one JSON object.
    const auto compact = [](const ordered_json& j) {
        return j.dump(-1, ' ', false, ordered_json::error_handler_t::replace);
    };
    const auto optional = [](const std::optional<std::vector<std::int64_t>>& v) {
        return v ? ordered_json(*v) : ordered_json(nullptr);
    };
    const ordered_json input = { { "channels", s.inputChannels }, { "size", s.inputSize } };
    std::string out
        = "{\"name\": " + compact(s.name) + ", \"input\": " + compact(input) + ",\n \"layers\": [";
    for (std::size_t i = 0; i < s.layers.size(); ++i) {
        const LayerSummary& l = s.layers[i];
        ordered_json o;
        o["index"] = l.index;
        o["name"] = l.name;
        o["type"] = l.type;
        o["output_shape"] = l.outputShape;
        o["params"] = l.params;
        o["macs"] = l.macs;
        o["receptive_field"] = optional(l.receptiveField);
        o["effective_stride"] = optional(l.effectiveStride);
        o["effective_padding"] = optional(l.effectivePadding);
        out += (i ? ",\n  " : "\n  ") + compact(o);
    }
    out += "],\n \"total_params\": " + std::to_string(s.totalParams)
        + ", \"total_macs\": " + std::to_string(s.totalMacs) + "}\n";
    return out;
}

} // namespace convscope
