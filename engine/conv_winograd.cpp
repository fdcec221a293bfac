#include "conv_internal.h"

#include "parallel.h"
#include "simd.h"

#include <Eigen/Core>

#include <algorithm>
#include <vector>

// Winograd's minimal filtering F(2x2, 3x3) for 3x3 layers with many channels (Lavin and Gray,
// "Fast Algorithms for Convolutional Neural Networks", CVPR 2016): each 2x2 block of outputs
// comes from a 4x4 block of input d and the kernel g as
//     Y = A^T [ (G g G^T) (.) (B^T d B) ] A,
// with B^T = [1 0 -1 0; 0 1 1 0; 0 -1 1 0; 0 1 0 -1], G = [1 0 0; 1/2 1/2 1/2; 1/2 -1/2 1/2;
// 0 0 1] and A^T = [1 1 1 0; 0 1 -1 -1]. Summed over input channels, the 16 element-wise
// products become 16 matrix products U_xi (O x C) * V_xi (C x tiles): 16 multiply-adds per
// tile and channel pair instead of 36, i.e. 2.25 times fewer.
//
// Transforms run on whole rows so that they vectorise: the vertical half of B^T d B combines
// four input rows; the horizontal half then needs columns 2t..2t+3 of tile t, which after
// splitting each combined row into even and odd columns (E, O) is E[t] - E[t+1], O[t] + E[t+1],
// E[t+1] - O[t], O[t] - O[t+1]: contiguous in t.

