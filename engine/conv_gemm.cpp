#include "conv_internal.h"

#include "parallel.h"

#include <Eigen/Core>

#include <algorithm>
#include <cstring>
#include <limits>
#include <vector>

// The general path: im2col + GEMM (Chellapilla, Puri and Simard, "High performance
// convolutional neural networks for document processing", 2006), tiled over output positions
// so that one tile's column matrix (C/groups * kernel volume rows) stays in L2 while Eigen's
// GEMM consumes it. Tiles are independent tasks for the thread pool, each with its own
// persistent column buffer in the Workspace. Zero padding is applied while gathering the
// columns, so the common case needs no padded copy of the input.

namespace convscope::detail {

namespace {

constexpr std::int64_t kTileFloats = 96 * 1024; // 384 KiB of columns: fits Zen 3's 512 KiB L2
constexpr int kMaxTileColumns = 4096;

// The input as the gather sees it: either the tensor itself with its zero padding still to
// apply, or a padded copy (other padding modes) with nothing left to pad.
struct Source {
    const float* data = nullptr;
    std::array<int, 3> size {};
    std::array<int, 3> padBefore {};
};

// Writes rows (c, kz, ky, kx) x columns [first, first + count) of the group's column matrix.
void gatherColumns(const Source& src, const Plan3& g, int firstChannel, int channels,
    std::int64_t first, int count, float* columns)
{
    const auto& ax = g.axes;
    const std::int64_t plane = std::int64_t { src.size[0] } * src.size[1] * src.size[2];
    const std::int64_t outArea = std::int64_t { ax[1].output } * ax[2].output;
    float* dst = columns;
    for (int c = 0; c < channels; ++c) {
        const float* in = src.data + (firstChannel + c) * plane;
        for (int kz = 0; kz < ax[0].kernel; ++kz)
            for (int ky = 0; ky < ax[1].kernel; ++ky)
                for (int kx = 0; kx < ax[2].kernel; ++kx) {
                    int z = static_cast<int>(first / outArea);
                    int y = static_cast<int>(first % outArea / ax[2].output);
                    int x = static_cast<int>(first % ax[2].output);
                    for (int done = 0; done < count;) {
                        const int len = std::min(count - done, ax[2].output - x);
                        const int iz = z * ax[0].stride + kz * ax[0].dilation - src.padBefore[0];
                        const int iy = y * ax[1].stride + ky * ax[1].dilation - src.padBefore[1];
                        int lo = 0;
                        int hi = 0;
                        const float* row = nullptr;
                        const int ix0 = x * ax[2].stride + kx * ax[2].dilation - src.padBefore[2];
                        const int sx = ax[2].stride;
                        if (iz >= 0 && iz < src.size[0] && iy >= 0 && iy < src.size[1]) {
                            row = in + (std::int64_t { iz } * src.size[1] + iy) * src.size[2];
                            // Columns j with 0 <= ix0 + j * sx < width read the input.
                            lo = ix0 >= 0 ? 0 : std::min(len, (-ix0 + sx - 1) / sx);
                            hi = ix0 >= src.size[2]
                                ? lo
                                : std::clamp((src.size[2] - 1 - ix0) / sx + 1, lo, len);
                        }
                        std::fill(dst, dst + lo, 0.0f);
                        if (hi > lo && sx == 1)
                            std::memcpy(dst + lo, row + ix0 + lo,
                                sizeof(float) * static_cast<std::size_t>(hi - lo));
                        else
                            for (int j = lo; j < hi; ++j)
                                dst[j] = row[ix0 + j * sx];
                        std::fill(dst + hi, dst + len, 0.0f);
                        dst += len;
                        done += len;
                        x = 0;
                        if (++y == ax[1].output) {
                            y = 0;
                            ++z;
                        }
                    }
                }
    }
}

} // namespace

void padInput(const Tensor& input, const Plan3& g, PaddingMode mode, float* padded)
{
    const auto& ax = g.axes;
    const int dp = ax[0].paddedInput(), hp = ax[1].paddedInput(), wp = ax[2].paddedInput();
    for (int c = 0; c < g.inChannels; ++c) {
        const float* src = input.plane(c);
        float* dst = padded + static_cast<std::int64_t>(c) * dp * hp * wp;
        for (int z = 0; z < dp; ++z) {
            const int sz = padSource(z - ax[0].padBefore, ax[0].input, mode);
            for (int y = 0; y < hp; ++y) {
                float* row = dst + (static_cast<std::int64_t>(z) * hp + y) * wp;
                const int sy = padSource(y - ax[1].padBefore, ax[1].input, mode);
                if (sz < 0 || sy < 0) {
                    std::fill(row, row + wp, 0.0f);
                    continue;
                }
                const float* srow
                    = src + (static_cast<std::int64_t>(sz) * ax[1].input + sy) * ax[2].input;
                for (int x = 0; x < ax[2].padBefore; ++x) {
                    const int sx = padSource(x - ax[2].padBefore, ax[2].input, mode);
                    row[x] = sx < 0 ? 0.0f : srow[sx];
                }
                std::copy(srow, srow + ax[2].input, row + ax[2].padBefore);
                for (int x = ax[2].padBefore + ax[2].input; x < wp; ++x) {
                    const int sx = padSource(x - ax[2].padBefore, ax[2].input, mode);
                    row[x] = sx < 0 ? 0.0f : srow[sx];
                }
            }
        }
    }
}

Status convolveGemm(const Tensor& input, const Tensor& weight, const Tensor* bias,
    const ConvParams& params, const SlidingPlan& plan, Tensor& output, const RunOptions& options)
{
    const Plan3 g = toPlan3(plan);
    const auto& ax = g.axes;
    const int groups = params.groups;
    const int cPerGroup = g.inChannels / groups;
    const int oPerGroup = g.outChannels / groups;
    const int kernelVolume = ax[0].kernel * ax[1].kernel * ax[2].kernel;
    const std::int64_t rows = std::int64_t { cPerGroup } * kernelVolume;
    const std::int64_t cols = std::int64_t { ax[0].output } * ax[1].output * ax[2].output;
    const int threads = resolveThreads(options.threads);

    // Tile width: as many columns as fit the cache budget, a multiple of 16 (two AVX vectors),
    // yet small enough that every thread gets several tiles.
    std::int64_t tile = std::clamp<std::int64_t>(kTileFloats / rows / 16 * 16, 16, kMaxTileColumns);
    const std::int64_t minTiles = (4 * threads + groups - 1) / groups;
    tile = std::max<std::int64_t>(
        16, std::min(tile, ((cols + minTiles - 1) / minTiles + 15) / 16 * 16));
    tile = std::min(tile, cols);
    const std::int64_t tiles = (cols + tile - 1) / tile;
    if (tiles * groups > std::numeric_limits<int>::max())
        return Error { "the convolution is too large to schedule: reduce the input size" };

    Workspace local;
    Workspace& ws = options.workspace ? *options.workspace : local;
    Source src;
    if (params.paddingMode == PaddingMode::Zeros) {
        src.data = input.data();
        for (int i = 0; i < 3; ++i) {
            src.size[static_cast<std::size_t>(i)] = ax[static_cast<std::size_t>(i)].input;
            src.padBefore[static_cast<std::size_t>(i)] = ax[static_cast<std::size_t>(i)].padBefore;
        }
    } else {
        std::int64_t paddedPlane = 1;
        for (int i = 0; i < 3; ++i) {
            src.size[static_cast<std::size_t>(i)] = ax[static_cast<std::size_t>(i)].paddedInput();
            paddedPlane *= src.size[static_cast<std::size_t>(i)];
        }
        float* padded = ws.buffer(kSlotPadded, paddedPlane * g.inChannels);
        padInput(input, g, params.paddingMode, padded);
        src.data = padded;
    }
    const float* weights = weight.data();
    if (params.flip) {
        float* flipped = ws.buffer(kSlotWeights, weight.numel());
        for (std::int64_t f = 0; f < weight.numel() / kernelVolume; ++f)
            std::reverse_copy(weight.data() + f * kernelVolume,
                weight.data() + (f + 1) * kernelVolume, flipped + f * kernelVolume);
        weights = flipped;
    }
    std::vector<float*> scratch(static_cast<std::size_t>(threads));
    for (int t = 0; t < threads; ++t)
        scratch[static_cast<std::size_t>(t)] = ws.buffer(kSlotThreadScratch + t, rows * tile);

    output.reshape(plan.outputShape());
    using RowMajor = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
    const auto run = [&](int task, int worker) {
        const int grp = static_cast<int>(task / tiles);
        const std::int64_t first = task % tiles * tile;
        const int count = static_cast<int>(std::min(tile, cols - first));
        float* columns = scratch[static_cast<std::size_t>(worker)];
        gatherColumns(src, g, grp * cPerGroup, cPerGroup, first, count, columns);
        Eigen::Map<const RowMajor> wm(
            weights + std::int64_t { grp } * oPerGroup * rows, oPerGroup, rows);
        Eigen::Map<const RowMajor> cm(columns, rows, count);
        float* out = output.data() + std::int64_t { grp } * oPerGroup * cols + first;
        Eigen::Map<RowMajor, Eigen::Unaligned, Eigen::OuterStride<>> om(
            out, oPerGroup, count, Eigen::OuterStride<>(cols));
        om.noalias() = wm * cm;
        if (bias)
            for (int o = 0; o < oPerGroup; ++o)
                om.row(o).array() += (*bias)[grp * oPerGroup + o];
    };
    if (!parallelForCancellable(static_cast<int>(tiles * groups), threads, options.cancelled, run))
        return Error { "cancelled" };
    return {};
}

} // namespace convscope::detail
