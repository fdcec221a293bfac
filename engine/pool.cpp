#include "pool.h"

#include "conv_internal.h"
#include "parallel.h"
#include "simd.h"

#include <algorithm>
#include <limits>

namespace convscope {

namespace {

// Max pooling with a 2x2 window, stride 2, no padding or dilation, every window inside the
// input: the layer after most convolutions in VGG and U-Net. Two input rows give one output
// row: an element-wise maximum of the rows, then of neighbouring pairs (even and odd
// columns, separated by a shuffle), eight outputs at a time.
bool maxPool2x2Suits(const detail::Plan3& g, const PoolParams& params)
{
    const auto& ax = g.axes;
    if (params.type != PoolType::Max || ax[0].kernel != 1 || ax[0].stride != 1
        || ax[0].padBefore != 0)
        return false;
    for (int i = 1; i < 3; ++i) {
        const Axis& a = ax[static_cast<std::size_t>(i)];
        if (a.kernel != 2 || a.stride != 2 || a.dilation != 1 || a.padBefore != 0
            || 2 * a.output > a.input)
            return false;
    }
    return true;
}

// The larger of a and b, NaN if either is NaN (as PyTorch's max pooling).
inline float maxNan(float a, float b)
{
    return (a != a || a > b) ? a : b;
}

void maxPool2x2Plane(const float* src, const detail::Plan3& g, float* dst)
{
    const int width = g.axes[2].input;
    const int wo = g.axes[2].output;
    for (int z = 0; z < g.axes[0].output; ++z)
        for (int y = 0; y < g.axes[1].output; ++y) {
            const float* r0 = src + (std::int64_t { z } * g.axes[1].input + 2 * y) * width;
            const float* r1 = r0 + width;
            float* out = dst + (std::int64_t { z } * g.axes[1].output + y) * wo;
            int x = 0;
#if defined(__AVX2__) && defined(__FMA__)
            for (; x + simd::kWidth <= wo; x += simd::kWidth) {
                const simd::Vec a = simd::maxNan(simd::load(r0 + 2 * x), simd::load(r1 + 2 * x));
                const simd::Vec b
                    = simd::maxNan(simd::load(r0 + 2 * x + 8), simd::load(r1 + 2 * x + 8));
                // Within each 128-bit lane: even = a0 a2 b0 b2, odd = a1 a3 b1 b3.
                const simd::Vec even = _mm256_shuffle_ps(a, b, _MM_SHUFFLE(2, 0, 2, 0));
                const simd::Vec odd = _mm256_shuffle_ps(a, b, _MM_SHUFFLE(3, 1, 3, 1));
                const simd::Vec m = simd::maxNan(even, odd);
                // Lanes hold outputs (0 1 4 5) (2 3 6 7): swap the middle 64-bit quarters.
                simd::store(
                    out + x, _mm256_castpd_ps(_mm256_permute4x64_pd(_mm256_castps_pd(m), 0xD8)));
            }
#endif
            for (; x < wo; ++x) {
                const float m
                    = maxNan(maxNan(r0[2 * x], r0[2 * x + 1]), maxNan(r1[2 * x], r1[2 * x + 1]));
                out[x] = m;
            }
        }
}

} // namespace

Status pool(
    const Tensor& input, const PoolParams& params, Tensor& output, const RunOptions& options)
{
    auto planned = planPool(input.shape(), params);
    if (!planned)
        return planned.error();
    const detail::Plan3 g = detail::toPlan3(*planned);
    const auto& ax = g.axes;
    output.reshape(planned->outputShape());
    const int depth = ax[0].input, height = ax[1].input, width = ax[2].input;
    const bool fast = maxPool2x2Suits(g, params);
    const auto run = [&](int c, int) {
        const float* src = input.plane(c);
        float* dst = output.plane(c);
        if (fast) {
            maxPool2x2Plane(src, g, dst);
            return;
        }
        for (int z = 0; z < ax[0].output; ++z)
            for (int y = 0; y < ax[1].output; ++y)
                for (int x = 0; x < ax[2].output; ++x) {
                    const int z0 = z * ax[0].stride - ax[0].padBefore;
                    const int y0 = y * ax[1].stride - ax[1].padBefore;
                    const int x0 = x * ax[2].stride - ax[2].padBefore;
                    if (params.type == PoolType::Max) {
                        float best = -std::numeric_limits<float>::infinity();
                        for (int kz = 0; kz < ax[0].kernel; ++kz) {
                            const int iz = z0 + kz * ax[0].dilation;
                            if (iz < 0 || iz >= depth)
                                continue;
                            for (int ky = 0; ky < ax[1].kernel; ++ky) {
                                const int iy = y0 + ky * ax[1].dilation;
                                if (iy < 0 || iy >= height)
                                    continue;
                                const float* row
                                    = src + (static_cast<std::int64_t>(iz) * height + iy) * width;
                                for (int kx = 0; kx < ax[2].kernel; ++kx) {
                                    const int ix = x0 + kx * ax[2].dilation;
                                    if (ix < 0 || ix >= width)
                                        continue;
                                    const float v = row[ix];
                                    if (v > best || v != v) // NaN propagates, as in PyTorch
                                        best = v;
                                }
                            }
                        }
                        *dst++ = best;
                        continue;
                    }
                    // PyTorch (AvgPool kernels): the divisor counts the window clipped to the
                    // padded input; with count_include_pad=false, clipped to the input.
                    const int z1 = std::min(z0 + ax[0].kernel, depth + ax[0].padAfter);
                    const int y1 = std::min(y0 + ax[1].kernel, height + ax[1].padAfter);
                    const int x1 = std::min(x0 + ax[2].kernel, width + ax[2].padAfter);
                    const int paddedCount = (z1 - z0) * (y1 - y0) * (x1 - x0);
                    const int zs = std::max(z0, 0), ys = std::max(y0, 0), xs = std::max(x0, 0);
                    const int ze = std::min(z1, depth), ye = std::min(y1, height),
                              xe = std::min(x1, width);
                    double sum = 0.0;
                    for (int iz = zs; iz < ze; ++iz)
                        for (int iy = ys; iy < ye; ++iy) {
                            const float* row
                                = src + (static_cast<std::int64_t>(iz) * height + iy) * width;
                            for (int ix = xs; ix < xe; ++ix)
                                sum += row[ix];
                        }
                    if (params.type == PoolType::Sum) {
                        *dst++ = static_cast<float>(sum);
                        continue;
                    }
                    const int count = params.countIncludePad
                        ? paddedCount
                        : std::max(0, ze - zs) * std::max(0, ye - ys) * std::max(0, xe - xs);
                    *dst++ = count > 0 ? static_cast<float>(sum / count) : 0.0f;
                }
    };
    if (!parallelForCancellable(g.inChannels, options.threads, options.cancelled, run))
        return Error { "cancelled" };
    return {};
}

} // namespace convscope
