// Kernel presets: values, sums, symmetry, sizes each preset refuses, and the 180-degree flip.

#include "kernels.h"

#include <QTest>

#include <cmath>
#include <numbers>
#include <numeric>

using namespace convscope;

namespace {

Tensor kernel(std::string_view id, int kh, int kw, const KernelOptions& options = {})
{
    auto k = makeKernel(id, kh, kw, options);
    if (!k)
        qFatal("%s", k.error().message.c_str());
    return *k;
}

double sum(const Tensor& t)
{
    return std::accumulate(t.values().begin(), t.values().end(), 0.0);
}

std::vector<float> values(const Tensor& t)
{
    return { t.values().begin(), t.values().end() };
}

} // namespace

class TestKernels : public QObject {
    Q_OBJECT
private slots:
    void everyPresetBuildsAtItsSize()
    {
        for (const auto& p : kernelPresets()) {
            const QByteArray id(p.id.data(), qsizetype(p.id.size()));
            auto k = makeKernel(p.id, 3, 3);
            QVERIFY2(k.ok(), id.constData());
            QCOMPARE(k->shape(), (std::vector<int> { 3, 3 }));
            for (float v : k->values())
                QVERIFY2(std::isfinite(v), id.constData());
            QCOMPARE(makeKernel(p.id, 5, 5).ok(), !p.fixedSize);
        }
    }

