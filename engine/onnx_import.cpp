#include "onnx_import.h"

#include "file_util.h"
#include "layer.h"

#include <opencv2/core/utils/logger.hpp>
#include <opencv2/dnn.hpp>
#include <opencv2/dnn/all_layers.hpp>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <string_view>

namespace convscope {

namespace {

std::string str(std::int64_t v) { return std::to_string(v); }

// --- A minimal reader of the ONNX protobuf (onnx/onnx.proto), for what OpenCV's Net hides: the
// graph's input shape, the node names and operator types, and a few attributes. Every length is
// checked against the buffer, nesting is fixed (no recursion), so damaged data is an error.

struct ProtoReader {
    const unsigned char* p = nullptr;
    const unsigned char* end = nullptr;
    bool failed = false;

    explicit ProtoReader(std::string_view bytes)
        : p(reinterpret_cast<const unsigned char*>(bytes.data()))
        , end(p + bytes.size())
    {
    }
    [[nodiscard]] bool atEnd() const { return p >= end || failed; }

    std::uint64_t varint()
    {
        std::uint64_t v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (p >= end) {
                failed = true;
                return 0;
            }
            const unsigned char b = *p++;
            v |= static_cast<std::uint64_t>(b & 0x7f) << shift;
            if (!(b & 0x80))
                return v;
        }
        failed = true;
        return 0;
    }
    // The next field's number and wire type; false at the end or on damage.
    bool next(int& field, int& wire)
    {
        if (atEnd())
            return false;
        const std::uint64_t key = varint();
        field = static_cast<int>(key >> 3);
        wire = static_cast<int>(key & 7);
        if (failed || field == 0) {
            failed = true;
            return false;
        }
        return true;
    }
    std::string_view bytes()
    {
        const std::uint64_t n = varint();
        if (failed || n > static_cast<std::uint64_t>(end - p)) {
            failed = true;
            return {};
        }
        const std::string_view s(reinterpret_cast<const char*>(p), static_cast<std::size_t>(n));
        p += n;
        return s;
    }
    std::uint32_t fixed32()
    {
        if (end - p < 4) {
            failed = true;
            return 0;
        }
        std::uint32_t v = 0;
        std::memcpy(&v, p, 4); // little-endian on every platform the project builds for
        p += 4;
        return v;
    }
    void skip(int wire)
    {
        switch (wire) {
        case 0:
            (void)varint();
            break;
        case 1:
            if (end - p < 8)
                failed = true;
            else
                p += 8;
            break;
        case 2:
            (void)bytes();
            break;
        case 5:
            (void)fixed32();
            break;
        default: // groups (3, 4) are not used by onnx.proto
            failed = true;
        }
    }
};

struct OnnxNode {
    std::string name;
    std::string opType;
    std::vector<std::string> outputs;
    std::map<std::string, std::vector<std::int64_t>, std::less<>> ints; // int and ints attributes
    std::map<std::string, std::string, std::less<>> strings; // string attributes (e.g. Pad's mode)
};

struct OnnxValue {
    std::string name;
    std::vector<std::int64_t> dims; // -1 where the size is symbolic or missing
    std::vector<std::string> dimNames; // the symbol (e.g. "batch_size"), or empty
    bool hasShape = false;
};

struct OnnxGraph {
    std::vector<OnnxNode> nodes;
    std::vector<OnnxValue> inputs;
    std::vector<OnnxValue> outputs;
    std::set<std::string, std::less<>> initializers;
};

bool parseAttribute(std::string_view data, OnnxNode& node)
{
    ProtoReader r(data);
    std::string name;
    std::vector<std::int64_t> values;
    std::optional<std::string> text;
    int field = 0, wire = 0;
    while (r.next(field, wire)) {
        if (field == 1 && wire == 2) {
            name = std::string(r.bytes());
        } else if (field == 4 && wire == 2) {
            text = std::string(r.bytes());
        } else if (field == 3 && wire == 0) {
            values.push_back(static_cast<std::int64_t>(r.varint()));
        } else if (field == 8 && wire == 0) {
            values.push_back(static_cast<std::int64_t>(r.varint()));
        } else if (field == 8 && wire == 2) { // packed ints
            ProtoReader packed(r.bytes());
            while (!packed.atEnd())
                values.push_back(static_cast<std::int64_t>(packed.varint()));
            r.failed = r.failed || packed.failed;
        } else {
            r.skip(wire);
        }
    }
    if (r.failed)
        return false;
    if (!name.empty() && !values.empty())
        node.ints[name] = std::move(values);
    if (!name.empty() && text)
        node.strings[name] = std::move(*text);
    return true;
}

bool parseNode(std::string_view data, OnnxNode& node)
{
    ProtoReader r(data);
    int field = 0, wire = 0;
    while (r.next(field, wire)) {
        if (field == 2 && wire == 2)
            node.outputs.emplace_back(r.bytes());
        else if (field == 3 && wire == 2)
            node.name = std::string(r.bytes());
        else if (field == 4 && wire == 2)
            node.opType = std::string(r.bytes());
        else if (field == 5 && wire == 2) {
            if (!parseAttribute(r.bytes(), node))
                return false;
        } else
            r.skip(wire);
    }
    return !r.failed;
}

// ValueInfoProto { name = 1; TypeProto type = 2 { Tensor tensor_type = 1 { TensorShapeProto
// shape = 2 { repeated Dimension dim = 1 { int64 dim_value = 1; string dim_param = 2 } } } } }
bool parseValueInfo(std::string_view data, OnnxValue& value)
{
    ProtoReader r(data);
    int field = 0, wire = 0;
    while (r.next(field, wire)) {
        if (field == 1 && wire == 2) {
            value.name = std::string(r.bytes());
        } else if (field == 2 && wire == 2) {
            ProtoReader type(r.bytes());
            while (type.next(field, wire)) {
                if (field != 1 || wire != 2) {
                    type.skip(wire);
                    continue;
                }
                ProtoReader tensor(type.bytes());
                while (tensor.next(field, wire)) {
                    if (field != 2 || wire != 2) {
                        tensor.skip(wire);
                        continue;
                    }
                    value.hasShape = true;
                    ProtoReader shape(tensor.bytes());
                    while (shape.next(field, wire)) {
                        if (field != 1 || wire != 2) {
                            shape.skip(wire);
                            continue;
                        }
                        ProtoReader dim(shape.bytes());
                        std::int64_t size = -1;
                        std::string symbol;
                        while (dim.next(field, wire)) {
                            if (field == 1 && wire == 0)
                                size = static_cast<std::int64_t>(dim.varint());
                            else if (field == 2 && wire == 2)
                                symbol = std::string(dim.bytes());
                            else
                                dim.skip(wire);
                        }
                        if (dim.failed)
                            return false;
                        value.dims.push_back(size);
                        value.dimNames.push_back(symbol);
                    }
                    if (shape.failed)
                        return false;
                }
                if (tensor.failed)
                    return false;
            }
            if (type.failed)
                return false;
        } else {
            r.skip(wire);
        }
    }
    return !r.failed;
}

// ModelProto { int64 ir_version = 1; GraphProto graph = 7 }; GraphProto { repeated NodeProto
// node = 1; repeated TensorProto initializer = 5 { string name = 8 }; repeated ValueInfoProto
// input = 11, output = 12 }.
std::optional<OnnxGraph> parseModel(std::string_view bytes)
{
    ProtoReader model(bytes);
    std::optional<std::string_view> graphBytes;
    bool irVersion = false;
    int field = 0, wire = 0;
    while (model.next(field, wire)) {
        if (field == 1 && wire == 0) {
            irVersion = true;
            (void)model.varint();
        } else if (field == 7 && wire == 2) {
            graphBytes = model.bytes();
        } else {
            model.skip(wire);
        }
    }
    if (model.failed || !irVersion || !graphBytes)
        return std::nullopt;
    OnnxGraph graph;
    ProtoReader r(*graphBytes);
    while (r.next(field, wire)) {
        if (field == 1 && wire == 2) {
            OnnxNode node;
            if (!parseNode(r.bytes(), node))
                return std::nullopt;
            graph.nodes.push_back(std::move(node));
        } else if (field == 5 && wire == 2) {
            ProtoReader tensor(r.bytes());
            while (tensor.next(field, wire)) {
                if (field == 8 && wire == 2)
                    graph.initializers.emplace(tensor.bytes());
                else
                    tensor.skip(wire);
            }
            if (tensor.failed)
                return std::nullopt;
        } else if ((field == 11 || field == 12) && wire == 2) {
            OnnxValue value;
            if (!parseValueInfo(r.bytes(), value))
                return std::nullopt;
            (field == 11 ? graph.inputs : graph.outputs).push_back(std::move(value));
        } else {
            r.skip(wire);
        }
    }
    if (r.failed)
        return std::nullopt;
    return graph;
}

// --- From OpenCV's layers to ConvScope's.

// Silences OpenCV's own log lines (a parse failure logs to stderr before it throws) while an
// import runs, so the command line prints one error line.
class QuietOpenCv {
public:
    QuietOpenCv()
        : m_previous(cv::utils::logging::setLogLevel(cv::utils::logging::LOG_LEVEL_SILENT))
    {
    }
    ~QuietOpenCv() { cv::utils::logging::setLogLevel(m_previous); }
    QuietOpenCv(const QuietOpenCv&) = delete;
    QuietOpenCv& operator=(const QuietOpenCv&) = delete;

private:
    cv::utils::logging::LogLevel m_previous;
};

std::string firstLine(const std::string& text)
{
    std::string s = text.substr(0, text.find('\n'));
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back())))
        s.pop_back();
    return s;
}

