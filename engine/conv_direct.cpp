#include "conv_internal.h"

#include <Eigen/Core>

#include <algorithm>

namespace convscope::detail {

void padInput(const Tensor &input, const Plan3 &g, PaddingMode mode, float *padded)
{
    const auto &ax = g.axes;
    const int dp = ax[0].paddedInput(), hp = ax[1].paddedInput(), wp = ax[2].paddedInput();
    for (int c = 0; c < g.inChannels; ++c) {
        const float *src = input.plane(c);
        float *dst = padded + static_cast<std::int64_t>(c) * dp * hp * wp;
        for (int z = 0; z < dp; ++z) {
            const int sz = padSource(z - ax[0].padBefore, ax[0].input, mode);
            for (int y = 0; y < hp; ++y) {
                float *row = dst + (static_cast<std::int64_t>(z) * hp + y) * wp;
                const int sy = padSource(y - ax[1].padBefore, ax[1].input, mode);
                if (sz < 0 || sy < 0) {
                    std::fill(row, row + wp, 0.0f);
                    continue;
                }
                const float *srow = src + (static_cast<std::int64_t>(sz) * ax[1].input + sy) * ax[2].input;
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

Status convolveDirect(const Tensor &input, const Tensor &weight, const Tensor *bias,
    const ConvParams &params, const SlidingPlan &plan, Tensor &output, const RunOptions &options)
{
    const Plan3 g = toPlan3(plan);
    const auto &ax = g.axes;
    Workspace local;
    Workspace &ws = options.workspace ? *options.workspace : local;

    const std::int64_t paddedPlane = std::int64_t { ax[0].paddedInput() } * ax[1].paddedInput() * ax[2].paddedInput();
    float *padded = ws.buffer(0, paddedPlane * g.inChannels);
    padInput(input, g, params.paddingMode, padded);

    const int groups = params.groups;
    const int cPerGroup = g.inChannels / groups;
    const int oPerGroup = g.outChannels / groups;
    const int kVolume = ax[0].kernel * ax[1].kernel * ax[2].kernel;
    const std::int64_t rows = std::int64_t { cPerGroup } * kVolume;
    const std::int64_t cols = std::int64_t { ax[0].output } * ax[1].output * ax[2].output;
    float *columns = ws.buffer(1, rows * cols);
    float *flipped = nullptr;
    if (params.flip) {
        flipped = ws.buffer(2, weight.numel());
        for (std::int64_t f = 0; f < weight.numel() / kVolume; ++f)
            std::reverse_copy(weight.data() + f * kVolume, weight.data() + (f + 1) * kVolume,
                flipped + f * kVolume);
    }
    const float *w = flipped ? flipped : weight.data();

    output.reshape(plan.outputShape());
    const int hp = ax[1].paddedInput(), wp = ax[2].paddedInput();
    for (int grp = 0; grp < groups; ++grp) {
        if (options.cancelled && options.cancelled())
            return Error { "cancelled" };
        // im2col: row (c, kz, ky, kx), column (z, y, x) of the output.
        std::int64_t r = 0;
        for (int ci = 0; ci < cPerGroup; ++ci) {
            const float *src = padded + (grp * cPerGroup + ci) * paddedPlane;
            for (int kz = 0; kz < ax[0].kernel; ++kz)
                for (int ky = 0; ky < ax[1].kernel; ++ky)
                    for (int kx = 0; kx < ax[2].kernel; ++kx, ++r) {
                        float *dst = columns + r * cols;
                        for (int z = 0; z < ax[0].output; ++z)
                            for (int y = 0; y < ax[1].output; ++y) {
                                const float *srow = src
                                    + (static_cast<std::int64_t>(z * ax[0].stride + kz * ax[0].dilation) * hp
                                          + y * ax[1].stride + ky * ax[1].dilation)
                                        * wp
                                    + kx * ax[2].dilation;
                                for (int x = 0; x < ax[2].output; ++x)
                                    *dst++ = srow[x * ax[2].stride];
                            }
                    }
        }
        using RowMajor = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
        Eigen::Map<const RowMajor> wm(w + std::int64_t { grp } * oPerGroup * rows, oPerGroup, rows);
        Eigen::Map<const RowMajor> cm(columns, rows, cols);
        Eigen::Map<RowMajor> om(output.data() + std::int64_t { grp } * oPerGroup * cols, oPerGroup, cols);
        om.noalias() = wm * cm;
    }
    if (bias)
        for (int o = 0; o < g.outChannels; ++o) {
            float *p = output.plane(o);
            const float b = (*bias)[o];
            for (std::int64_t i = 0; i < cols; ++i)
                p[i] += b;
        }
    return {};
}

} // namespace convscope::detail
