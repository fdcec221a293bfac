// The fast convolution paths (conv_filter2d.cpp, conv_sliding.cpp, conv_winograd.cpp,
// conv_gemm.cpp) against convolveNaive on a few
// hundred random layers, and the pooling fast path against a plain reference loop.
//
// Worked case for the polyphase indexing of the sliding path (stride 2, dilation 3, kernel 3 in
// x): tap kx reads padded column 2x + 3kx, i.e. column x + floor(3kx/2) of phase (3kx) mod 2:
// kx = 0 -> phase 0, shift 0; kx = 1 -> phase 1, shift 1; kx = 2 -> phase 0, shift 3. The row
// "2d C3 O4 k1x3 s1x2 d1x3 ..." below exercises exactly this.

#include "conv.h"
#include "conv_internal.h"
#include "pool.h"
#include "tensor_compare.h"

#include <QTest>

#include <cmath>
#include <limits>
#include <random>
#include <set>

using namespace convscope;

namespace {

struct ConvCase {
    std::vector<int> inputShape;
    ConvParams params;
    bool bias = true;
    int threads = 1;
};

const char* modeName(PaddingMode m)
{
    switch (m) {
    case PaddingMode::Zeros:
        return "zeros";
    case PaddingMode::Reflect:
        return "reflect";
    case PaddingMode::Replicate:
        return "replicate";
    case PaddingMode::Circular:
        return "circular";
    }
    return "?";
}

std::string joined(const Dims& d, int n)
{
    std::string s;
    for (int i = 0; i < n; ++i)
        s += (i ? "x" : "") + std::to_string(d[static_cast<std::size_t>(i)]);
    return s;
}

std::string caseName(const ConvCase& c, int index)
{
    const ConvParams& p = c.params;
    const int n = p.spatialDims;
    std::string pad;
    if (p.padding.kind == PaddingKind::Same)
        pad = "same";
    else if (p.padding.kind == PaddingKind::Valid)
        pad = "valid";
    else
        pad = "p" + joined(p.padding.values, n);
    std::string in;
    for (std::size_t i = 1; i < c.inputShape.size(); ++i)
        in += (i > 1 ? "x" : "") + std::to_string(c.inputShape[i]);
    return "#" + std::to_string(index) + " " + std::to_string(n) + "d C"
        + std::to_string(c.inputShape[0]) + " O" + std::to_string(p.outChannels) + " k"
        + joined(p.kernel, n) + " s" + joined(p.stride, n) + " d" + joined(p.dilation, n) + " "
        + pad + " " + modeName(p.paddingMode) + " g" + std::to_string(p.groups)
        + (p.flip ? " flip" : "") + (c.bias ? " bias" : "") + " t" + std::to_string(c.threads)
        + " in " + in;
}

ConvCase makeCase(std::vector<int> input, int out, Dims kernel, Dims stride, Dims dilation,
    Padding padding, PaddingMode mode = PaddingMode::Zeros, int groups = 1, bool flip = false,
    int threads = 1)
{
    ConvCase c;
    c.inputShape = std::move(input);
    c.params.spatialDims = static_cast<int>(c.inputShape.size()) - 1;
    c.params.outChannels = out;
    c.params.kernel = kernel;
    c.params.stride = stride;
    c.params.dilation = dilation;
    c.params.padding = padding;
    c.params.paddingMode = mode;
    c.params.groups = groups;
    c.params.flip = flip;
    c.threads = threads;
    return c;
}

// Hand-picked layers that reach every fast path and register blocking, then random ones.
std::vector<ConvCase> convCases()
{
    const auto p = [](int a, int b = 0, int c = 0) { return Padding::explicitly({ a, b, c }); };
    std::vector<ConvCase> cases {
        // sliding, 4 outputs per block (W1/W2-like), tails of the 24-column blocks
        makeCase({ 3, 30, 53 }, 8, { 3, 3, 1 }, { 1, 1, 1 }, { 1, 1, 1 }, p(1, 1)),
        makeCase({ 3, 30, 53 }, 8, { 3, 3, 1 }, { 1, 1, 1 }, { 1, 1, 1 }, p(1, 1),
            PaddingMode::Zeros, 1, false, 2),
        // sliding, 2 outputs per block; 1 output per block (odd output count)
        makeCase({ 2, 17, 70 }, 6, { 3, 3, 1 }, { 1, 1, 1 }, { 1, 1, 1 }, p(1, 1)),
        makeCase(
            { 2, 17, 70 }, 5, { 3, 2, 1 }, { 1, 1, 1 }, { 1, 1, 1 }, p(1, 1), PaddingMode::Reflect),
        // depth-wise (W6-like) and depth-wise with multiplier 2
        makeCase({ 8, 20, 131 }, 8, { 3, 3, 1 }, { 1, 1, 1 }, { 1, 1, 1 }, p(1, 1),
            PaddingMode::Zeros, 8, false, 2),
        makeCase({ 4, 19, 19 }, 8, { 3, 3, 1 }, { 2, 2, 1 }, { 1, 1, 1 }, p(1, 1),
            PaddingMode::Zeros, 4),
        // strided and dilated (W5-like), and stride 2 with dilation 3 (the worked case above)
        makeCase({ 3, 37, 41 }, 8, { 7, 7, 1 }, { 2, 2, 1 }, { 2, 2, 1 }, p(3, 3)),
        makeCase({ 3, 37, 41 }, 8, { 7, 7, 1 }, { 2, 2, 1 }, { 2, 2, 1 }, p(3, 3),
            PaddingMode::Zeros, 1, true, 2),
        makeCase(
            { 3, 9, 40 }, 4, { 1, 3, 1 }, { 1, 2, 1 }, { 1, 3, 1 }, p(0, 2), PaddingMode::Circular),
        makeCase({ 2, 25, 33 }, 4, { 3, 3, 1 }, { 3, 3, 1 }, { 2, 2, 1 }, p(2, 2),
            PaddingMode::Replicate),
        // single-channel image filter (W4-like), with flip and each padding mode
        makeCase({ 1, 40, 150 }, 1, { 5, 5, 1 }, { 1, 1, 1 }, { 1, 1, 1 }, p(2, 2)),
        makeCase({ 1, 40, 150 }, 1, { 5, 5, 1 }, { 1, 1, 1 }, { 1, 1, 1 }, p(2, 2),
            PaddingMode::Reflect, 1, true),
        makeCase({ 1, 40, 150 }, 1, { 5, 3, 1 }, { 1, 1, 1 }, { 1, 1, 1 }, Padding::same(),
            PaddingMode::Replicate, 1, true, 2),
        // one output channel per group takes 5 to 8 vectors per block, as the width divides:
        // 64 columns -> 8, 112 -> 7 + 7, 131 -> 6 + 6 + 6 (above), 72 -> 5 + 5
        makeCase({ 3, 64 }, 3, { 3, 1, 1 }, { 1, 1, 1 }, { 1, 1, 1 }, p(1), PaddingMode::Zeros, 3),
        makeCase({ 2, 5, 112 }, 2, { 3, 3, 1 }, { 1, 1, 1 }, { 1, 1, 1 }, p(1, 1),
            PaddingMode::Reflect, 2, true, 2),
        makeCase(
            { 1, 7, 72 }, 1, { 3, 3, 1 }, { 1, 1, 1 }, { 1, 1, 1 }, p(1, 1), PaddingMode::Zeros, 1),
        // 1-D through the sliding path
        makeCase({ 2, 300 }, 4, { 5, 1, 1 }, { 2, 1, 1 }, { 1, 1, 1 }, p(2)),
        makeCase({ 3, 100 }, 3, { 4, 1, 1 }, { 1, 1, 1 }, { 3, 1, 1 }, Padding::same(),
            PaddingMode::Circular),
        // GEMM (W3-like): too many taps for the sliding path, with groups, flip, padding modes
        makeCase({ 32, 14, 14 }, 16, { 3, 3, 1 }, { 1, 1, 1 }, { 1, 1, 1 }, p(1, 1)),
        makeCase({ 32, 14, 14 }, 16, { 3, 3, 1 }, { 1, 1, 1 }, { 1, 1, 1 }, p(1, 1),
            PaddingMode::Zeros, 1, false, 2),
        makeCase({ 40, 9, 11 }, 10, { 3, 3, 1 }, { 2, 1, 1 }, { 1, 2, 1 }, p(1, 2),
            PaddingMode::Reflect, 2, true, 2),
        makeCase({ 24, 12, 13 }, 6, { 3, 3, 1 }, { 1, 1, 1 }, { 1, 1, 1 }, Padding::same(),
            PaddingMode::Circular, 1),
        makeCase({ 64, 300 }, 8, { 5, 1, 1 }, { 3, 1, 1 }, { 1, 1, 1 }, p(2)),
        // Winograd F(2x2, 3x3): odd and even output sizes, rows of tiles wider and narrower than
        // a vector of 8 tiles, every padding mode, flip, and the smallest input
        makeCase({ 16, 6, 6 }, 16, { 3, 3, 1 }, { 1, 1, 1 }, { 1, 1, 1 }, p(1, 1)),
        makeCase({ 17, 9, 37 }, 20, { 3, 3, 1 }, { 1, 1, 1 }, { 1, 1, 1 }, p(1, 1),
            PaddingMode::Zeros, 1, false, 2),
        makeCase({ 16, 20, 21 }, 16, { 3, 3, 1 }, { 1, 1, 1 }, { 1, 1, 1 }, p(0, 0),
            PaddingMode::Zeros, 1, true),
        makeCase({ 24, 13, 40 }, 32, { 3, 3, 1 }, { 1, 1, 1 }, { 1, 1, 1 }, p(2, 1),
            PaddingMode::Reflect, 1, false, 2),
        makeCase({ 16, 11, 34 }, 18, { 3, 3, 1 }, { 1, 1, 1 }, { 1, 1, 1 }, Padding::same(),
            PaddingMode::Replicate, 1, true, 2),
        makeCase({ 20, 8, 33 }, 16, { 3, 3, 1 }, { 1, 1, 1 }, { 1, 1, 1 }, p(1, 1),
            PaddingMode::Circular, 1, true),
        makeCase({ 16, 3, 3 }, 16, { 3, 3, 1 }, { 1, 1, 1 }, { 1, 1, 1 }, p(0, 0)),
        makeCase({ 64, 56, 56 }, 64, { 3, 3, 1 }, { 1, 1, 1 }, { 1, 1, 1 }, p(1, 1),
            PaddingMode::Zeros, 1, false, 2),
        // cv::filter2D for large planes (W4-like), in bands of rows on two threads, with flip and
        // border modes; even kernels ('same': the smaller half of the padding first) and circular
        // padding stay on the sliding path
        makeCase({ 1, 260, 300 }, 1, { 5, 5, 1 }, { 1, 1, 1 }, { 1, 1, 1 }, p(2, 2),
            PaddingMode::Zeros, 1, false, 2),
        makeCase({ 1, 257, 256 }, 1, { 3, 5, 1 }, { 1, 1, 1 }, { 1, 1, 1 }, Padding::same(),
            PaddingMode::Reflect, 1, true, 2),
        makeCase({ 2, 256, 270 }, 2, { 3, 7, 1 }, { 1, 1, 1 }, { 1, 1, 1 }, Padding::same(),
            PaddingMode::Replicate, 2, true, 1),
        makeCase({ 1, 257, 256 }, 1, { 4, 3, 1 }, { 1, 1, 1 }, { 1, 1, 1 }, Padding::same(),
            PaddingMode::Reflect, 1, true, 2),
        makeCase({ 1, 256, 256 }, 1, { 13, 13, 1 }, { 1, 1, 1 }, { 1, 1, 1 }, p(6, 6),
            PaddingMode::Zeros, 1, false, 2),
        // the direct filter: an odd row count (a last single output row), widths whose inside
        // ends in 32- and 8-column blocks and a tail, a row narrower than a vector plus its
        // padding (the whole row from a strip), 3x3 and 7x7
        makeCase({ 1, 257, 299 }, 1, { 7, 5, 1 }, { 1, 1, 1 }, { 1, 1, 1 }, p(3, 2),
            PaddingMode::Reflect, 1, false, 1),
        makeCase({ 1, 8193, 9 }, 1, { 7, 7, 1 }, { 1, 1, 1 }, { 1, 1, 1 }, p(3, 3),
            PaddingMode::Replicate, 1, true, 2),
        makeCase({ 3, 181, 363 }, 3, { 3, 3, 1 }, { 1, 1, 1 }, { 1, 1, 1 }, p(1, 1),
            PaddingMode::Zeros, 3, false, 2),
        makeCase({ 1, 4099, 17 }, 1, { 5, 7, 1 }, { 1, 1, 1 }, { 1, 1, 1 }, p(2, 3),
            PaddingMode::Zeros, 1, true, 1),
        // 3-D always takes the GEMM path
        makeCase({ 2, 5, 6, 7 }, 3, { 3, 3, 3 }, { 1, 1, 1 }, { 1, 1, 1 }, p(1, 1, 1)),
        makeCase({ 4, 6, 7, 9 }, 4, { 2, 3, 2 }, { 2, 1, 2 }, { 1, 2, 1 }, p(1, 0, 1),
            PaddingMode::Replicate, 2, true, 2),
        // sliding, 64 outputs (W1-like): on two threads the few bands are split into chunks of
        // output channels; rows of 67 = 2 blocks of 24 + 2 full vectors + 3 columns
        makeCase({ 3, 41, 67 }, 64, { 3, 3, 1 }, { 1, 1, 1 }, { 1, 1, 1 }, p(1, 1),
            PaddingMode::Zeros, 1, false, 2),
        makeCase({ 3, 41, 64 }, 64, { 3, 3, 1 }, { 1, 1, 1 }, { 1, 1, 1 }, p(1, 1),
            PaddingMode::Reflect, 1, true, 1),
        // depth-wise read in place: 3x3 and 5x5, widths of one vector, not a multiple of 8 and
        // (131) several vectors, padding 0 to kernel - 1 (the first vectors read only padding),
        // rows fewer than a block of 4, a multiplier of 2, flip, two threads over few channels
        makeCase({ 3, 9, 8 }, 3, { 3, 3, 1 }, { 1, 1, 1 }, { 1, 1, 1 }, p(1, 1),
            PaddingMode::Zeros, 3, false, 2),
        makeCase({ 2, 2, 13 }, 4, { 3, 3, 1 }, { 1, 1, 1 }, { 1, 1, 1 }, p(2, 2),
            PaddingMode::Zeros, 2, true, 1),
        makeCase({ 5, 23, 131 }, 5, { 5, 5, 1 }, { 1, 1, 1 }, { 1, 1, 1 }, p(2, 2),
            PaddingMode::Zeros, 5, false, 2),
        makeCase({ 2, 11, 20 }, 2, { 5, 5, 1 }, { 1, 1, 1 }, { 1, 1, 1 }, p(4, 1),
            PaddingMode::Zeros, 2, true, 2),
        makeCase({ 2, 14, 12 }, 2, { 5, 5, 1 }, { 1, 1, 1 }, { 1, 1, 1 }, p(0, 0),
            PaddingMode::Zeros, 2, false, 1),
        // Winograd F(4x4, 3x3) (outputs of 28x28 and more; #30 above too): sizes no multiple of
        // 4, reflect padding, flip
        makeCase({ 18, 57, 59 }, 20, { 3, 3, 1 }, { 1, 1, 1 }, { 1, 1, 1 }, p(1, 1),
            PaddingMode::Reflect, 1, true, 1),
    };
    for (std::size_t i = 0; i < cases.size(); ++i)
        cases[i].bias = i % 3 != 2;

    // Random layers; impossible combinations (as planConv says) are drawn again.
    std::mt19937 rng(20240611);
    const auto pick
        = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
    while (cases.size() < 340) {
        ConvCase c;
        const int n = pick(1, 3);
        const bool manyChannels = pick(0, 3) == 0;
        const int groups = pick(0, 2) == 0 ? pick(1, 4) : 1;
        const int channels = groups * (manyChannels ? pick(8, 24) : pick(1, 4));
        c.params.groups = pick(0, 4) == 0 ? channels : groups; // sometimes depth-wise
        c.params.outChannels = c.params.groups * pick(1, manyChannels ? 4 : 9);
        c.params.spatialDims = n;
        c.inputShape = { channels };
        for (int i = 0; i < n; ++i) {
            const auto a = static_cast<std::size_t>(i);
            const int maxSize = n == 1 ? 200 : (n == 2 ? (i == 0 ? 24 : 90) : 9);
            c.inputShape.push_back(pick(1, maxSize));
            c.params.kernel[a] = pick(1, n == 3 ? 3 : 5);
            c.params.stride[a] = pick(0, 2) == 0 ? pick(2, 3) : 1;
            c.params.dilation[a] = pick(0, 3) == 0 ? pick(2, 3) : 1;
            c.params.padding.values[a] = pick(0, 3);
        }
        const int padKind = pick(0, 9);
        if (padKind == 0)
            c.params.padding = Padding::valid();
        else if (padKind == 1) {
            c.params.padding = Padding::same();
            c.params.stride = { 1, 1, 1 };
        }
        c.params.paddingMode = static_cast<PaddingMode>(pick(0, 1) ? 0 : pick(1, 3));
        c.params.flip = pick(0, 3) == 0;
        c.bias = pick(0, 2) != 0;
        c.threads = pick(1, 2);
        if (planConv(c.inputShape, c.params))
            cases.push_back(c);
    }
    return cases;
}

const std::vector<ConvCase>& allConvCases()
{
    static const std::vector<ConvCase> cases = convCases();
    return cases;
}

void randomise(Tensor& t, unsigned seed)
{
    std::mt19937 rng(seed);
    std::uniform_real_distribution<float> u(-1.0f, 1.0f);
    for (auto& v : t.values())
        v = u(rng);
}

using convscope::test::relativeError;

struct ConvInputs {
    Tensor input;
    Tensor weight;
    Tensor bias;
};

ConvInputs inputsFor(const ConvCase& c, unsigned seed)
{
    ConvInputs in;
    in.input = Tensor(c.inputShape);
    std::vector<int> w { c.params.outChannels, c.inputShape[0] / c.params.groups };
    for (int i = 0; i < c.params.spatialDims; ++i)
        w.push_back(c.params.kernel[static_cast<std::size_t>(i)]);
    in.weight = Tensor(w);
    in.bias = Tensor({ c.params.outChannels });
    randomise(in.input, seed);
    randomise(in.weight, seed + 1);
    randomise(in.bias, seed + 2);
    return in;
}

// A plain pooling loop, written from PyTorch's definitions (max: -inf padding, NaN wins;
// avg: divisor = window clipped to the padded input, or to the input without count_include_pad).
Tensor referencePool(const Tensor& x, const PoolParams& p)
{
    const SlidingPlan plan = planPool(x.shape(), p).value();
    const detail::Plan3 g = detail::toPlan3(plan);
    const auto& a = g.axes;
    Tensor out(plan.outputShape());
    std::int64_t k = 0;
    for (int c = 0; c < g.inChannels; ++c)
        for (int z = 0; z < a[0].output; ++z)
            for (int y = 0; y < a[1].output; ++y)
                for (int xo = 0; xo < a[2].output; ++xo) {
                    double sum = 0.0;
                    float best = -std::numeric_limits<float>::infinity();
                    int inside = 0;
                    for (int kz = 0; kz < a[0].kernel; ++kz)
                        for (int ky = 0; ky < a[1].kernel; ++ky)
                            for (int kx = 0; kx < a[2].kernel; ++kx) {
                                const int iz
                                    = z * a[0].stride - a[0].padBefore + kz * a[0].dilation;
                                const int iy
                                    = y * a[1].stride - a[1].padBefore + ky * a[1].dilation;
                                const int ix
                                    = xo * a[2].stride - a[2].padBefore + kx * a[2].dilation;
                                if (iz < 0 || iz >= a[0].input || iy < 0 || iy >= a[1].input
                                    || ix < 0 || ix >= a[2].input)
                                    continue;
                                const float v
                                    = x[((std::int64_t { c } * a[0].input + iz) * a[1].input + iy)
                                            * a[2].input
                                        + ix];
                                if (std::isnan(v) || v > best)
                                    best = std::isnan(best) ? best : v;
                                sum += v;
                                ++inside;
                            }
                    if (p.type == PoolType::Max) {
                        out[k++] = best;
                        continue;
                    }
                    if (p.type == PoolType::Sum) {
                        out[k++] = static_cast<float>(sum);
                        continue;
                    }
                    int divisor = 1;
                    for (int i = 0; i < 3; ++i) {
                        const Axis& ax = a[static_cast<std::size_t>(i)];
                        const int start = (i == 0 ? z : i == 1 ? y : xo) * ax.stride - ax.padBefore;
                        const int end = std::min(start + ax.kernel, ax.input + ax.padAfter);
                        divisor *= end - start;
                    }
                    out[k++] = static_cast<float>(
                        sum / (p.countIncludePad ? divisor : std::max(inside, 1)));
                }
    return out;
}

} // namespace

