// The network spec (CONTRACT.md section 2): parsing, defaults, warnings, the write/parse round
// trip, and bad specs, each refused with its exact message.

#include "presets.h"
#include "spec_json.h"

#include <QTest>

using namespace convscope;

Q_DECLARE_METATYPE(std::string)

namespace {

// A spec with the given input and layers (a JSON list's contents).
std::string spec(
    const std::string& layers, const std::string& input = R"({"channels": 1, "size": [8, 8]})")
{
    return R"({"format": "convscope-network", "version": 1, "name": "t", "input": )" + input
        + R"(, "layers": [)" + layers + "]}";
}

} // namespace

class TestSpec : public QObject {
    Q_OBJECT

private slots:
    void parsesFieldsAndDefaults()
    {
        auto parsed = parseNetworkSpec(spec(R"(
            {"type": "conv", "name": "c1", "out_channels": 4, "kernel": [3, 5], "stride": 2,
             "padding": [1, 2], "dilation": 1, "groups": 1, "bias": false,
             "padding_mode": "reflect", "preset": "sobel_x"},
            {"type": "swish"},
            {"type": "leaky_relu"},
            {"type": "elu", "alpha": 0.5},
            {"type": "maxpool", "kernel": 2},
            {"type": "conv", "out_channels": 4, "kernel": 3, "padding": "same", "dilation": 2},
            {"type": "batchnorm"},
            {"type": "dropout", "p": 0.25},
            {"type": "flatten"},
            {"type": "linear", "out_features": 3})",
            R"({"channels": 1, "size": [16, 16]})"));
        QVERIFY2(parsed.ok(), parsed ? "" : parsed.error().message.c_str());
        QVERIFY(parsed->warnings.empty());
        const Network& net = parsed->network;
        QCOMPARE(net.name, std::string("t"));
        QCOMPARE(net.inputSize, (std::vector<int> { 16, 16 }));
        QCOMPARE(net.layers.size(), std::size_t { 10 });
        const auto& c1 = std::get<ConvLayer>(net.layers[0].config);
        QCOMPARE(net.layers[0].name, std::string("c1"));
        QCOMPARE(c1.params.spatialDims, 2);
        QCOMPARE(c1.params.kernel[0], 3);
        QCOMPARE(c1.params.kernel[1], 5);
        QCOMPARE(c1.params.stride[1], 2);
        QVERIFY(c1.params.padding == Padding::explicitly({ 1, 2, 0 }));
        QVERIFY(!c1.params.bias);
        QVERIFY(c1.params.paddingMode == PaddingMode::Reflect);
        QCOMPARE(c1.preset, std::string("sobel_x"));
        QVERIFY(std::get<ActivationLayer>(net.layers[1].config).function == Activation::Silu);
        QCOMPARE(std::get<ActivationLayer>(net.layers[2].config).parameter, 0.01);
        QCOMPARE(std::get<ActivationLayer>(net.layers[3].config).parameter, 0.5);
        const auto& pool = std::get<PoolLayer>(net.layers[4].config).params;
        QCOMPARE(pool.stride[0], 2); // defaults to the kernel
        QCOMPARE(pool.stride[1], 2);
        QVERIFY(std::get<ConvLayer>(net.layers[5].config).params.padding == Padding::same());
        QCOMPARE(std::get<BatchNormLayer>(net.layers[6].config).eps, 1e-5);
        QCOMPARE(std::get<DropoutLayer>(net.layers[7].config).p, 0.25);
        QVERIFY(std::get<LinearLayer>(net.layers[9].config).bias);
        auto s = summarize(net);
        QVERIFY(s.ok());
        QCOMPARE(s->layers[1].type, std::string("silu"));
        QCOMPARE(s->layers[1].name, std::string("silu1"));
    }

    void warnsAboutUnknownFields()
    {
        auto parsed = parseNetworkSpec(R"({"format": "convscope-network", "version": 1,
            "author": "me", "input": {"channels": 1, "size": [8], "colour": "red"},
            "layers": [{"type": "conv", "name": "c", "out_channels": 1, "kernel": 3,
                        "ceil_mode": true},
                       {"type": "relu", "alpha": 2}]})");
        QVERIFY2(parsed.ok(), parsed ? "" : parsed.error().message.c_str());
        QCOMPARE(parsed->warnings,
            (std::vector<std::string> { "input: unknown field 'colour' is ignored",
                "layer 0 (c): unknown field 'ceil_mode' is ignored",
                "layer 1 (relu1): unknown field 'alpha' is ignored",
                "unknown field 'author' is ignored" }));
    }

    void roundTripPresets_data()
    {
        QTest::addColumn<std::string>("id");
        for (const auto& p : networkPresets())
            QTest::newRow(p.id.c_str()) << p.id;
    }

    void roundTripPresets()
    {
        QFETCH(std::string, id);
        auto net = loadPreset(id);
        QVERIFY(net.ok());
        const std::string written = writeNetworkSpec(*net);
        auto back = parseNetworkSpec(written);
        QVERIFY2(back.ok(), back ? "" : back.error().message.c_str());
        QVERIFY(back->warnings.empty());
        QVERIFY(back->network == *net);
        QCOMPARE(writeNetworkSpec(back->network), written);
    }

    void roundTripEveryField()
    {
        const std::string text = spec(R"(
            {"type": "conv", "name": "c", "out_channels": 4, "kernel": [3, 1], "stride": [1, 2],
             "padding": [2, 0], "dilation": [2, 1], "groups": 1, "bias": false,
             "padding_mode": "circular", "preset": "box"},
            {"type": "conv", "out_channels": 4, "kernel": 3, "padding": "valid"},
            {"type": "conv", "out_channels": 4, "kernel": 3, "padding": "same", "groups": 2},
            {"type": "maxpool", "kernel": 3, "stride": 1, "padding": 1, "dilation": 2,
             "ceil_mode": true},
            {"type": "avgpool", "kernel": 2, "count_include_pad": false},
            {"type": "sumpool", "kernel": [1, 2], "stride": 1},
            {"type": "leaky_relu", "negative_slope": 0.2},
            {"type": "elu", "alpha": 0.75}, {"type": "gelu"}, {"type": "sigmoid"}, {"type": "tanh"},
            {"type": "batchnorm", "eps": 0.001}, {"type": "dropout", "p": 0.1}, {"type": "flatten"},
            {"type": "linear", "name": "fc", "out_features": 5, "bias": false})",
            R"({"channels": 2, "size": [16, 16]})");
        auto parsed = parseNetworkSpec(text);
        QVERIFY2(parsed.ok(), parsed ? "" : parsed.error().message.c_str());
        parsed->network.weightsPath = "weights/";
        const std::string written = writeNetworkSpec(parsed->network);
        auto back = parseNetworkSpec(written);
        QVERIFY2(back.ok(), back ? "" : back.error().message.c_str());
        QVERIFY(back->network == parsed->network);
        QVERIFY(written.find("\"stride\"") != std::string::npos);
    }

    void deepNestingIsRefusedBeforeParsing()
    {
        const std::string deep(200000, '[');
        auto parsed = parseNetworkSpec(deep);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().message,
            std::string(
                "the JSON is nested deeper than 64 levels: a network spec needs only a few"));
        // Brackets inside strings do not count, escaped quotes included. (A plain literal: moc
        // misreads a backslash inside a raw string.)
        QVERIFY(checkJsonDepth("{\"name\": \"[[[[[[[[[[\\\"[[[[[[\"}", 3).ok());
        QVERIFY(!checkJsonDepth("[[[[", 3).ok());
    }

    void badSpec_data()
    {
        QTest::addColumn<std::string>("text");
        QTest::addColumn<std::string>("message");
        QTest::addColumn<std::string>("field");

        const std::string conv = R"({"type": "conv", "name": "c", "out_channels": 1, "kernel": 3)";
        QTest::newRow("0 bytes") << std::string()
                                 << std::string(
                                        "the spec is empty: a network spec is a JSON object "
                                        "with \"format\": \"convscope-network\"")
                                 << std::string();
        QTest::newRow("truncated")
            << spec(conv + "}").substr(0, 60)
            << std::string("not valid JSON: parse error at line 1, column 61: syntax error while "
                           "parsing object key - invalid string: missing "
                           "closing quote; last read: '\"'; expected string "
                           "literal")
            << std::string();
        QTest::newRow("garbage")
            << std::string("\x89PNG\r\n\x1a\n binary")
            << std::string("not valid JSON: parse error at line 1, column 1: syntax error "
                           "while parsing value - invalid literal; last "
                           "read: '?'")
            << std::string();
        QTest::newRow("not an object")
            << std::string("[1, 2]")
            << std::string("a network spec is a JSON object with "
                           "\"format\": \"convscope-network\", not a list")
            << std::string();
        QTest::newRow("wrong format")
            << std::string(R"({"format": "onnx", "version": 1})")
            << std::string("format is \"onnx\", not \"convscope-network\": this is not a ConvScope "
                           "network spec")
            << std::string("format");
        QTest::newRow("missing format")
            << std::string(R"({"version": 1})")
            << std::string("missing field 'format': a network spec "
                           "starts with \"format\": \"convscope-network\"")
            << std::string("format");
        QTest::newRow("newer version")
            << std::string(R"({"format": "convscope-network", "version": 2})")
            << std::string("the spec has version 2 but this ConvScope reads version 1: update "
                           "ConvScope to open it")
            << std::string("version");
        QTest::newRow("version 0")
            << std::string(R"({"format": "convscope-network", "version": 0})")
            << std::string("version 0 is not valid: the first version is 1")
            << std::string("version");
        QTest::newRow("version a string")
            << std::string(R"({"format": "convscope-network", "version": "1"})")
            << std::string("version must be an integer, not a string") << std::string("version");
        QTest::newRow("missing input")
            << std::string(R"({"format": "convscope-network", "version": 1, "layers": []})")
            << std::string("missing field 'input': e.g. \"input\": {\"channels\": 3, \"size\": "
                           "[224, 224]}")
            << std::string("input");
        QTest::newRow("input size not a list")
            << spec("", R"({"channels": 1, "size": 8})")
            << std::string("input: size must be a list of 1, 2 or 3 integers, not a number")
            << std::string("input.size");
        QTest::newRow("input channels a float")
            << spec("", R"({"channels": 1.5, "size": [8]})")
            << std::string("input: channels must be an integer, not 1.5")
            << std::string("input.channels");
        QTest::newRow("missing layers") << std::string(
            R"({"format": "convscope-network", "version": 1,
                "input": {"channels": 1, "size": [4]}})")
                                        << std::string("missing field 'layers': a list of layers, "
                                                       "e.g. [{\"type\": \"relu\"}]")
                                        << std::string("layers");
        QTest::newRow("layer not an object") << spec("3")
                                             << std::string("layer 0: must be an object with a "
                                                            "\"type\", not a number")
                                             << std::string("layers[0].");
        QTest::newRow("missing type") << spec(R"({"name": "x"})")
                                      << std::string("layer 0 (x): missing field 'type': one of "
                                                     "conv, maxpool, avgpool, sumpool, relu, "
                                                     "leaky_relu, elu, gelu, silu, swish, sigmoid, "
                                                     "tanh, batchnorm, flatten, linear, dropout")
                                      << std::string("layers[0].type");
        QTest::newRow("unknown type") << spec(R"({"type": "relu"}, {"type": "softmax2d"})")
                                      << std::string("layer 1 (softmax2d1): unknown type "
                                                     "'softmax2d': use one of conv, maxpool, "
                                                     "avgpool, sumpool, relu, leaky_relu, elu, "
                                                     "gelu, silu, swish, sigmoid, tanh, batchnorm, "
                                                     "flatten, linear, dropout")
                                      << std::string("layers[1].type");
        QTest::newRow("missing kernel") << spec(R"({"type": "conv", "out_channels": 2})")
                                        << std::string("layer 0 (conv0): missing field 'kernel': "
                                                       "the kernel size")
                                        << std::string("layers[0].kernel");
        QTest::newRow("missing out_channels") << spec(R"({"type": "conv", "kernel": 2})")
                                              << std::string("layer 0 (conv0): missing field "
                                                             "'out_channels': the number of output "
                                                             "channels")
                                              << std::string("layers[0].out_channels");
        QTest::newRow("kernel a string")
            << spec(R"({"type": "conv", "out_channels": 1, "kernel": "3"})")
            << std::string("layer 0 (conv0): kernel must be an integer "
                           "or a list of 2 integers, not a string")
            << std::string("layers[0].kernel");
        QTest::newRow("kernel list too long")
            << spec(R"({"type": "conv", "out_channels": 1, "kernel": [3, 3, 3]})")
            << std::string("layer 0 (conv0): kernel has 3 entries but the input has 2 spatial "
                           "dimensions: give one integer or a list of 2")
            << std::string("layers[0].kernel");
        QTest::newRow("bias a number")
            << spec(conv + R"(, "bias": 1})")
            << std::string("layer 0 (c): bias must be true or false, not "
                           "a number")
            << std::string("layers[0].bias");
        QTest::newRow("name a number")
            << spec(R"({"type": "relu", "name": 7})")
            << std::string("layer 0: name must be a string, not a number")
            << std::string("layers[0].name");
        QTest::newRow("out_channels above int range")
            << spec(R"({"type": "conv", "name": "c", "out_channels": 4294967296, "kernel": 3})")
            << std::string("layer 0 (c): out_channels 4294967296 is out of range (at most "
                           "2147483647)")
            << std::string("layers[0].out_channels");
        QTest::newRow("stride above 64 bits")
            << spec(conv + R"(, "stride": 99999999999999999999999})")
            << std::string("layer 0 (c): stride 1e+23 is out of range (at most 2147483647)")
            << std::string("layers[0].stride");
        QTest::newRow("padding below int range")
            << spec(conv + R"(, "padding": -3000000000})")
            << std::string("layer 0 (c): padding -3000000000 is "
                           "out of range (at least "
                           "-2147483648)")
            << std::string("layers[0].padding");
        QTest::newRow("padding unknown word") << spec(conv + R"(, "padding": "full"})")
                                              << std::string("layer 0 (c): padding 'full' is not "
                                                             "\"same\", \"valid\" or a number")
                                              << std::string("layers[0].padding");
        QTest::newRow("same padding on a pool")
            << spec(R"({"type": "maxpool", "kernel": 2, "padding": "same"})")
            << std::string("layer 0 (maxpool0): padding 'same' is not \"valid\" or a number: "
                           "pooling takes no \"same\" padding, give a number")
            << std::string("layers[0].padding");
        QTest::newRow("unknown padding_mode")
            << spec(conv + R"(, "padding_mode": "mirror"})")
            << std::string("layer 0 (c): padding_mode 'mirror' is "
                           "not one of \"zeros\", \"reflect\", "
                           "\"replicate\", \"circular\"")
            << std::string("layers[0].padding_mode");
        QTest::newRow("kernel too large (validated)")
            << spec(
                   R"({"type": "relu"}, {"type": "conv", "name": "conv4_1", "out_channels": 1,
               "kernel": 9, "dilation": 2, "padding": 2})")
            << std::string("layer 1 (conv4_1): kernel 9 "
                           "(effective 17 with dilation 2) is "
                           "larger "
                           "than the padded input 12 (height): "
                           "lower the dilation or the kernel "
                           "size, or add padding")
            << std::string("layers[1].kernel");
        QTest::newRow("linear without flatten (validated)")
            << spec(R"({"type": "linear", "out_features": 10})")
            << std::string("layer 0 (linear0): linear needs a flat vector but its input is the "
                           "feature map (1, 8, 8): add a flatten layer before it")
            << std::string("layers[0].type");
        QTest::newRow("groups do not divide (validated)")
            << spec(R"({"type": "conv", "out_channels": 4, "kernel": 3, "groups": 3})",
                   R"({"channels": 6, "size": [8, 8]})")
            << std::string("layer 0 (conv0): groups 3 does not divide the 4 output channels: "
                           "choose a multiple of 3 output channels")
            << std::string("layers[0].groups");
    }

    void badSpec()
    {
        QFETCH(std::string, text);
        QFETCH(std::string, message);
        QFETCH(std::string, field);
        auto parsed = parseNetworkSpec(text);
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.error().message == message, parsed.error().message.c_str());
        QVERIFY2(parsed.error().field == field, parsed.error().field.c_str());
    }

    void readErrorsNameThePath()
    {
        auto missing = readNetworkSpec("/nonexistent/net.json");
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().message,
            std::string("cannot read /nonexistent/net.json: no such file"));
        auto bad = readNetworkSpec(CONVSCOPE_SHARED_DIR "/lecture/expected.json");
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().message,
            std::string(CONVSCOPE_SHARED_DIR "/lecture/expected.json: missing field 'format': a "
                                             "network spec starts with \"format\": "
                                             "\"convscope-network\""));
    }

    void weightsPathIsRelativeToTheSpec()
    {
        Network net;
        net.weightsPath = "w/lenet.npz";
        QCOMPARE(resolveWeightsPath(net, "/data/nets/lenet.json"),
            std::string("/data/nets/w/lenet.npz"));
        net.weightsPath = "/abs/w";
        QCOMPARE(resolveWeightsPath(net, "/data/nets/lenet.json"), std::string("/abs/w"));
        net.weightsPath.clear();
        QCOMPARE(resolveWeightsPath(net, "/data/nets/lenet.json"), std::string());
    }

    // Saving to another folder rewrites the path so that it names the same file.
    void savedWeightsPathNamesTheSameFile()
    {
        const std::string weights = "/data/nets/w/lenet.npz";
        QCOMPARE(weightsPathForSpec(weights, "/data/nets/lenet.json"), std::string("w/lenet.npz"));
        QCOMPARE(weightsPathForSpec(weights, "/data/nets/copies/lenet.json"),
            std::string("../w/lenet.npz"));
        QCOMPARE(weightsPathForSpec(weights, "/home/me/lenet.json"),
            std::string("../../data/nets/w/lenet.npz"));
        QCOMPARE(weightsPathForSpec("/data/nets/./w/../w/lenet.npz", "/data/lenet.json"),
            std::string("nets/w/lenet.npz"));
        QCOMPARE(weightsPathForSpec("", "/data/lenet.json"), std::string());
        // Round trip: what was written resolves back to the file from the new spec.
        Network net;
        net.weightsPath = weightsPathForSpec(weights, "/srv/x/y/lenet.json");
        QCOMPARE(resolveWeightsPath(net, "/srv/x/y/lenet.json"), weights);
    }
};

QTEST_APPLESS_MAIN(TestSpec)
#include "tst_spec.moc"
