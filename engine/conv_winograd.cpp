#include "conv_internal.h"

#include "parallel.h"
#include "simd.h"

#include <Eigen/Core>

#include <algorithm>
#include <vector>

// Winograd's minimal filtering F(m x m, 3x3) for 3x3 layers with many channels (Lavin and Gray,
// "Fast Algorithms for Convolutional Neural Networks", CVPR 2016): each m x m block of outputs
// comes from an alpha x alpha block of input d (alpha = m + 2) and the kernel g as
//     Y = A^T [ (G g G^T) (.) (B^T d B) ] A.
// For F(2x2, 3x3), B^T = [1 0 -1 0; 0 1 1 0; 0 -1 1 0; 0 1 0 -1], G = [1 0 0; 1/2 1/2 1/2;
// 1/2 -1/2 1/2; 0 0 1] and A^T = [1 1 1 0; 0 1 -1 -1]; F(4x4, 3x3)'s matrices are at Tile<4>.
// Summed over input channels, the alpha^2 element-wise products become alpha^2 matrix products
// U_xi (O x C) * V_xi (C x tiles): per output and channel pair, 16/4 = 4 multiply-adds with 2x2
// tiles and 36/16 = 2.25 with 4x4 tiles instead of 9 (2.25 and 4 times fewer). 4x4 tiles round
// about ten times worse (their transforms multiply by up to 8 and divide by 24): relative errors
// of about 1e-5 with 512 input channels against 1e-6 (tst_conv_winograd), well inside the
// engine's 1e-4; and they leave 4 times fewer tiles per product, so small maps keep 2x2 tiles
// (winogradTile).
//
// Transforms run on whole rows so that they vectorise: the vertical half of B^T d B combines
// alpha input rows; the horizontal half then needs columns m t .. m t + alpha - 1 of tile t,
// which after splitting each combined row into its m phases (P_k[t] = column m t + k) are
// P_0[t] .. P_{m-1}[t], P_0[t+1], P_1[t+1]: contiguous in t. The output transform writes the m
// phases of each output row back interleaved.