class TestConvRandom : public QObject {
    Q_OBJECT

private slots:
    void convolveMatchesNaive_data();
    void convolveMatchesNaive();
    void everyFastPathIsExercised();
    void workspaceAndOutputAreReused();
    void cancelStopsEveryPath();
    void poolMatchesReference_data();
    void poolMatchesReference();
};

void TestConvRandom::convolveMatchesNaive_data()
{
    QTest::addColumn<int>("index");
    const auto& cases = allConvCases();
    for (int i = 0; i < static_cast<int>(cases.size()); ++i)
        QTest::newRow(caseName(cases[static_cast<std::size_t>(i)], i).c_str()) << i;
}

void TestConvRandom::convolveMatchesNaive()
{
    QFETCH(int, index);
    const ConvCase& c = allConvCases()[static_cast<std::size_t>(index)];
    const ConvInputs in = inputsFor(c, static_cast<unsigned>(index) * 7 + 1);
    const Tensor* bias = c.bias ? &in.bias : nullptr;
    Tensor want;
    Tensor got;
    const Status naive = convolveNaive(in.input, in.weight, bias, c.params, want);
    QVERIFY2(naive.ok(), naive.ok() ? "" : naive.error().message.c_str());
    RunOptions options;
    options.threads = c.threads;
    const Status fast = convolve(in.input, in.weight, bias, c.params, got, options);
    QVERIFY2(fast.ok(), fast.ok() ? "" : fast.error().message.c_str());
    QCOMPARE(got.shape(), want.shape());
    const double error = relativeError(got, want);
    QVERIFY2(error <= 1e-4, qPrintable(QStringLiteral("relative error %1").arg(error)));
}

