#include "conv_internal.h"

#include "parallel.h"
#include "simd.h"

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <array>
#include <vector>

// Large single-channel planes (image filters: a 5x5 kernel on a 4K frame, and depth-wise layers
// on large maps), each output plane as large as its input plane (odd kernels, padding (k - 1) / 2
// on each side). Kernels of 3, 5 or 7 rows and columns go through a direct AVX2 filter: two output
// rows and 32 columns per block (eight accumulators), each input vector loaded once per block and
// used for every output row it feeds, the kernel's values as pre-broadcast vectors that the
// multiply-adds read from memory. Padding rows are a remapping of row pointers (a row of zeros for
// zero padding); only the few columns at each end of a row are built padded, in a small strip.
// On a 4K frame (W4) this took about 10 ms at one thread where one cv::filter2D call on the whole
// plane took 12-16 ms (its FilterEngine copies every row into a bordered ring buffer first).
//
// Other kernel sizes go to cv::filter2D, which picks a vectorised direct filter for small kernels
// and a DFT for large ones. filter2D correlates like the layer, and the padding modes are OpenCV
// border types (zeros = BORDER_CONSTANT, reflect = BORDER_REFLECT_101, replicate =
// BORDER_REPLICATE). Its tasks are bands of rows, one per channel at one thread (each band pays
// filter2D's set-up and re-reads the rows around it) and a few per thread otherwise: filter2D on a
// row range of a larger matrix reads the rows around the range from the whole matrix
// (cv::Mat::locateROI), so bands join seamlessly.

