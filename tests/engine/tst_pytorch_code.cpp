// "Copy as PyTorch": the generated nn.Sequential code uses PyTorch's names and defaults, and when
// /usr/bin/python3 has PyTorch, running it (tests/tools/pytorch_shapes.py) gives every preset's
// shapes and parameter counts as summarize() does, pooling and activations give the same numbers
// as forward(), and the Playground layer's nn.Conv2d and F.conv2d forms give convolve()'s output.

#include "conv.h"
#include "network.h"
#include "npy.h"
#include "presets.h"
#include "pytorch_code.h"
#include "spec_json.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <fstream>
#include <random>

using namespace convscope;

namespace {

const QString python = QStringLiteral("/usr/bin/python3");
const QString driver = QStringLiteral(CONVSCOPE_SOURCE_DIR "/tests/tools/pytorch_shapes.py");

Network networkFromJson(const std::string& input, const std::string& layers)
{
    auto parsed = parseNetworkSpec(R"({"format": "convscope-network", "version": 1, "name": "t",
        "input": )" + input + R"(, "layers": [)" + layers + "]}");
    if (!parsed)
        qFatal("bad test spec: %s", parsed.error().message.c_str());
    return parsed->network;
}

// The module of layer i: the i-th line of the nn.Sequential, without its comment.
std::string moduleLine(const std::string& code, int i)
{
    std::istringstream in(code);
    std::string line;
    int index = -1;
    while (std::getline(in, line)) {
        if (line.rfind("    nn.", 0) != 0)
            continue;
        if (++index == i)
            return line.substr(4, line.find(",  # ") - 4);
    }
    return {};
}

Tensor randomTensor(std::vector<int> shape, unsigned seed)
{
    Tensor t(std::move(shape));
    std::mt19937 rng(seed);
    for (float& v : t.values())
        v = static_cast<float>(rng() % 2001) / 1000.0f - 1.0f;
    return t;
}

float maxAbsDifference(const Tensor& a, const Tensor& b)
{
    float worst = 0.0f;
    for (std::int64_t i = 0; i < a.numel(); ++i)
        worst = std::max(worst, std::abs(a[i] - b[i]));
    return worst;
}

void writeText(const QString& path, const std::string& text)
{
    std::ofstream(path.toStdString()) << text;
}

