// The Winograd path (conv_winograd.cpp) against the direct convolution (convolveNaive: the
// definition's six loops, accumulated in double) on random layers of odd sizes, channel counts
// and paddings, at 1 and 2 threads, with 2x2 and 4x4 output tiles: the ways it cuts a layer into
// tasks (rows of tiles that end short, one block of rows whose output channels the two threads
// share, several blocks), the kernels' transform in vectors of eight with a tail, every padding
// mode and flipped kernels; F(4x4)'s larger rounding error on VGG-deep layers (512 channels) and
// on large and one-signed values; and the engine's own scratch memory reused across layers of
// different shapes and callers.

#include "conv.h"
#include "conv_internal.h"
#include "tensor_compare.h"

#include <QTest>

#include <cmath>
#include <random>
#include <string>
#include <thread>

using namespace convscope;

namespace {

void randomise(Tensor& t, std::mt19937& rng)
{
    std::uniform_real_distribution<float> u(-1.0f, 1.0f);
    for (auto& v : t.values())
        v = u(rng);
}

using convscope::test::relativeError;

// Float32 has a unit roundoff of 6e-8. An output sums 9 C <= 9 * 41 products of values in
// [-1, 1]; the transforms add and halve at most four terms per step on either side, and the
// products are summed in blocks by Eigen, so the float result stays within about
// 4 * 16 * sqrt(9 C) * 6e-8 ~ 1e-4 of the exact sum in the worst case while the sum itself is
// of the order sqrt(9 C) ~ 10-20: relative errors of a few 1e-6. The measured worst case over
// these layers is 3e-7; 1e-5 leaves a wide margin and still catches any misplaced tile, channel
// or padding value (those are off by O(1)). F(4x4)'s transforms multiply by up to 8 (A^T) and
// 5 (B^T) and divide by 6 and 24 (G), so its error is about ten times F(2x2)'s: measured 1.7e-6
// at most over these layers, and about 1e-5 with 512 input channels (bigFourByFourLayers).
constexpr double kTolerance = 1e-5;
// The whole engine promises 1e-4 relative to the naive reference (tst_conv_random, tst_golden).
constexpr double kDeepTolerance = 1e-4;

struct Layer {
    int channels;
    int height;
    int width;
    int outChannels;
    int padding;
    PaddingMode mode;
    bool flip;
};

std::string describe(const Layer& l, int threads)
{
    static const char* modes[] = { "zeros", "reflect", "replicate", "circular" };
    return std::to_string(l.channels) + "x" + std::to_string(l.height) + "x"
        + std::to_string(l.width) + " -> " + std::to_string(l.outChannels) + " pad "
        + std::to_string(l.padding) + " " + modes[static_cast<int>(l.mode)]
        + (l.flip ? " flipped" : "")
        + (threads > 0 ? ", " + std::to_string(threads) + " threads" : "");
}

ConvParams paramsFor(const Layer& l)
{
    ConvParams p;
    p.outChannels = l.outChannels;
    p.kernel = { 3, 3, 1 };
    p.padding = Padding::explicitly({ l.padding, l.padding, 0 });
    p.paddingMode = l.mode;
    p.flip = l.flip;
    return p;
}

} // namespace

class TestConvWinograd : public QObject {
    Q_OBJECT

private slots:
    void matchesDirectConvolution_data();
    void matchesDirectConvolution();
    void largeMapsTakeFourByFourTiles();
    void bigFourByFourLayers_data();
    void bigFourByFourLayers();
    void scratchIsReusedAcrossShapes();
    void concurrentCallersGetTheirOwnScratch();
};

void TestConvWinograd::matchesDirectConvolution_data()
{
    QTest::addColumn<int>("channels");
    QTest::addColumn<int>("height");
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("outChannels");
    QTest::addColumn<int>("padding");
    QTest::addColumn<int>("mode");
    QTest::addColumn<bool>("flip");
    // 18+ input channels: with fewer the direct sliding path takes the layer (kSlidingMaxTaps).
    const Layer layers[] = {
        { 18, 1, 1, 16, 1, PaddingMode::Zeros, false }, // one tile, less than a vector
        { 19, 3, 5, 17, 1, PaddingMode::Zeros, false }, // odd output: tiles hang over the edge
        { 33, 14, 14, 19, 1, PaddingMode::Zeros, false }, // one block of rows: channels shared
        { 20, 7, 9, 41, 1, PaddingMode::Reflect, true },
        { 24, 13, 29, 16, 1, PaddingMode::Replicate, false },
        { 21, 29, 31, 23, 1, PaddingMode::Circular, true }, // several blocks of rows
        { 18, 61, 17, 16, 2, PaddingMode::Zeros, false }, // tall: many short rows of tiles
        { 41, 40, 3, 18, 0, PaddingMode::Zeros, true }, // no padding: 38 x 1 outputs
        { 18, 2, 40, 33, 2, PaddingMode::Circular, false },
        { 25, 57, 58, 27, 1, PaddingMode::Zeros, false }, // several blocks at any thread count
    };
    for (const Layer& l : layers)
        QTest::newRow(describe(l, 0).c_str()) << l.channels << l.height << l.width << l.outChannels
                                              << l.padding << static_cast<int>(l.mode) << l.flip;
}