namespace convscope::detail {

namespace {

constexpr std::int64_t kTransformFloats = 128 * 1024; // per-thread V block: 512 KiB, Zen 3's L2
constexpr std::int64_t kMinBlockTiles = 160; // see convolveTiles

using RowMajor = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
using simd::Vec;

inline float times(float x, float c)
{
    return x * c;
}
inline Vec times(Vec x, float c)
{
    return x * simd::broadcast(c);
}

// The one-dimensional transforms of F(m, 3) with alpha = m + 2 points: G g (kernel), B^T d
// (input) and A^T m (output). T is a float or a vector of eight kernels' values, computed with
// the same operations either way.
template <int M> struct Tile;

template <> struct Tile<2> {
    static constexpr int alpha = 4;
    template <class T> static void kernel(const T (&g)[3], T (&u)[4])
    {
        u[0] = g[0];
        u[1] = times(g[0] + g[1] + g[2], 0.5f);
        u[2] = times(g[0] - g[1] + g[2], 0.5f);
        u[3] = g[2];
    }
    static void input(const Vec (&d)[4], Vec (&r)[4])
    {
        r[0] = d[0] - d[2];
        r[1] = d[1] + d[2];
        r[2] = d[2] - d[1];
        r[3] = d[1] - d[3];
    }
    static void output(const Vec (&m)[4], Vec (&y)[2])
    {
        y[0] = m[0] + m[1] + m[2];
        y[1] = m[1] - m[2] - m[3];
    }
};

// Points 0, 1, -1, 2, -2 and infinity (Lavin and Gray's F(4x4, 3x3)):
//     B^T = [4 0 -5 0 1 0; 0 -4 -4 1 1 0; 0 4 -4 -1 1 0; 0 -2 -1 2 1 0; 0 2 -1 -2 1 0;
//            0 4 0 -5 0 1],
//     G = [1/4 0 0; -1/6 -1/6 -1/6; -1/6 1/6 -1/6; 1/24 1/12 1/6; 1/24 -1/12 1/6; 0 0 1],
//     A^T = [1 1 1 1 1 0; 0 1 -1 2 -2 0; 0 1 1 4 4 0; 0 1 -1 8 -8 1].
// Row i of A^T holds the points to the power i (last column: infinity); row j of G is point p_j's
// powers over prod_{l != j} (p_j - p_l); row j of B^T the coefficients of prod_{l != j} (x - p_l).
template <> struct Tile<4> {
    static constexpr int alpha = 6;
    template <class T> static void kernel(const T (&g)[3], T (&u)[6])
    {
        const T outer = g[0] + g[2];
        const T quarter = g[0] + times(g[2], 4.0f);
        const T twice = times(g[1], 2.0f);
        u[0] = times(g[0], 0.25f);
        u[1] = times(outer + g[1], -1.0f / 6.0f);
        u[2] = times(outer - g[1], -1.0f / 6.0f);
        u[3] = times(quarter + twice, 1.0f / 24.0f);
        u[4] = times(quarter - twice, 1.0f / 24.0f);
        u[5] = g[2];
    }
    static void input(const Vec (&d)[6], Vec (&r)[6])
    {
        const Vec four = simd::broadcast(4.0f);
        const Vec minusFour = simd::broadcast(-4.0f);
        const Vec minusFive = simd::broadcast(-5.0f);
        r[0] = simd::fma(d[0], four, simd::fma(d[2], minusFive, d[4]));
        r[1] = simd::fma(d[1] + d[2], minusFour, d[3] + d[4]);
        r[2] = simd::fma(d[1] - d[2], four, d[4] - d[3]);
        const Vec odd = times(d[3] - d[1], 2.0f);
        r[3] = (d[4] - d[2]) + odd;
        r[4] = (d[4] - d[2]) - odd;
        r[5] = simd::fma(d[1], four, simd::fma(d[3], minusFive, d[5]));
    }
    static void output(const Vec (&m)[6], Vec (&y)[4])
    {
        const Vec a = m[1] + m[2];
        const Vec b = m[1] - m[2];
        const Vec c = m[3] + m[4];
        const Vec e = m[3] - m[4];
        y[0] = m[0] + a + c;
        y[1] = simd::fma(e, simd::broadcast(2.0f), b);
        y[2] = simd::fma(c, simd::broadcast(4.0f), a);
        y[3] = simd::fma(e, simd::broadcast(8.0f), b + m[5]);
    }
};

// Loads p[0 .. M * 8) as M vectors: phase k holds p[k], p[M + k], .. (columns k of eight
// consecutive tiles).
template <int M> void loadPhases(const float* p, Vec (&phase)[M])
{
    if constexpr (M == 2) {
        simd::loadDeinterleaved(p, phase[0], phase[1]);
    } else {
#if defined(__AVX2__) && defined(__FMA__)
        // Tiles 0|1, 2|3, 4|5, 6|7 in the 128-bit lanes; pair 0|4, 1|5, .. then a 4x4 transpose
        // within each lane.
        const Vec v0 = simd::load(p);
        const Vec v1 = simd::load(p + 8);
        const Vec v2 = simd::load(p + 16);
        const Vec v3 = simd::load(p + 24);
        const Vec r0 = _mm256_permute2f128_ps(v0, v2, 0x20);
        const Vec r1 = _mm256_permute2f128_ps(v0, v2, 0x31);
        const Vec r2 = _mm256_permute2f128_ps(v1, v3, 0x20);
        const Vec r3 = _mm256_permute2f128_ps(v1, v3, 0x31);
        const Vec t0 = _mm256_unpacklo_ps(r0, r1);
        const Vec t1 = _mm256_unpacklo_ps(r2, r3);
        const Vec t2 = _mm256_unpackhi_ps(r0, r1);
        const Vec t3 = _mm256_unpackhi_ps(r2, r3);
        phase[0] = _mm256_shuffle_ps(t0, t1, _MM_SHUFFLE(1, 0, 1, 0));
        phase[1] = _mm256_shuffle_ps(t0, t1, _MM_SHUFFLE(3, 2, 3, 2));
        phase[2] = _mm256_shuffle_ps(t2, t3, _MM_SHUFFLE(1, 0, 1, 0));
        phase[3] = _mm256_shuffle_ps(t2, t3, _MM_SHUFFLE(3, 2, 3, 2));
#else
        float lanes[M][simd::kWidth];
        for (int t = 0; t < simd::kWidth; ++t)
            for (int k = 0; k < M; ++k)
                lanes[k][t] = p[t * M + k];
        for (int k = 0; k < M; ++k)
            phase[k] = simd::load(lanes[k]);
#endif
    }
}

// The inverse: stores the M phases' values tile by tile at p[0 .. M * 8).
template <int M> void storePhases(float* p, const Vec (&phase)[M])
{
    if constexpr (M == 2) {
        simd::storeInterleaved(p, phase[0], phase[1]);
    } else {
#if defined(__AVX2__) && defined(__FMA__)
        const Vec a = _mm256_unpacklo_ps(phase[0], phase[1]); // t0 s0 s1, t1 s0 s1 | t4, t5
        const Vec b = _mm256_unpackhi_ps(phase[0], phase[1]); // t2, t3 | t6, t7
        const Vec c = _mm256_unpacklo_ps(phase[2], phase[3]);
        const Vec d = _mm256_unpackhi_ps(phase[2], phase[3]);
        const Vec e0 = _mm256_shuffle_ps(a, c, _MM_SHUFFLE(1, 0, 1, 0)); // tile 0 | tile 4
        const Vec e1 = _mm256_shuffle_ps(a, c, _MM_SHUFFLE(3, 2, 3, 2)); // 1 | 5
        const Vec e2 = _mm256_shuffle_ps(b, d, _MM_SHUFFLE(1, 0, 1, 0)); // 2 | 6
        const Vec e3 = _mm256_shuffle_ps(b, d, _MM_SHUFFLE(3, 2, 3, 2)); // 3 | 7
        simd::store(p, _mm256_permute2f128_ps(e0, e1, 0x20));
        simd::store(p + 8, _mm256_permute2f128_ps(e2, e3, 0x20));
        simd::store(p + 16, _mm256_permute2f128_ps(e0, e1, 0x31));
        simd::store(p + 24, _mm256_permute2f128_ps(e2, e3, 0x31));
#else
        float lanes[M][simd::kWidth];
        for (int k = 0; k < M; ++k)
            simd::store(lanes[k], phase[k]);
        for (int t = 0; t < simd::kWidth; ++t)
            for (int k = 0; k < M; ++k)
                p[t * M + k] = lanes[k][t];
#endif
    }
}

// G g G^T of one 3x3 kernel g (row-major), as r[alpha][alpha].
template <int M, class T> void transformKernel(const T (&g)[9], T (&r)[Tile<M>::alpha * Tile<M>::alpha])
{
    constexpr int a = Tile<M>::alpha;
    T gg[a][3]; // G g
    for (int j = 0; j < 3; ++j) {
        const T column[3] = { g[j], g[3 + j], g[6 + j] };
        T u[a];
        Tile<M>::kernel(column, u);
        for (int i = 0; i < a; ++i)
            gg[i][j] = u[i];
    }
    for (int i = 0; i < a; ++i) {
        const T row[3] = { gg[i][0], gg[i][1], gg[i][2] };
        T u[a];
        Tile<M>::kernel(row, u);
        for (int j = 0; j < a; ++j)
            r[i * a + j] = u[j];
    }
}

// U = G g G^T for the kernels (o, c) = oc in [first, last) of `plane`, stored as alpha^2 matrices
// O x C; eight kernels at a time (a 512 x 512 layer has 262144 of them).
template <int M>
void transformKernels(const float* weights, std::int64_t first, std::int64_t last,
    std::int64_t plane, bool flip, float* u)
{
    constexpr int w = simd::kWidth;
    constexpr int a2 = Tile<M>::alpha * Tile<M>::alpha;
    std::int64_t oc = first;
    for (; oc + w <= last; oc += w) {
        float lanes[9][w];
        for (int k = 0; k < w; ++k)
            for (int i = 0; i < 9; ++i)
                lanes[i][k] = weights[(oc + k) * 9 + (flip ? 8 - i : i)];
        Vec g[9];
        for (int i = 0; i < 9; ++i)
            g[i] = simd::load(lanes[i]);
        Vec r[a2];
        transformKernel<M>(g, r);
        for (int xi = 0; xi < a2; ++xi)
            simd::store(u + xi * plane + oc, r[xi]);
    }
    for (; oc < last; ++oc) {
        float g[9];
        for (int i = 0; i < 9; ++i)
            g[i] = weights[oc * 9 + (flip ? 8 - i : i)];
        float r[a2];
        transformKernel<M>(g, r);
        for (int xi = 0; xi < a2; ++xi)
            u[xi * plane + oc] = r[xi];
    }
}

template <int M>
Status convolveTiles(const Tensor& input, const Tensor& weight, const Tensor* bias,
    const ConvParams& params, const SlidingPlan& plan, Tensor& output, const RunOptions& options)
{
    constexpr int a = Tile<M>::alpha;
    constexpr int a2 = a * a;
    constexpr int w = simd::kWidth;
    const Axis& ay = plan.axes[0];
    const Axis& ax = plan.axes[1];
    const int channels = plan.inChannels;
    const int outChannels = plan.outChannels;
    const int ho = ay.output;
    const int wo = ax.output;
    const int tilesY = (ho + M - 1) / M;
    const int tilesX = (wo + M - 1) / M;
    // The padded input, extended with zeros to whole tiles, has rows of M tilesX + 2 columns.
    const int wq = M * tilesX + 2;
    const int threads = resolveThreads(options.threads);

    // A task transforms a block of whole rows of tiles and multiplies it with U. The block holds
    // as many rows as fit kTransformFloats, but at least kMinBlockTiles tiles: Eigen packs U_xi
    // (O x C) afresh for every product, and with few tiles (W9's 512 channels at 28x28 had 14 per
    // task) that packing and streaming U from memory cost more than the multiplications.
    const std::int64_t tileRowFloats
        = std::int64_t { a2 } * std::max(channels, outChannels) * tilesX;
    const std::int64_t minRows = (kMinBlockTiles + tilesX - 1) / tilesX;
    int rowsPerTask = static_cast<int>(
        std::clamp<std::int64_t>(std::max(kTransformFloats / tileRowFloats, minRows), 1, tilesY));
    // Equal shares for the threads: a task count that is a multiple of the thread count (W3's
    // 28 rows of tiles in 7 tasks of 4 left one of two threads with 16 rows, the other with 12),
    // the larger tasks first so that the dynamic hand-out evens out what is left at the end.
    // When all rows fit one block (VGG's 14x14 layers: 7 rows of 7 tiles), splitting them would
    // bring back the short products; the threads split the output channels instead, each
    // transforming the block's input itself (cheap next to O/threads x C products per tile).
    int rowTasks = (tilesY + rowsPerTask - 1) / rowsPerTask;
    const int oBlocks = rowTasks == 1 ? std::min(threads, std::max(1, outChannels / 8)) : 1;
    if (oBlocks == 1)
        rowTasks = std::min(tilesY, (rowTasks + threads - 1) / threads * threads);
    const int rowsBase = tilesY / rowTasks;
    const int rowsExtra = tilesY % rowTasks;
    rowsPerTask = rowsBase + (rowsExtra > 0 ? 1 : 0);
    const int oPerBlock = (outChannels + oBlocks - 1) / oBlocks;
    const int tasks = rowTasks * oBlocks;
    const std::int64_t blockTiles = std::int64_t { rowsPerTask } * tilesX;
    // Vector loops over tiles run up to 7 tiles past a row's end: rows of V and M get that slack.
    const int chunks = (tilesX + w - 1) / w;
    const std::int64_t ld = blockTiles + w;
    const int splitLength = (chunks + 1) * w; // one phase of a combined row, in tiles

    Workspace local;
    Workspace& ws = options.workspace ? *options.workspace : local;
    float* u = ws.buffer(kSlotWeights, std::int64_t { a2 } * outChannels * channels);
    // Per thread: V (a^2 x C x block), M (a^2 x O x block), the M phases of the a combined rows,
    // the M output rows of a partial vector of tiles, and one channel's padded input rows for the
    // block (M rows per row of tiles, plus 2; then slack, because the phase loads of the last row
    // read up to 2 M simd::kWidth floats past it).
    const std::int64_t splitFloats = std::int64_t { a } * M * splitLength;
    const std::int64_t rowFloats = std::int64_t { M } * M * w;
    const std::int64_t bandFloats = std::int64_t { M * rowsPerTask + 2 } * wq + 2 * M * w + 64;
    const std::int64_t scratchFloats
        = a2 * (std::int64_t { channels } + oPerBlock) * ld + splitFloats + rowFloats + bandFloats;
    std::vector<float*> scratch(static_cast<std::size_t>(threads));
    for (int t = 0; t < threads; ++t)
        scratch[static_cast<std::size_t>(t)] = ws.buffer(kSlotThreadScratch + t, scratchFloats);

    // The kernels' transform in equal shares of whole vectors, one per thread.
    const std::int64_t kernelCount = std::int64_t { outChannels } * channels;
    const std::int64_t share
        = ((kernelCount + threads - 1) / threads + w - 1) / w * w;
    parallelFor(threads, threads, [&](int part, int) {
        const std::int64_t first = std::min(kernelCount, part * share);
        transformKernels<M>(weight.data(), first, std::min(kernelCount, first + share),
            kernelCount, params.flip, u);
    });
    // The padding map of a row; the inside of each row is one copy.
    std::vector<int> columnSource(static_cast<std::size_t>(wq));
    for (int x = 0; x < wq; ++x)
        columnSource[static_cast<std::size_t>(x)]
            = x < ax.paddedInput() ? padSource(x - ax.padBefore, ax.input, params.paddingMode) : -1;
    const int insideEnd = ax.padBefore + ax.input;
    // Writes padded rows [y0, y0 + count) of channel c to band. Each task pads the rows it reads
    // itself, channel by channel into a few KiB that stay in L1, rather than the caller padding
    // the whole input before the threads start (a serial 0.9 MB copy for W3).
    const auto padRows = [&](int c, int y0, int count, float* band) {
        const float* src = input.plane(c);
        for (int r = 0; r < count; ++r) {
            const int y = y0 + r;
            float* row = band + std::int64_t { r } * wq;
            const int sy = y < ay.paddedInput()
                ? padSource(y - ay.padBefore, ay.input, params.paddingMode)
                : -1;
            if (sy < 0) {
                std::fill(row, row + wq, 0.0f);
                continue;
            }
            const float* srow = src + std::int64_t { sy } * ax.input;
            for (int x = 0; x < ax.padBefore; ++x)
                row[x] = columnSource[static_cast<std::size_t>(x)] < 0
                    ? 0.0f
                    : srow[columnSource[static_cast<std::size_t>(x)]];
            std::copy(srow, srow + ax.input, row + ax.padBefore);
            for (int x = insideEnd; x < wq; ++x)
                row[x] = columnSource[static_cast<std::size_t>(x)] < 0
                    ? 0.0f
                    : srow[columnSource[static_cast<std::size_t>(x)]];
        }
    };

    output.reshape(plan.outputShape());
    const std::int64_t outPlane = std::int64_t { ho } * wo;
    const auto run = [&](int task, int worker) {
        const int rowTask = task / oBlocks;
        const int oFirst = task % oBlocks * oPerBlock;
        const int oEnd = std::min(outChannels, oFirst + oPerBlock);
        const int ty0 = rowTask * rowsBase + std::min(rowTask, rowsExtra);
        const int ty1 = ty0 + rowsBase + (rowTask < rowsExtra ? 1 : 0);
        const std::int64_t nTiles = std::int64_t { ty1 - ty0 } * tilesX;
        float* v = scratch[static_cast<std::size_t>(worker)];
        float* m = v + a2 * std::int64_t { channels } * ld;
        float* split = m + a2 * std::int64_t { oPerBlock } * ld;
        float* rows = split + splitFloats;
        float* band = rows + rowFloats;
        const std::int64_t vPlane = std::int64_t { channels } * ld;
        // V = B^T d B, one row of tiles at a time: vertical combinations of alpha input rows,
        // split into the M phases of the columns, then the horizontal ones: column j of tile t
        // is phase j mod M of tile t + j / M.
        for (int c = 0; c < channels; ++c) {
            padRows(c, M * ty0, M * (ty1 - ty0) + 2, band);
            for (int ty = ty0; ty < ty1; ++ty) {
                const float* in[a];
                for (int i = 0; i < a; ++i)
                    in[i] = band + std::int64_t { M * (ty - ty0) + i } * wq;
                for (int k = 0; k < splitLength; k += w) {
                    Vec phase[a][M];
                    for (int i = 0; i < a; ++i)
                        loadPhases<M>(in[i] + M * k, phase[i]);
                    for (int p = 0; p < M; ++p) {
                        Vec d[a];
                        Vec r[a];
                        for (int i = 0; i < a; ++i)
                            d[i] = phase[i][p];
                        Tile<M>::input(d, r);
                        for (int i = 0; i < a; ++i)
                            simd::store(split + (i * M + p) * splitLength + k, r[i]);
                    }
                }
                float* to = v + c * ld + std::int64_t { ty - ty0 } * tilesX; // V_0 of the row
                for (int i = 0; i < a; ++i, to += a * vPlane) {
                    const float* from[a];
                    for (int j = 0; j < a; ++j)
                        from[j] = split + (i * M + j % M) * splitLength + j / M;
                    for (int t = 0; t < tilesX; t += w) {
                        Vec d[a];
                        Vec r[a];
                        for (int j = 0; j < a; ++j)
                            d[j] = simd::load(from[j] + t);
                        Tile<M>::input(d, r);
                        for (int j = 0; j < a; ++j)
                            simd::store(to + j * vPlane + t, r[j]);
                    }
                }
            }
        }
        // M_xi = U_xi V_xi for output channels [oFirst, oEnd).
        for (int xi = 0; xi < a2; ++xi) {
            Eigen::Map<const RowMajor> um(
                u + (xi * std::int64_t { outChannels } + oFirst) * channels, oEnd - oFirst,
                channels);
            Eigen::Map<const RowMajor, Eigen::Unaligned, Eigen::OuterStride<>> vm(
                v + xi * vPlane, channels, nTiles, Eigen::OuterStride<>(ld));
            Eigen::Map<RowMajor, Eigen::Unaligned, Eigen::OuterStride<>> mm(
                m + xi * std::int64_t { oEnd - oFirst } * ld, oEnd - oFirst, nTiles,
                Eigen::OuterStride<>(ld));
            mm.noalias() = um * vm;
        }
        // Y = A^T M A plus the bias, eight tiles at a time; the last row or column of tiles may
        // hang over the output's edge.
        const std::int64_t xiStride = std::int64_t { oEnd - oFirst } * ld;
        for (int o = oFirst; o < oEnd; ++o) {
            const Vec b = simd::broadcast(bias ? (*bias)[o] : 0.0f);
            for (int ty = ty0; ty < ty1; ++ty) {
                const float* mt
                    = m + std::int64_t { o - oFirst } * ld + std::int64_t { ty - ty0 } * tilesX;
                float* out[M];
                for (int r = 0; r < M; ++r)
                    out[r] = M * ty + r < ho
                        ? output.data() + o * outPlane + std::int64_t { M * ty + r } * wo
                        : nullptr;
                const float* from[a2];
                for (int xi = 0; xi < a2; ++xi)
                    from[xi] = mt + xi * xiStride;
                for (int t = 0; t < tilesX; t += w) {
                    Vec columns[M][a]; // A^T M: output row r, column j of the tiles
                    for (int j = 0; j < a; ++j) {
                        Vec mv[a];
                        Vec y[M];
                        for (int i = 0; i < a; ++i)
                            mv[i] = simd::load(from[i * a + j] + t);
                        Tile<M>::output(mv, y);
                        for (int r = 0; r < M; ++r)
                            columns[r][j] = y[r];
                    }
                    const int x = M * t;
                    const bool whole = x + M * w <= wo;
                    for (int r = 0; r < M; ++r) {
                        if (!out[r])
                            break;
                        Vec y[M];
                        Tile<M>::output(columns[r], y);
                        for (int s = 0; s < M; ++s)
                            y[s] = y[s] + b;
                        if (whole) {
                            storePhases<M>(out[r] + x, y);
                            continue;
                        }
                        storePhases<M>(rows, y);
                        std::copy(rows, rows + (wo - x), out[r] + x);
                    }
                }
            }
        }
    };
    if (!parallelForCancellable(tasks, threads, options.cancelled, run))
        return Error { "cancelled" };
    return {};
}

} // namespace

bool winogradSuits(const SlidingPlan& plan, const ConvParams& params)
{
    if (plan.spatialDims != 2 || params.groups != 1)
        return false;
    for (int i = 0; i < 2; ++i) {
        const Axis& a = plan.axes[static_cast<std::size_t>(i)];
        if (a.kernel != 3 || a.stride != 1 || a.dilation != 1)
            return false;
    }
    // Below ~16 channels the transforms cost more than the multiplications they save.
    return plan.inChannels >= 16 && plan.outChannels >= 16;
}

// F(4x4) wherever its products still get enough tiles. Measured per VGG-16 layer at one thread
// (bench/vgg_profile, CPU ms, F(2x2) -> F(4x4)): 224x224 outputs 51-55 -> 38, 112x112 50-52 ->
// 36-42, 56x56 38-48 -> 28-45, 28x28 with 512 channels 40-57 -> 38-44 (256 -> 512: level), but
// 14x14 15-17 -> 23-36: 4x4 tiles leave 16 tiles per product there.
int winogradTile(const SlidingPlan& plan)
{
    return std::min(plan.axes[0].output, plan.axes[1].output) >= 28 ? 4 : 2;
}

Status convolveWinograd(const Tensor& input, const Tensor& weight, const Tensor* bias,
    const ConvParams& params, const SlidingPlan& plan, Tensor& output, const RunOptions& options,
    int tile)
{
    if ((tile == 0 ? winogradTile(plan) : tile) == 4)
        return convolveTiles<4>(input, weight, bias, params, plan, output, options);
    return convolveTiles<2>(input, weight, bias, params, plan, output, options);
}

} // namespace convscope::detail
