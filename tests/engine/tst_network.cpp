// The input region an output cell sees, activations, the forward pass on a tiny network worked by
// hand, the default initialisation, and loading weights from .npy folders and .npz archives.

#include "activation.h"
#include "network.h"
#include "npy.h"
#include "presets.h"
#include "weights.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <fstream>
#include <random>

using namespace convscope;

Q_DECLARE_METATYPE(Network)
Q_DECLARE_METATYPE(std::vector<int>)
Q_DECLARE_METATYPE(std::vector<Interval>)
Q_DECLARE_METATYPE(Activation)

namespace {

Tensor tensor(std::vector<int> shape, std::vector<float> values)
{
    Tensor t(std::move(shape));
    std::copy(values.begin(), values.end(), t.values().begin());
    return t;
}

std::vector<float> valuesOf(const Tensor& t)
{
    return { t.values().begin(), t.values().end() };
}

Network networkFrom(std::string_view id)
{
    return loadPreset(id).value();
}

// A minimal zip of stored (uncompressed) entries, as np.savez writes them (CRCs left 0: the
// loader does not check them).
std::string storedZip(const std::vector<std::pair<std::string, std::string>>& files)
{
    const auto le = [](std::string& out, std::uint64_t v, int bytes) {
        for (int i = 0; i < bytes; ++i)
            out += static_cast<char>((v >> (8 * i)) & 0xff);
    };
    std::string zip, directory;
    for (const auto& [name, data] : files) {
        const auto offset = zip.size();
        le(zip, 0x04034b50, 4);
        le(zip, 20, 2), le(zip, 0, 2), le(zip, 0, 2), le(zip, 0, 4), le(zip, 0, 4);
        le(zip, data.size(), 4), le(zip, data.size(), 4);
        le(zip, name.size(), 2), le(zip, 0, 2);
        zip += name + data;
        le(directory, 0x02014b50, 4);
        le(directory, 20, 2), le(directory, 20, 2), le(directory, 0, 2), le(directory, 0, 2);
        le(directory, 0, 4), le(directory, 0, 4);
        le(directory, data.size(), 4), le(directory, data.size(), 4);
        le(directory, name.size(), 2), le(directory, 0, 2), le(directory, 0, 2);
        le(directory, 0, 2), le(directory, 0, 2), le(directory, 0, 4);
        le(directory, offset, 4);
        directory += name;
    }
    const auto directoryOffset = zip.size();
    zip += directory;
    le(zip, 0x06054b50, 4);
    le(zip, 0, 2), le(zip, 0, 2), le(zip, files.size(), 2), le(zip, files.size(), 2);
    le(zip, directory.size(), 4), le(zip, directoryOffset, 4), le(zip, 0, 2);
    return zip;
}

} // namespace

class TestNetwork : public QObject {
    Q_OBJECT

private slots:
    void receptiveRegion_data()
    {
        QTest::addColumn<Network>("net");
        QTest::addColumn<int>("layer");
        QTest::addColumn<std::vector<int>>("position");
        QTest::addColumn<std::vector<Interval>>("region");

        // Worked by hand: 3x3 stride 2, then 3x3 (lecture rf_stride2_then_3x3). After c1:
        // r = 3, S = 2; after c2: r = 3 + (3 - 1) * 2 = 7, S = 2, P = 0. Output cell (3, 5) of
        // c2 sees rows u = 3 * 2 - 0 = 6 .. 6 + 7 - 1 = 12 and columns 10 .. 16.
        const Network rf2 = networkFrom("rf_stride2_then_3x3");
        QTest::newRow("stride 2 then 3x3, c2 (3,5)")
            << rf2 << 1 << std::vector<int> { 3, 5 }
            << std::vector<Interval> { { 6, 12 }, { 10, 16 } };
        QTest::newRow("stride 2 then 3x3, c2 (0,0)")
            << rf2 << 1 << std::vector<int> { 0, 0 }
            << std::vector<Interval> { { 0, 6 }, { 0, 6 } };
        QTest::newRow("stride 2 then 3x3, c1 (1,2)")
            << rf2 << 0 << std::vector<int> { 1, 2 }
            << std::vector<Interval> { { 2, 4 }, { 4, 6 } };
        // Padding moves the window outside the image: 3x3 pad 1 at the corner sees -1 .. 1.
        const Network padded { "", 1, { 5, 5 }, { convLayer("c", 1, 3, 1, 1) }, "" };
        QTest::newRow("3x3 pad 1, corner") << padded << 0 << std::vector<int> { 0, 4 }
                                           << std::vector<Interval> { { -1, 1 }, { 3, 5 } };
        // VGG-16 pool5: r = 212, S = 32, P = 90 (Araujo et al., Distill 2019).
        const Network vgg = networkFrom("vgg16");
        QTest::newRow("vgg16 pool5 (0,0)") << vgg << 30 << std::vector<int> { 0, 0 }
                                           << std::vector<Interval> { { -90, 121 }, { -90, 121 } };
        QTest::newRow("vgg16 pool5 (6,3)") << vgg << 30 << std::vector<int> { 6, 3 }
                                           << std::vector<Interval> { { 102, 313 }, { 6, 217 } };
        // 1-d, dilated: kernel 3 dilation 4 (extent 9), padding 4, stride 1; then stride-2 pool.
        const Network oneD { "", 1, { 20 },
            { convLayer("c", 1, 3, 1, 4, 4, 1, 1), poolLayer("p", PoolType::Max, 2, 2, 0, 1) },
            "" };
        QTest::newRow("1-d dilated then pool (4)")
            << oneD << 1 << std::vector<int> { 4 } << std::vector<Interval> { { 4, 13 } };
    }

