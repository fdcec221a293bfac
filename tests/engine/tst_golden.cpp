// Every case of shared/golden/cases.json (computed with PyTorch 1.13) through the engine.

#include "conv.h"
#include "npy.h"
#include "pool.h"

#include <nlohmann/json.hpp>

#include <QTest>

#include <cmath>
#include <fstream>

using namespace convscope;

namespace {

const QString goldenDir = QStringLiteral(CONVSCOPE_SHARED_DIR "/golden");

Dims dimsOf(const nlohmann::json &v, int n, int fallback)
{
    Dims d { fallback, fallback, fallback };
    if (v.is_number_integer())
        d.fill(v.get<int>());
    else if (v.is_array())
        for (int i = 0; i < n; ++i)
            d[static_cast<std::size_t>(i)] = v.at(static_cast<std::size_t>(i)).get<int>();
    return d;
}

Tensor load(const std::string &name)
{
    auto t = readNpy((goldenDir + "/").toStdString() + name);
    if (!t)
        qFatal("%s", t.error().message.c_str());
    return std::move(t).value();
}

double relativeError(const Tensor &got, const Tensor &want)
{
    double maxErr = 0, maxAbs = 0;
    for (std::int64_t i = 0; i < want.numel(); ++i) {
        maxErr = std::max(maxErr, std::abs(double(got[i]) - want[i]));
        maxAbs = std::max(maxAbs, std::abs(double(want[i])));
    }
    return maxErr / (maxAbs + 1e-6);
}

} // namespace

class TestGolden : public QObject {
    Q_OBJECT
private slots:
    void cases_data()
    {
        QTest::addColumn<QByteArray>("json");
        std::ifstream in((goldenDir + "/cases.json").toStdString());
        QVERIFY2(in, "shared/golden/cases.json is missing");
        const auto doc = nlohmann::json::parse(in);
        for (const auto &c : doc.at("cases"))
            QTest::newRow(c.at("name").get<std::string>().c_str()) << QByteArray::fromStdString(c.dump());
    }

    void cases()
    {
        QFETCH(QByteArray, json);
        const auto c = nlohmann::json::parse(json.toStdString());
        const Tensor x = load(c.at("input"));
        const Tensor expected = load(c.at("expected"));
        const int n = x.ndim() - 1;
        const std::string op = c.at("op");
        Tensor y, yNaive;
        if (op == "conv") {
            const Tensor w = load(c.at("weight"));
            std::optional<Tensor> b;
            if (c.contains("bias"))
                b = load(c.at("bias"));
            auto params = convParamsForWeight(x, w);
            QVERIFY(params.ok());
            params->stride = dimsOf(c.value("stride", nlohmann::json(1)), n, 1);
            params->dilation = dimsOf(c.value("dilation", nlohmann::json(1)), n, 1);
            params->groups = c.value("groups", 1);
            params->flip = c.value("flip", false);
            params->bias = b.has_value();
            const auto pad = c.value("padding", nlohmann::json(0));
            if (pad.is_string())
                params->padding = pad == "same" ? Padding::same() : Padding::valid();
            else
                params->padding = Padding::explicitly(dimsOf(pad, n, 0));
            const std::string mode = c.value("padding_mode", "zeros");
            params->paddingMode = mode == "reflect" ? PaddingMode::Reflect
                : mode == "replicate"               ? PaddingMode::Replicate
                : mode == "circular"                ? PaddingMode::Circular
                                                    : PaddingMode::Zeros;
            auto s = convolve(x, w, b ? &*b : nullptr, *params, y);
            QVERIFY2(s.ok(), s.ok() ? "" : s.error().message.c_str());
            QVERIFY(convolveNaive(x, w, b ? &*b : nullptr, *params, yNaive).ok());
            QCOMPARE(yNaive.shape(), expected.shape());
            QVERIFY2(relativeError(yNaive, expected) <= 1e-4, "the naive reference differs from PyTorch");
        } else {
            PoolParams params;
            params.spatialDims = n;
            params.type = op == "maxpool" ? PoolType::Max : op == "avgpool" ? PoolType::Avg : PoolType::Sum;
            params.kernel = dimsOf(c.at("kernel"), n, 1);
            params.stride = dimsOf(c.value("stride", c.at("kernel")), n, 1);
            params.padding = dimsOf(c.value("padding", nlohmann::json(0)), n, 0);
            params.dilation = dimsOf(c.value("dilation", nlohmann::json(1)), n, 1);
            params.ceilMode = c.value("ceil_mode", false);
            params.countIncludePad = c.value("count_include_pad", true);
            auto s = pool(x, params, y);
            QVERIFY2(s.ok(), s.ok() ? "" : s.error().message.c_str());
        }
        const auto shape = c.at("expected_shape").get<std::vector<int>>();
        QCOMPARE(y.shape(), shape);
        QCOMPARE(y.shape(), expected.shape());
        const double err = relativeError(y, expected);
        QVERIFY2(err <= 1e-4, qPrintable(QStringLiteral("relative error %1").arg(err)));
    }
};

QTEST_APPLESS_MAIN(TestGolden)
#include "tst_golden.moc"