// The case table must reach each path and each register blocking of the sliding path, so that
// a new fast path without test rows fails here.
void TestConvRandom::everyFastPathIsExercised()
{
    std::set<std::string> seen;
    for (const ConvCase& c : allConvCases()) {
        const SlidingPlan plan = planConv(c.inputShape, c.params).value();
        if (detail::filter2dSuits(plan, c.params)) {
            seen.insert(detail::filter2dDirect(plan) ? "filter2d direct" : "filter2d opencv");
            if (detail::filter2dDirect(plan) && c.params.paddingMode != PaddingMode::Zeros)
                seen.insert("filter2d direct padding mode");
            continue;
        }
        if (detail::winogradSuits(plan, c.params) && !detail::slidingSuits(plan, c.params)) {
            seen.insert("winograd");
            if (detail::winogradTile(plan) == 4)
                seen.insert("winograd 4x4");
            if (c.params.paddingMode != PaddingMode::Zeros)
                seen.insert("winograd padding mode");
            continue;
        }
        if (!detail::slidingSuits(plan, c.params)) {
            seen.insert(c.params.spatialDims == 3 ? "gemm 3d" : "gemm");
            if (c.params.paddingMode != PaddingMode::Zeros)
                seen.insert("gemm padded copy");
            continue;
        }
        if (detail::depthwiseDirectSuits(plan, c.params)) {
            seen.insert(c.params.kernel[0] == 3 ? "depth-wise in place 3" : "depth-wise in place 5");
            if (c.params.outChannels > c.params.groups)
                seen.insert("depth-wise in place multiplier");
            if (plan.axes[1].input % 8 != 0)
                seen.insert("depth-wise in place odd width");
            continue;
        }
        const int oPerGroup = c.params.outChannels / c.params.groups;
        seen.insert(oPerGroup % 4 == 0 ? "sliding 4"
                : oPerGroup % 2 == 0   ? "sliding 2"
                                       : "sliding 1");
        if (c.params.stride[static_cast<std::size_t>(c.params.spatialDims - 1)] > 1)
            seen.insert("sliding strided");
        if (c.params.groups == c.inputShape[0] && c.params.groups > 1)
            seen.insert("sliding depth-wise");
        if (c.params.paddingMode != PaddingMode::Zeros)
            seen.insert("sliding padding mode");
    }
    for (const char* path : { "winograd 4x4", "filter2d direct", "filter2d direct padding mode",
             "filter2d opencv", "winograd", "winograd padding mode", "gemm", "gemm 3d",
             "gemm padded copy", "sliding 4", "sliding 2", "sliding 1", "sliding strided",
             "sliding depth-wise", "sliding padding mode", "depth-wise in place 3",
             "depth-wise in place 5", "depth-wise in place multiplier",
             "depth-wise in place odd width" })
        QVERIFY2(seen.count(path), path);
}