namespace convscope::detail {

namespace {

constexpr std::int64_t kMinPlane = 256 * 256; // smaller planes: OpenCV's set-up cost dominates
constexpr int kBandRows = 64; // direct filter: rows per task
constexpr int kMaxDirect = 7; // largest kernel side of the direct filter

// One block of the direct filter: R output rows x V vectors of eight columns. in[i] points at
// padded input row i of the block (KY + R - 1 rows) at the block's first column; w holds the
// kernel's KY x KX values, each broadcast to a vector.
template <int KY, int KX, int R, int V>
inline void filterBlock(const float* const* in, const float* w, simd::Vec bias, float* const* out)
{
    constexpr int wd = simd::kWidth;
    simd::Vec acc[R][V];
#pragma GCC unroll 4
    for (int q = 0; q < R; ++q)
#pragma GCC unroll 4
        for (int v = 0; v < V; ++v)
            acc[q][v] = bias;
#pragma GCC unroll 8
    for (int i = 0; i < KY + R - 1; ++i)
#pragma GCC unroll 8
        for (int j = 0; j < KX; ++j) {
            simd::Vec d[V];
#pragma GCC unroll 4
            for (int v = 0; v < V; ++v)
                d[v] = simd::load(in[i] + j + v * wd);
#pragma GCC unroll 4
            for (int q = 0; q < R; ++q) {
                const int ki = i - q;
                if (ki < 0 || ki >= KY)
                    continue;
                const simd::Vec wv = simd::load(w + (ki * KX + j) * wd);
#pragma GCC unroll 4
                for (int v = 0; v < V; ++v)
                    acc[q][v] = simd::fma(d[v], wv, acc[q][v]);
            }
        }
#pragma GCC unroll 4
    for (int q = 0; q < R; ++q)
#pragma GCC unroll 4
        for (int v = 0; v < V; ++v)
            simd::store(out[q] + v * wd, acc[q][v]);
}

// What one task of the direct filter needs besides the plane: the padding mode, the broadcast
// kernel, and scratch (a row of zeros, the padded strips at a row's ends and their outputs).
struct DirectContext {
    int height = 0;
    int width = 0;
    PaddingMode mode = PaddingMode::Zeros;
    const float* kernel = nullptr; // KY * KX vectors
    float bias = 0.0f;
};

// Output rows [y0, y1) of one plane.
template <int KY, int KX>
void filterRows(const DirectContext& ctx, const float* src, float* dst, int y0, int y1)
{
    constexpr int wd = simd::kWidth;
    constexpr int py = KY / 2;
    constexpr int px = KX / 2;
    constexpr int inRows = KY + 1; // for two output rows
    const int width = ctx.width;
    // Strips: up to the whole row when it is narrower than a vector plus the padding.
    const int stripWidth = (width + wd - 1) / wd * wd + KX - 1 + wd;
    std::vector<float> scratch(static_cast<std::size_t>(width) + wd
        + std::size_t { inRows } * static_cast<std::size_t>(stripWidth)
        + 2 * static_cast<std::size_t>(stripWidth));
    float* zeros = scratch.data();
    std::fill(zeros, zeros + width + wd, 0.0f);
    float* strip = zeros + width + wd;
    float* stripOut = strip + std::int64_t { inRows } * stripWidth;
    const simd::Vec bias = simd::broadcast(ctx.bias);

    // Outputs [xa, xb) of rows `rows` (R of them) from a padded strip.
    const auto edge = [&]<int R>(const float* const* rows, float* const* out, int xa, int xb) {
        const int n = xb - xa;
        const int n8 = (n + wd - 1) / wd * wd;
        const float* in[inRows];
        float* sout[2];
        for (int i = 0; i < KY + R - 1; ++i) {
            float* s = strip + std::int64_t { i } * stripWidth;
            for (int j = 0; j < n8 + KX - 1; ++j) {
                const int x = xa + j - px;
                const int sx = x < width + px ? padSource(x, width, ctx.mode) : -1;
                s[j] = rows[i] == zeros || sx < 0 ? 0.0f : rows[i][sx];
            }
            in[i] = s;
        }
        for (int q = 0; q < R; ++q)
            sout[q] = stripOut + std::int64_t { q } * stripWidth;
        for (int x = 0; x < n8; x += wd) {
            const float* shifted[inRows];
            float* o[2];
            for (int i = 0; i < KY + R - 1; ++i)
                shifted[i] = in[i] + x;
            for (int q = 0; q < R; ++q)
                o[q] = sout[q] + x;
            filterBlock<KY, KX, R, 1>(shifted, ctx.kernel, bias, o);
        }
        for (int q = 0; q < R; ++q)
            std::copy(sout[q], sout[q] + n, out[q] + xa);
    };
    const auto rowsFrom = [&]<int R>(int y) {
        const float* rows[inRows];
        float* out[2];
        for (int i = 0; i < KY + R - 1; ++i) {
            const int sy = padSource(y + i - py, ctx.height, ctx.mode);
            rows[i] = sy < 0 ? zeros : src + std::int64_t { sy } * width;
        }
        for (int q = 0; q < R; ++q)
            out[q] = dst + std::int64_t { y + q } * width;
        // Inside: output columns [px, width - px) read no padding.
        int x = px;
        const float* in[inRows];
        float* o[2];
        for (; x + 4 * wd <= width - px; x += 4 * wd) {
            for (int i = 0; i < KY + R - 1; ++i)
                in[i] = rows[i] + (x - px);
            for (int q = 0; q < R; ++q)
                o[q] = out[q] + x;
            filterBlock<KY, KX, R, 4>(in, ctx.kernel, bias, o);
        }
        for (; x + wd <= width - px; x += wd) {
            for (int i = 0; i < KY + R - 1; ++i)
                in[i] = rows[i] + (x - px);
            for (int q = 0; q < R; ++q)
                o[q] = out[q] + x;
            filterBlock<KY, KX, R, 1>(in, ctx.kernel, bias, o);
        }
        if (x == px) { // no whole vector inside: the whole row from a strip
            edge.template operator()<R>(rows, out, 0, width);
            return;
        }
        edge.template operator()<R>(rows, out, 0, px);
        if (x < width)
            edge.template operator()<R>(rows, out, x, width);
    };
    int y = y0;
    for (; y + 2 <= y1; y += 2)
        rowsFrom.template operator()<2>(y);
    if (y < y1)
        rowsFrom.template operator()<1>(y);
}

using RowFilter = void (*)(const DirectContext&, const float*, float*, int, int);

template <int KY> RowFilter rowFilterFor(int kx)
{
    switch (kx) {
    case 3:
        return &filterRows<KY, 3>;
    case 5:
        return &filterRows<KY, 5>;
    case 7:
        return &filterRows<KY, 7>;
    default:
        return nullptr;
    }
}

// The direct filter for a ky x kx kernel, or null when it has none (cv::filter2D then).
RowFilter rowFilterFor(int ky, int kx)
{
    switch (ky) {
    case 3:
        return rowFilterFor<3>(kx);
    case 5:
        return rowFilterFor<5>(kx);
    case 7:
        return rowFilterFor<7>(kx);
    default:
        return nullptr;
    }
}


int borderType(PaddingMode mode)
{
    switch (mode) {
    case PaddingMode::Zeros:
        return cv::BORDER_CONSTANT;
    case PaddingMode::Reflect:
        return cv::BORDER_REFLECT_101;
    case PaddingMode::Replicate:
        return cv::BORDER_REPLICATE;
    case PaddingMode::Circular:
        break;
    }
    return -1;
}

} // namespace

bool filter2dSuits(const SlidingPlan& plan, const ConvParams& params)
{
    if (plan.spatialDims != 2 || params.groups != plan.inChannels
        || plan.outChannels != plan.inChannels || borderType(params.paddingMode) < 0)
        return false;
    // Odd kernels centred on their output (OpenCV's default anchor) only: filter2D on a row
    // range with an off-centre anchor trips an assertion in OpenCV 4.6's FilterEngine.
    for (const Axis& a : { plan.axes[0], plan.axes[1] })
        if (a.stride != 1 || a.dilation != 1 || a.kernel % 2 == 0 || a.padBefore != a.kernel / 2
            || a.padAfter != a.kernel / 2)
            return false;
    return std::int64_t { plan.axes[0].input } * plan.axes[1].input >= kMinPlane;
}

bool filter2dDirect(const SlidingPlan& plan)
{
    return rowFilterFor(plan.axes[0].kernel, plan.axes[1].kernel) != nullptr;
}

Status convolveFilter2d(const Tensor& input, const Tensor& weight, const Tensor* bias,
    const ConvParams& params, const SlidingPlan& plan, Tensor& output, const RunOptions& options)
{
    const Axis& ay = plan.axes[0];
    const Axis& ax = plan.axes[1];
    const int channels = plan.inChannels;
    const int kernelArea = ay.kernel * ax.kernel;
    output.reshape(plan.outputShape());

    if (const RowFilter filter = rowFilterFor(ay.kernel, ax.kernel)) {
        // Each channel's kernel (flipped if asked) as broadcast vectors.
        constexpr int wd = simd::kWidth;
        std::vector<float> kernels(
            static_cast<std::size_t>(channels) * static_cast<std::size_t>(kernelArea) * wd);
        for (int c = 0; c < channels; ++c)
            for (int k = 0; k < kernelArea; ++k) {
                const float value = weight[std::int64_t { c } * kernelArea
                    + (params.flip ? kernelArea - 1 - k : k)];
                float* to = kernels.data() + (std::int64_t { c } * kernelArea + k) * wd;
                std::fill(to, to + wd, value);
            }
        const int bands = (ay.output + kBandRows - 1) / kBandRows;
        const auto run = [&](int task, int) {
            const int c = task / bands;
            const int y0 = task % bands * kBandRows;
            DirectContext ctx;
            ctx.height = ay.input;
            ctx.width = ax.input;
            ctx.mode = params.paddingMode;
            ctx.kernel = kernels.data() + std::int64_t { c } * kernelArea * wd;
            ctx.bias = bias ? (*bias)[c] : 0.0f;
            filter(ctx, input.plane(c), output.plane(c), y0, std::min(ay.output, y0 + kBandRows));
        };
        if (!parallelForCancellable(channels * bands, options.threads, options.cancelled, run))
            return Error { "cancelled" };
        return {};
    }

    // cv::filter2D: one band per channel at one thread, else about four per thread.
    const int threads = resolveThreads(options.threads);
    const int bandRows = threads == 1
        ? ay.output
        : std::max(kBandRows, (ay.output + 4 * threads - 1) / (4 * threads));
    const int bands = (ay.output + bandRows - 1) / bandRows;
    const auto run = [&](int task, int) {
        const int c = task / bands;
        const int y0 = task % bands * bandRows;
        const int rows = std::min(bandRows, ay.output - y0);
        // OpenCV takes non-const pointers for headers; the input is only read.
        const cv::Mat src(ay.input, ax.input, CV_32F, const_cast<float*>(input.plane(c)));
        cv::Mat dst(ay.output, ax.output, CV_32F, output.plane(c));
        cv::Mat dstBand = dst.rowRange(y0, y0 + rows);
        cv::Mat kernel(ay.kernel, ax.kernel, CV_32F,
            const_cast<float*>(weight.data() + std::int64_t { c } * kernelArea));
        if (params.flip) {
            cv::Mat flipped;
            cv::flip(kernel, flipped, -1);
            kernel = flipped;
        }
        cv::filter2D(src.rowRange(y0, y0 + rows), dstBand, CV_32F, kernel, cv::Point(-1, -1),
            bias ? (*bias)[c] : 0.0, borderType(params.paddingMode));
    };
    try {
        if (!parallelForCancellable(channels * bands, threads, options.cancelled, run))
            return Error { "cancelled" };
    } catch (const cv::Exception& e) {
        return Error { std::string("OpenCV failed to filter: ") + e.what() };
    }
    return {};
}

} // namespace convscope::detail