    void receptiveRegion()
    {
        QFETCH(Network, net);
        QFETCH(int, layer);
        QFETCH(std::vector<int>, position);
        QFETCH(std::vector<Interval>, region);
        auto s = summarize(net);
        QVERIFY(s.ok());
        auto r = convscope::receptiveRegion(*s, layer, position);
        QVERIFY2(r.ok(), r ? "" : r.error().message.c_str());
        QVERIFY(*r == region);
    }

    void receptiveRegionErrors()
    {
        auto s = summarize(networkFrom("lenet5"));
        QVERIFY(s.ok());
        auto flat = convscope::receptiveRegion(*s, 7, {});
        QCOMPARE(flat.error().message,
            std::string("layer 7 (f5): the output is a flat vector, so "
                        "every value sees the whole input"));
        auto outside = convscope::receptiveRegion(*s, 0, { 0, 28 });
        QCOMPARE(outside.error().message,
            std::string("layer 0 (c1): position 28 (width) is outside "
                        "the output of size 28"));
        auto index = convscope::receptiveRegion(*s, 12, { 0, 0 });
        QCOMPARE(index.error().message,
            std::string("layer 12 does not exist: the network has 12 "
                        "layers"));
        auto dims = convscope::receptiveRegion(*s, 0, { 0 });
        QCOMPARE(dims.error().message,
            std::string("layer 0 (c1): the position has 1 coordinates "
                        "but the layer has 2 spatial dimensions"));
    }

    void activations_data()
    {
        QTest::addColumn<Activation>("function");
        QTest::addColumn<float>("parameter");
        QTest::addColumn<float>("x");
        QTest::addColumn<float>("y");
        // Values of torch.nn.functional at these points.
        QTest::newRow("relu -1") << Activation::Relu << 0.0f << -1.0f << 0.0f;
        QTest::newRow("relu 2") << Activation::Relu << 0.0f << 2.0f << 2.0f;
        QTest::newRow("leaky_relu -2 slope 0.01")
            << Activation::LeakyRelu << 0.01f << -2.0f << -0.02f;
        QTest::newRow("elu -1 alpha 1") << Activation::Elu << 1.0f << -1.0f << -0.63212056f;
        QTest::newRow("elu 3") << Activation::Elu << 1.0f << 3.0f << 3.0f;
        QTest::newRow("gelu 1") << Activation::Gelu << 0.0f << 1.0f << 0.84134475f;
        QTest::newRow("gelu -1") << Activation::Gelu << 0.0f << -1.0f << -0.15865525f;
        QTest::newRow("silu 1") << Activation::Silu << 0.0f << 1.0f << 0.73105858f;
        QTest::newRow("sigmoid 0") << Activation::Sigmoid << 0.0f << 0.0f << 0.5f;
        QTest::newRow("sigmoid -100 (no overflow)")
            << Activation::Sigmoid << 0.0f << -100.0f << 0.0f;
        QTest::newRow("tanh 0.5") << Activation::Tanh << 0.0f << 0.5f << 0.46211716f;
    }

    void activations()
    {
        QFETCH(Activation, function);
        QFETCH(float, parameter);
        QFETCH(float, x);
        QFETCH(float, y);
        QVERIFY(std::abs(activate(function, x, parameter) - y) < 1e-6f);
    }