// Networks beyond the presets, for the layer kinds the presets do not use.
std::vector<std::pair<std::string, Network>> extraNetworks()
{
    return {
        { "kinds2d",
            networkFromJson(R"({"channels": 3, "size": [21, 18]})",
                R"({"type": "conv", "out_channels": 6, "kernel": [3, 5], "padding": "same", "bias": false,
                    "padding_mode": "reflect"},
                   {"type": "batchnorm", "eps": 0.001}, {"type": "leaky_relu", "negative_slope": 0.2},
                   {"type": "conv", "out_channels": 6, "kernel": 3, "stride": [2, 1], "dilation": 2, "groups": 3},
                   {"type": "elu", "alpha": 0.5}, {"type": "sumpool", "kernel": 3, "stride": 2, "padding": 1,
                    "ceil_mode": true},
                   {"type": "avgpool", "kernel": 2, "padding": 1, "count_include_pad": false}, {"type": "gelu"},
                   {"type": "maxpool", "kernel": 2, "stride": 1, "dilation": 2}, {"type": "silu"},
                   {"type": "flatten"}, {"type": "dropout", "p": 0.25}, {"type": "linear", "out_features": 5,
                    "bias": false}, {"type": "batchnorm"}, {"type": "tanh"},
                   {"type": "linear", "out_features": 2}, {"type": "sigmoid"})") },
        { "kinds1d",
            networkFromJson(R"({"channels": 2, "size": [30]})",
                R"({"type": "conv", "out_channels": 4, "kernel": 5, "padding": 2, "padding_mode": "circular"},
                   {"type": "sumpool", "kernel": 3, "stride": 2, "padding": 1}, {"type": "relu"},
                   {"type": "batchnorm"}, {"type": "avgpool", "kernel": 2})") },
        { "kinds3d",
            networkFromJson(R"({"channels": 1, "size": [6, 8, 8]})",
                R"({"type": "conv", "out_channels": 2, "kernel": [1, 3, 3], "padding": [0, 1, 1]},
                   {"type": "maxpool", "kernel": 2}, {"type": "sumpool", "kernel": 2}, {"type": "batchnorm"})") },
    };
}

// Weight-free networks whose numbers PyTorch must reproduce: pooling and activations.
std::vector<std::pair<std::string, Network>> numericNetworks()
{
    return {
        { "pool2d",
            networkFromJson(R"({"channels": 2, "size": [11, 9]})",
                R"({"type": "sumpool", "kernel": 3, "stride": 2, "padding": 1, "ceil_mode": true},
                   {"type": "leaky_relu", "negative_slope": 0.3},
                   {"type": "avgpool", "kernel": 2, "padding": 1, "count_include_pad": false},
                   {"type": "elu", "alpha": 0.7}, {"type": "gelu"},
                   {"type": "maxpool", "kernel": 2, "stride": 1, "dilation": 2, "ceil_mode": true},
                   {"type": "silu"}, {"type": "avgpool", "kernel": 2, "stride": 1, "padding": 1},
                   {"type": "tanh"}, {"type": "sigmoid"})") },
        { "pool1d",
            networkFromJson(R"({"channels": 3, "size": [17]})",
                R"({"type": "sumpool", "kernel": 3, "stride": 2, "padding": 1}, {"type": "relu"},
                   {"type": "sumpool", "kernel": 2})") },
        { "pool3d",
            networkFromJson(R"({"channels": 1, "size": [5, 6, 7]})",
                R"({"type": "sumpool", "kernel": [1, 2, 3], "stride": 1, "padding": [0, 1, 1]})") },
    };
}

} // namespace

class TestPytorchCode : public QObject {
    Q_OBJECT

    // Everything PyTorch runs is written here and run by one python process (importing torch
    // takes seconds): the networks, the weight-free networks with inputs, the conv layers.
    QTemporaryDir m_dir;
    std::map<std::string, Summary> m_summaries; // "<id>.py" -> ConvScope's summary
    std::map<std::string, Tensor> m_forward; // file stem -> forward()'s last output
    std::map<std::string, Tensor> m_convolved; // file stem -> convolveNaive()'s output
    QString m_torchMissing; // why PyTorch could not run: the PyTorch checks are skipped
    QString m_driverError;
    QJsonObject m_report;

    struct ConvCase {
        const char* name;
        int dims, groups, padding;
        PaddingMode mode;
        bool flip, bias;
    };

    void writeConvCase(const ConvCase& c)
    {
        ConvParams p;
        p.spatialDims = c.dims;
        p.outChannels = 4;
        p.kernel = { 3, c.dims == 2 ? 2 : 3, 3 };
        p.stride = { 1, c.dims == 2 ? 2 : 1, 1 };
        p.padding = Padding::explicitly({ c.padding, c.padding, 0 });
        p.paddingMode = c.mode;
        p.groups = c.groups;
        p.bias = c.bias;
        p.flip = c.flip;
        const Tensor x = randomTensor(c.dims == 2 ? std::vector<int> { 2, 7, 6 } : std::vector<int> { 2, 9 }, 3);
        std::vector<int> wShape { 4, 2 / c.groups, 3 };
        if (c.dims == 2)
            wShape.push_back(2);
        const Tensor w = randomTensor(wShape, 4);
        const Tensor b = randomTensor({ 4 }, 5);
        Tensor want;
        if (!convolveNaive(x, w, c.bias ? &b : nullptr, p, want).ok())
            qFatal("bad conv case %s", c.name);
        const std::string stem = m_dir.filePath(c.name).toStdString();
        if (!writeNpy(stem + ".x.npy", x).ok() || !writeNpy(stem + ".w.npy", w).ok()
            || (c.bias && !writeNpy(stem + ".b.npy", b).ok()))
            qFatal("cannot write the conv case's inputs");
        writeText(QString::fromStdString(stem + ".py"), pytorchConvLayer(p, 2).text);
        m_convolved[stem] = want;
    }

    static const std::vector<ConvCase>& convCases()
    {
        static const std::vector<ConvCase> cases {
            { "conv_flip_reflect_groups2", 2, 2, 1, PaddingMode::Reflect, true, true },
            { "conv_zeros_nobias", 2, 1, 2, PaddingMode::Zeros, false, false },
            { "conv1d_circular_flip", 1, 1, 2, PaddingMode::Circular, true, true },
            { "conv_replicate", 2, 1, 1, PaddingMode::Replicate, false, true },
        };
        return cases;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStringList files;
        std::vector<std::pair<std::string, Network>> networks = extraNetworks();
        for (const PresetInfo& p : networkPresets())
            networks.emplace_back(p.id, loadPreset(p.id).value());
        for (const auto& [id, net] : networks) {
            auto code = pytorchSequential(net);
            QVERIFY2(code.ok(), id.c_str());
            // One module line per layer.
            QVERIFY(moduleLine(*code, static_cast<int>(net.layers.size()) - 1).size() > 3);
            QVERIFY(moduleLine(*code, static_cast<int>(net.layers.size())).empty());
            const QString path = m_dir.filePath(QString::fromStdString(id) + ".py");
            writeText(path, *code);
            files << path;
            m_summaries[id + ".py"] = summarize(net).value();
        }
        unsigned seed = 1;
        for (const auto& [id, net] : numericNetworks()) {
            std::vector<int> shape { net.inputChannels };
            shape.insert(shape.end(), net.inputSize.begin(), net.inputSize.end());
            const Tensor input = randomTensor(shape, seed++);
            const QString stem = m_dir.filePath(QString::fromStdString(id));
            QVERIFY(writeNpy((stem + ".input.npy").toStdString(), input).ok());
            writeText(stem + ".py", pytorchSequential(net).value());
            files << stem + ".py";
            m_forward[stem.toStdString()] = forward(net, input).value().back();
        }
        for (const ConvCase& c : convCases()) {
            writeConvCase(c);
            files << m_dir.filePath(c.name) + ".py";
        }

        QProcess p;
        p.start(python, QStringList { driver } + files);
        if (!p.waitForStarted(30000)) {
            m_torchMissing = python + " cannot be run";
            return;
        }
        if (!p.waitForFinished(600000)) {
            p.kill();
            m_driverError = "the python driver did not finish";
            return;
        }
        const QString err = QString::fromUtf8(p.readAllStandardError());
        if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
            if (err.contains("No module named 'torch'") || err.contains("No module named 'numpy'"))
                m_torchMissing = python + " cannot import torch and numpy (Debian: python3-torch)";
            else
                m_driverError = err;
            return;
        }
        m_report = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    }

    void modules_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("layer");
        QTest::addColumn<QString>("expected");
        const QString rgb = R"({"channels": 3, "size": [32, 32]})";
        QTest::newRow("conv defaults") << rgb << R"({"type": "conv", "out_channels": 8, "kernel": 3})"
                                       << "nn.Conv2d(3, 8, kernel_size=3)";
        QTest::newRow("conv everything")
            << rgb
            << R"({"type": "conv", "out_channels": 6, "kernel": [1, 3], "stride": 2, "padding": [0, 1],
                  "dilation": 2, "groups": 3, "bias": false, "padding_mode": "replicate"})"
            << "nn.Conv2d(3, 6, kernel_size=(1, 3), stride=2, padding=(0, 1), dilation=2, groups=3, "
               "bias=False, padding_mode='replicate')";
        QTest::newRow("conv same") << rgb << R"({"type": "conv", "out_channels": 4, "kernel": 4, "padding": "same"})"
                                   << "nn.Conv2d(3, 4, kernel_size=4, padding='same')";
        QTest::newRow("conv valid = default") << rgb
                                              << R"({"type": "conv", "out_channels": 4, "kernel": 3, "padding": "valid"})"
                                              << "nn.Conv2d(3, 4, kernel_size=3)";
        QTest::newRow("maxpool") << rgb << R"({"type": "maxpool", "kernel": 3, "stride": 2, "padding": 1, "ceil_mode": true})"
                                 << "nn.MaxPool2d(kernel_size=3, stride=2, padding=1, ceil_mode=True)";
        QTest::newRow("avgpool exclude pad")
            << rgb << R"({"type": "avgpool", "kernel": 2, "padding": 1, "count_include_pad": false})"
            << "nn.AvgPool2d(kernel_size=2, padding=1, count_include_pad=False)";
        QTest::newRow("sumpool") << rgb << R"({"type": "sumpool", "kernel": 2})"
                                 << "nn.AvgPool2d(kernel_size=2, divisor_override=1)";
        QTest::newRow("leaky default") << rgb << R"({"type": "leaky_relu"})" << "nn.LeakyReLU()";
        QTest::newRow("leaky 0.2") << rgb << R"({"type": "leaky_relu", "negative_slope": 0.2})"
                                   << "nn.LeakyReLU(negative_slope=0.2)";
        QTest::newRow("elu") << rgb << R"({"type": "elu", "alpha": 2})" << "nn.ELU(alpha=2.0)";
        QTest::newRow("silu") << rgb << R"({"type": "swish"})" << "nn.SiLU()";
        QTest::newRow("batchnorm") << rgb << R"({"type": "batchnorm", "eps": 0.001})"
                                   << "nn.BatchNorm2d(3, eps=0.001)";
        QTest::newRow("dropout") << rgb << R"({"type": "dropout", "p": 0.1})" << "nn.Dropout(p=0.1)";
        QTest::newRow("flatten") << rgb << R"({"type": "flatten"})" << "nn.Flatten()";
        QTest::newRow("conv 1-d") << R"({"channels": 2, "size": [20]})"
                                  << R"({"type": "conv", "out_channels": 4, "kernel": 5})"
                                  << "nn.Conv1d(2, 4, kernel_size=5)";
        QTest::newRow("conv 3-d") << R"({"channels": 1, "size": [4, 8, 8]})"
                                  << R"({"type": "conv", "out_channels": 2, "kernel": [1, 3, 3]})"
                                  << "nn.Conv3d(1, 2, kernel_size=(1, 3, 3))";
    }
    void modules()
    {
        QFETCH(QString, input);
        QFETCH(QString, layer);
        QFETCH(QString, expected);
        auto code = pytorchSequential(networkFromJson(input.toStdString(), layer.toStdString()));
        QVERIFY(code.ok());
        QCOMPARE(QString::fromStdString(moduleLine(*code, 0)), expected);
    }

    void linearAfterFlattenAndHeader()
    {
        auto net = loadPreset("lenet5");
        QVERIFY(net.ok());
        auto code = pytorchSequential(*net);
        QVERIFY(code.ok());
        QVERIFY(code->rfind("import torch\nfrom torch import nn\n", 0) == 0);
        QVERIFY2(code->find("\n# input: (1, 1, 32, 32)\nmodel = nn.Sequential(\n") != std::string::npos,
            code->c_str());
        // The first linear layer takes the flattened 16 x 5 x 5 = 400 features.
        const auto summary = summarize(*net);
        int firstLinear = -1;
        for (std::size_t i = 0; i < net->layers.size() && firstLinear < 0; ++i)
            if (std::holds_alternative<LinearLayer>(net->layers[i].config))
                firstLinear = static_cast<int>(i);
        QVERIFY(firstLinear > 0);
        QCOMPARE(QString::fromStdString(moduleLine(*code, firstLinear)), "nn.Linear(400, 120)");
        QVERIFY(code->find(summary->layers[0].name + ": (6, 28, 28)") != std::string::npos);
    }

    void invalidNetworkIsAnError()
    {
        Network net = networkFromJson(R"({"channels": 1, "size": [8, 8]})", R"({"type": "relu"})");
        net.layers.push_back(convLayer("big", 2, 9));
        auto code = pytorchSequential(net);
        QVERIFY(!code.ok());
        QVERIFY2(code.error().message.find("layer 1 (big)") != std::string::npos,
            code.error().message.c_str());
    }

    // Every preset (and the extra networks) through PyTorch: the same shapes and parameters.
    void networksAgreeWithPyTorch()
    {
        if (!m_torchMissing.isEmpty())
            QSKIP(qPrintable(m_torchMissing));
        QVERIFY2(m_driverError.isEmpty(), qPrintable(m_driverError));
        for (const auto& [file, summary] : m_summaries) {
            const QJsonObject got = m_report.value(QString::fromStdString(file)).toObject();
            const QJsonArray layers = got.value("layers").toArray();
            QCOMPARE(layers.size(), static_cast<qsizetype>(summary.layers.size()));
            for (qsizetype i = 0; i < layers.size(); ++i) {
                const LayerSummary& want = summary.layers[static_cast<std::size_t>(i)];
                const QJsonObject layer = layers[i].toObject();
                std::vector<int> shape;
                for (const auto& v : layer.value("shape").toArray())
                    shape.push_back(v.toInt());
                const QByteArray where = QByteArray::fromStdString(file + " layer " + want.name);
                QVERIFY2(shape == want.outputShape,
                    (where + ": PyTorch " + QByteArray::fromStdString(shapeString(shape))).constData());
                QVERIFY2(layer.value("params").toInteger() == want.params, where.constData());
            }
            QCOMPARE(got.value("total_params").toInteger(), summary.totalParams);
        }
    }

    // Pooling (sum pooling through divisor_override / LPPool1d) and activations: PyTorch's
    // numbers equal forward()'s.
    void poolingAndActivationNumbersAgree()
    {
        if (!m_torchMissing.isEmpty())
            QSKIP(qPrintable(m_torchMissing));
        QVERIFY2(m_driverError.isEmpty(), qPrintable(m_driverError));
        QVERIFY(!m_forward.empty());
        for (const auto& [stem, want] : m_forward) {
            auto got = readNpy(stem + ".output.npy");
            QVERIFY(got.ok());
            QCOMPARE(got->shape(), want.shape());
            const float e = maxAbsDifference(*got, want);
            QVERIFY2(e <= 1e-5f, qPrintable(QString::fromStdString(stem) + QStringLiteral(": %1").arg(e)));
        }
    }

    // Both forms of the Playground layer (flip, padding modes, groups) give convolve()'s numbers.
    void convLayerNumbersAgree()
    {
        if (!m_torchMissing.isEmpty())
            QSKIP(qPrintable(m_torchMissing));
        QVERIFY2(m_driverError.isEmpty(), qPrintable(m_driverError));
        QCOMPARE(m_convolved.size(), convCases().size());
        for (const auto& [stem, want] : m_convolved) {
            for (const char* form : { ".y.npy", ".module.npy" }) {
                auto got = readNpy(stem + form);
                QVERIFY(got.ok());
                QCOMPARE(got->shape(), want.shape());
                const float e = maxAbsDifference(*got, want);
                QVERIFY2(e <= 1e-5f, qPrintable(QString::fromStdString(stem) + form + QStringLiteral(": %1").arg(e)));
            }
        }
    }

    void convLayerCode()
    {
        ConvParams p;
        p.outChannels = 4;
        p.kernel = { 3, 3, 3 };
        p.stride = { 2, 2, 2 };
        p.padding = Padding::explicitly({ 1, 2, 0 });
        p.paddingMode = PaddingMode::Reflect;
        p.flip = true;
        const PytorchLayerCode code = pytorchConvLayer(p, 2);
        QCOMPARE(QString::fromStdString(code.module),
            "nn.Conv2d(2, 4, kernel_size=3, stride=2, padding=(1, 2), padding_mode='reflect')");
        // F.pad lists the last axis first: (left, right, top, bottom).
        QCOMPARE(QString::fromStdString(code.functional),
            "x = F.pad(x, (2, 2, 1, 1), mode='reflect')\n"
            "y = F.conv2d(x, torch.flip(w, dims=(2, 3)), b, stride=2)");
        QVERIFY(code.text.find("torch.flip") != std::string::npos);
        QVERIFY(code.text.find("import torch.nn.functional as F") != std::string::npos);

        PoolParams pool;
        pool.type = PoolType::Avg;
        pool.kernel = { 3, 3, 3 };
        pool.stride = { 2, 2, 2 };
        pool.padding = { 1, 1, 1 };
        pool.countIncludePad = false;
        const PytorchLayerCode pooled = pytorchPoolLayer(pool);
        QCOMPARE(QString::fromStdString(pooled.functional),
            "y = F.avg_pool2d(x, kernel_size=3, stride=2, padding=1, count_include_pad=False)");
    }
};

QTEST_APPLESS_MAIN(TestPytorchCode)
#include "tst_pytorch_code.moc"
