// Scenes (*.convscope.json): the round trip, the inputs they build, and bad files.

#include "scene.h"

#include <QTest>

using namespace convscope;

Q_DECLARE_METATYPE(std::string)

class TestScene : public QObject {
    Q_OBJECT
private slots:
    void roundTrip()
    {
        Scene s;
        s.title = "Dilation on a grid";
        s.input.source = InputSource::Grid;
        s.input.gridRows = 7;
        s.input.gridCols = 6;
        s.input.gridPreset = GridPreset::Ramp;
        s.layer.kernel = { 3, 2, 3 }; // the third entry is unused by a 2-d layer
        s.layer.dilation = { 2, 1, 1 };
        s.layer.padding = Padding::same();
        s.layer.paddingMode = PaddingMode::Reflect;
        s.layer.outChannels = 2;
        s.layer.kernelPresets = { "box", "random" };
        s.layer.activation = Activation::Relu;
        s.layer.biasValues = { 0.5f, -1.0f };
        s.animation.step = 12;
        s.view.theme = "dark";
        const auto parsed = parseScene(writeScene(s));
        QVERIFY2(parsed.ok(), parsed.ok() ? "" : parsed.error().message.c_str());
        QVERIFY(parsed->warnings.empty());
        QCOMPARE(writeScene(parsed->scene), writeScene(s));
        QVERIFY(parsed->scene == s);
    }