// One Workspace and one output tensor across layers of different sizes and paths: buffers from
// a larger layer must not leak stale values into a smaller one.
void TestConvRandom::workspaceAndOutputAreReused()
{
    Workspace ws;
    Tensor out;
    const auto& cases = allConvCases();
    for (std::size_t i : { 18u, 0u, 20u, 31u, 23u, 4u, 40u, 6u, 37u, 19u, 10u }) {
        const ConvCase& c = cases[i];
        const ConvInputs in = inputsFor(c, 99);
        Tensor want;
        QVERIFY(convolveNaive(in.input, in.weight, &in.bias, c.params, want).ok());
        RunOptions options;
        options.threads = 2;
        options.workspace = &ws;
        QVERIFY(convolve(in.input, in.weight, &in.bias, c.params, out, options).ok());
        QVERIFY2(relativeError(out, want) <= 1e-4, caseName(c, static_cast<int>(i)).c_str());
    }
}

void TestConvRandom::cancelStopsEveryPath()
{
    const auto& cases = allConvCases();
    // Cancelled from the start (2 threads), and after the first check (1 thread: the caller runs
    // every task, so the second poll happens between tasks).
    for (std::size_t i : { 0u, 18u, 20u, 31u, 44u })
        for (int threads : { 2, 1 }) {
            const ConvInputs in = inputsFor(cases[i], 5);
            Tensor out;
            RunOptions options;
            options.threads = threads;
            int polls = 0;
            options.cancelled = [&polls, threads] { return ++polls >= 3 - threads; };
            const Status s = convolve(in.input, in.weight, &in.bias, cases[i].params, out, options);
            QVERIFY(!s.ok());
            QCOMPARE(s.error().message, std::string("cancelled"));
        }
    Tensor x({ 4, 8, 8 });
    Tensor out;
    RunOptions options;
    options.cancelled = [] { return true; };
    const Status s = pool(x, PoolParams {}, out, options);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().message, std::string("cancelled"));
}