Tensor tensorFrom(const cv::Mat& blob, const std::vector<int>& shape)
{
    cv::Mat f;
    blob.convertTo(f, CV_32F);
    if (!f.isContinuous())
        f = f.clone();
    Tensor t(shape);
    std::memcpy(t.data(), f.ptr<float>(), static_cast<std::size_t>(t.numel()) * sizeof(float));
    return t;
}

std::vector<int> blobShape(const cv::Mat& blob)
{
    std::vector<int> shape;
    for (int d = 0; d < blob.dims; ++d)
        shape.push_back(blob.size[d]);
    return shape;
}

class Importer {
public:
    Importer(const OnnxGraph& graph, std::string path)
        : m_graph(graph)
        , m_path(std::move(path))
    {
    }

    Result<ImportedModel> run(cv::dnn::Net& net);

private:
    // The ONNX node behind an OpenCV layer: OpenCV names a layer "onnx_node!" + the node's name,
    // or after the node's first output when the node has no name.
    [[nodiscard]] const OnnxNode* findNode(std::string_view n) const
    {
        for (const OnnxNode& node : m_graph.nodes)
            if ((!node.name.empty() && node.name == n)
                || (!node.outputs.empty() && node.outputs.front() == n))
                return &node;
        return nullptr;
    }
    // The node's name as the file has it. OpenCV splits a Conv with asymmetric pads into a
    // Padding layer named "<conv>/pad" and the Conv: that layer is reported as the Conv node.
    [[nodiscard]] std::string nodeName(const std::string& layerName) const
    {
        std::string n = layerName;
        if (n.rfind("onnx_node!", 0) == 0)
            n.erase(0, 10);
        if (!findNode(n) && n.size() > 4 && n.ends_with("/pad") && findNode(n.substr(0, n.size() - 4)))
            n.erase(n.size() - 4);
        return n;
    }
    [[nodiscard]] const OnnxNode* nodeOf(const std::string& layerName) const
    {
        return findNode(nodeName(layerName));
    }
    [[nodiscard]] std::string describe(const cv::dnn::Layer& layer) const
    {
        const OnnxNode* node = nodeOf(layer.name);
        return "node '" + nodeName(layer.name) + "' ("
            + (node && !node->opType.empty() ? node->opType : "OpenCV layer " + layer.type) + ")";
    }
    [[nodiscard]] Error fail(const cv::dnn::Layer& layer, const std::string& message) const
    {
        return Error { m_path + ": " + describe(layer) + ": " + message };
    }
    [[nodiscard]] std::vector<std::int64_t> attributes(
        const cv::dnn::Layer& layer, std::string_view name) const
    {
        if (const OnnxNode* node = nodeOf(layer.name))
            if (const auto it = node->ints.find(name); it != node->ints.end())
                return it->second;
        return {};
    }
    [[nodiscard]] std::int64_t attribute(
        const cv::dnn::Layer& layer, std::string_view name, std::int64_t fallback) const
    {
        const auto values = attributes(layer, name);
        return values.empty() ? fallback : values.front();
    }
    // The output shape of the network built so far: (C, H, W), or (N) after a flatten.
    [[nodiscard]] Result<std::vector<int>> currentShape() const
    {
        if (m_net.layers.empty()) {
            std::vector<int> shape { m_net.inputChannels };
            shape.insert(shape.end(), m_net.inputSize.begin(), m_net.inputSize.end());
            return shape;
        }
        auto summary = summarize(m_net);
        if (!summary)
            return summary.error();
        return summary->layers.back().outputShape;
    }
    std::string add(LayerConfig config)
    {
        const int index = static_cast<int>(m_net.layers.size());
        Layer layer { {}, std::move(config) };
        layer.name = layerType(layer.config) + str(index);
        m_net.layers.push_back(layer);
        return layer.name;
    }

