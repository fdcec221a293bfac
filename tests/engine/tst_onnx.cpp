// ONNX import: the shared models (LeNet-5, Tiny VGG, the edge detector) and the small models of
// tests/data/onnx (written by tests/tools/make_onnx_models.py and make_onnx_padding_models.py
// with PyTorch) become ConvScope
// networks with the right layers, parameter counts and weights, and their forward passes match
// PyTorch's outputs; graphs ConvScope cannot show and broken files give a message, not a crash.

#include "kernels.h"
#include "network.h"
#include "npy.h"
#include "onnx_import.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <fstream>
#include <random>

using namespace convscope;

namespace {

const std::string modelsDir = CONVSCOPE_SHARED_DIR "/models/";
const std::string dataDir = CONVSCOPE_TEST_DATA_DIR "/onnx/";

std::string typesOf(const Network& net)
{
    std::string s;
    for (const Layer& l : net.layers)
        s += (s.empty() ? "" : " ") + layerType(l.config);
    return s;
}

float maxAbsDifference(const Tensor& a, const Tensor& b)
{
    float worst = 0.0f;
    for (std::int64_t i = 0; i < a.numel(); ++i)
        worst = std::max(worst, std::abs(a[i] - b[i]));
    return worst;
}

std::string writeBytes(const QTemporaryDir& dir, const std::string& name, const std::string& bytes)
{
    const std::string path = dir.filePath(QString::fromStdString(name)).toStdString();
    std::ofstream(path, std::ios::binary) << bytes;
    return path;
}

std::string readBytes(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    return { std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>() };
}

} // namespace

