#include "conv_internal.h"

#include "parallel.h"
#include "simd.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <utility>
#include <vector>

// The direct ("sliding") path for layers with few taps per output: depth-wise layers, image
// filters with one channel, and the first layer of a network (3 input channels). For these an
// im2col matrix would be as large as the input times the kernel volume while each of its
// entries is used by only a few output channels, so reading the input in place is faster.
//
// Depth-wise 3x3 and 5x5 layers with stride 1 and zero padding read their input planes in place
// (convolveDepthwise below). Every other layer goes through a slab: each task takes one group's
// band of output rows (for a chunk of its output channels) and copies the band's input rows,
// padded as the padding mode says, into a per-thread slab that fits in L2. A horizontal stride s is
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
// registers (at most 12 of the 16 AVX registers), and stores them, or with Tail only the first
// `valid` columns (a separate instantiation: the tail's store loop would otherwise make the
// compiler keep the accumulators in memory). Several output channels per block share each
// input load; one channel takes up to eight vectors instead, so that the FMA latency is hidden
// either way. Zen 3 issues two loads and two FMAs per cycle, and half of the unaligned loads
// here cross a cache line, so loads per FMA decide the speed: 9/8 for 1x8, 7/12 for 4x3.
template <int Outputs, int Vectors, bool Tail>
void accumulateBlock(const float* base, const std::int64_t* tapOffsets, const float* weights,
    std::int64_t weightStride, int taps, const float* bias, float* dst, std::int64_t dstStride,
    int valid)
{
    // A do-while: every layer has a tap, and with a loop that might not run GCC kept a copy of
    // all accumulators in memory around it.
    simd::Vec acc[Outputs][Vectors];
    for (int o = 0; o < Outputs; ++o)
        for (int v = 0; v < Vectors; ++v)
            acc[o][v] = simd::broadcast(bias[o]);
    int t = 0;
    do {
        const float* src = base + tapOffsets[t];
        simd::Vec in[Vectors];
        for (int v = 0; v < Vectors; ++v)
            in[v] = simd::load(src + v * simd::kWidth);
        for (int o = 0; o < Outputs; ++o) {
            const simd::Vec w = simd::broadcast(weights[o * weightStride + t]);
            for (int v = 0; v < Vectors; ++v)
                acc[o][v] = simd::fma(w, in[v], acc[o][v]);
        }
    } while (++t < taps);
    if constexpr (!Tail) {
        for (int o = 0; o < Outputs; ++o)
            for (int v = 0; v < Vectors; ++v)
                simd::store(dst + o * dstStride + v * simd::kWidth, acc[o][v]);
        return;
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

// The last block of a row, `valid` < V * 8 columns: as few vectors as cover them.
template <int Outputs, int V>
void accumulateRest(const float* base, const std::int64_t* tapOffsets, const float* weights,
    int taps, const float* bias, float* dst, std::int64_t dstStride, int valid)
{
    if constexpr (V > 1)
        if (valid <= (V - 1) * simd::kWidth) {
            accumulateRest<Outputs, V - 1>(
                base, tapOffsets, weights, taps, bias, dst, dstStride, valid);
            return;
        }
    if (valid == V * simd::kWidth)
        accumulateBlock<Outputs, V, false>(
            base, tapOffsets, weights, taps, taps, bias, dst, dstStride, valid);
    else
        accumulateBlock<Outputs, V, true>(
            base, tapOffsets, weights, taps, taps, bias, dst, dstStride, valid);
}

// One output row of Outputs channels, `width` columns: blocks of Vectors vectors, then the rest.
template <int Outputs, int Vectors>
void accumulateRow(const float* base, const std::int64_t* tapOffsets, const float* weights,
    int taps, const float* bias, float* dst, std::int64_t dstStride, int width)
{
    constexpr int columns = Vectors * simd::kWidth;
    int x = 0;
    for (; x + columns <= width; x += columns)
        accumulateBlock<Outputs, Vectors, false>(
            base + x, tapOffsets, weights, taps, taps, bias, dst + x, dstStride, columns);
    if (x < width)
        accumulateRest<Outputs, Vectors>(
            base + x, tapOffsets, weights, taps, bias, dst + x, dstStride, width - x);
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

// Depth-wise layers (one input channel per group), K x K, stride 1, no dilation, zero padding:
// each output channel is computed straight from its unpadded input plane, R = 8 output rows at a
// time. Every input row of the block is loaded once per tap column (x-1, x, x+1 for K = 3) and
// feeds the K - or fewer - output rows it touches, so a vector of 8 x R outputs costs
// (R + K - 1) * K loads for R * K * K multiply-adds (30 for 72 with K = 3). Rows above and
// below the input read a row of zeros; the first and last vectors of a row, which reach into the
// left and right padding, load only the lanes inside the row (a masked load). A row's
// last vector ends at the row's end and overlaps the one before it (both write the same values).
constexpr int kDepthwiseRows = 8;

// Columns c .. c+7 of a row of `width` floats, zeros outside [0, width): columnsAt(c, width)
// once per column offset, then loadColumns(row, columns) for each row.
#if defined(__AVX2__) && defined(__FMA__)
struct Columns {
    __m256i inside; // lanes whose column lies in the row
    std::intptr_t first;
};
inline Columns columnsAt(int c, int width)
{
    const __m256i col
        = _mm256_add_epi32(_mm256_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7), _mm256_set1_epi32(c));
    return { _mm256_and_si256(_mm256_cmpgt_epi32(col, _mm256_set1_epi32(-1)),
                 _mm256_cmpgt_epi32(_mm256_set1_epi32(width), col)),
        c };
}
inline simd::Vec loadColumns(const float* row, const Columns& columns)
{
    // A masked load reads (and may fault on) only the lanes inside the row, so its address may
    // lie before the row; it is computed as an integer, not as an out-of-range pointer.
    const auto* p = reinterpret_cast<const float*>(reinterpret_cast<std::uintptr_t>(row)
        + static_cast<std::uintptr_t>(columns.first * std::intptr_t { sizeof(float) }));
    return _mm256_maskload_ps(p, columns.inside);
}
#else
struct Columns {
    int first;
    int width;
};
inline Columns columnsAt(int c, int width)
{
    return { c, width };
}
inline simd::Vec loadColumns(const float* row, const Columns& columns)
{
    simd::Vec v {};
    for (int i = 0; i < simd::kWidth; ++i) {
        const int c = columns.first + i;
        v[i] = c >= 0 && c < columns.width ? row[c] : 0.0f;
    }
    return v;
}
#endif

// R output rows times 8 columns from x0 on; rows[i] is input row (first output row - pad + i),
// c0 the input column of output column x0's first tap.
template <int K, int R, bool Edge>
inline void depthwiseVector(const float* const* rows, int c0, int width, const float* kernel,
    simd::Vec bias, float* const* out, int x0)
{
    // One kernel column at a time: its K weights, then each input row's vector once, into the
    // (up to K) output rows it touches. 8 rows keep 8 independent sums, K + 8 + 1 registers.
    // Fully unrolled (GCC does not by itself), so that everything stays in registers.
    simd::Vec acc[R];
#pragma GCC unroll 8
    for (int r = 0; r < R; ++r)
        acc[r] = bias;
#pragma GCC unroll 8
    for (int kx = 0; kx < K; ++kx) {
        simd::Vec w[K];
#pragma GCC unroll 8
        for (int ky = 0; ky < K; ++ky)
            w[ky] = simd::broadcast(kernel[ky * K + kx]);
        [[maybe_unused]] const Columns columns = columnsAt(c0 + kx, width);
#pragma GCC unroll 16
        for (int i = 0; i < R + K - 1; ++i) {
            simd::Vec v
                = Edge ? loadColumns(rows[i], columns) : simd::load(rows[i] + c0 + kx);
#if defined(__AVX2__) && defined(__FMA__)
            // In a register: GCC would otherwise fold the load into each of the K multiply-adds
            // that use it, loading every input vector K times (a quarter slower).
            __asm__("" : "+x"(v));
#endif
#pragma GCC unroll 8
            for (int r = 0; r < R; ++r)
                if (i - r >= 0 && i - r < K)
                    acc[r] = simd::fma(w[i - r], v, acc[r]);
        }
    }
#pragma GCC unroll 8
    for (int r = 0; r < R; ++r)
        simd::store(out[r] + x0, acc[r]);
}

template <int K, int R>
void depthwiseRows(const float* const* rows, int width, int padLeft, int wo, const float* kernel,
    simd::Vec bias, float* const* out)
{
    for (int x = 0;; x += simd::kWidth) {
        const int x0 = std::min(x, wo - simd::kWidth);
        const int c0 = x0 - padLeft;
        if (c0 >= 0 && c0 + simd::kWidth + K - 1 <= width)
            depthwiseVector<K, R, false>(rows, c0, width, kernel, bias, out, x0);
        else
            depthwiseVector<K, R, true>(rows, c0, width, kernel, bias, out, x0);
        if (x0 + simd::kWidth >= wo)
            break;
    }
}

template <int K>
void depthwiseBand(const float* plane, const Axis& ay, const Axis& ax, int y0, int y1,
    const float* kernel, float bias, const float* zeros, float* outPlane)
{
    const simd::Vec b = simd::broadcast(bias);
    const float* rows[kDepthwiseRows + K - 1];
    float* out[kDepthwiseRows];
    const int wo = ax.output;
    // Output rows y .. y+n-1: n + K - 1 input rows, those outside the input read zeros.
    const auto block = [&](int y, int n) {
        for (int i = 0; i < n + K - 1; ++i) {
            const int iy = y - ay.padBefore + i;
            rows[i] = iy >= 0 && iy < ay.input ? plane + std::int64_t { iy } * ax.input : zeros;
        }
        for (int r = 0; r < n; ++r)
            out[r] = outPlane + std::int64_t { y + r } * wo;
    };
    int y = y0;
    for (; y + kDepthwiseRows <= y1; y += kDepthwiseRows) {
        block(y, kDepthwiseRows);
        depthwiseRows<K, kDepthwiseRows>(rows, ax.input, ax.padBefore, wo, kernel, b, out);
    }
    // The last rows in blocks of 4, 2 and 1.
    if (y1 - y >= 4) {
        block(y, 4);
        depthwiseRows<K, 4>(rows, ax.input, ax.padBefore, wo, kernel, b, out);
        y += 4;
    }
    if (y1 - y >= 2) {
        block(y, 2);
        depthwiseRows<K, 2>(rows, ax.input, ax.padBefore, wo, kernel, b, out);
        y += 2;
    }
    if (y1 - y >= 1) {
        block(y, 1);
        depthwiseRows<K, 1>(rows, ax.input, ax.padBefore, wo, kernel, b, out);
    }
}

} // namespace

bool depthwiseDirectSuits(const SlidingPlan& plan, const ConvParams& params)
{
    const Axis& ay = plan.axes[0];
    const Axis& ax = plan.axes[1];
    if (plan.spatialDims != 2 || plan.inChannels != params.groups
        || params.paddingMode != PaddingMode::Zeros || ax.input < simd::kWidth
        || ax.output < simd::kWidth)
        return false;
    if (ay.kernel != ax.kernel || (ax.kernel != 3 && ax.kernel != 5))
        return false;
    for (const Axis& a : { ay, ax })
        if (a.stride != 1 || a.dilation != 1 || a.padBefore >= a.kernel || a.padAfter >= a.kernel)
            return false;
    return true;
}

namespace {

Status convolveDepthwise(const Tensor& input, const float* weights, const Tensor* bias,
    const ConvParams& params, const Plan3& g, Tensor& output, const RunOptions& options)
{
    const Axis& ay = g.axes[1];
    const Axis& ax = g.axes[2];
    const int k = ax.kernel;
    const int channels = g.outChannels;
    const int oPerGroup = channels / params.groups;
    const int ho = ay.output;
    const int threads = resolveThreads(options.threads);
    // Whole planes, unless there are too few channels to keep every thread busy.
    const int maxChunks = (ho + kDepthwiseRows - 1) / kDepthwiseRows;
    const int chunks = std::clamp((8 * threads + channels - 1) / channels, 1, maxChunks);
    const int chunkRows = ((maxChunks + chunks - 1) / chunks) * kDepthwiseRows;
    const int tasks = channels * ((ho + chunkRows - 1) / chunkRows);
    const std::vector<float> zeros(static_cast<std::size_t>(ax.input), 0.0f);
    const std::int64_t outPlane = std::int64_t { ho } * ax.output;
    const auto run = [&](int task, int) {
        const int o = task % channels;
        const int y0 = (task / channels) * chunkRows;
        const int y1 = std::min(ho, y0 + chunkRows);
        const float* plane = input.plane(o / oPerGroup);
        const float* kernel = weights + std::int64_t { o } * k * k;
        const float b = bias ? (*bias)[o] : 0.0f;
        float* dst = output.data() + o * outPlane;
        if (k == 3)
            depthwiseBand<3>(plane, ay, ax, y0, y1, kernel, b, zeros.data(), dst);
        else
            depthwiseBand<5>(plane, ay, ax, y0, y1, kernel, b, zeros.data(), dst);
    };
    if (!parallelForCancellable(tasks, threads, options.cancelled, run))
        return Error { "cancelled" };
    return {};
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

    // A task is one group's band of output rows for a chunk of its output channels. Output rows
    // per band: as many as keep the slab in L2. Several threads want about 16 tasks each, so
    // that they finish together on a machine where another process may take a core for a
    // while: from more bands, and when a group has few (a 224 x 224 first layer: 3) also from
    // up to 4 chunks of output channels. A thread copies a band into its slab only once for
    // all the chunks it takes in a row.
    const std::int64_t slabRows
        = std::max<std::int64_t>(ay.extent(), kSlabFloats / (cPerGroup * rowPitch));
    int bandRows = static_cast<int>(std::min<std::int64_t>(ho, (slabRows - ay.extent()) / sy + 1));
    const int wantedTasks = threads > 1 ? 16 * threads : 1;
    const int oBlocks = oPerGroup / blocking.outputs;
    int chunkBlocks = oBlocks;
    if (std::int64_t { groups } * ((ho + bandRows - 1) / bandRows) < wantedTasks)
        chunkBlocks = (oBlocks + 3) / 4;
    const int oChunks = (oBlocks + chunkBlocks - 1) / chunkBlocks;
    const int minBands = (wantedTasks + groups * oChunks - 1) / (groups * oChunks);
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
    if (depthwiseDirectSuits(plan, params)) {
        output.reshape(plan.outputShape());
        return convolveDepthwise(input, weights, bias, params, g, output, options);
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
    std::vector<int> slabBand(static_cast<std::size_t>(threads), -1);
    const auto run = [&](int task, int worker) {
        const int band = task / oChunks;
        const int chunk = task % oChunks;
        const int grp = band / bands;
        const int y0 = (band % bands) * bandRows;
        const int y1 = std::min(ho, y0 + bandRows);
        const int inRows = (y1 - y0 - 1) * sy + ay.extent();
        float* slab = slabs[static_cast<std::size_t>(worker)];
        const bool copied = std::exchange(slabBand[static_cast<std::size_t>(worker)], band) == band;
        for (int c = 0; c < cPerGroup && !copied; ++c) {
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
        // Output channels outermost, so that each block of them writes its planes' rows in
        // order (a few long streams, not one short one per channel); the slab stays in L2.
        const float zeros[4] = {};
        const int o0 = grp * oPerGroup + chunk * chunkBlocks * blocking.outputs;
        const int o1 = std::min((grp + 1) * oPerGroup, o0 + chunkBlocks * blocking.outputs);
        for (int o = o0; o < o1; o += blocking.outputs) {
            const float* w = weights + std::int64_t { o } * taps;
            const float* b = bias ? bias->data() + o : zeros;
            for (int y = y0; y < y1; ++y) {
                const float* base = slab + std::int64_t { y - y0 } * sy * rowPitch;
                float* dst = output.data() + o * outPlane + std::int64_t { y } * wo;
                const std::int64_t* offsets = tapOffsets.data();
                if (blocking.outputs == 4)
                    accumulateRow<4, 3>(base, offsets, w, taps, b, dst, outPlane, wo);
                else if (blocking.outputs == 2)
                    accumulateRow<2, 4>(base, offsets, w, taps, b, dst, outPlane, wo);
                else if (blocking.columns == 8 * simd::kWidth)
                    accumulateRow<1, 8>(base, offsets, w, taps, b, dst, outPlane, wo);
                else if (blocking.columns == 7 * simd::kWidth)
                    accumulateRow<1, 7>(base, offsets, w, taps, b, dst, outPlane, wo);
                else if (blocking.columns == 6 * simd::kWidth)
                    accumulateRow<1, 6>(base, offsets, w, taps, b, dst, outPlane, wo);
                else
                    accumulateRow<1, 5>(base, offsets, w, taps, b, dst, outPlane, wo);
            }
        }
    };
    if (!parallelForCancellable(groups * bands * oChunks, threads, options.cancelled, run))
        return Error { "cancelled" };
    return {};
}

} // namespace convscope::detail