    Status convolution(const cv::dnn::BaseConvolutionLayer&, const std::vector<int>& shape);
    Status pooling(const cv::dnn::PoolingLayer&, const std::vector<int>& shape);
    Status padding(cv::dnn::Layer&, const std::vector<int>& shape);
    // Per-dimension values of a layer with `dims` spatial dimensions: OpenCV's when it keeps one
    // per dimension (2-D, 3-D), else the node's attribute (1-D layers, which OpenCV widens).
    [[nodiscard]] std::vector<std::int64_t> perDim(const cv::dnn::Layer& layer,
        const std::vector<std::size_t>& opencv, std::string_view attribute, std::size_t dims,
        std::int64_t fallback) const
    {
        std::vector<std::int64_t> out(dims, fallback);
        if (opencv.size() == dims) {
            std::copy(opencv.begin(), opencv.end(), out.begin());
        } else if (auto values = attributes(layer, attribute); values.size() >= dims) {
            std::copy_n(values.begin(), dims, out.begin());
        }
        return out;
    }
    // The padding after the data per dimension (ONNX's second half of `pads`), like perDim.
    [[nodiscard]] std::vector<std::int64_t> padsAtEnd(const cv::dnn::Layer& layer,
        const std::vector<std::size_t>& opencv, std::size_t dims) const
    {
        std::vector<std::int64_t> ends(dims, 0);
        if (opencv.size() == dims)
            std::copy(opencv.begin(), opencv.end(), ends.begin());
        else if (const auto pads = attributes(layer, "pads"); pads.size() == 2 * dims)
            for (std::size_t at = 0; at < dims; ++at)
                ends[at] = pads[dims + at];
        return ends;
    }
    // A validated network after a separate Pad was folded into its last layer.
    [[nodiscard]] Status checkFolded() const
    {
        if (auto summary = summarize(m_net); !summary)
            return Error { m_path + ": " + m_pad->node + ": folded into the layer after it: "
                + summary.error().message };
        return {};
    }
    // The separate Pad is now part of the layer `name`: check the network and say so.
    [[nodiscard]] Status finishFold(const std::string& name)
    {
        if (Status ok = checkFolded(); !ok)
            return ok;
        m_notes.push_back(m_pad->node + " became the padding of " + name);
        m_pad.reset();
        return {};
    }
    [[nodiscard]] Error failPad(const std::string& message) const
    {
        return Error { m_path + ": " + m_pad->node + ": " + message };
    }

    // A separate Pad node waiting to be folded into the convolution or pooling after it.
    struct PendingPad {
        std::string node; // "node '/0/Pad' (Pad)"
        std::string mode; // "constant" (zeros), "reflect" or "edge"
        Dims pads { 0, 0, 0 }; // per spatial dimension, the same before and after
    };
    std::optional<PendingPad> m_pad;
    Status batchNorm(const cv::dnn::BatchNormLayer&, const std::vector<int>& shape);
    Status innerProduct(const cv::dnn::Layer&, std::vector<int> shape);
    Status reshape(const cv::dnn::ReshapeLayer&, const std::vector<int>& shape);
    Status scale(const cv::dnn::ScaleLayer&, bool followsLinear);

    const OnnxGraph& m_graph;
    std::string m_path;
    Network m_net;
    WeightStore m_weights;
    std::vector<std::string> m_notes;
};

