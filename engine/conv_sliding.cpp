#include "conv_internal.h"

#include "parallel.h"
#include "simd.h"

#include <algorithm>
#include <cstring>
#include <utility>
#include <vector>

// The direct ("sliding") path for layers with few taps per output: depth-wise layers, image
// filters with one channel, and the first layer of a network (3 input channels). For these an
// im2col matrix would be as large as the input times the kernel volume while each of its
// entries is used by only a few output channels, so reading the input in place is faster.
//
// Each task takes one group and a band of output rows. It copies the band's input rows, padded
// as the padding mode says, into a per-thread slab that fits in L2. A horizontal stride s is
// handled by splitting every padded row into s phases (phase p holds columns p, p+s, p+2s, ...),
// so that output column x reads column x + floor(kx*d/s) of phase (kx*d) mod s: every tap is a
// contiguous run of the slab and the inner loop is an unstrided multiply-add (the polyphase
// decomposition of a strided filter). A block of output columns and channels is accumulated in
// vector registers over all taps and stored once.

namespace convscope::detail {

namespace {

constexpr int kMaxBlock = 64; // the widest register block, in output columns
constexpr std::int64_t kSlabFloats = 64 * 1024; // 256 KiB: half of Zen 3's per-core L2

// Accumulates Outputs output channels times Vectors * 8 output columns over all taps, in
// registers (at most 12 of the 16 AVX registers), and stores the first `valid` columns.
// Several output channels per block share each input load; one channel (depth-wise layers)
// takes eight vectors instead, so that the FMA latency is hidden either way. Zen 3 issues two
// loads and two FMAs per cycle, and half of the unaligned loads here cross a cache line, so
// loads per FMA decide the speed: 9/8 for 1x8, 7/12 for 4x3.
template <int Outputs, int Vectors>
void accumulateBlock(const float* base, const std::int64_t* tapOffsets, const float* weights,
    std::int64_t weightStride, int taps, const float* bias, float* dst, std::int64_t dstStride,
    int valid)
{
    simd::Vec acc[Outputs][Vectors];
    for (int o = 0; o < Outputs; ++o)
        for (int v = 0; v < Vectors; ++v)
            acc[o][v] = simd::broadcast(bias[o]);
    for (int t = 0; t < taps; ++t) {
        const float* src = base + tapOffsets[t];
        simd::Vec in[Vectors];
        for (int v = 0; v < Vectors; ++v)
            in[v] = simd::load(src + v * simd::kWidth);
        for (int o = 0; o < Outputs; ++o) {
            const simd::Vec w = simd::broadcast(weights[o * weightStride + t]);
            for (int v = 0; v < Vectors; ++v)
                acc[o][v] = simd::fma(w, in[v], acc[o][v]);
        }
    }
    for (int o = 0; o < Outputs; ++o) {
        float* out = dst + o * dstStride;
        int v = 0;
        for (; v < Vectors && (v + 1) * simd::kWidth <= valid; ++v)
            simd::store(out + v * simd::kWidth, acc[o][v]);
        if (v < Vectors && v * simd::kWidth < valid) {
            alignas(32) float tail[simd::kWidth];
            simd::store(tail, acc[o][v]);
            for (int i = 0; i < valid - v * simd::kWidth; ++i)
                out[v * simd::kWidth + i] = tail[i];
        }
    }
}

// The register blocking for a group of oPerGroup output channels.
struct Blocking {
    int outputs;
    int columns;
};

Blocking blockingFor(int oPerGroup, int outputWidth)
{
    if (oPerGroup % 4 == 0)
        return { 4, 3 * simd::kWidth };
    if (oPerGroup % 2 == 0)
        return { 2, 4 * simd::kWidth };
    // One channel: 5 to 8 vectors, as many as split the row into equal blocks (a 112-wide row
    // is two blocks of 7 vectors, not 8 + 6 with a quarter of the second block wasted).
    const int vectors = (outputWidth + simd::kWidth - 1) / simd::kWidth;
    const int blocks = (vectors + kMaxBlock / simd::kWidth - 1) / (kMaxBlock / simd::kWidth);
    return { 1, std::max(5, (vectors + blocks - 1) / blocks) * simd::kWidth };
}

} // namespace

bool slidingSuits(const SlidingPlan& plan, const ConvParams& params)
{
    if (plan.spatialDims > 2)
        return false;
    std::int64_t kernelArea = 1;
    for (int i = 0; i < plan.spatialDims; ++i)
        kernelArea *= plan.axes[static_cast<std::size_t>(i)].kernel;
    const std::int64_t taps = std::int64_t { plan.inChannels / params.groups } * kernelArea;
    // Measured on Zen 3 against the im2col + GEMM path (bench/bench_conv.cpp): the direct path
    // wins while an output needs at most a few hundred multiply-adds.
    return taps <= kSlidingMaxTaps;
}

Status convolveSliding(const Tensor& input, const Tensor& weight, const Tensor* bias,
    const ConvParams& params, const SlidingPlan& plan, Tensor& output, const RunOptions& options)
{
    const Plan3 g = toPlan3(plan);
    const Axis& ay = g.axes[1];
    const Axis& ax = g.axes[2];
    const int groups = params.groups;
    const int cPerGroup = g.inChannels / groups;
    const int oPerGroup = g.outChannels / groups;
    const int kernelArea = ay.kernel * ax.kernel;
    const int taps = cPerGroup * kernelArea;
    const int sx = ax.stride;
    const int sy = ay.stride;
    const int wo = ax.output;
    const int ho = ay.output;
    const Blocking blocking = blockingFor(oPerGroup, wo);
    const int blocks = (wo + blocking.columns - 1) / blocking.columns;
    const int maxShift = ((ax.kernel - 1) * ax.dilation) / sx;
    // A phase row holds every column any block reads (blocks may run past the output's width).
    const int phasePitch = blocks * blocking.columns + maxShift + 1;
    const std::int64_t rowPitch = std::int64_t { sx } * phasePitch;
    const int threads = resolveThreads(options.threads);

    // Output rows per band: as many as keep the slab in L2, but enough bands to balance threads.
    const std::int64_t slabRows
        = std::max<std::int64_t>(ay.extent(), kSlabFloats / (cPerGroup * rowPitch));
    int bandRows = static_cast<int>(std::min<std::int64_t>(ho, (slabRows - ay.extent()) / sy + 1));
    const int minBands = (4 * threads + groups - 1) / groups;
    bandRows = std::max(1, std::min(bandRows, (ho + minBands - 1) / minBands));
    const int bands = (ho + bandRows - 1) / bandRows;
    const int inRowsPerBand = (bandRows - 1) * sy + ay.extent();
    const std::int64_t slabFloats = std::int64_t { cPerGroup } * inRowsPerBand * rowPitch;

    Workspace local;
    Workspace& ws = options.workspace ? *options.workspace : local;
    const float* weights = weight.data();
    if (params.flip) {
        float* flipped = ws.buffer(kSlotWeights, weight.numel());
        for (std::int64_t f = 0; f < weight.numel() / kernelArea; ++f)
            std::reverse_copy(weight.data() + f * kernelArea, weight.data() + (f + 1) * kernelArea,
                flipped + f * kernelArea);
        weights = flipped;
    }
    std::vector<float*> slabs(static_cast<std::size_t>(threads));
    for (int t = 0; t < threads; ++t)
        slabs[static_cast<std::size_t>(t)] = ws.buffer(kSlotThreadScratch + t, slabFloats);

    // Where each slab column comes from in an input row (-1: zero), phase by phase.
    std::vector<int> columnSource(static_cast<std::size_t>(rowPitch));
    for (int p = 0; p < sx; ++p)
        for (int j = 0; j < phasePitch; ++j) {
            const int padded = j * sx + p;
            columnSource[static_cast<std::size_t>(p * phasePitch + j)] = padded < ax.paddedInput()
                ? padSource(padded - ax.padBefore, ax.input, params.paddingMode)
                : -1;
        }
    // The columns of each phase that lie inside the input, [first, second): a plain copy.
    std::vector<std::pair<int, int>> inside(static_cast<std::size_t>(sx));
    for (int p = 0; p < sx; ++p) {
        int lo = 0;
        while (lo < phasePitch && lo * sx + p < ax.padBefore)
            ++lo;
        int hi = lo;
        while (hi < phasePitch && hi * sx + p < ax.padBefore + ax.input)
            ++hi;
        inside[static_cast<std::size_t>(p)] = { lo, hi };
    }
    // Slab offset of every tap (c, ky, kx) relative to the slab row of the output row.
    std::vector<std::int64_t> tapOffsets(static_cast<std::size_t>(taps));
    for (int c = 0; c < cPerGroup; ++c)
        for (int ky = 0; ky < ay.kernel; ++ky)
            for (int kx = 0; kx < ax.kernel; ++kx) {
                const int shift = kx * ax.dilation;
                tapOffsets[static_cast<std::size_t>((c * ay.kernel + ky) * ax.kernel + kx)]
                    = (std::int64_t { c } * inRowsPerBand + ky * ay.dilation) * rowPitch
                    + std::int64_t { shift % sx } * phasePitch + shift / sx;
            }

    output.reshape(plan.outputShape());
    const std::int64_t outPlane = std::int64_t { ho } * wo;
    const auto run = [&](int task, int worker) {
        const int grp = task / bands;
        const int y0 = (task % bands) * bandRows;
        const int y1 = std::min(ho, y0 + bandRows);
        const int inRows = (y1 - y0 - 1) * sy + ay.extent();
        float* slab = slabs[static_cast<std::size_t>(worker)];
        for (int c = 0; c < cPerGroup; ++c) {
            const float* plane = input.plane(grp * cPerGroup + c);
            for (int r = 0; r < inRows; ++r) {
                float* dst = slab + (std::int64_t { c } * inRowsPerBand + r) * rowPitch;
                const int iy = padSource(y0 * sy + r - ay.padBefore, ay.input, params.paddingMode);
                if (iy < 0) {
                    std::fill(dst, dst + rowPitch, 0.0f);
                    continue;
                }
                const float* src = plane + std::int64_t { iy } * ax.input;
                for (int p = 0; p < sx; ++p) {
                    float* phase = dst + std::int64_t { p } * phasePitch;
                    const int lo = inside[static_cast<std::size_t>(p)].first;
                    const int hi = inside[static_cast<std::size_t>(p)].second;
                    const int* map = columnSource.data() + std::int64_t { p } * phasePitch;
                    // Only the borders need the padding map; zero padding needs not even that.
                    if (params.paddingMode == PaddingMode::Zeros) {
                        std::fill(phase, phase + lo, 0.0f);
                        std::fill(phase + hi, phase + phasePitch, 0.0f);
                    } else {
                        for (int j = 0; j < lo; ++j)
                            phase[j] = map[j] < 0 ? 0.0f : src[map[j]];
                        for (int j = hi; j < phasePitch; ++j)
                            phase[j] = map[j] < 0 ? 0.0f : src[map[j]];
                    }
                    if (sx == 1)
                        std::memcpy(phase + lo, src + (lo - ax.padBefore),
                            sizeof(float) * static_cast<std::size_t>(hi - lo));
                    else
                        for (int j = lo; j < hi; ++j)
                            phase[j] = src[j * sx + p - ax.padBefore];
                }
            }
        }
        // Output channels innermost: the few KiB of slab that one block reads stay in L1 while
        // every output channel of the group uses them.
        const float zeros[4] = {};
        for (int y = y0; y < y1; ++y) {
            const float* base = slab + std::int64_t { y - y0 } * sy * rowPitch;
            for (int x = 0; x < wo; x += blocking.columns) {
                const int valid = std::min(blocking.columns, wo - x);
                for (int o = grp * oPerGroup; o < (grp + 1) * oPerGroup; o += blocking.outputs) {
                    const float* w = weights + std::int64_t { o } * taps;
                    const float* b = bias ? bias->data() + o : zeros;
                    float* dst = output.data() + o * outPlane + std::int64_t { y } * wo + x;
                    if (blocking.outputs == 4)
                        accumulateBlock<4, 3>(
                            base + x, tapOffsets.data(), w, taps, taps, b, dst, outPlane, valid);
                    else if (blocking.outputs == 2)
                        accumulateBlock<2, 4>(
                            base + x, tapOffsets.data(), w, taps, taps, b, dst, outPlane, valid);
                    else if (blocking.columns == 8 * simd::kWidth)
                        accumulateBlock<1, 8>(
                            base + x, tapOffsets.data(), w, taps, taps, b, dst, outPlane, valid);
                    else if (blocking.columns == 7 * simd::kWidth)
                        accumulateBlock<1, 7>(
                            base + x, tapOffsets.data(), w, taps, taps, b, dst, outPlane, valid);
                    else if (blocking.columns == 6 * simd::kWidth)
                        accumulateBlock<1, 6>(
                            base + x, tapOffsets.data(), w, taps, taps, b, dst, outPlane, valid);
                    else
                        accumulateBlock<1, 5>(
                            base + x, tapOffsets.data(), w, taps, taps, b, dst, outPlane, valid);
                }
            }
        }
    };
    if (!parallelForCancellable(groups * bands, threads, options.cancelled, run))
        return Error { "cancelled" };
    return {};
}

} // namespace convscope::detail