class TestOnnx : public QObject {
    Q_OBJECT

private slots:
    void structure_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("types");
        QTest::addColumn<qint64>("params");
        // LeNet-5: 156 + 2,416 + 48,120 + 10,164 + 850 = 61,706.
        QTest::newRow("lenet5") << QString::fromStdString(modelsDir + "lenet5.onnx") << "(1, 32, 32)"
                                << "conv relu maxpool conv relu maxpool flatten linear relu linear "
                                   "relu linear"
                                << qint64(61706);
        // Tiny VGG on 3x64x64: 280 + 3 * 910 conv, then 10*13*13 = 1,690 features -> 16,910.
        QTest::newRow("tiny_vgg") << QString::fromStdString(modelsDir + "tiny_vgg.onnx")
                                  << "(3, 64, 64)"
                                  << "conv relu conv relu maxpool conv relu conv relu maxpool "
                                     "flatten linear"
                                  << qint64(280 + 3 * 910 + 16910);
        // Four 3x3 kernels without bias: 36 parameters.
        QTest::newRow("edges") << QString::fromStdString(modelsDir + "edges.onnx") << "(1, 128, 128)"
                               << "conv relu maxpool" << qint64(36);
        // conv 3->8 k3 no bias (216), batchnorm (16), grouped conv 8->6 g2 (4*9*6 + 6 = 222),
        // conv 6->5 k1x3 (95), linear 30->7 (217), linear 7->3 (24).
        QTest::newRow("mixed") << QString::fromStdString(dataDir + "mixed.onnx") << "(3, 19, 17)"
                               << "conv leaky_relu batchnorm conv elu avgpool sigmoid conv tanh "
                                  "maxpool flatten linear relu linear"
                               << qint64(216 + 16 + 222 + 95 + 217 + 24);
        // conv 1->4 k3 (40), global average pool, MatMul 4x2 + Add (10).
        QTest::newRow("gap (MatMul + Add)") << QString::fromStdString(dataDir + "gap.onnx")
                                            << "(1, 9, 7)" << "conv relu avgpool flatten linear"
                                            << qint64(40 + 10);
        // Pads folded away: conv 2->3 k3 (57), conv 3->4 k3 (112).
        QTest::newRow("pad_fold") << QString::fromStdString(dataDir + "pad_fold.onnx")
                                  << "(2, 9, 8)" << "conv relu conv tanh avgpool"
                                  << qint64(57 + 112);
        // conv1d 2->4 k3 (28), conv1d 4->3 k3 (39), linear 9->5 (50).
        QTest::newRow("conv1d") << QString::fromStdString(dataDir + "conv1d.onnx") << "(2, 20)"
                                << "conv relu maxpool conv flatten linear" << qint64(28 + 39 + 50);
        // conv3d 1->3 k3 (84), conv3d 3->2 k1x3x3 (56).
        QTest::newRow("conv3d") << QString::fromStdString(dataDir + "conv3d.onnx")
                                << "(1, 6, 8, 8)" << "conv relu maxpool conv avgpool"
                                << qint64(84 + 56);
    }
    void structure()
    {
        QFETCH(QString, path);
        QFETCH(QString, input);
        QFETCH(QString, types);
        QFETCH(qint64, params);
        auto model = importOnnx(path.toStdString());
        QVERIFY2(model.ok(), model.ok() ? "" : model.error().message.c_str());
        const Network& net = model->network;
        std::vector<int> inputShape { net.inputChannels };
        inputShape.insert(inputShape.end(), net.inputSize.begin(), net.inputSize.end());
        QCOMPARE(QString::fromStdString(shapeString(inputShape)), input);
        QCOMPARE(QString::fromStdString(typesOf(net)), types);
        auto summary = summarize(net);
        QVERIFY(summary.ok());
        QCOMPARE(qint64(summary->totalParams), params);
        // Every layer is named <type><index>, and every weighted layer has its weights stored.
        for (int i = 0; i < static_cast<int>(net.layers.size()); ++i) {
            const Layer& l = net.layers[static_cast<std::size_t>(i)];
            QCOMPARE(l.name, layerType(l.config) + std::to_string(i));
            if (std::holds_alternative<ConvLayer>(l.config)
                || std::holds_alternative<LinearLayer>(l.config)
                || std::holds_alternative<BatchNormLayer>(l.config))
                QVERIFY2(model->weights.find(l.name + ".weight"), l.name.c_str());
        }
    }

    void tinyVggMatchesPyTorchLayerByLayer()
    {
        auto model = importOnnx(modelsDir + "tiny_vgg.onnx");
        QVERIFY(model.ok());
        auto input = readNpy(modelsDir + "tiny_vgg.input.npy");
        QVERIFY(input.ok());
        auto outputs = forward(model->network, *input, &model->weights);
        QVERIFY2(outputs.ok(), outputs.ok() ? "" : outputs.error().message.c_str());
        QCOMPARE(outputs->size(), std::size_t(12));
        for (std::size_t i = 0; i < outputs->size(); ++i) {
            auto expected = readNpy(modelsDir + "tiny_vgg.layer" + std::to_string(i) + ".npy");
            QVERIFY(expected.ok());
            const Tensor& got = (*outputs)[i];
            QCOMPARE(got.shape(), expected->shape());
            const float error = maxAbsDifference(got, *expected);
            QVERIFY2(error <= 1e-4f,
                qPrintable(QStringLiteral("layer %1: max abs error %2").arg(i).arg(error)));
        }
    }

    void modelsMatchPyTorchOutput_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("mixed: batchnorm, grouped dilated conv, exclusive avgpool, ceil maxpool")
            << "mixed";
        QTest::newRow("gap: global average pool, MatMul + Add") << "gap";
        QTest::newRow("pad_fold: ZeroPad2d, reflect padding, count_include_pad") << "pad_fold";
        QTest::newRow("conv1d: 1-D conv, max pool, linear") << "conv1d";
        QTest::newRow("conv3d: 3-D conv, max and average pool") << "conv3d";
    }
    void modelsMatchPyTorchOutput()
    {
        QFETCH(QString, name);
        const std::string stem = dataDir + name.toStdString();
        auto model = importOnnx(stem + ".onnx");
        QVERIFY2(model.ok(), model.ok() ? "" : model.error().message.c_str());
        auto input = readNpy(stem + ".input.npy");
        auto expected = readNpy(stem + ".output.npy");
        QVERIFY(input.ok() && expected.ok());
        auto outputs = forward(model->network, *input, &model->weights);
        QVERIFY2(outputs.ok(), outputs.ok() ? "" : outputs.error().message.c_str());
        QCOMPARE(outputs->back().shape(), expected->shape());
        const float error = maxAbsDifference(outputs->back(), *expected);
        QVERIFY2(error <= 1e-4f, qPrintable(QStringLiteral("max abs error %1").arg(error)));
    }

    void mixedLayerParameters()
    {
        auto model = importOnnx(dataDir + "mixed.onnx");
        QVERIFY(model.ok());
        const auto& layers = model->network.layers;
        const auto& first = std::get<ConvLayer>(layers[0].config).params;
        QCOMPARE(first.stride[0], 2);
        QCOMPARE(first.padding.values[1], 1);
        QVERIFY(!first.bias);
        QVERIFY(!model->weights.find("conv0.bias"));
        QCOMPARE(std::get<ActivationLayer>(layers[1].config).parameter, double(0.2f));
        QCOMPARE(std::get<BatchNormLayer>(layers[2].config).eps, double(1e-3f));
        QVERIFY(model->weights.find("batchnorm2.running_var"));
        const auto& grouped = std::get<ConvLayer>(layers[3].config).params;
        QCOMPARE(grouped.groups, 2);
        QCOMPARE(grouped.dilation[0], 2);
        QCOMPARE(std::get<ActivationLayer>(layers[4].config).parameter, double(0.7f));
        const auto& avg = std::get<PoolLayer>(layers[5].config).params;
        QVERIFY(!avg.countIncludePad);
        QCOMPARE(avg.padding[0], 1);
        const auto& wide = std::get<ConvLayer>(layers[7].config).params;
        QCOMPARE(wide.kernel[0], 1);
        QCOMPARE(wide.kernel[1], 3);
        QVERIFY(std::get<PoolLayer>(layers[9].config).params.ceilMode);
        // PyTorch's orientation: (out, in).
        QCOMPARE(model->weights.find("linear11.weight")->shape(), (std::vector<int> { 7, 30 }));
    }

    // A separate Pad node becomes the padding of the layer after it.
    void padNodesFoldIntoTheNextLayer()
    {
        auto model = importOnnx(dataDir + "pad_fold.onnx");
        QVERIFY2(model.ok(), model.ok() ? "" : model.error().message.c_str());
        const auto& layers = model->network.layers;
        // nn.ZeroPad2d(1) + Conv2d(padding=1): padding 2 with zeros.
        const auto& first = std::get<ConvLayer>(layers[0].config).params;
        QCOMPARE(first.padding.values[0], 2);
        QCOMPARE(first.padding.values[1], 2);
        QVERIFY(first.paddingMode == PaddingMode::Zeros);
        // Conv2d(padding=2, padding_mode='reflect'): exported as Pad(reflect) + Conv.
        const auto& second = std::get<ConvLayer>(layers[2].config).params;
        QCOMPARE(second.padding.values[0], 2);
        QVERIFY(second.paddingMode == PaddingMode::Reflect);
        // AvgPool2d(3, 2, padding=1) counts its padding: Pad + AveragePool.
        const auto& avg = std::get<PoolLayer>(layers[4].config).params;
        QCOMPARE(avg.padding[0], 1);
        QCOMPARE(avg.padding[1], 1);
        QVERIFY(avg.countIncludePad);
        QCOMPARE(model->notes.size(), std::size_t(3));
        QVERIFY2(QString::fromStdString(model->notes[0]).contains("node '/0/Pad' (Pad) became the padding of conv0"),
            model->notes[0].c_str());

        auto padded = importOnnx(dataDir + "padded_avgpool.onnx");
        QVERIFY2(padded.ok(), padded.ok() ? "" : padded.error().message.c_str());
        const auto& pool = std::get<PoolLayer>(padded->network.layers[1].config).params;
        QCOMPARE(pool.padding[0], 1);
        QVERIFY(pool.countIncludePad);
    }

    void oneAndThreeDimensionalLayers()
    {
        auto line = importOnnx(dataDir + "conv1d.onnx");
        QVERIFY2(line.ok(), line.ok() ? "" : line.error().message.c_str());
        QCOMPARE(line->network.inputSize, (std::vector<int> { 20 }));
        const auto& strided = std::get<ConvLayer>(line->network.layers[3].config).params;
        QCOMPARE(strided.kernel[0], 3);
        QCOMPARE(strided.stride[0], 2);
        QCOMPARE(strided.dilation[0], 2);
        QCOMPARE(std::get<PoolLayer>(line->network.layers[2].config).params.kernel[0], 2);
        QCOMPARE(line->weights.find("conv0.weight")->shape(), (std::vector<int> { 4, 2, 3 }));

        auto volume = importOnnx(dataDir + "conv3d.onnx");
        QVERIFY2(volume.ok(), volume.ok() ? "" : volume.error().message.c_str());
        QCOMPARE(volume->network.inputSize, (std::vector<int> { 6, 8, 8 }));
        const auto& flat = std::get<ConvLayer>(volume->network.layers[3].config).params;
        QCOMPARE(flat.kernel, (Dims { 1, 3, 3 }));
        QCOMPARE(flat.padding.values, (Dims { 0, 1, 1 }));
        QCOMPARE(volume->weights.find("conv3.weight")->shape(), (std::vector<int> { 2, 3, 1, 3, 3 }));
    }

    void edgesAreTheClassicKernels()
    {
        auto model = importOnnx(modelsDir + "edges.onnx");
        QVERIFY(model.ok());
        const Tensor* w = model->weights.find("conv0.weight");
        QVERIFY(w);
        QCOMPARE(w->shape(), (std::vector<int> { 4, 1, 3, 3 }));
        for (const auto& [index, preset] : { std::pair { 0, "sobel_x" }, { 1, "sobel_y" } }) {
            const Tensor k = makeKernel(preset, 3, 3).value();
            for (int i = 0; i < 9; ++i)
                QCOMPARE(w->data()[index * 9 + i], k[i]);
        }
        // Laplacian: zero sum, negative centre neighbours' opposite; box blur: nine equal taps.
        float laplacianSum = 0.0f;
        for (int i = 0; i < 9; ++i) {
            laplacianSum += w->data()[18 + i];
            QCOMPARE(w->data()[27 + i], w->data()[27]);
        }
        QCOMPARE(laplacianSum + 1.0f, 1.0f);

        // A step from 0 to 1 between columns 63 and 64: after conv + ReLU the Sobel x map is 4 on
        // both columns beside the step (-1*0 + 1*1 per row, weights 1, 2, 1), 0 elsewhere inside
        // the image; max-pool 2 keeps the 4 in pooled column 31 (columns 62, 63) and 32 (64, 65).
        Tensor input({ 1, 128, 128 });
        for (int y = 0; y < 128; ++y)
            for (int x = 64; x < 128; ++x)
                input[y * 128 + x] = 1.0f;
        auto outputs = forward(model->network, input, &model->weights);
        QVERIFY(outputs.ok());
        const Tensor& conv = (*outputs)[0];
        QCOMPARE(conv[(0 * 128 + 50) * 128 + 63], 4.0f);
        QCOMPARE(conv[(0 * 128 + 50) * 128 + 64], 4.0f);
        QCOMPARE(conv[(0 * 128 + 50) * 128 + 20], 0.0f);
        QCOMPARE(conv[(1 * 128 + 50) * 128 + 63], 0.0f); // Sobel y sees no horizontal edge
        const Tensor& pooled = (*outputs)[2];
        QCOMPARE(pooled.shape(), (std::vector<int> { 4, 64, 64 }));
        QCOMPARE(pooled[25 * 64 + 31], 4.0f);
        QCOMPARE(pooled[25 * 64 + 32], 4.0f);
        QCOMPARE(pooled[25 * 64 + 10], 0.0f);
    }

    void refused_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expected");
        QTest::newRow("residual Add") << "residual.onnx" << "node '/Add' (Add): it combines 2 tensors";
        QTest::newRow("parallel convs + Concat") << "concat.onnx" << "node '/b/Conv' (Conv): it reads the model's input rather than the node before it";
        QTest::newRow("softmax") << "softmax.onnx" << "node '/2/Softmax' (Softmax): ConvScope has no such layer";
        QTest::newRow("asymmetric Pad") << "pad_asymmetric.onnx" << "node '/0/Pad' (Pad): it pads 0 before and 1 after (height), 0 before and 1 after (width): asymmetric padding has no ConvScope equivalent";
        QTest::newRow("asymmetric Conv pads") << "conv_asymmetric.onnx" << "node '/0/Conv' (Conv): it pads 0 before and 1 after (height), 0 before and 1 after (width): asymmetric";
        QTest::newRow("Pad with a value") << "pad_value.onnx" << "node '/0/Pad' (Pad): it pads with the value 0.5; ConvScope pads with zeros";
        QTest::newRow("Pad before a max pool") << "pad_maxpool.onnx" << "node '/0/Pad' (Pad): zeros padded before a max pool can win the maximum";
        QTest::newRow("reflect Pad before a pool") << "pad_reflect_avgpool.onnx" << "node '/0/Pad' (Pad): a reflect padding before a pooling has no ConvScope equivalent";
    }
    void refused()
    {
        QFETCH(QString, file);
        QFETCH(QString, expected);
        auto model = importOnnx(dataDir + file.toStdString());
        QVERIFY(!model.ok());
        const QString message = QString::fromStdString(model.error().message);
        QVERIFY2(message.contains(expected), qPrintable(message));
        QVERIFY2(message.startsWith(QString::fromStdString(dataDir + file.toStdString())),
            qPrintable(message));
    }

    void brokenFilesGiveMessages()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const std::string lenet = readBytes(modelsDir + "lenet5.onnx");
        QVERIFY(lenet.size() > 1000);
        std::mt19937 rng(7);
        std::string garbage(4096, '\0');
        for (char& c : garbage)
            c = static_cast<char>(rng() & 0xff);
        std::string flipped = lenet; // damage inside the framing: a length that runs past the end
        flipped[1] = static_cast<char>(0xff);
        const std::vector<std::pair<std::string, std::string>> cases {
            { "truncated.onnx", lenet.substr(0, lenet.size() / 2) },
            { "garbage.onnx", garbage },
            { "empty.onnx", "" },
            { "spec.onnx", R"({"format": "convscope-network", "version": 1})" },
            { "flipped.onnx", flipped },
        };
        for (const auto& [name, bytes] : cases) {
            const std::string path = writeBytes(dir, name, bytes);
            auto model = importOnnx(path);
            QVERIFY2(!model.ok(), name.c_str());
            QVERIFY2(model.error().message.rfind(path, 0) == 0, model.error().message.c_str());
        }
        auto missing = importOnnx(dir.filePath("missing.onnx").toStdString());
        QVERIFY(!missing.ok());
        QVERIFY2(QString::fromStdString(missing.error().message).contains("missing.onnx"),
            missing.error().message.c_str());
    }

    void onnxPathsByExtension()
    {
        QVERIFY(isOnnxPath("model.onnx"));
        QVERIFY(isOnnxPath("/a/b/Model.ONNX"));
        QVERIFY(!isOnnxPath("model.json"));
        QVERIFY(!isOnnxPath("onnx"));
        QVERIFY(!isOnnxPath("model.onnx.json"));
    }
};

QTEST_APPLESS_MAIN(TestOnnx)
#include "tst_onnx.moc"
