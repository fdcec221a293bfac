#include "pool.h"

#include "conv_internal.h"

#include <algorithm>
#include <limits>

namespace convscope {

Status pool(const Tensor &input, const PoolParams &params, Tensor &output, const RunOptions &options)
{
    auto planned = planPool(input.shape(), params);
    if (!planned)
        return planned.error();
    const detail::Plan3 g = detail::toPlan3(*planned);
    const auto &ax = g.axes;
    output.reshape(planned->outputShape());
    const int depth = ax[0].input, height = ax[1].input, width = ax[2].input;
    for (int c = 0; c < g.inChannels; ++c) {
        if (options.cancelled && options.cancelled())
            return Error { "cancelled" };
        const float *src = input.plane(c);
        float *dst = output.plane(c);
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
                                const float *row = src + (static_cast<std::int64_t>(iz) * height + iy) * width;
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
                    const int ze = std::min(z1, depth), ye = std::min(y1, height), xe = std::min(x1, width);
                    double sum = 0.0;
                    for (int iz = zs; iz < ze; ++iz)
                        for (int iy = ys; iy < ye; ++iy) {
                            const float *row = src + (static_cast<std::int64_t>(iz) * height + iy) * width;
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
    }
    return {};
}

} // namespace convscope
