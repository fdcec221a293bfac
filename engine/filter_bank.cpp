#include "filter_bank.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

namespace convscope {

Result<cv::Mat> filterBankImage(const Tensor& weight, int cellPixels)
{
    if (weight.ndim() != 3 && weight.ndim() != 4)
        return Error { "a filter bank needs a 1-d or 2-d convolution weight (O, C, kH, kW); this "
                       "one has shape "
            + weight.shapeString() };
    if (cellPixels < 1 || cellPixels > 64)
        return Error { "cell size " + std::to_string(cellPixels) + " px is outside 1 to 64" };
    const int outputs = weight.dim(0), channels = weight.dim(1);
    const int kh = weight.ndim() == 4 ? weight.dim(2) : 1;
    const int kw = weight.dim(weight.ndim() - 1);
    const int gap = cellPixels < 4 ? 1 : 2;
    const int columns = static_cast<int>(std::ceil(std::sqrt(static_cast<double>(outputs))));
    const int rows = (outputs + columns - 1) / columns;
    const std::int64_t width = gap + std::int64_t { columns } * (std::int64_t { kw } * cellPixels + gap);
    const std::int64_t height = gap + std::int64_t { rows } * (std::int64_t { kh } * cellPixels + gap);
    if (width > kMaxFilterBankSide || height > kMaxFilterBankSide)
        return Error { "the filter bank would be " + std::to_string(width) + " x "
            + std::to_string(height) + " px (at most " + std::to_string(kMaxFilterBankSide)
            + " per side): use a smaller cell size" };

    cv::Mat picture(static_cast<int>(height), static_cast<int>(width), CV_8UC3, cv::Scalar(40, 40, 40));
    const std::int64_t taps = std::int64_t { kh } * kw;
    const bool rgb = channels == 3;
    const int shown = rgb ? 3 : 1;
    std::vector<float> tile(static_cast<std::size_t>(shown * taps));
    for (int o = 0; o < outputs; ++o) {
        // The values drawn: the three channels, or the mean over the channels.
        const float* w = weight.data() + std::int64_t { o } * channels * taps;
        for (std::int64_t tap = 0; tap < taps; ++tap) {
            if (rgb) {
                for (int c = 0; c < 3; ++c)
                    tile[static_cast<std::size_t>(c * taps + tap)] = w[c * taps + tap];
            } else {
                float sum = 0.0f;
                for (int c = 0; c < channels; ++c)
                    sum += w[c * taps + tap];
                tile[static_cast<std::size_t>(tap)] = sum / static_cast<float>(channels);
            }
        }
        float m = 0.0f;
        for (float v : tile)
            if (std::isfinite(v))
                m = std::max(m, std::abs(v));
        const auto level = [m](float v) {
            const float t = m > 0.0f && std::isfinite(v) ? 0.5f + 0.5f * v / m : 0.5f;
            return static_cast<double>(std::lround(std::clamp(t, 0.0f, 1.0f) * 255.0f));
        };
        const int x0 = gap + (o % columns) * (kw * cellPixels + gap);
        const int y0 = gap + (o / columns) * (kh * cellPixels + gap);
        for (int y = 0; y < kh; ++y) {
            for (int x = 0; x < kw; ++x) {
                const auto tap = static_cast<std::size_t>(y * kw + x);
                const auto channel = [&](int c) { return level(tile[static_cast<std::size_t>(c) * static_cast<std::size_t>(taps) + tap]); };
                // BGR picture; an RGB-ordered weight's channel 0 is red.
                const cv::Scalar colour = rgb ? cv::Scalar(channel(2), channel(1), channel(0))
                                              : cv::Scalar::all(channel(0));
                picture(cv::Rect(x0 + x * cellPixels, y0 + y * cellPixels, cellPixels, cellPixels))
                    .setTo(colour);
            }
        }
    }
    return picture;
}

} // namespace convscope