Status Importer::convolution(const cv::dnn::BaseConvolutionLayer& c, const std::vector<int>& shape)
{
    if (c.type != "Convolution")
        return fail(c, "ConvScope has no " + c.type + " layer");
    const std::size_t dims = shape.size() - 1;
    if (shape.size() < 2 || dims > 3 || c.blobs.empty()
        || c.blobs[0].dims != static_cast<int>(dims) + 2)
        return fail(c, "only 1-D, 2-D and 3-D convolutions of (C, L), (C, H, W) or (C, D, H, W) "
                       "feature maps with a constant weight are imported; it receives "
            + shapeString(shape));
    const cv::Mat& w = c.blobs[0];
    const int outChannels = w.size[0], perGroup = w.size[1];
    if (perGroup < 1 || shape[0] % perGroup != 0)
        return fail(c, "its weight has " + str(perGroup) + " input channels per group, which does "
                "not divide the " + str(shape[0]) + " channels it receives");
    Layer layer = convLayer({}, outChannels, 1, 1, 0, 1, 1, static_cast<int>(dims));
    auto& conv = std::get<ConvLayer>(layer.config).params;
    conv.groups = shape[0] / perGroup;
    const auto strides = perDim(c, c.strides, "strides", dims, 1);
    const auto dilations = perDim(c, c.dilations, "dilations", dims, 1);
    const auto begins = perDim(c, c.pads_begin, "pads", dims, 0);
    const auto ends = padsAtEnd(c, c.pads_end, dims);
    for (std::size_t at = 0; at < dims; ++at) {
        const int i = static_cast<int>(at);
        conv.kernel[at] = w.size[i + 2];
        conv.stride[at] = static_cast<int>(strides[at]);
        conv.dilation[at] = static_cast<int>(dilations[at]);
        const auto before = begins[at], after = ends[at];
        if (before != after)
            return fail(c, "padding " + str(before) + " before and " + str(after) + " after ("
                    + axisName(static_cast<int>(dims), i)
                    + ") is asymmetric; ConvScope pads both sides equally");
        conv.padding.values[at] = static_cast<int>(before);
    }
    if (c.padMode == "VALID") {
        conv.padding = Padding::valid();
    } else if (c.padMode == "SAME") {
        if (std::any_of(strides.begin(), strides.end(), [](auto s) { return s != 1; }))
            return fail(c, "auto_pad SAME with a stride above 1 has no ConvScope equivalent");
        conv.padding = Padding::same();
    } else if (!c.padMode.empty()) {
        return fail(c, "auto_pad " + c.padMode + " is not supported");
    }
    const bool folding = m_pad.has_value();
    if (folding) {
        if (conv.padding.kind == PaddingKind::Same)
            return failPad("a separate padding before a convolution with auto_pad SAME has no "
                           "ConvScope equivalent");
        conv.padding.kind = PaddingKind::Explicit;
        if (m_pad->mode == "constant") {
            for (std::size_t at = 0; at < dims; ++at)
                conv.padding.values[at] += m_pad->pads[at];
        } else {
            if (std::any_of(conv.padding.values.begin(), conv.padding.values.end(),
                    [](int v) { return v != 0; }))
                return failPad("a " + m_pad->mode + " padding before a convolution that pads "
                    "with zeros as well has no ConvScope equivalent");
            conv.padding.values = m_pad->pads;
            conv.paddingMode = m_pad->mode == "reflect" ? PaddingMode::Reflect : PaddingMode::Replicate;
        }
    }
    conv.bias = c.blobs.size() >= 2;
    const std::string name = add(layer.config);
    m_weights.insert(name + ".weight", tensorFrom(w, blobShape(w)));
    if (conv.bias) {
        if (c.blobs[1].total() != static_cast<std::size_t>(outChannels))
            return fail(c, "its bias has " + str(static_cast<std::int64_t>(c.blobs[1].total()))
                    + " values for " + str(outChannels) + " output channels");
        m_weights.insert(name + ".bias", tensorFrom(c.blobs[1], { outChannels }));
    }
    return folding ? finishFold(name) : Status {};
}