void TestConvWinograd::matchesDirectConvolution()
{
    QFETCH(int, channels);
    QFETCH(int, height);
    QFETCH(int, width);
    QFETCH(int, outChannels);
    QFETCH(int, padding);
    QFETCH(int, mode);
    QFETCH(bool, flip);
    const Layer l { channels, height, width, outChannels, padding, static_cast<PaddingMode>(mode),
        flip };
    const ConvParams params = paramsFor(l);
    std::mt19937 rng(static_cast<unsigned>(channels * 1000 + height * 10 + width));
    Tensor input({ channels, height, width });
    Tensor weight({ outChannels, channels, 3, 3 });
    Tensor bias({ outChannels });
    randomise(input, rng);
    randomise(weight, rng);
    randomise(bias, rng);

    auto plan = planConvWithWeights(input, weight, &bias, params);
    QVERIFY(plan.ok());
    QVERIFY2(detail::winogradSuits(*plan, params) && !detail::slidingSuits(*plan, params),
        "the layer must take the Winograd path");

    Tensor want;
    QVERIFY(convolveNaive(input, weight, &bias, params, want).ok());
    for (int threads : { 1, 2 }) {
        Workspace ws;
        RunOptions options;
        options.threads = threads;
        options.workspace = &ws;
        Tensor got;
        QVERIFY(convolve(input, weight, &bias, params, got, options).ok());
        QCOMPARE(got.shape(), want.shape());
        const double error = relativeError(got, want);
        QVERIFY2(error <= kTolerance,
            (describe(l, threads) + ": relative error " + std::to_string(error)).c_str());
        // Both tile sizes, whichever the layer would get: sizes that are no multiple of 4, maps
        // smaller than one 4x4 tile, every padding mode (the same Workspace, reused).
        for (int tile : { 2, 4 }) {
            Tensor forced;
            QVERIFY(detail::convolveWinograd(
                input, weight, &bias, params, *plan, forced, options, tile)
                        .ok());
            QCOMPARE(forced.shape(), want.shape());
            const double e = relativeError(forced, want);
            QVERIFY2(e <= kTolerance,
                (describe(l, threads) + ", tile " + std::to_string(tile) + ": relative error "
                    + std::to_string(e))
                    .c_str());
        }
    }
}

// Layers with 28x28 outputs and more (W3, VGG-16's first four stages) take F(4x4); smaller
// ones keep F(2x2), whose products would otherwise get too few tiles.
void TestConvWinograd::largeMapsTakeFourByFourTiles()
{
    const auto tileFor = [](int size) {
        Tensor input({ 64, size, size });
        ConvParams params;
        params.outChannels = 64;
        params.kernel = { 3, 3, 1 };
        params.padding = Padding::explicitly({ 1, 1, 0 });
        Tensor weight({ 64, 64, 3, 3 });
        return detail::winogradTile(planConvWithWeights(input, weight, nullptr, params).value());
    };
    QCOMPARE(tileFor(224), 4);
    QCOMPARE(tileFor(56), 4);
    QCOMPARE(tileFor(28), 4);
    QCOMPARE(tileFor(27), 2);
    QCOMPARE(tileFor(14), 2);
}

void TestConvWinograd::bigFourByFourLayers_data()
{
    QTest::addColumn<int>("channels");
    QTest::addColumn<float>("scale");
    QTest::addColumn<bool>("oneSigned");
    // VGG-16's deepest layers have 512 input channels; activations after ReLU are >= 0 (no
    // cancellation in the sums); images in [0, 255] and unnormalised data are large.
    QTest::newRow("512 channels") << 512 << 1.0f << false;
    QTest::newRow("512 channels, inputs >= 0") << 512 << 1.0f << true;
    QTest::newRow("256 channels, inputs in [0, 1000]") << 256 << 1000.0f << true;
    QTest::newRow("64 channels, inputs in [-1e4, 1e4]") << 64 << 1e4f << false;
}

