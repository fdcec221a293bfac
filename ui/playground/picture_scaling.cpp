#include "picture_scaling.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace convscope::ui {

namespace {

struct Tap {
    int index;
    float weight;
};

// For each of `to` target positions, the source positions it reads and their weights (summing to
// 1): the covered area when shrinking, the two neighbours of its centre when growing.
std::vector<std::vector<Tap>> tapsFor(int from, int to)
{
    std::vector<std::vector<Tap>> taps(static_cast<std::size_t>(to));
    const double scale = static_cast<double>(from) / to;
    for (int i = 0; i < to; ++i) {
        auto &t = taps[static_cast<std::size_t>(i)];
        if (scale >= 1.0) {
            const double a = i * scale, b = (i + 1) * scale;
            const int last = std::min(from, static_cast<int>(std::ceil(b)));
            for (int k = static_cast<int>(a); k < last; ++k) {
                const double w = std::min(b, k + 1.0) - std::max(a, static_cast<double>(k));
                if (w > 0)
                    t.push_back({ k, static_cast<float>(w / scale) });
            }
        } else {
            const double centre = (i + 0.5) * scale - 0.5;
            const int k = static_cast<int>(std::floor(centre));
            const auto f = static_cast<float>(centre - k);
            t.push_back({ std::clamp(k, 0, from - 1), 1.0f - f });
            t.push_back({ std::clamp(k + 1, 0, from - 1), f });
        }
    }
    return taps;
}

} // namespace

QImage resampled(const QImage &source, const QSize &size)
{
    if (source.isNull() || size.isEmpty())
        return {};
    const QImage src = source.format() == QImage::Format_RGB32 ? source
                                                               : source.convertToFormat(QImage::Format_RGB32);
    const int sw = src.width(), sh = src.height(), dw = size.width(), dh = size.height();
    const auto columns = tapsFor(sw, dw);
    const auto rows = tapsFor(sh, dh);
    // Rows first: every source row resized to dw pixels, three floats a pixel.
    std::vector<float> wide(static_cast<std::size_t>(sh) * dw * 3);
    for (int y = 0; y < sh; ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(src.constScanLine(y));
        float *out = wide.data() + static_cast<std::size_t>(y) * dw * 3;
        for (int x = 0; x < dw; ++x) {
            float r = 0, g = 0, b = 0;
            for (const Tap &t : columns[static_cast<std::size_t>(x)]) {
                const QRgb p = line[t.index];
                r += t.weight * qRed(p);
                g += t.weight * qGreen(p);
                b += t.weight * qBlue(p);
            }
            out[3 * x] = r;
            out[3 * x + 1] = g;
            out[3 * x + 2] = b;
        }
    }
    QImage image(dw, dh, QImage::Format_RGB32);
    const auto byte = [](float v) { return std::clamp(static_cast<int>(v + 0.5f), 0, 255); };
    std::vector<float> acc(static_cast<std::size_t>(dw) * 3);
    for (int y = 0; y < dh; ++y) {
        std::fill(acc.begin(), acc.end(), 0.0f);
        for (const Tap &t : rows[static_cast<std::size_t>(y)]) {
            const float *in = wide.data() + static_cast<std::size_t>(t.index) * dw * 3;
            for (std::size_t i = 0; i < acc.size(); ++i)
                acc[i] += t.weight * in[i];
        }
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < dw; ++x)
            line[x] = qRgb(byte(acc[3 * static_cast<std::size_t>(x)]), byte(acc[3 * static_cast<std::size_t>(x) + 1]),
                byte(acc[3 * static_cast<std::size_t>(x) + 2]));
    }
    return image;
}

QSize fittedSize(const QSize &source, const QSize &box)
{
    if (source.isEmpty() || box.isEmpty())
        return { 1, 1 };
    return source.scaled(box, Qt::KeepAspectRatio).expandedTo(QSize(1, 1));
}

} // namespace convscope::ui