    void badScenes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << "" << "not a valid scene: the file is not JSON";
        QTest::newRow("garbage") << "scene? no" << "not a valid scene: the file is not JSON";
        QTest::newRow("array") << "[1, 2]" << "not a valid scene: the JSON is not an object";
        QTest::newRow("wrong format") << R"({"format": "convscope-network", "version": 1})"
                                      << "not a valid scene: format is 'convscope-network', expected 'convscope-scene'";
        QTest::newRow("newer version")
            << R"({"format": "convscope-scene", "version": 7})"
            << "this scene was written by a newer ConvScope (scene version 7; this version reads up to 1): update ConvScope to open it";
        QTest::newRow("stride is text")
            << R"({"format": "convscope-scene", "version": 1, "layer": {"stride": "two"}})"
            << "layer.stride: must be a whole number or a list of them";
        QTest::newRow("too many kernel values")
            << R"({"format": "convscope-scene", "version": 1, "layer": {"kernel": [3, 3, 3]}})"
            << "layer.kernel: has 3 values but the layer has 2 spatial dimension(s)";
        QTest::newRow("unknown op") << R"({"format": "convscope-scene", "version": 1, "layer": {"op": "median"}})"
                                    << "layer.op: 'median' is not one of conv, maxpool, avgpool or sumpool";
        QTest::newRow("pair preset unknown")
            << R"({"format": "convscope-scene", "version": 1, "layer": {"kernel_pair_presets": [{"output": 0, "input": 1, "preset": "cat"}]}})"
            << "layer.kernel_pair_presets[0].preset: 'cat' is not a kernel preset";
        QTest::newRow("pair preset without input")
            << R"({"format": "convscope-scene", "version": 1, "layer": {"kernel_pair_presets": [{"output": 0, "preset": "box"}]}})"
            << "layer.kernel_pair_presets[0]: needs output, input and preset";
        QTest::newRow("pair preset output out of range")
            << R"({"format": "convscope-scene", "version": 1, "layer": {"kernel_pair_presets": [{"output": 16, "input": 0, "preset": "box"}]}})"
            << "layer.kernel_pair_presets[0].output: 16 is out of range (0 to 15)";
        QTest::newRow("unknown kernel preset")
            << R"({"format": "convscope-scene", "version": 1, "layer": {"kernel_presets": ["cat"]}})"
            << "layer.kernel_presets: 'cat' is not a kernel preset";
        QTest::newRow("grid values do not fit")
            << R"({"format": "convscope-scene", "version": 1, "input": {"source": "grid", "rows": 2, "cols": 2, "values": [1, 2, 3]}})"
            << "input.values: has 3 values but the grid has 1 x 2 x 2 cells";
        QTest::newRow("grid too large") << R"({"format": "convscope-scene", "version": 1, "input": {"rows": 33}})"
                                        << "input.rows: 33 is out of range (1 to 32)";
        QTest::newRow("deep nesting") << QString(100000, '[') << "not a valid scene: the JSON is nested deeper than 32 levels";
    }

    void badScenes()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        const auto parsed = parseScene(text.toStdString());
        QVERIFY(!parsed.ok());
        QCOMPARE(QString::fromStdString(parsed.error().message), message);
    }

    void unknownFieldsWarn()
    {
        const auto parsed = parseScene(R"({"format": "convscope-scene", "version": 1, "colour": "red",
            "layer": {"stride": 2, "wobble": 1}})");
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->scene.layer.stride[0], 2);
        QCOMPARE(parsed->warnings.size(), std::size_t { 2 });
        QCOMPARE(QString::fromStdString(parsed->warnings[0]), "layer.wobble: unknown field, ignored");
    }

    void gridPresets()
    {
        SceneInput in;
        in.source = InputSource::Grid;
        in.gridRows = 3;
        in.gridCols = 4;
        in.gridPreset = GridPreset::Ramp;
        Tensor ramp = makeGrid(in, 2);
        QCOMPARE(ramp.shape(), (std::vector<int> { 1, 3, 4 }));
        QCOMPARE(ramp[0], 1.0f);
        QCOMPARE(ramp[11], 12.0f);
        in.gridPreset = GridPreset::BrightPixel;
        Tensor bright = makeGrid(in, 2);
        float sum = 0;
        for (float v : bright.values())
            sum += v;
        QCOMPARE(sum, 1.0f);
        QCOMPARE(bright[1 * 4 + 2], 1.0f);
        in.gridPreset = GridPreset::RandomIntegers;
        QCOMPARE(makeGrid(in, 2), makeGrid(in, 2)); // the same seed, the same exercise
        in.seed = 2;
        Tensor other = makeGrid(in, 2);
        in.seed = 1;
        QVERIFY(!(other == makeGrid(in, 2)));
        QCOMPARE(makeGrid(in, 1).shape(), (std::vector<int> { 1, 4 }));
    }

    void photoInputIsCroppedGreyedAndCut()
    {
        Tensor image({ 3, 4, 5 });
        for (std::int64_t i = 0; i < image.numel(); ++i)
            image[i] = static_cast<float>(i) / 100.0f;
        Scene s;
        s.input.crop = CropRect { 1, 2, 3, 2 };
        auto cropped = sceneInput(s, &image);
        QVERIFY(cropped.ok());
        QCOMPARE(cropped->shape(), (std::vector<int> { 3, 2, 3 }));
        QCOMPARE((*cropped)[0], image[2 * 5 + 1]);
        s.input.gray = true;
        auto gray = sceneInput(s, &image);
        QCOMPARE(gray->shape(), (std::vector<int> { 1, 2, 3 }));
        const float expected = 0.299f * image[11] + 0.587f * image[20 + 11] + 0.114f * image[40 + 11];
        QVERIFY(qAbs((*gray)[0] - expected) < 1e-6f);
        s.layer.spatialDims = 1;
        s.input.row = 1;
        auto row = sceneInput(s, &image);
        QCOMPARE(row->shape(), (std::vector<int> { 1, 3 }));
        QCOMPARE((*row)[0], (*gray)[3]);
    }

    void weightsFromPresets()
    {
        SceneLayer l;
        l.outChannels = 2;
        l.kernelPresets = { "sobel_x", "sobel_y" };
        auto w = sceneWeights(l, 3);
        QVERIFY(w.ok());
        QCOMPARE(w->shape(), (std::vector<int> { 2, 3, 3, 3 }));
        auto sobel = makeKernel("sobel_x", 3, 3);
        QVERIFY(qAbs((*w)[2] - (*sobel)[2] / 3.0f) < 1e-7f);
        auto whole = sceneWeights(l, 3, false);
        QCOMPARE((*whole)[2], (*sobel)[2]);
        l.weights.assign(2 * 3 * 9, 0.5f);
        QCOMPARE(sceneWeights(l, 3)->values()[7], 0.5f);
    }

    // One (output, input) pair with its own preset: only that kernel slice differs, and the scene
    // file keeps it; a scene without the field reads as before.
    void pairPresets()
    {
        Scene s;
        s.layer.outChannels = 2;
        s.layer.kernelPresets = { "sobel_x" };
        s.layer.kernelPairPresets = { { 1, 2, "sobel_y" }, { 0, 9, "box" } }; // (0, 9): no such input
        const auto parsed = parseScene(writeScene(s));
        QVERIFY2(parsed.ok(), parsed.ok() ? "" : parsed.error().message.c_str());
        QVERIFY(parsed->warnings.empty());
        QVERIFY(parsed->scene == s);
        QVERIFY(writeScene(s).find("\"kernel_pair_presets\"") != std::string::npos);

        auto w = sceneWeights(parsed->scene.layer, 3, false);
        QVERIFY(w.ok());
        const auto sobelX = makeKernel("sobel_x", 3, 3), sobelY = makeKernel("sobel_y", 3, 3);
        for (int o = 0; o < 2; ++o)
            for (int i = 0; i < 3; ++i) {
                const Tensor& expected = o == 1 && i == 2 ? *sobelY : *sobelX;
                for (int k = 0; k < 9; ++k)
                    QCOMPARE((*w)[(o * 3 + i) * 9 + k], expected[k]);
            }

        // Without pair presets nothing is written, and an old file reads with none.
        s.layer.kernelPairPresets.clear();
        QVERIFY(writeScene(s).find("kernel_pair_presets") == std::string::npos);
        QVERIFY(parseScene(writeScene(s))->scene.layer.kernelPairPresets.empty());
    }

    void layerProblemsComeFromTheEngine()
    {
        SceneLayer l;
        l.kernel = { 9, 9, 1 };
        l.padding = Padding::explicitly({ 0, 0, 0 });
        auto plan = planSceneLayer(l, { 1, 5, 5 });
        QVERIFY(!plan.ok());
        QCOMPARE(QString::fromStdString(plan.error().message),
            "kernel 9 is larger than the padded input 5 (height): use a smaller kernel or add padding");
        l.op = SceneOp::MaxPool;
        l.padding = Padding::same();
        QVERIFY(!planSceneLayer(l, { 1, 5, 5 }).ok());
    }
};

QTEST_APPLESS_MAIN(TestScene)
#include "tst_scene.moc"
