// Output shapes, parameter counts and receptive fields of single layers over a table of cases,
// and every impossible combination with its exact message (as summarize() reports it).

#include "network.h"

#include <QTest>

#include <climits>

using namespace convscope;

Q_DECLARE_METATYPE(Layer)
Q_DECLARE_METATYPE(Network)
Q_DECLARE_METATYPE(std::vector<int>)
Q_DECLARE_METATYPE(std::vector<std::int64_t>)
Q_DECLARE_METATYPE(std::string)

namespace {

using I64 = std::vector<std::int64_t>;

Network oneLayer(int channels, std::vector<int> size, Layer layer)
{
    return Network { "", channels, std::move(size), { std::move(layer) }, "" };
}

Layer conv(int out, Dims kernel, Dims stride, Padding padding, Dims dilation, int groups, int n,
    std::string name = "c")
{
    ConvLayer c;
    c.params.spatialDims = n;
    c.params.outChannels = out;
    c.params.kernel = kernel;
    c.params.stride = stride;
    c.params.padding = padding;
    c.params.dilation = dilation;
    c.params.groups = groups;
    return { std::move(name), c };
}

Layer conv2(int out, int k, int s, int p, int d = 1, int g = 1, std::string name = "c")
{
    return convLayer(std::move(name), out, k, s, p, d, g);
}

Layer withMode(Layer layer, PaddingMode mode)
{
    std::get<ConvLayer>(layer.config).params.paddingMode = mode;
    return layer;
}

Layer pool2(PoolType type, int k, int s, int p, bool ceil = false, int d = 1)
{
    Layer l = poolLayer("p", type, k, s, p);
    auto& params = std::get<PoolLayer>(l.config).params;
    params.ceilMode = ceil;
    params.dilation = { d, d, d };
    return l;
}

} // namespace