    void forwardByHand()
    {
        // Input 1x3x3 = [[1 2 3] [4 5 6] [7 8 9]].
        // c: 2x2 kernel [[1 2] [0 -1]], bias -3: top-left 1 + 4 + 0 - 5 - 3 = -3, then -1, 3, 5.
        // relu: [[0 0] [3 5]].
        // bn (weight 2, bias 1, mean 1, var 15, eps 1): (x - 1) / 4 * 2 + 1 -> [[0.5 0.5] [2 3]].
        // avgpool 2: (0.5 + 0.5 + 2 + 3) / 4 = 1.5; flatten: [1.5].
        // fc (weight [[2] [-1]], bias [0.5 0]): [3.5, -1.5]; dropout: the same; tanh.
        Network net { "tiny", 1, { 3, 3 },
            { convLayer("c", 1, 2), activationLayer(Activation::Relu),
                Layer { "bn", BatchNormLayer { 1.0 } }, poolLayer("p", PoolType::Avg, 2, 2),
                flattenLayer(), linearLayer("fc", 2), Layer { "d", DropoutLayer {} },
                activationLayer(Activation::Tanh) },
            "" };
        WeightStore w;
        w.insert("c.weight", tensor({ 1, 1, 2, 2 }, { 1, 2, 0, -1 }));
        w.insert("c.bias", tensor({ 1 }, { -3 }));
        w.insert("bn.weight", tensor({ 1 }, { 2 }));
        w.insert("bn.bias", tensor({ 1 }, { 1 }));
        w.insert("bn.running_mean", tensor({ 1 }, { 1 }));
        w.insert("bn.running_var", tensor({ 1 }, { 15 }));
        w.insert("fc.weight", tensor({ 2, 1 }, { 2, -1 }));
        w.insert("fc.bias", tensor({ 2 }, { 0.5f, 0 }));
        const Tensor input = tensor({ 1, 3, 3 }, { 1, 2, 3, 4, 5, 6, 7, 8, 9 });
        int calls = 0;
        auto out = forward(net, input, &w, {}, [&](int done, int count) {
            ++calls;
            return done <= count;
        });
        QVERIFY2(out.ok(), out ? "" : out.error().message.c_str());
        QCOMPARE(calls, 8);
        QCOMPARE(out->size(), std::size_t { 8 });
        QCOMPARE((*out)[0].shape(), (std::vector<int> { 1, 2, 2 }));
        QCOMPARE(valuesOf((*out)[0]), (std::vector<float> { -3, -1, 3, 5 }));
        QCOMPARE(valuesOf((*out)[1]), (std::vector<float> { 0, 0, 3, 5 }));
        QCOMPARE(valuesOf((*out)[2]), (std::vector<float> { 0.5f, 0.5f, 2, 3 }));
        QCOMPARE(valuesOf((*out)[3]), (std::vector<float> { 1.5f }));
        QCOMPARE((*out)[4].shape(), (std::vector<int> { 1 }));
        QCOMPARE(valuesOf((*out)[5]), (std::vector<float> { 3.5f, -1.5f }));
        QCOMPARE(valuesOf((*out)[6]), (std::vector<float> { 3.5f, -1.5f }));
        QCOMPARE(valuesOf((*out)[7]), (std::vector<float> { std::tanh(3.5f), std::tanh(-1.5f) }));
    }

    void forwardErrors()
    {
        Network net { "", 1, { 3, 3 }, { convLayer("c", 1, 2), flattenLayer() }, "" };
        const Tensor input({ 1, 3, 3 }, 1.0f);
        WeightStore w;
        w.insert("c.weight", Tensor({ 1, 1, 3, 3 }));
        auto shape = forward(net, input, &w);
        QCOMPARE(shape.error().message,
            std::string("layer 0 (c): the weight 'c.weight' has shape "
                        "(1, 1, 3, 3) but the layer needs (1, 1, 2, 2): "
                        "check the layer's parameters or the weights "
                        "file"));
        auto channels = forward(net, Tensor({ 3, 3, 3 }));
        QCOMPARE(channels.error().message,
            std::string("the input has 3 channels but the network "
                        "needs 1"));
        auto cancelled = forward(net, input, nullptr, {}, [](int, int) { return false; });
        QCOMPARE(cancelled.error().message, std::string("cancelled"));
        // Another spatial size is fine: the network is re-validated for it.
        auto bigger = forward(net, Tensor({ 1, 5, 4 }, 1.0f));
        QVERIFY(bigger.ok());
        QCOMPARE(bigger->back().shape(), std::vector<int> { 12 });
        auto tooSmall = forward(net, Tensor({ 1, 1, 4 }, 1.0f));
        QCOMPARE(tooSmall.error().message,
            std::string("layer 0 (c): kernel 2 is larger than the "
                        "padded input 1 (height): use a smaller "
                        "kernel or add padding"));
    }