Status Importer::pooling(const cv::dnn::PoolingLayer& p, const std::vector<int>& shape)
{
    // cv::dnn's pooling kinds: 0 max, 1 average (modules/dnn/src/layers/pooling_layer.cpp).
    if (p.type != 0 && p.type != 1)
        return fail(p, "only max and average pooling are imported");
    const std::size_t dims = shape.size() - 1;
    if (shape.size() < 2 || dims > 3)
        return fail(p, "pooling needs (C, L), (C, H, W) or (C, D, H, W) feature maps; it receives "
                + shapeString(shape));
    Layer layer = poolLayer(
        {}, p.type == 0 ? PoolType::Max : PoolType::Avg, 1, 1, 0, static_cast<int>(dims));
    auto& pool = std::get<PoolLayer>(layer.config).params;
    if (p.globalPooling) {
        if (m_pad)
            return failPad("a separate padding before a global pooling has no ConvScope "
                           "equivalent");
        // GlobalAveragePool / GlobalMaxPool: one window as large as the feature map.
        for (std::size_t at = 0; at < dims; ++at) {
            pool.kernel[at] = shape[at + 1];
            pool.stride[at] = shape[at + 1];
        }
        add(layer.config);
        return {};
    }
    const auto kernel = perDim(p, p.kernel_size, "kernel_shape", dims, 0);
    if (std::any_of(kernel.begin(), kernel.end(), [](auto k) { return k < 1; }))
        return fail(p, "its kernel_shape does not have " + str(static_cast<std::int64_t>(dims))
                + " sizes for its " + shapeString(shape) + " input");
    const auto strides = perDim(p, p.strides, "strides", dims, 1);
    const auto begins = perDim(p, p.pads_begin, "pads", dims, 0);
    const auto ends = padsAtEnd(p, p.pads_end, dims);
    const std::vector<std::int64_t> dilations = attributes(p, "dilations");
    bool padded = false;
    for (std::size_t at = 0; at < dims; ++at) {
        const int i = static_cast<int>(at);
        pool.kernel[at] = static_cast<int>(kernel[at]);
        pool.stride[at] = static_cast<int>(strides[at]);
        const auto before = begins[at], after = ends[at];
        if (before != after)
            return fail(p, "padding " + str(before) + " before and " + str(after) + " after ("
                    + axisName(static_cast<int>(dims), i)
                    + ") is asymmetric; ConvScope pads both sides equally");
        pool.padding[at] = static_cast<int>(before);
        padded = padded || before > 0;
        if (dilations.size() == dims) {
            if (p.type != 0 && dilations[at] != 1)
                return fail(p, "dilated average pooling has no ConvScope equivalent");
            pool.dilation[at] = static_cast<int>(dilations[at]);
        }
    }
    if (!p.padMode.empty() && p.padMode != "VALID")
        return fail(p, "auto_pad " + p.padMode + " is not supported");
    pool.ceilMode = p.ceilMode;
    // ONNX AveragePool's count_include_pad (default 0) is not kept by OpenCV's layer, so it is
    // read from the node; PyTorch writes count_include_pad=True as a separate Pad node instead.
    if (p.type == 1 && padded)
        pool.countIncludePad = attribute(p, "count_include_pad", 0) != 0;
    const bool folding = m_pad.has_value();
    if (folding) {
        // Zeros added in front of an average pool are averaged like its own padding with
        // count_include_pad; a max pool's own padding never wins, zeros may.
        if (p.type == 0)
            return failPad("zeros padded before a max pool can win the maximum, unlike the pool's "
                           "own padding; ConvScope has no equivalent");
        if (m_pad->mode != "constant")
            return failPad("a " + m_pad->mode + " padding before a pooling has no ConvScope "
                           "equivalent (only convolutions reflect or replicate their border)");
        if (pool.ceilMode)
            return failPad("a separate padding before a pooling with ceil_mode has no ConvScope "
                           "equivalent");
        if (padded && !pool.countIncludePad)
            return failPad("a separate padding before an average pool that leaves its own "
                           "padding out of the average has no ConvScope equivalent");
        for (std::size_t at = 0; at < dims; ++at)
            pool.padding[at] += m_pad->pads[at];
        pool.countIncludePad = true;
    }
    const std::string name = add(layer.config);
    return folding ? finishFold(name) : Status {};
}

Status Importer::padding(cv::dnn::Layer& l, const std::vector<int>& shape)
{
    if (shape.size() < 2)
        return fail(l, "it pads flat features; ConvScope imports paddings of feature maps before "
                       "a convolution or pooling");
    const OnnxNode* node = nodeOf(l.name);
    // OpenCV's own Padding in front of a Conv with asymmetric pads has no node: zeros.
    std::string mode = "constant";
    if (node && node->opType == "Pad")
        if (const auto it = node->strings.find("mode"); it != node->strings.end())
            mode = it->second;
    if (mode != "constant" && mode != "reflect" && mode != "edge")
        return fail(l, "its mode " + mode + " has no ConvScope equivalent");
    // OpenCV keeps the pads to itself: they are found by padding a small probe whose values all
    // differ and looking for where the probe ended up.
    const int rank = static_cast<int>(shape.size()) + 1;
    cv::dnn::MatShape in { 1 };
    in.insert(in.end(), shape.begin(), shape.end());
    std::vector<cv::dnn::MatShape> outs, internals;
    l.getMemoryShapes({ in }, 1, outs, internals);
    if (outs.size() != 1 || outs[0].size() != in.size())
        return fail(l, "OpenCV gives it an output of another rank");
    std::vector<int> total(in.size());
    for (std::size_t d = 0; d < in.size(); ++d) {
        total[d] = outs[0][d] - in[d];
        if (total[d] < 0)
            return fail(l, "negative pads (cropping) are not imported");
        if (d < 2 && total[d] != 0)
            return fail(l, "it pads the " + std::string(d == 0 ? "batch" : "channel")
                    + " dimension; ConvScope pads only the spatial dimensions");
        if (total[d] > 4096)
            return fail(l, "it pads by " + str(total[d]) + "; ConvScope imports paddings up to "
                                                          "4096");
    }
    if (std::all_of(total.begin(), total.end(), [](int t) { return t == 0; }))
        return {}; // pads of zero: nothing to fold (PyTorch writes them for AvgPool3d)
    if (m_pad)
        return failPad("two separate paddings in a row are not imported");
    cv::dnn::MatShape probeShape { 1, 1 };
    for (std::size_t d = 2; d < in.size(); ++d)
        probeShape.push_back(total[d] + 3);
    cv::dnn::MatShape outShape = probeShape;
    for (std::size_t d = 2; d < in.size(); ++d)
        outShape[d] += total[d];
    cv::Mat probe(rank, probeShape.data(), CV_32F), out(rank, outShape.data(), CV_32F);
    if (probe.total() > (std::size_t { 1 } << 22))
        return fail(l, "its padding is too large to import");
    for (std::size_t i = 0; i < probe.total(); ++i)
        probe.ptr<float>()[i] = 1.0f + static_cast<float>(i);
    try {
        std::vector<cv::Mat> inputs { probe }, outputs { out }, scratch;
        l.finalize(cv::InputArrayOfArrays(inputs), cv::OutputArrayOfArrays(outputs));
        l.forward(inputs, outputs, scratch);
        out = outputs[0];
    } catch (const cv::Exception& e) {
        return fail(l, "OpenCV cannot apply this padding to " + shapeString(shape)
                + " feature maps: " + firstLine(e.err.empty() ? std::string(e.what()) : e.err));
    }
    // Where the probe sits in the output: the offsets are the pads before.
    const std::size_t spatial = in.size() - 2;
    std::vector<std::size_t> outStride(spatial, 1), inStride(spatial, 1);
    for (std::size_t d = spatial; d-- > 1;) {
        outStride[d - 1] = outStride[d] * static_cast<std::size_t>(outShape[d + 2]);
        inStride[d - 1] = inStride[d] * static_cast<std::size_t>(probeShape[d + 2]);
    }
    const float* o = out.ptr<float>();
    const float* x = probe.ptr<float>();
    const auto inside = [&](const std::vector<int>& offset) {
        for (std::size_t i = 0; i < probe.total(); ++i) {
            std::size_t at = 0, rest = i;
            for (std::size_t d = 0; d < spatial; ++d) {
                at += (rest / inStride[d] + static_cast<std::size_t>(offset[d])) * outStride[d];
                rest %= inStride[d];
            }
            if (o[at] != x[i])
                return false;
        }
        return true;
    };
    std::vector<int> offset(spatial, 0);
    bool found = false;
    while (!found) {
        found = inside(offset);
        if (found)
            break;
        std::size_t d = 0;
        while (d < spatial && ++offset[d] > total[d + 2])
            offset[d++] = 0;
        if (d == spatial)
            break;
    }
    if (!found)
        return fail(l, "its pads could not be read");
    PendingPad pad;
    pad.node = describe(l);
    pad.mode = mode;
    std::string pads;
    bool symmetric = true;
    for (std::size_t d = 0; d < spatial; ++d) {
        const int b = offset[d], a = total[d + 2] - offset[d];
        pad.pads[d] = b;
        pads += (d ? ", " : "") + str(b) + " before and " + str(a) + " after ("
            + axisName(static_cast<int>(spatial), static_cast<int>(d)) + ")";
        symmetric = symmetric && a == b;
    }
    if (!symmetric)
        return fail(l, "it pads " + pads + ": asymmetric padding has no ConvScope equivalent "
                                           "(ConvScope pads both sides equally)");
    if (mode == "constant") {
        // Every padded cell holds the pad value: it must be zero.
        std::vector<bool> covered(out.total(), false);
        for (std::size_t i = 0; i < probe.total(); ++i) {
            std::size_t at = 0, rest = i;
            for (std::size_t d = 0; d < spatial; ++d) {
                at += (rest / inStride[d] + static_cast<std::size_t>(offset[d])) * outStride[d];
                rest %= inStride[d];
            }
            covered[at] = true;
        }
        for (std::size_t i = 0; i < out.total(); ++i)
            if (!covered[i] && o[i] != 0.0f)
            {
                std::ostringstream value;
                value << o[i];
                return fail(l, "it pads with the value " + value.str()
                        + "; ConvScope pads with zeros");
            }
    }
    m_pad = pad;
    return {};
}