class TestShape : public QObject {
    Q_OBJECT

private slots:
    void layerShape_data()
    {
        QTest::addColumn<Network>("net");
        QTest::addColumn<std::vector<int>>("shape");
        QTest::addColumn<qint64>("params");
        QTest::addColumn<I64>("rf");
        QTest::addColumn<I64>("stride");
        QTest::addColumn<I64>("padding");

        // Worked by hand: a 3x3 kernel with dilation 2 covers d(k-1)+1 = 5 cells. On a 7x7 input
        // padded by 1 (9 cells) it fits at floor((9 - 5) / 1) + 1 = 5 positions per dimension.
        // Parameters: 1 output x 1 input x 9 taps + 1 bias = 10. Receptive field
        // r = 1 + (5 - 1) * 1 = 5, effective stride 1 * 1 = 1, effective padding 0 + 1 * 1 = 1.
        QTest::newRow("k3 d2 s1 pad1 7x7")
            << oneLayer(1, { 7, 7 }, conv2(1, 3, 1, 1, 2)) << std::vector<int> { 1, 5, 5 }
            << qint64(10) << I64 { 5, 5 } << I64 { 1, 1 } << I64 { 1, 1 };
        QTest::newRow("k3 d1 s1 pad0 7x7")
            << oneLayer(1, { 7, 7 }, conv2(1, 3, 1, 0)) << std::vector<int> { 1, 5, 5 }
            << qint64(10) << I64 { 3, 3 } << I64 { 1, 1 } << I64 { 0, 0 };
        QTest::newRow("k3 d2 s1 pad2 7x7")
            << oneLayer(1, { 7, 7 }, conv2(1, 3, 1, 2, 2)) << std::vector<int> { 1, 7, 7 }
            << qint64(10) << I64 { 5, 5 } << I64 { 1, 1 } << I64 { 2, 2 };
        QTest::newRow("k3 s2 pad1 8x8 (odd fit)")
            << oneLayer(2, { 8, 8 }, conv2(4, 3, 2, 1)) << std::vector<int> { 4, 4, 4 }
            << qint64(76) << I64 { 3, 3 } << I64 { 2, 2 } << I64 { 1, 1 };
        QTest::newRow("k5 s2 pad2 3->16 32x32")
            << oneLayer(3, { 32, 32 }, conv2(16, 5, 2, 2)) << std::vector<int> { 16, 16, 16 }
            << qint64(1216) << I64 { 5, 5 } << I64 { 2, 2 } << I64 { 2, 2 };
        QTest::newRow("k11 s4 pad2 3->64 224x224 (AlexNet conv1)")
            << oneLayer(3, { 224, 224 }, conv2(64, 11, 4, 2)) << std::vector<int> { 64, 55, 55 }
            << qint64(23296) << I64 { 11, 11 } << I64 { 4, 4 } << I64 { 2, 2 };
        QTest::newRow("k1 64->32 14x14")
            << oneLayer(64, { 14, 14 }, conv2(32, 1, 1, 0)) << std::vector<int> { 32, 14, 14 }
            << qint64(2080) << I64 { 1, 1 } << I64 { 1, 1 } << I64 { 0, 0 };
        QTest::newRow("k3 g2 4->8 pad1 6x6")
            << oneLayer(4, { 6, 6 }, conv2(8, 3, 1, 1, 1, 2)) << std::vector<int> { 8, 6, 6 }
            << qint64(152) << I64 { 3, 3 } << I64 { 1, 1 } << I64 { 1, 1 };
        QTest::newRow("k3 g32 depthwise 32x10x10")
            << oneLayer(32, { 10, 10 }, conv2(32, 3, 1, 1, 1, 32))
            << std::vector<int> { 32, 10, 10 } << qint64(320) << I64 { 3, 3 } << I64 { 1, 1 }
            << I64 { 1, 1 };
        QTest::newRow("k3x5 s2x1 10x20") << oneLayer(1, { 10, 20 },
            conv(2, { 3, 5, 1 }, { 2, 1, 1 }, Padding::explicitly({ 0, 0, 0 }), { 1, 1, 1 }, 1, 2))
                                         << std::vector<int> { 2, 4, 16 } << qint64(32)
                                         << I64 { 3, 5 } << I64 { 2, 1 } << I64 { 0, 0 };
        QTest::newRow("k4 same 8x8 (pad 1 before, 2 after)")
            << oneLayer(1, { 8, 8 },
                   conv(1, { 4, 4, 4 }, { 1, 1, 1 }, Padding::same(), { 1, 1, 1 }, 1, 2))
            << std::vector<int> { 1, 8, 8 } << qint64(17) << I64 { 4, 4 } << I64 { 1, 1 }
            << I64 { 1, 1 };
        QTest::newRow("k3 d3 same 9x9") << oneLayer(
            1, { 9, 9 }, conv(1, { 3, 3, 3 }, { 1, 1, 1 }, Padding::same(), { 3, 3, 3 }, 1, 2))
                                        << std::vector<int> { 1, 9, 9 } << qint64(10)
                                        << I64 { 7, 7 } << I64 { 1, 1 } << I64 { 3, 3 };
        QTest::newRow("k5 valid 1-d 32") << oneLayer(
            3, { 32 }, conv(4, { 5, 1, 1 }, { 1, 1, 1 }, Padding::valid(), { 1, 1, 1 }, 1, 1))
                                         << std::vector<int> { 4, 28 } << qint64(64) << I64 { 5 }
                                         << I64 { 1 } << I64 { 0 };
        QTest::newRow("k2x2x3 3-d 8x8x8") << oneLayer(2, { 8, 8, 8 },
            conv(2, { 2, 2, 3 }, { 1, 1, 1 }, Padding::explicitly({ 0, 0, 0 }), { 1, 1, 1 }, 1, 3))
                                          << std::vector<int> { 2, 7, 7, 6 } << qint64(50)
                                          << I64 { 2, 2, 3 } << I64 { 1, 1, 1 } << I64 { 0, 0, 0 };
        QTest::newRow("maxpool k2 s2 7x7 (floor)")
            << oneLayer(3, { 7, 7 }, pool2(PoolType::Max, 2, 2, 0)) << std::vector<int> { 3, 3, 3 }
            << qint64(0) << I64 { 2, 2 } << I64 { 2, 2 } << I64 { 0, 0 };
        QTest::newRow("maxpool k3 s2 ceil 6x6")
            << oneLayer(1, { 6, 6 }, pool2(PoolType::Max, 3, 2, 0, true))
            << std::vector<int> { 1, 3, 3 } << qint64(0) << I64 { 3, 3 } << I64 { 2, 2 }
            << I64 { 0, 0 };
        QTest::newRow("maxpool k3 s1 d2 pad1 7x7")
            << oneLayer(1, { 7, 7 }, pool2(PoolType::Max, 3, 1, 1, false, 2))
            << std::vector<int> { 1, 5, 5 } << qint64(0) << I64 { 5, 5 } << I64 { 1, 1 }
            << I64 { 1, 1 };
        QTest::newRow("avgpool k3 s2 pad1 8x8")
            << oneLayer(2, { 8, 8 }, pool2(PoolType::Avg, 3, 2, 1)) << std::vector<int> { 2, 4, 4 }
            << qint64(0) << I64 { 3, 3 } << I64 { 2, 2 } << I64 { 1, 1 };
        QTest::newRow("sumpool k4 s4 16x16")
            << oneLayer(1, { 16, 16 }, pool2(PoolType::Sum, 4, 4, 0))
            << std::vector<int> { 1, 4, 4 } << qint64(0) << I64 { 4, 4 } << I64 { 4, 4 }
            << I64 { 0, 0 };
        QTest::newRow("batchnorm 16x5x5")
            << oneLayer(16, { 5, 5 }, Layer { "bn", BatchNormLayer {} })
            << std::vector<int> { 16, 5, 5 } << qint64(32) << I64 { 1, 1 } << I64 { 1, 1 }
            << I64 { 0, 0 };
    }