void TestConvWinograd::bigFourByFourLayers()
{
    QFETCH(int, channels);
    QFETCH(float, scale);
    QFETCH(bool, oneSigned);
    const Layer l { channels, 18, 21, 16, 1, PaddingMode::Zeros, false };
    const ConvParams params = paramsFor(l);
    std::mt19937 rng(static_cast<unsigned>(channels));
    Tensor input({ l.channels, l.height, l.width });
    Tensor weight({ l.outChannels, l.channels, 3, 3 });
    Tensor bias({ l.outChannels });
    randomise(input, rng);
    randomise(weight, rng);
    randomise(bias, rng);
    for (auto& v : input.values())
        v = (oneSigned ? std::abs(v) : v) * scale;
    auto plan = planConvWithWeights(input, weight, &bias, params);
    QVERIFY(plan.ok());
    Tensor want;
    QVERIFY(convolveNaive(input, weight, &bias, params, want).ok());
    double errors[2] = {};
    for (int tile : { 2, 4 }) {
        RunOptions options;
        options.threads = 2;
        Tensor got;
        QVERIFY(detail::convolveWinograd(input, weight, &bias, params, *plan, got, options, tile)
                    .ok());
        errors[tile / 4] = relativeError(got, want);
    }
    qInfo("relative error F(2x2) %.3g, F(4x4) %.3g", errors[0], errors[1]);
    QVERIFY2(errors[0] <= kTolerance, std::to_string(errors[0]).c_str());
    QVERIFY2(errors[1] <= kDeepTolerance, std::to_string(errors[1]).c_str());
}

// Without a Workspace, convolve() lends the call one of the engine's: a large layer, a small one
// and the large one again (its buffers then hold the small layer's values) must all be right.
void TestConvWinograd::scratchIsReusedAcrossShapes()
{
    const Layer layers[] = {
        { 40, 30, 30, 48, 1, PaddingMode::Zeros, false },
        { 18, 5, 6, 16, 1, PaddingMode::Reflect, false },
        { 40, 30, 30, 48, 1, PaddingMode::Zeros, false },
        { 19, 9, 9, 21, 0, PaddingMode::Zeros, true },
    };
    std::mt19937 rng(7);
    for (const Layer& l : layers)
        for (int threads : { 2, 1 }) {
            const ConvParams params = paramsFor(l);
            Tensor input({ l.channels, l.height, l.width });
            Tensor weight({ l.outChannels, l.channels, 3, 3 });
            randomise(input, rng);
            randomise(weight, rng);
            Tensor want;
            QVERIFY(convolveNaive(input, weight, nullptr, params, want).ok());
            RunOptions options;
            options.threads = threads;
            Tensor got;
            QVERIFY(convolve(input, weight, nullptr, params, got, options).ok());
            QVERIFY2(relativeError(got, want) <= kTolerance, describe(l, threads).c_str());
        }
}

// Two threads convolving at once without a Workspace (the GUI's computations do this) must not
// share the engine's lent scratch: each gets the right result every time.
void TestConvWinograd::concurrentCallersGetTheirOwnScratch()
{
    const Layer layers[2] = {
        { 40, 30, 30, 48, 1, PaddingMode::Zeros, false },
        { 19, 17, 23, 21, 1, PaddingMode::Replicate, true },
    };
    struct Job {
        Tensor input;
        Tensor weight;
        Tensor want;
        int wrong = 0;
    };
    Job jobs[2];
    std::mt19937 rng(11);
    for (int j = 0; j < 2; ++j) {
        const Layer& l = layers[j];
        jobs[j].input = Tensor({ l.channels, l.height, l.width });
        jobs[j].weight = Tensor({ l.outChannels, l.channels, 3, 3 });
        randomise(jobs[j].input, rng);
        randomise(jobs[j].weight, rng);
        QVERIFY(
            convolveNaive(jobs[j].input, jobs[j].weight, nullptr, paramsFor(l), jobs[j].want).ok());
    }
    const auto work = [&](int j) {
        for (int round = 0; round < 20; ++round) {
            Tensor got;
            RunOptions options;
            options.threads = 1 + round % 2;
            if (!convolve(
                    jobs[j].input, jobs[j].weight, nullptr, paramsFor(layers[j]), got, options)
                     .ok()
                || relativeError(got, jobs[j].want) > kTolerance)
                ++jobs[j].wrong;
        }
    };
    std::thread other(work, 1);
    work(0);
    other.join();
    QCOMPARE(jobs[0].wrong, 0);
    QCOMPARE(jobs[1].wrong, 0);
}

QTEST_GUILESS_MAIN(TestConvWinograd)
#include "tst_conv_winograd.moc"