namespace convscope::detail {

namespace {

constexpr std::int64_t kTransformFloats = 128 * 1024; // per-thread V block: 512 KiB, Zen 3's L2
constexpr std::int64_t kMinBlockTiles = 160; // see convolveWinograd

using RowMajor = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

// G g G^T of one 3x3 kernel g (row-major), as r[4][4]; T is a float or a vector of eight
// kernels' values, computed with the same operations either way.
template <class T> void transformKernel(const T (&g)[9], T half, T (&r)[16])
{
    T gg[4][3]; // G g
    for (int j = 0; j < 3; ++j) {
        gg[0][j] = g[j];
        gg[1][j] = half * (g[j] + g[3 + j] + g[6 + j]);
        gg[2][j] = half * (g[j] - g[3 + j] + g[6 + j]);
        gg[3][j] = g[6 + j];
    }
    for (int i = 0; i < 4; ++i) {
        r[i * 4 + 0] = gg[i][0];
        r[i * 4 + 1] = half * (gg[i][0] + gg[i][1] + gg[i][2]);
        r[i * 4 + 2] = half * (gg[i][0] - gg[i][1] + gg[i][2]);
        r[i * 4 + 3] = gg[i][2];
    }
}

// U = G g G^T for the kernels (o, c) = oc in [first, last) of `plane`, stored as 16 matrices
// O x C; eight kernels at a time (a 512 x 512 layer has 262144 of them).
void transformKernels(const float* weights, std::int64_t first, std::int64_t last,
    std::int64_t plane, bool flip, float* u)
{
    constexpr int w = simd::kWidth;
    std::int64_t oc = first;
    for (; oc + w <= last; oc += w) {
        float lanes[9][w];
        for (int k = 0; k < w; ++k)
            for (int i = 0; i < 9; ++i)
                lanes[i][k] = weights[(oc + k) * 9 + (flip ? 8 - i : i)];
        simd::Vec g[9];
        for (int i = 0; i < 9; ++i)
            g[i] = simd::load(lanes[i]);
        simd::Vec r[16];
        transformKernel(g, simd::broadcast(0.5f), r);
        for (int xi = 0; xi < 16; ++xi)
            simd::store(u + xi * plane + oc, r[xi]);
    }
    for (; oc < last; ++oc) {
        float g[9];
        for (int i = 0; i < 9; ++i)
            g[i] = weights[oc * 9 + (flip ? 8 - i : i)];
        float r[16];
        transformKernel(g, 0.5f, r);
        for (int xi = 0; xi < 16; ++xi)
            u[xi * plane + oc] = r[xi];
    }
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

Status convolveWinograd(const Tensor& input, const Tensor& weight, const Tensor* bias,
    const ConvParams& params, const SlidingPlan& plan, Tensor& output, const RunOptions& options)
{
    const Axis& ay = plan.axes[0];
    const Axis& ax = plan.axes[1];
    const int channels = plan.inChannels;
    const int outChannels = plan.outChannels;
    const int ho = ay.output;
    const int wo = ax.output;
    const int tilesY = (ho + 1) / 2;
    const int tilesX = (wo + 1) / 2;
    // The padded input, extended with zeros to whole tiles, has rows of 2 tilesX + 2 columns.
    const int wq = 2 * tilesX + 2;
    const int threads = resolveThreads(options.threads);

    // A task transforms a block of whole rows of tiles and multiplies it with U. The block holds
    // as many rows as fit kTransformFloats, but at least kMinBlockTiles tiles: Eigen packs U_xi
    // (O x C) afresh for every product, and with few tiles (W9's 512 channels at 28x28 had 14 per
    // task) that packing and streaming U from memory cost more than the multiplications.
    const std::int64_t tileRowFloats
        = std::int64_t { 16 } * std::max(channels, outChannels) * tilesX;
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
    const int chunks = (tilesX + simd::kWidth - 1) / simd::kWidth;
    const std::int64_t ld = blockTiles + simd::kWidth;
    const int splitLength = (chunks + 1) * simd::kWidth; // even or odd half of a combined row

    Workspace local;
    Workspace& ws = options.workspace ? *options.workspace : local;
    float* u = ws.buffer(kSlotWeights, std::int64_t { 16 } * outChannels * channels);
    // Per thread: V (16 x C x block), M (16 x O x block), four split rows of 2 (tilesX + 1), the
    // two output rows of a partial vector of tiles, and one channel's padded input rows for the
    // block (2 rows per row of tiles, plus 2; then slack, because the split loads read up to
    // 2 * simd::kWidth + 16 floats past a row).
    const std::int64_t splitFloats = 4 * 2 * std::int64_t { splitLength };
    const std::int64_t rowFloats = 4 * (std::int64_t { chunks } + 1) * simd::kWidth;
    const std::int64_t bandFloats = std::int64_t { 2 * rowsPerTask + 2 } * wq + 64;
    const std::int64_t scratchFloats
        = 16 * (std::int64_t { channels } + oPerBlock) * ld + splitFloats + rowFloats + bandFloats;
    std::vector<float*> scratch(static_cast<std::size_t>(threads));
    for (int t = 0; t < threads; ++t)
        scratch[static_cast<std::size_t>(t)] = ws.buffer(kSlotThreadScratch + t, scratchFloats);

    // The kernels' transform in equal shares of whole vectors, one per thread.
    const std::int64_t kernelCount = std::int64_t { outChannels } * channels;
    const std::int64_t share
        = ((kernelCount + threads - 1) / threads + simd::kWidth - 1) / simd::kWidth * simd::kWidth;
    parallelFor(threads, threads, [&](int part, int) {
        const std::int64_t first = std::min(kernelCount, part * share);
        transformKernels(weight.data(), first, std::min(kernelCount, first + share), kernelCount,
            params.flip, u);
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
        using simd::Vec;
        constexpr int w = simd::kWidth;
        const int rowTask = task / oBlocks;
        const int oFirst = task % oBlocks * oPerBlock;
        const int oEnd = std::min(outChannels, oFirst + oPerBlock);
        const int ty0 = rowTask * rowsBase + std::min(rowTask, rowsExtra);
        const int ty1 = ty0 + rowsBase + (rowTask < rowsExtra ? 1 : 0);
        const std::int64_t nTiles = std::int64_t { ty1 - ty0 } * tilesX;
        float* v = scratch[static_cast<std::size_t>(worker)];
        float* m = v + 16 * std::int64_t { channels } * ld;
        float* split = m + 16 * std::int64_t { oPerBlock } * ld;
        float* rows = split + splitFloats;
        float* band = rows + rowFloats;
        // V = B^T d B, one row of tiles at a time: vertical combinations of four input rows,
        // split into even and odd columns, then the horizontal ones.
        for (int c = 0; c < channels; ++c) {
            padRows(c, 2 * ty0, 2 * (ty1 - ty0) + 2, band);
            for (int ty = ty0; ty < ty1; ++ty) {
                const float* r0 = band + std::int64_t { 2 * (ty - ty0) } * wq;
                const float* r1 = r0 + wq;
                const float* r2 = r1 + wq;
                const float* r3 = r2 + wq;
                for (int k = 0; k < splitLength; k += w) {
                    Vec e0, o0, e1, o1, e2, o2, e3, o3;
                    simd::loadDeinterleaved(r0 + 2 * k, e0, o0);
                    simd::loadDeinterleaved(r1 + 2 * k, e1, o1);
                    simd::loadDeinterleaved(r2 + 2 * k, e2, o2);
                    simd::loadDeinterleaved(r3 + 2 * k, e3, o3);
                    simd::store(split + 0 * splitLength + k, e0 - e2);
                    simd::store(split + 1 * splitLength + k, o0 - o2);
                    simd::store(split + 2 * splitLength + k, e1 + e2);
                    simd::store(split + 3 * splitLength + k, o1 + o2);
                    simd::store(split + 4 * splitLength + k, e2 - e1);
                    simd::store(split + 5 * splitLength + k, o2 - o1);
                    simd::store(split + 6 * splitLength + k, e1 - e3);
                    simd::store(split + 7 * splitLength + k, o1 - o3);
                }
                const std::int64_t t0 = std::int64_t { ty - ty0 } * tilesX;
                for (int i = 0; i < 4; ++i) {
                    const float* even = split + 2 * i * splitLength;
                    const float* odd = even + splitLength;
                    float* v0 = v + ((i * 4 + 0) * std::int64_t { channels } + c) * ld + t0;
                    float* v1 = v0 + std::int64_t { channels } * ld;
                    float* v2 = v1 + std::int64_t { channels } * ld;
                    float* v3 = v2 + std::int64_t { channels } * ld;
                    for (int t = 0; t < tilesX; t += w) {
                        const Vec e = simd::load(even + t);
                        const Vec eNext = simd::load(even + t + 1);
                        const Vec o = simd::load(odd + t);
                        const Vec oNext = simd::load(odd + t + 1);
                        simd::store(v0 + t, e - eNext);
                        simd::store(v1 + t, o + eNext);
                        simd::store(v2 + t, eNext - o);
                        simd::store(v3 + t, o - oNext);
                    }
                }
            }
        }
        // M_xi = U_xi V_xi for output channels [oFirst, oEnd).
        for (int xi = 0; xi < 16; ++xi) {
            Eigen::Map<const RowMajor> um(
                u + (xi * std::int64_t { outChannels } + oFirst) * channels, oEnd - oFirst,
                channels);
            Eigen::Map<const RowMajor, Eigen::Unaligned, Eigen::OuterStride<>> vm(
                v + xi * std::int64_t { channels } * ld, channels, nTiles,
                Eigen::OuterStride<>(ld));
            Eigen::Map<RowMajor, Eigen::Unaligned, Eigen::OuterStride<>> mm(
                m + xi * std::int64_t { oEnd - oFirst } * ld, oEnd - oFirst, nTiles,
                Eigen::OuterStride<>(ld));
            mm.noalias() = um * vm;
        }
        // Y = A^T M A plus the bias, eight tiles at a time; the last row or column of tiles may
        // hang over the output's edge.
        for (int o = oFirst; o < oEnd; ++o) {
            const Vec b = simd::broadcast(bias ? (*bias)[o] : 0.0f);
            for (int ty = ty0; ty < ty1; ++ty) {
                const float* mt
                    = m + std::int64_t { o - oFirst } * ld + std::int64_t { ty - ty0 } * tilesX;
                const std::int64_t xiStride = std::int64_t { oEnd - oFirst } * ld;
                float* out0 = output.data() + o * outPlane + std::int64_t { 2 * ty } * wo;
                float* out1 = 2 * ty + 1 < ho ? out0 + wo : nullptr;
                for (int t = 0; t < tilesX; t += w) {
                    Vec sum[4];
                    Vec diff[4];
                    for (int j = 0; j < 4; ++j) {
                        const Vec m0 = simd::load(mt + j * xiStride + t);
                        const Vec m1 = simd::load(mt + (4 + j) * xiStride + t);
                        const Vec m2 = simd::load(mt + (8 + j) * xiStride + t);
                        const Vec m3 = simd::load(mt + (12 + j) * xiStride + t);
                        sum[j] = m0 + m1 + m2;
                        diff[j] = m1 - m2 - m3;
                    }
                    const Vec y00 = sum[0] + sum[1] + sum[2] + b;
                    const Vec y01 = sum[1] - sum[2] - sum[3] + b;
                    const Vec y10 = diff[0] + diff[1] + diff[2] + b;
                    const Vec y11 = diff[1] - diff[2] - diff[3] + b;
                    const int x = 2 * t;
                    if (x + 2 * w <= wo) {
                        simd::storeInterleaved(out0 + x, y00, y01);
                        if (out1)
                            simd::storeInterleaved(out1 + x, y10, y11);
                        continue;
                    }
                    simd::storeInterleaved(rows, y00, y01);
                    simd::storeInterleaved(rows + 2 * w, y10, y11);
                    std::copy(rows, rows + (wo - x), out0 + x);
                    if (out1)
                        std::copy(rows + 2 * w, rows + 2 * w + (wo - x), out1 + x);
                }
            }
        }
    };
    if (!parallelForCancellable(tasks, threads, options.cancelled, run))
        return Error { "cancelled" };
    return {};
}

} // namespace convscope::detail