    void layerShape()
    {
        QFETCH(Network, net);
        QFETCH(std::vector<int>, shape);
        QFETCH(qint64, params);
        QFETCH(I64, rf);
        QFETCH(I64, stride);
        QFETCH(I64, padding);
        auto s = summarize(net);
        QVERIFY2(s.ok(), s ? "" : s.error().message.c_str());
        const LayerSummary& l = s->layers.at(0);
        QCOMPARE(l.outputShape, shape);
        QCOMPARE(l.params, params);
        QCOMPARE(*l.receptiveField, rf);
        QCOMPARE(*l.effectiveStride, stride);
        QCOMPARE(*l.effectivePadding, padding);
    }

    void linearAndFlatten()
    {
        Network net { "", 16, { 5, 5 },
            { flattenLayer(), linearLayer("fc", 120), linearLayer("fc2", 10, false) }, "" };
        auto s = summarize(net);
        QVERIFY(s.ok());
        QCOMPARE(s->layers[0].name, std::string("flatten0"));
        QCOMPARE(s->layers[0].outputShape, std::vector<int> { 400 });
        QVERIFY(!s->layers[0].receptiveField);
        QCOMPARE(s->layers[1].params, std::int64_t { 400 * 120 + 120 });
        QCOMPARE(s->layers[1].macs, std::int64_t { 400 * 120 });
        QCOMPARE(s->layers[2].params, std::int64_t { 1200 });
        QCOMPARE(s->totalParams, std::int64_t { 48120 + 1200 });
    }