    void fixedValues_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QList<float>>("expected");
        QTest::newRow("sobel_x") << "sobel_x" << QList<float> { -1, 0, 1, -2, 0, 2, -1, 0, 1 };
        QTest::newRow("sobel_y") << "sobel_y" << QList<float> { -1, -2, -1, 0, 0, 0, 1, 2, 1 };
        QTest::newRow("scharr_x") << "scharr_x" << QList<float> { -3, 0, 3, -10, 0, 10, -3, 0, 3 };
        QTest::newRow("prewitt_y") << "prewitt_y" << QList<float> { -1, -1, -1, 0, 0, 0, 1, 1, 1 };
        QTest::newRow("laplacian") << "laplacian" << QList<float> { 0, 1, 0, 1, -4, 1, 0, 1, 0 };
        QTest::newRow("sharpen") << "sharpen" << QList<float> { 0, -1, 0, -1, 5, -1, 0, -1, 0 };
        QTest::newRow("identity") << "identity" << QList<float> { 0, 0, 0, 0, 1, 0, 0, 0, 0 };
    }

    void fixedValues()
    {
        QFETCH(QString, id);
        QFETCH(QList<float>, expected);
        const auto k = kernel(id.toStdString(), 3, 3);
        QCOMPARE(values(k), std::vector<float>(expected.begin(), expected.end()));
    }

    void sums_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<double>("expectedSum");
        // Derivative kernels sum to 0 (flat regions give 0), blurs and sharpen to 1 (they keep
        // the brightness), emboss to 1.
        for (const char* id :
            { "sobel_x", "sobel_y", "scharr_x", "scharr_y", "prewitt_x", "prewitt_y", "laplacian" })
            QTest::newRow(id) << id << 0.0;
        for (const char* id : { "identity", "box", "gaussian", "sharpen", "emboss" })
            QTest::newRow(id) << id << 1.0;
    }

    void sums()
    {
        QFETCH(QString, id);
        QFETCH(double, expectedSum);
        QVERIFY(std::abs(sum(kernel(id.toStdString(), 3, 3)) - expectedSum) < 1e-6);
    }

    void boxAndGaussian()
    {
        const auto box = kernel("box", 3, 5);
        QCOMPARE(box.shape(), (std::vector<int> { 3, 5 }));
        for (float v : box.values())
            QCOMPARE(v, 1.0f / 15.0f);
        QVERIFY(std::abs(sum(box) - 1.0) < 1e-6);

        for (int size : { 3, 4, 5, 7 }) {
            KernelOptions o;
            o.sigma = 1.5;
            const auto g = kernel("gaussian", size, size, o);
            QVERIFY(std::abs(sum(g) - 1.0) < 1e-6);
            // Symmetric under both mirrors and the transpose; the centre is the largest.
            for (int r = 0; r < size; ++r) {
                for (int c = 0; c < size; ++c) {
                    const float v = g[r * size + c];
                    QCOMPARE(v, g[(size - 1 - r) * size + c]);
                    QCOMPARE(v, g[r * size + (size - 1 - c)]);
                    QCOMPARE(v, g[c * size + r]);
                    QVERIFY(v <= g[(size / 2) * size + size / 2]);
                }
            }
        }
        // The default sigma for size 3 is 0.3*((3-1)*0.5 - 1) + 0.8 = 0.8. By hand: the 1-D
        // weights are proportional to (e, 1, e) with e = exp(-1 / (2 * 0.64)) = 0.4578, so the
        // centre is 1 / 1.9156 = 0.5220 and the 2-D centre 0.5220^2 = 0.2725.
        const auto g3 = kernel("gaussian", 3, 3);
        QVERIFY(std::abs(g3[4] - 0.2725) < 1e-4);
    }

    void gabor()
    {
        // theta 0: stripes across x, the envelope mirrored in x and y, the centre cos(psi) = 1.
        KernelOptions o;
        o.lambda = 4;
        o.sigma = 2;
        const auto g = kernel("gabor", 7, 7, o);
        QCOMPARE(g[3 * 7 + 3], 1.0f);
        for (int r = 0; r < 7; ++r)
            for (int c = 0; c < 7; ++c)
                QVERIFY(std::abs(g[r * 7 + c] - g[(6 - r) * 7 + (6 - c)]) < 1e-6);
        // Half a wavelength from the centre along x, the cosine is -1.
        QVERIFY(g[3 * 7 + 5] < 0);
        // Rotated by 90 degrees, the kernel is the transpose.
        o.theta = std::numbers::pi / 2;
        const auto t = kernel("gabor", 7, 7, o);
        for (int r = 0; r < 7; ++r)
            for (int c = 0; c < 7; ++c)
                QVERIFY(std::abs(t[r * 7 + c] - g[c * 7 + r]) < 1e-5);
        o.lambda = 0;
        QVERIFY(!makeKernel("gabor", 7, 7, o).ok());
    }

    void randomIsDeterministicBySeed()
    {
        KernelOptions a;
        a.seed = 42;
        const auto k1 = kernel("random", 5, 5, a);
        const auto k2 = kernel("random", 5, 5, a);
        QCOMPARE(values(k1), values(k2));
        KernelOptions b = a;
        b.seed = 43;
        QVERIFY(values(kernel("random", 5, 5, b)) != values(k1));
        // He-normal: std sqrt(2 / fan_in); over 64x64 samples with fan_in 2 the std is near 1.
        KernelOptions wide;
        wide.fanIn = 2;
        const auto big = kernel("random", 64, 64, wide);
        double sq = 0;
        for (float v : big.values())
            sq += double(v) * v;
        const double std = std::sqrt(sq / double(big.numel()));
        QVERIFY2(std > 0.95 && std < 1.05, QByteArray::number(std).constData());
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("kh");
        QTest::addColumn<int>("kw");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown id")
            << "blur" << 3 << 3
            << "unknown kernel preset 'blur': choose one of identity, box, gaussian, "
               "sharpen, sobel_x, sobel_y, scharr_x, scharr_y, prewitt_x, prewitt_y, "
               "laplacian, emboss, gabor, random";
        QTest::newRow("sobel 5x5")
            << "sobel_x" << 5 << 5
            << "the sobel_x kernel is 3x3 only, not 5x5: set the kernel size to 3x3, "
               "or use box, gaussian or gabor for other sizes";
        QTest::newRow("laplacian 1x3")
            << "laplacian" << 1 << 3
            << "the laplacian kernel is 3x3 only, not 1x3: set the kernel size to "
               "3x3, or use box, gaussian or gabor for other sizes";
        QTest::newRow("identity even")
            << "identity" << 4 << 4
            << "the identity kernel needs odd sizes (it has a centre cell), not "
               "4x4: use 1x1, 3x3 or 5x5";
        QTest::newRow("zero size")
            << "box" << 0 << 3 << "kernel size 0x3 is out of range: each side must be 1 to 1024";
        QTest::newRow("huge size")
            << "box" << 3 << 5000
            << "kernel size 3x5000 is out of range: each side must be 1 to 1024";
    }

    void refusals()
    {
        QFETCH(QString, id);
        QFETCH(int, kh);
        QFETCH(int, kw);
        QFETCH(QString, message);
        auto k = makeKernel(id.toStdString(), kh, kw);
        QVERIFY(!k.ok());
        QCOMPARE(QString::fromStdString(k.error().message), message);
    }

    void flip()
    {
        Tensor k({ 2, 2 });
        for (int i = 0; i < 4; ++i)
            k[i] = float(i + 1);
        QCOMPARE(values(flipKernel(k)), (std::vector<float> { 4, 3, 2, 1 }));
        QCOMPARE(flipKernel(flipKernel(k)), k);
        // A 1-D kernel is reversed.
        Tensor line({ 3 });
        line[0] = 1, line[1] = 2, line[2] = 3;
        QCOMPARE(values(flipKernel(line)), (std::vector<float> { 3, 2, 1 }));
        // A weight (O, C, kH, kW) rotates each 2x2 kernel on its own.
        Tensor w({ 2, 1, 2, 2 });
        for (int i = 0; i < 8; ++i)
            w[i] = float(i + 1);
        QCOMPARE(values(flipKernel(w)), (std::vector<float> { 4, 3, 2, 1, 8, 7, 6, 5 }));
        // A non-square kernel: [[1, 2, 3], [4, 5, 6]] -> [[6, 5, 4], [3, 2, 1]].
        Tensor r({ 2, 3 });
        for (int i = 0; i < 6; ++i)
            r[i] = float(i + 1);
        QCOMPARE(values(flipKernel(r)), (std::vector<float> { 6, 5, 4, 3, 2, 1 }));
    }

    void asWeight()
    {
        const auto w = kernelAsWeight(kernel("sobel_x", 3, 3), 2, 3);
        QCOMPARE(w.shape(), (std::vector<int> { 2, 3, 3, 3 }));
        QCOMPARE(w[2], 1.0f / 3.0f);
        QCOMPARE(w[27 + 9 + 3], -2.0f / 3.0f);
    }
};

QTEST_APPLESS_MAIN(TestKernels)
#include "tst_kernels.moc"