    void defaultInitialisation()
    {
        // The documented recipe: He-uniform, (2u - 1) * sqrt(6 / fan_in), u = (g() >> 8) / 2^24,
        // g = std::mt19937 seeded with the layer index; bias 0.
        const Tensor w = defaultWeight(3, { 2, 1, 3, 3 }, 9);
        std::mt19937 g(3);
        const double bound = std::sqrt(6.0 / 9.0);
        for (std::int64_t i = 0; i < w.numel(); ++i) {
            const double u = static_cast<double>(g() >> 8) / 16777216.0;
            QCOMPARE(w[i], static_cast<float>((2 * u - 1) * bound));
            QVERIFY(std::abs(w[i]) <= bound);
        }
        // A bare spec runs, deterministically.
        const Network net = networkFrom("tiny_vgg");
        const Tensor input({ 3, 64, 64 }, 0.5f);
        auto a = forward(net, input);
        auto b = forward(net, input);
        QVERIFY(a.ok() && b.ok());
        QCOMPARE(a->back().shape(), std::vector<int> { 10 });
        QVERIFY(a->back() == b->back());
    }

    void presetKernel()
    {
        // sobel_x (OpenCV's [[-1 0 1] [-2 0 2] [-1 0 1]]) on a ramp rising by 1 per column:
        // (1 + 2 + 1) * 2 = 8.
        Layer sobel = convLayer("edges", 1, 3);
        std::get<ConvLayer>(sobel.config).preset = "sobel_x";
        const Network net { "", 1, { 3, 3 }, { sobel }, "" };
        const Tensor ramp = tensor({ 1, 3, 3 }, { 0, 1, 2, 0, 1, 2, 0, 1, 2 });
        auto out = forward(net, ramp);
        QVERIFY2(out.ok(), out ? "" : out.error().message.c_str());
        QCOMPARE(valuesOf(out->at(0)), std::vector<float> { 8 });
        // Stored weights win over the preset.
        WeightStore w;
        w.insert("edges.weight", Tensor({ 1, 1, 3, 3 }, 1.0f));
        QCOMPARE(valuesOf(forward(net, ramp, &w)->at(0)), std::vector<float> { 9 });
        std::get<ConvLayer>(sobel.config).preset = "no_such_kernel";
        auto unknown = forward(Network { "", 1, { 3, 3 }, { sobel }, "" }, ramp);
        QVERIFY(!unknown.ok());
        QVERIFY(unknown.error().message.rfind("layer 0 (edges): ", 0) == 0);
        QCOMPARE(unknown.error().field, std::string("layers[0].preset"));
    }

    void weightsFromFolderAndNpz()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const std::string folder = dir.path().toStdString();
        const Tensor kernel = tensor({ 1, 1, 2, 2 }, { 1, 2, 0, -1 });
        const Tensor bias = tensor({ 1 }, { -3 });
        QVERIFY(writeNpy(folder + "/c.weight.npy", kernel).ok());
        QVERIFY(writeNpy(folder + "/c.bias.npy", bias).ok());
        auto store = WeightStore::load(folder);
        QVERIFY2(store.ok(), store ? "" : store.error().message.c_str());
        QCOMPARE(store->keys(), (std::vector<std::string> { "c.bias", "c.weight" }));
        QVERIFY(*store->find("c.weight") == kernel);

        const std::string npz = folder + "/w.npz";
        {
            std::ofstream out(npz, std::ios::binary);
            out << storedZip(
                { { "c.weight.npy", encodeNpy(kernel) }, { "c.bias.npy", encodeNpy(bias) } });
        }
        auto fromNpz = WeightStore::load(npz);
        QVERIFY2(fromNpz.ok(), fromNpz ? "" : fromNpz.error().message.c_str());
        QVERIFY(*fromNpz->find("c.weight") == kernel);
        QVERIFY(*fromNpz->find("c.bias") == bias);

        const std::string junk = folder + "/junk.npz";
        {
            std::ofstream out(junk, std::ios::binary);
            out << "not a zip at all, just some text that is long enough";
        }
        auto bad = WeightStore::load(junk);
        QCOMPARE(bad.error().message,
            "cannot read " + junk + ": not an .npz archive (no zip directory)");
    }
};

QTEST_APPLESS_MAIN(TestNetwork)
#include "tst_network.moc"