    void impossible_data()
    {
        QTest::addColumn<Network>("net");
        QTest::addColumn<std::string>("message");
        QTest::addColumn<std::string>("field");

        QTest::newRow("kernel larger than padded input")
            << oneLayer(1, { 5, 5 }, conv2(1, 7, 1, 0))
            << std::string("layer 0 (c): kernel 7 is larger than the padded input 5 (height): use "
                           "a smaller kernel or add padding")
            << std::string("layers[0].kernel");
        QTest::newRow("dilated kernel larger than padded input")
            << Network { "", 1, { 12, 12 },
                   { conv2(1, 3, 1, 1, 1, 1, "conv1"), conv2(1, 9, 1, 0, 2, 1, "conv4_1") }, "" }
            << std::string("layer 1 (conv4_1): kernel 9 (effective 17 with dilation 2) is larger "
                           "than the padded input 12 (height): lower the dilation or the kernel "
                           "size, or add padding")
            << std::string("layers[1].kernel");
        QTest::newRow("groups do not divide the input channels")
            << oneLayer(3, { 8, 8 }, conv2(4, 3, 1, 1, 1, 2))
            << std::string("layer 0 (c): groups 2 does not divide the 3 input channels: choose a "
                           "divisor of 3")
            << std::string("layers[0].groups");
        QTest::newRow("groups do not divide the output channels")
            << oneLayer(4, { 8, 8 }, conv2(3, 3, 1, 1, 1, 2))
            << std::string("layer 0 (c): groups 2 does not divide the 3 output channels: choose a "
                           "multiple of 2 output channels")
            << std::string("layers[0].groups");
        QTest::newRow("same padding with stride 2")
            << oneLayer(1, { 8, 8 },
                   conv(1, { 3, 3, 3 }, { 2, 2, 2 }, Padding::same(), { 1, 1, 1 }, 1, 2))
            << std::string("layer 0 (c): padding 'same' needs stride 1, but the stride (height) is "
                           "2: use a number for the padding or set the stride to 1")
            << std::string("layers[0].padding");
        QTest::newRow("reflect padding equal to the input")
            << oneLayer(1, { 3, 3 }, withMode(conv2(1, 3, 1, 3), PaddingMode::Reflect))
            << std::string("layer 0 (c): reflect padding 3 (height) must be smaller than the input "
                           "size 3: lower the padding or use replicate or zeros")
            << std::string("layers[0].padding");
        QTest::newRow("negative padding")
            << oneLayer(1, { 8, 8 }, conv2(1, 3, 1, -1))
            << std::string("layer 0 (c): padding -1 (height) must not "
                           "be negative")
            << std::string("layers[0].padding");
        QTest::newRow("pool padding more than half the kernel")
            << oneLayer(1, { 8, 8 }, pool2(PoolType::Max, 2, 2, 2))
            << std::string("layer 0 (p): padding 2 (height) must be at most half the kernel size "
                           "(2 / 2 = 1): lower the padding")
            << std::string("layers[0].padding");
        QTest::newRow("pool window larger than the map after a conv")
            << Network { "", 1, { 4, 4 }, { conv2(1, 3, 1, 0), pool2(PoolType::Max, 3, 3, 0) }, "" }
            << std::string(
                   "layer 1 (p): kernel 3 is larger than the padded input 2 (height): use a "
                   "smaller window or add padding")
            << std::string("layers[1].kernel");
        QTest::newRow("zero output channels")
            << oneLayer(1, { 8, 8 }, conv2(0, 3, 1, 0))
            << std::string("layer 0 (c): output channels 0 must be "
                           "at least 1")
            << std::string("layers[0].out_channels");
        QTest::newRow("zero stride")
            << oneLayer(1, { 8, 8 }, conv2(1, 3, 0, 0))
            << std::string("layer 0 (c): stride 0 (height) must be at least 1")
            << std::string("layers[0].stride");
        QTest::newRow("linear without flatten")
            << oneLayer(1, { 5, 5 }, linearLayer("fc", 10))
            << std::string("layer 0 (fc): linear needs a flat vector but its input is the feature "
                           "map (1, 5, 5): add a flatten layer before it")
            << std::string("layers[0].type");
        QTest::newRow("conv after flatten")
            << Network { "", 1, { 5, 5 }, { flattenLayer(), conv2(1, 3, 1, 0) }, "" }
            << std::string(
                   "layer 1 (c): conv needs a feature map (C, H, W) but its input is the "
                   "flat vector (25,) made by a flatten or linear layer: move it before the "
                   "flatten")
            << std::string("layers[1].type");
        QTest::newRow("pool after linear")
            << Network { "", 1, { 5, 5 },
                   { flattenLayer(), linearLayer("fc", 4), pool2(PoolType::Avg, 2, 2, 0) }, "" }
            << std::string(
                   "layer 2 (p): avgpool needs a feature map (C, H, W) but its input is the "
                   "flat vector (4,) made by a flatten or linear layer: move it before the "
                   "flatten")
            << std::string("layers[2].type");
        QTest::newRow("zero out_features")
            << Network { "", 1, { 5, 5 }, { flattenLayer(), linearLayer("fc", 0) }, "" }
            << std::string("layer 1 (fc): out_features 0 must be at least 1")
            << std::string("layers[1].out_features");
        QTest::newRow("1-d layer in a 2-d network")
            << oneLayer(1, { 8, 8 },
                   conv(1, { 3, 3, 3 }, { 1, 1, 1 }, Padding::explicitly({ 0, 0, 0 }), { 1, 1, 1 },
                       1, 1))
            << std::string("layer 0 (c): the layer is 1-d but its input has 2 spatial dimensions: "
                           "give every per-dimension field 2 entries")
            << std::string("layers[0].kernel");
        QTest::newRow("duplicate name")
            << Network { "", 1, { 8, 8 },
                   { conv2(1, 3, 1, 1), activationLayer(Activation::Relu), conv2(1, 3, 1, 1) }, "" }
            << std::string("layer 2 (c): the name 'c' is already used by layer 0: give every layer "
                           "its own name")
            << std::string("layers[2].name");
        QTest::newRow("dropout p above 1")
            << oneLayer(1, { 8, 8 }, Layer { "", DropoutLayer { 1.5 } })
            << std::string("layer 0 (dropout0): p 1.5 must be between 0 and 1")
            << std::string("layers[0].p");
        QTest::newRow("batchnorm eps 0")
            << oneLayer(1, { 8, 8 }, Layer { "bn", BatchNormLayer { 0 } })
            << std::string("layer 0 (bn): eps 0 must be a small "
                           "positive number, e.g. 1e-5")
            << std::string("layers[0].eps");
        QTest::newRow("input size 0")
            << oneLayer(1, { 8, 0 }, conv2(1, 3, 1, 1))
            << std::string("input: size 0 (width) must be at least 1") << std::string("input.size");
        QTest::newRow("input with 4 spatial dimensions")
            << oneLayer(1, { 8, 8, 8, 8 }, conv2(1, 3, 1, 1))
            << std::string("input: size has 4 entries: give 1, 2 or 3 spatial sizes (length; "
                           "height, width; or depth, height, width)")
            << std::string("input.size");
        QTest::newRow("input channels 0")
            << oneLayer(0, { 8, 8 }, conv2(1, 3, 1, 1))
            << std::string("input: channels 0 must be at least 1") << std::string("input.channels");
        // Each layer's count fits (about 2^62), the total of three does not.
        QTest::newRow("total parameter count overflows 64 bits")
            << Network { "", 1, { 1 << 15, 1 << 15 },
                   { flattenLayer(), linearLayer("fc", INT_MAX), linearLayer("fc2", INT_MAX),
                       linearLayer("fc3", INT_MAX) },
                   "" }
            << std::string("layer 3 (fc3): the network's total parameter or MAC count overflows 64 "
                           "bits")
            << std::string("layers[3]");
    }

    void impossible()
    {
        QFETCH(Network, net);
        QFETCH(std::string, message);
        QFETCH(std::string, field);
        auto s = summarize(net);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().message, message);
        QCOMPARE(s.error().field, field);
    }
};

QTEST_APPLESS_MAIN(TestShape)
#include "tst_shape.moc"