void TestConvRandom::poolMatchesReference_data()
{
    QTest::addColumn<int>("seed");
    QTest::addColumn<bool>("withNan");
    // The 2x2 stride-2 max fast path: odd and even sizes, widths around the 8-column vectors.
    for (int w : { 2, 15, 16, 17, 33, 224 })
        for (bool nan : { false, true })
            QTest::newRow(qPrintable(QStringLiteral("max 2x2 s2 fast path 5x%1x%2%3")
                                         .arg(2 * w + 1)
                                         .arg(w)
                                         .arg(nan ? " with NaN" : "")))
                << -w << nan;
    for (int seed = 1; seed <= 80; ++seed)
        QTest::newRow(qPrintable(QStringLiteral("random pool #%1").arg(seed)))
            << seed << (seed % 5 == 0);
}

void TestConvRandom::poolMatchesReference()
{
    QFETCH(int, seed);
    QFETCH(bool, withNan);
    PoolParams p;
    Tensor x;
    std::mt19937 rng(static_cast<unsigned>(seed + 1000));
    const auto pick
        = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
    if (seed < 0) {
        x = Tensor({ 5, pick(2, 40), -seed });
    } else {
        p.spatialDims = pick(1, 3);
        p.type = static_cast<PoolType>(pick(0, 2));
        std::vector<int> shape { pick(1, 4) };
        for (int i = 0; i < p.spatialDims; ++i) {
            const auto a = static_cast<std::size_t>(i);
            shape.push_back(pick(3, p.spatialDims == 3 ? 9 : 30));
            p.kernel[a] = pick(1, 3);
            p.stride[a] = pick(1, 3);
            p.padding[a] = pick(0, p.kernel[a] / 2);
            p.dilation[a] = p.type == PoolType::Max ? pick(1, 2) : 1;
        }
        p.ceilMode = pick(0, 1) == 1;
        p.countIncludePad = pick(0, 1) == 1;
        x = Tensor(shape);
    }
    randomise(x, static_cast<unsigned>(seed + 2000));
    if (withNan)
        for (std::int64_t i = 3; i < x.numel(); i += 37)
            x[i] = std::numeric_limits<float>::quiet_NaN();
    if (!planPool(x.shape(), p))
        QSKIP("impossible parameters for this input");
    const Tensor want = referencePool(x, p);
    for (int threads : { 1, 2 }) {
        Tensor got;
        RunOptions options;
        options.threads = threads;
        QVERIFY(pool(x, p, got, options).ok());
        QCOMPARE(got.shape(), want.shape());
        for (std::int64_t i = 0; i < want.numel(); ++i) {
            if (std::isnan(want[i])) {
                QVERIFY2(
                    std::isnan(got[i]), qPrintable(QStringLiteral("element %1 is not NaN").arg(i)));
                continue;
            }
            QVERIFY2(std::abs(got[i] - want[i]) <= 1e-5f * std::max(1.0f, std::abs(want[i])),
                qPrintable(QStringLiteral("element %1: %2 instead of %3")
                               .arg(i)
                               .arg(got[i])
                               .arg(want[i])));
        }
    }
}

QTEST_APPLESS_MAIN(TestConvRandom)

#include "tst_conv_random.moc"
