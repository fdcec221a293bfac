// Network summaries: the lecture's worked exercises (shared/lecture/expected.json) and the
// parameter counts, MACs and receptive fields of the built-in presets against published numbers.

#include "network.h"
#include "presets.h"
#include "spec_json.h"

#include <nlohmann/json.hpp>

#include <QTest>

#include <fstream>

using namespace convscope;

Q_DECLARE_METATYPE(std::string)

namespace {

const std::string lectureDir = CONVSCOPE_SHARED_DIR "/lecture";

nlohmann::json readJson(const std::string& path)
{
    std::ifstream in(path);
    return nlohmann::json::parse(in);
}

const LayerSummary* findLayer(const Summary& s, const std::string& name)
{
    for (const auto& l : s.layers)
        if (l.name == name)
            return &l;
    return nullptr;
}

nlohmann::json optionalJson(const std::optional<std::vector<std::int64_t>>& v)
{
    return v ? nlohmann::json(*v) : nlohmann::json(nullptr);
}

} // namespace

class TestSummary : public QObject {
    Q_OBJECT

private slots:
    void lectureExpected_data()
    {
        QTest::addColumn<std::string>("file");
        const auto expected = readJson(lectureDir + "/expected.json");
        for (const auto& item : expected.items())
            QTest::newRow(item.key().c_str()) << item.key();
    }

    void lectureExpected()
    {
        QFETCH(std::string, file);
        const auto expected = readJson(lectureDir + "/expected.json").at(file);
        auto parsed = readNetworkSpec(lectureDir + "/" + file);
        QVERIFY2(parsed.ok(), parsed ? "" : parsed.error().message.c_str());
        QVERIFY(parsed->warnings.empty());
        auto s = summarize(parsed->network);
        QVERIFY2(s.ok(), s ? "" : s.error().message.c_str());
        if (expected.contains("total_params"))
            QCOMPARE(s->totalParams, expected["total_params"].get<std::int64_t>());
        if (expected.contains("total_macs"))
            QCOMPARE(s->totalMacs, expected["total_macs"].get<std::int64_t>());
        const auto layers = expected.value("layers", nlohmann::json::object());
        for (const auto& layer : layers.items()) {
            const LayerSummary* l = findLayer(*s, layer.key());
            QVERIFY2(l, layer.key().c_str());
            for (const auto& field : layer.value().items()) {
                nlohmann::json got;
                if (field.key() == "output_shape")
                    got = l->outputShape;
                else if (field.key() == "params")
                    got = l->params;
                else if (field.key() == "macs")
                    got = l->macs;
                else if (field.key() == "receptive_field")
                    got = optionalJson(l->receptiveField);
                else if (field.key() == "effective_stride")
                    got = optionalJson(l->effectiveStride);
                else if (field.key() == "effective_padding")
                    got = optionalJson(l->effectivePadding);
                const std::string what = layer.key() + "." + field.key() + ": got " + got.dump()
                    + ", expected " + field.value().dump();
                QVERIFY2(got == field.value(), what.c_str());
            }
        }
    }

    void presetTotals_data()
    {
        QTest::addColumn<std::string>("id");
        QTest::addColumn<qint64>("params");
        // Published counts: torchvision's models (AlexNet, VGG-11, VGG-16), LeCun et al.'s
        // LeNet-5 in its common modern form, CNN Explainer's Tiny VGG (4 x 910 + 16,910).
        QTest::newRow("lenet5 61,706") << std::string("lenet5") << qint64(61706);
        QTest::newRow("alexnet 61,100,840") << std::string("alexnet") << qint64(61100840);
        QTest::newRow("vgg11 132,863,336") << std::string("vgg11") << qint64(132863336);
        QTest::newRow("vgg16 138,357,544") << std::string("vgg16") << qint64(138357544);
        // 280 + 3 * 910 + 1690 * 10 + 10
        QTest::newRow("tiny_vgg 19,920") << std::string("tiny_vgg") << qint64(19920);
        // 7 dilated 3x3 layers of 21 -> 21 channels (3,990 each) and a 1x1 layer (462).
        QTest::newRow("dilated_context 28,392") << std::string("dilated_context") << qint64(28392);
        // 3x3 depth-wise (288) + batchnorm (64) + 1x1 32 -> 64 (2,048) + batchnorm (128).
        QTest::newRow("mobilenet_block 2,528") << std::string("mobilenet_block") << qint64(2528);
    }

    void presetTotals()
    {
        QFETCH(std::string, id);
        QFETCH(qint64, params);
        auto net = loadPreset(id);
        QVERIFY2(net.ok(), net ? "" : net.error().message.c_str());
        auto s = summarize(*net);
        QVERIFY2(s.ok(), s ? "" : s.error().message.c_str());
        QCOMPARE(s->totalParams, params);
    }