Status Importer::batchNorm(const cv::dnn::BatchNormLayer& b, const std::vector<int>& shape)
{
    const int channels = shape[0];
    const std::size_t expected = 2 + (b.hasWeights ? 1 : 0) + (b.hasBias ? 1 : 0);
    if (b.blobs.size() != expected)
        return fail(b, "unexpected parameters (" + str(static_cast<std::int64_t>(b.blobs.size()))
                + " tensors)");
    for (const cv::Mat& blob : b.blobs)
        if (blob.total() != static_cast<std::size_t>(channels))
            return fail(b, "its parameters have " + str(static_cast<std::int64_t>(blob.total()))
                    + " values for " + str(channels) + " channels");
    BatchNormLayer bn;
    bn.eps = static_cast<double>(b.epsilon);
    const std::string name = add(bn);
    // OpenCV's order (batch_norm_layer.cpp): mean, variance, then scale and shift when present.
    m_weights.insert(name + ".running_mean", tensorFrom(b.blobs[0], { channels }));
    m_weights.insert(name + ".running_var", tensorFrom(b.blobs[1], { channels }));
    std::size_t next = 2;
    m_weights.insert(name + ".weight",
        b.hasWeights ? tensorFrom(b.blobs[next++], { channels }) : Tensor({ channels }, 1.0f));
    m_weights.insert(name + ".bias",
        b.hasBias ? tensorFrom(b.blobs[next], { channels }) : Tensor({ channels }, 0.0f));
    return {};
}

Status Importer::innerProduct(const cv::dnn::Layer& l, std::vector<int> shape)
{
    if (l.blobs.empty() || l.blobs[0].dims != 2)
        return fail(l, "only a linear layer with a constant weight matrix is imported");
    if (shape.size() > 1) {
        // OpenCV's InnerProduct flattens (C, H, W) in C order, as torch.flatten does.
        add(FlattenLayer {});
        m_notes.push_back(describe(l) + " flattens its input: a flatten layer was added before it");
        std::int64_t n = 1;
        for (int v : shape)
            n *= v;
        shape = { static_cast<int>(n) };
    }
    // OpenCV keeps the weight as (out, in), PyTorch's orientation, whether the node was Gemm
    // (with or without transB) or MatMul.
    const cv::Mat& w = l.blobs[0];
    const int out = w.size[0], in = w.size[1];
    if (in != shape[0])
        return fail(l, "its weight takes " + str(in) + " features, but it receives " + str(shape[0]));
    LinearLayer linear;
    linear.outFeatures = out;
    linear.bias = l.blobs.size() >= 2;
    if (linear.bias && l.blobs[1].total() != static_cast<std::size_t>(out))
        return fail(l, "its bias has " + str(static_cast<std::int64_t>(l.blobs[1].total()))
                + " values for " + str(out) + " outputs");
    const std::string name = add(linear);
    m_weights.insert(name + ".weight", tensorFrom(w, { out, in }));
    if (linear.bias)
        m_weights.insert(name + ".bias", tensorFrom(l.blobs[1], { out }));
    return {};
}