    void everyPresetLoads()
    {
        const auto presets = networkPresets();
        QVERIFY(presets.size() >= 19);
        for (const auto& p : presets) {
            auto net = loadPreset(p.id);
            QVERIFY2(net.ok(), (p.id + ": " + (net ? "" : net.error().message)).c_str());
            QVERIFY2(summarize(*net).ok(), p.id.c_str());
            QCOMPARE(static_cast<int>(net->layers.size()), p.layerCount);
            QVERIFY(!p.name.empty());
        }
        auto missing = loadPreset("vgg17");
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().message.rfind("there is no network preset 'vgg17': choose one of "
                                              "alexnet, ",
                    0)
            == 0);
    }

    void lectureSpecsAreBuiltIn_data()
    {
        QTest::addColumn<std::string>("id");
        const auto expected = readJson(lectureDir + "/expected.json");
        for (const auto& item : expected.items()) {
            const std::string id = item.key().substr(0, item.key().size() - 5);
            QTest::newRow(id.c_str()) << id;
        }
    }

    void lectureSpecsAreBuiltIn()
    {
        QFETCH(std::string, id);
        std::ifstream in(lectureDir + "/" + id + ".json");
        const std::string shared((std::istreambuf_iterator<char>(in)), {});
        QCOMPARE(std::string(presetJson(id)), shared);
    }

    void vgg16ReceptiveField()
    {
        auto s = summarize(*loadPreset("vgg16"));
        QVERIFY(s.ok());
        const LayerSummary* pool5 = findLayer(*s, "pool5");
        QVERIFY(pool5);
        // Araujo et al. (Distill 2019), table of receptive fields: VGG-16 pool5 r = 212.
        QCOMPARE(*pool5->receptiveField, (std::vector<std::int64_t> { 212, 212 }));
        QCOMPARE(*pool5->effectiveStride, (std::vector<std::int64_t> { 32, 32 }));
        QCOMPARE(*pool5->effectivePadding, (std::vector<std::int64_t> { 90, 90 }));
        QCOMPARE(pool5->outputShape, (std::vector<int> { 512, 7, 7 }));
        const LayerSummary* conv11 = findLayer(*s, "conv1_1");
        QCOMPARE(conv11->params, 1792);
        QCOMPARE(conv11->macs, 86704128);
        // CONTRACT.md section 3's example.
        QCOMPARE(s->totalMacs, std::int64_t { 15470264320 });
    }

    void alexnetShapes()
    {
        auto s = summarize(*loadPreset("alexnet"));
        QVERIFY(s.ok());
        QCOMPARE(findLayer(*s, "conv1")->outputShape, (std::vector<int> { 64, 55, 55 }));
        QCOMPARE(findLayer(*s, "pool5")->outputShape, (std::vector<int> { 256, 6, 6 }));
        QCOMPARE(findLayer(*s, "flatten")->outputShape, (std::vector<int> { 9216 }));
        // Araujo et al. (Distill 2019): AlexNet conv5 r = 163 with the torchvision paddings.
        QCOMPARE(*findLayer(*s, "conv5")->receptiveField, (std::vector<std::int64_t> { 163, 163 }));
        QCOMPARE(*findLayer(*s, "pool5")->receptiveField, (std::vector<std::int64_t> { 195, 195 }));
    }

    void dilatedContextReceptiveField()
    {
        // Yu & Koltun (ICLR 2016), table 1: the basic context module's receptive field grows
        // 3, 5, 9, 17, 33, 65, 67, 67.
        auto s = summarize(*loadPreset("dilated_context"));
        QVERIFY(s.ok());
        const std::vector<std::int64_t> rf { 3, 5, 9, 17, 33, 65, 67, 67 };
        for (int i = 0; i < 8; ++i) {
            const LayerSummary* l = findLayer(*s, "ctx" + std::to_string(i + 1));
            QVERIFY(l);
            QCOMPARE(l->receptiveField->at(0), rf[static_cast<std::size_t>(i)]);
            QCOMPARE(l->outputShape, (std::vector<int> { 21, 64, 64 }));
        }
    }

    void tinyVggShapes()
    {
        // Same shapes as shared/models/tiny_vgg.onnx: no padding, 64 -> 62 -> 60 -> 30 -> 28 ->
        // 26 -> 13.
        auto s = summarize(*loadPreset("tiny_vgg"));
        QVERIFY(s.ok());
        QCOMPARE(s->layers.size(), std::size_t { 12 });
        const std::vector<std::vector<int>> shapes { { 10, 62, 62 }, { 10, 62, 62 }, { 10, 60, 60 },
            { 10, 60, 60 }, { 10, 30, 30 }, { 10, 28, 28 }, { 10, 28, 28 }, { 10, 26, 26 },
            { 10, 26, 26 }, { 10, 13, 13 }, { 1690 }, { 10 } };
        for (std::size_t i = 0; i < shapes.size(); ++i)
            QCOMPARE(s->layers[i].outputShape, shapes[i]);
    }

    void jsonOutput()
    {
        auto s = summarize(*loadPreset("lenet5"));
        QVERIFY(s.ok());
        const auto j = nlohmann::json::parse(summaryToJson(*s));
        QCOMPARE(j["total_params"].get<std::int64_t>(), 61706);
        QVERIFY(j["input"]["size"] == nlohmann::json({ 32, 32 }));
        QCOMPARE(j["layers"][0]["name"].get<std::string>(), std::string("c1"));
        QCOMPARE(j["layers"][1]["name"].get<std::string>(), std::string("relu1"));
        QCOMPARE(j["layers"][1]["type"].get<std::string>(), std::string("relu"));
        QVERIFY(j["layers"][0]["receptive_field"] == nlohmann::json({ 5, 5 }));
        QCOMPARE(j["layers"][0]["macs"].get<std::int64_t>(), 6 * 28 * 28 * 25);
        QVERIFY(j["layers"][6]["receptive_field"].is_null());
        QVERIFY(j["layers"][6]["effective_stride"].is_null());
        QVERIFY(j["layers"][6]["effective_padding"].is_null());
        QVERIFY(j["layers"][6]["output_shape"] == nlohmann::json({ 400 }));
        QCOMPARE(j["layers"][7]["macs"].get<std::int64_t>(), 400 * 120);
    }
};

QTEST_APPLESS_MAIN(TestSummary)
#include "tst_summary.moc"