Status Importer::reshape(const cv::dnn::ReshapeLayer& r, const std::vector<int>& shape)
{
    std::int64_t features = 1;
    for (int v : shape)
        features *= v;
    const cv::dnn::MatShape& to = r.newShapeDesc;
    // x.view(x.size(0), -1) and friends: (batch, -1) or (batch, features), batch 1, -1 or 0 (copy).
    const bool flat = to.size() == 2 && (to[0] == 1 || to[0] == -1 || to[0] == 0)
        && (to[1] == -1 || to[1] == features) && !(to[0] == -1 && to[1] == -1);
    if (!flat) {
        std::string target;
        for (std::size_t i = 0; i < to.size(); ++i)
            target += (i ? ", " : "") + str(to[i]);
        return fail(r, "a reshape to (" + target + ") is not a flatten to (batch, "
                + str(features) + "); ConvScope imports sequential CNNs whose only reshape is a "
                + "flatten");
    }
    if (shape.size() > 1)
        add(FlattenLayer {});
    return {};
}

Status Importer::scale(const cv::dnn::ScaleLayer& s, bool followsLinear)
{
    // MatMul followed by Add of a constant vector: OpenCV makes a bias-only Scale layer
    // (scale_layer.cpp: one blob with hasBias means a shift). It becomes the linear layer's bias.
    auto* linear = m_net.layers.empty() ? nullptr : std::get_if<LinearLayer>(&m_net.layers.back().config);
    if (!followsLinear || !linear || linear->bias || !s.hasBias || s.blobs.size() != 1
        || s.blobs[0].total() != static_cast<std::size_t>(linear->outFeatures))
        return fail(s, "a per-element scale or shift is only imported as the bias of the linear "
                       "layer (MatMul) right before it");
    linear->bias = true;
    const std::string name = m_net.layers.back().name;
    m_weights.insert(name + ".bias", tensorFrom(s.blobs[0], { linear->outFeatures }));
    m_notes.push_back(describe(s) + " became the bias of " + name);
    return {};
}

Result<ImportedModel> Importer::run(cv::dnn::Net& net)
{
    // The one graph input that is not a weight: (N, C, H, W) with fixed C, H and W.
    std::vector<const OnnxValue*> inputs;
    for (const OnnxValue& v : m_graph.inputs)
        if (!m_graph.initializers.contains(v.name))
            inputs.push_back(&v);
    if (inputs.size() != 1)
        return Error { m_path + ": the model has " + str(static_cast<std::int64_t>(inputs.size()))
            + " inputs; ConvScope imports sequential CNNs with one image input" };
    const OnnxValue& input = *inputs.front();
    if (!input.hasShape || input.dims.size() < 3 || input.dims.size() > 5)
        return Error { m_path + ": the input '" + input.name + "' has "
            + (input.hasShape ? str(static_cast<std::int64_t>(input.dims.size())) + " dimensions"
                              : "no shape")
            + "; ConvScope imports CNNs with an input of shape (N, C, L), (N, C, H, W) or "
              "(N, C, D, H, W)" };
    const int spatial = static_cast<int>(input.dims.size()) - 2;
    for (int i = 1; i < spatial + 2; ++i) {
        const auto at = static_cast<std::size_t>(i);
        if (input.dims[at] < 1 || input.dims[at] > 65536)
            return Error { m_path + ": the input's " + (i == 1 ? "channel count" : axisName(spatial, i - 1))
                + " is not fixed in the file"
                + (input.dimNames[at].empty() ? "" : " ('" + input.dimNames[at] + "')")
                + ": export the model with a fixed input size (no dynamic axes but the batch)" };
    }
    if (input.dims[0] > 1)
        m_notes.push_back("the model was exported for a batch of " + str(input.dims[0])
            + "; ConvScope runs one image at a time");
    m_net.name = std::filesystem::path(m_path).stem().string();
    m_net.inputChannels = static_cast<int>(input.dims[1]);
    m_net.inputSize.clear();
    for (std::size_t at = 2; at < input.dims.size(); ++at)
        m_net.inputSize.push_back(static_cast<int>(input.dims[at]));

    const std::vector<std::string> names = net.getLayerNames();
    if (names.empty())
        return Error { m_path + ": the model has no layers" };
    int previous = 0; // the network's input layer
    bool previousWasLinear = false;
    for (const std::string& layerName : names) {
        const int id = net.getLayerId(layerName);
        const cv::Ptr<cv::dnn::Layer> layer = net.getLayer(id);
        const std::vector<cv::Ptr<cv::dnn::Layer>> from = net.getLayerInputs(id);
        if (from.size() != 1)
            return fail(*layer, "it combines " + str(static_cast<std::int64_t>(from.size()))
                    + " tensors, so the graph branches (a skip connection or parallel paths); "
                      "ConvScope imports sequential CNNs only");
        if (from.front().get() != net.getLayer(previous).get())
            return fail(*layer, "it reads "
                    + (from.front().get() == net.getLayer(0).get() ? std::string("the model's input")
                                                                   : "'" + from.front()->name + "'")
                    + " rather than the node before it, so the graph branches; ConvScope imports "
                      "sequential CNNs only");
        previous = id;

        auto shape = currentShape();
        if (!shape)
            return Error { m_path + ": " + shape.error().message };
        const std::string& type = layer->type;
        Status status;
        bool linear = false;
        const bool foldsPadding = dynamic_cast<cv::dnn::BaseConvolutionLayer*>(layer.get())
            || dynamic_cast<cv::dnn::PoolingLayer*>(layer.get()) || type == "Identity"
            || type == "Dropout" || type == "Padding";
        if (m_pad && !foldsPadding)
            return failPad("a separate padding is imported only right before a convolution or "
                           "pooling, into whose padding it is folded; it is followed by "
                + describe(*layer));
        if (auto* c = dynamic_cast<cv::dnn::BaseConvolutionLayer*>(layer.get())) {
            status = convolution(*c, *shape);
        } else if (auto* p = dynamic_cast<cv::dnn::PoolingLayer*>(layer.get())) {
            status = pooling(*p, *shape);
        } else if (auto* b = dynamic_cast<cv::dnn::BatchNormLayer*>(layer.get())) {
            status = batchNorm(*b, *shape);
        } else if (auto* r = dynamic_cast<cv::dnn::ReLULayer*>(layer.get())) {
            add(r->negativeSlope == 0.0f
                    ? ActivationLayer { Activation::Relu, 0.0 }
                    : ActivationLayer { Activation::LeakyRelu, static_cast<double>(r->negativeSlope) });
        } else if (auto* e = dynamic_cast<cv::dnn::ELULayer*>(layer.get())) {
            add(ActivationLayer { Activation::Elu, static_cast<double>(e->alpha) });
        } else if (type == "Sigmoid") {
            add(ActivationLayer { Activation::Sigmoid, 0.0 });
        } else if (type == "TanH") {
            add(ActivationLayer { Activation::Tanh, 0.0 });
        } else if (type == "Swish") {
            add(ActivationLayer { Activation::Silu, 0.0 });
        } else if (type == "Flatten") {
            if (attribute(*layer, "axis", 1) != 1)
                return fail(*layer, "a flatten from axis " + str(attribute(*layer, "axis", 1))
                        + " is not supported (only from axis 1, as nn.Flatten())");
            if (shape->size() > 1)
                add(FlattenLayer {});
        } else if (auto* rs = dynamic_cast<cv::dnn::ReshapeLayer*>(layer.get())) {
            status = reshape(*rs, *shape);
        } else if (type == "InnerProduct") {
            status = innerProduct(*layer, *shape);
            linear = true;
        } else if (auto* s = dynamic_cast<cv::dnn::ScaleLayer*>(layer.get())) {
            status = scale(*s, previousWasLinear);
        } else if (type == "Dropout") {
            m_notes.push_back(describe(*layer) + " was left out: dropout is the identity at inference");
        } else if (type == "Padding") {
            status = padding(*layer, *shape);
        } else if (type == "Identity") {
            // nothing to do
        } else {
            return fail(*layer, "ConvScope has no such layer; it imports sequential CNNs made of "
                                "Conv, MaxPool, AveragePool, Relu, LeakyRelu, Elu, Sigmoid, Tanh, "
                                "BatchNormalization, Flatten and Gemm/MatMul");
        }
        if (!status)
            return status.error();
        previousWasLinear = linear;
    }
    if (m_pad)
        return failPad("a separate padding at the end of the model has no ConvScope equivalent");
    if (net.getUnconnectedOutLayers().size() != 1)
        return Error { m_path + ": the model has "
            + str(static_cast<std::int64_t>(net.getUnconnectedOutLayers().size()))
            + " outputs; ConvScope imports sequential CNNs with one output" };
    if (m_net.layers.empty())
        return Error { m_path + ": the model has no layer ConvScope can show" };

    auto summary = summarize(m_net);
    if (!summary)
        return Error { m_path + ": " + summary.error().message };
    // Cross-check against the output shape stored in the file, when it is there.
    if (m_graph.outputs.size() == 1 && m_graph.outputs.front().hasShape) {
        std::vector<std::int64_t> expected(m_graph.outputs.front().dims.begin() + (m_graph.outputs.front().dims.empty() ? 0 : 1),
            m_graph.outputs.front().dims.end());
        const auto& got = summary->layers.back().outputShape;
        const bool known = std::all_of(expected.begin(), expected.end(), [](auto v) { return v > 0; });
        if (known && !std::equal(expected.begin(), expected.end(), got.begin(), got.end()))
            return Error { m_path + ": the imported layers give an output of shape "
                + shapeString(got) + ", but the file says the model's output is different; "
                + "the model uses an operator in a way ConvScope does not understand" };
    }
    return ImportedModel { std::move(m_net), std::move(m_weights), std::move(m_notes) };
}

} // namespace

bool isOnnxPath(const std::string& path)
{
    if (path.size() < 5)
        return false;
    std::string ext = path.substr(path.size() - 5);
    std::transform(ext.begin(), ext.end(), ext.begin(),
        [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return ext == ".onnx";
}

Result<ImportedModel> importOnnx(const std::string& path)
{
    auto bytes = readFile(path, kMaxOnnxBytes);
    if (!bytes)
        return bytes.error();
    // Check the protobuf framing ourselves first: OpenCV is then only handed well-formed data.
    const std::optional<OnnxGraph> graph = parseModel(*bytes);
    if (!graph)
        return Error { path + ": not an ONNX model (the file is damaged, truncated or of another "
                              "kind)" };
    try {
        const QuietOpenCv quiet;
        cv::dnn::Net net = cv::dnn::readNetFromONNX(bytes->data(), bytes->size());
        Importer importer(*graph, path);
        return importer.run(net);
    } catch (const cv::Exception& e) {
        return Error { path + ": OpenCV cannot read this ONNX model: "
            + firstLine(e.err.empty() ? std::string(e.what()) : e.err) };
    } catch (const std::exception& e) {
        return Error { path + ": OpenCV cannot read this ONNX model: " + firstLine(e.what()) };
    }
}

} // namespace convscope
