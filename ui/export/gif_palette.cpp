#include "gif_palette.h"

#include <algorithm>
#include <cstring>
#include <numeric>

namespace convscope::ui {

namespace {

constexpr int kMaxExact = 160; // leaves at least 95 entries for the rest
constexpr std::uint32_t kExactShare = 1000; // a colour covering 1/1000 of the sample is exact

struct Counted {
    std::uint32_t rgb;
    std::uint32_t count;
};

int channel(std::uint32_t rgb, int c) { return static_cast<int>((rgb >> (16 - 8 * c)) & 0xffu); }

// Weighted distance (green counts most, as the eye does); enough for picking among 255 entries.
int distance(std::uint32_t a, std::uint32_t b)
{
    const int dr = channel(a, 0) - channel(b, 0);
    const int dg = channel(a, 1) - channel(b, 1);
    const int db = channel(a, 2) - channel(b, 2);
    return 2 * dr * dr + 4 * dg * dg + 3 * db * db;
}

// A box of colours [begin, end) of the median-cut list, with its spread.
struct Box {
    std::size_t begin;
    std::size_t end;
    double error = 0; // sum of count x squared distance to the mean, over the longest axis
    int axis = 0;
};

void measure(Box& box, const std::vector<Counted>& colours)
{
    double best = -1;
    for (int c = 0; c < 3; ++c) {
        double n = 0, sum = 0, sum2 = 0;
        for (std::size_t i = box.begin; i < box.end; ++i) {
            const double v = channel(colours[i].rgb, c);
            n += colours[i].count;
            sum += v * colours[i].count;
            sum2 += v * v * colours[i].count;
        }
        const double sse = n > 0 ? sum2 - sum * sum / n : 0;
        if (sse > best) {
            best = sse;
            box.axis = c;
        }
    }
    box.error = box.end - box.begin > 1 ? best : -1;
}

std::uint32_t meanOf(const Box& box, const std::vector<Counted>& colours)
{
    double n = 0;
    std::array<double, 3> sum {};
    for (std::size_t i = box.begin; i < box.end; ++i) {
        n += colours[i].count;
        for (int c = 0; c < 3; ++c)
            sum[static_cast<std::size_t>(c)] += channel(colours[i].rgb, c) * double(colours[i].count);
    }
    std::uint32_t rgb = 0;
    for (int c = 0; c < 3; ++c) {
        const auto v = static_cast<std::uint32_t>(
            std::clamp(static_cast<int>(sum[static_cast<std::size_t>(c)] / n + 0.5), 0, 255));
        rgb |= v << (16 - 8 * c);
    }
    return rgb;
}

// Median cut (Heckbert 1982): split the box with the largest spread at the weighted median of
// its longest axis until there are `wanted` boxes; each box's weighted mean is an entry.
std::vector<std::uint32_t> medianCut(std::vector<Counted> colours, int wanted)
{
    std::vector<std::uint32_t> result;
    if (colours.empty() || wanted <= 0)
        return result;
    std::vector<Box> boxes { Box { 0, colours.size() } };
    measure(boxes.front(), colours);
    while (static_cast<int>(boxes.size()) < wanted) {
        auto widest = std::max_element(boxes.begin(), boxes.end(),
            [](const Box& a, const Box& b) { return a.error < b.error; });
        if (widest->error <= 0)
            break; // every box holds one colour
        Box box = *widest;
        const int axis = box.axis;
        const auto first = colours.begin() + static_cast<std::ptrdiff_t>(box.begin);
        const auto last = colours.begin() + static_cast<std::ptrdiff_t>(box.end);
        std::sort(first, last, [axis](const Counted& a, const Counted& b) {
            return channel(a.rgb, axis) < channel(b.rgb, axis);
        });
        std::uint64_t total = 0;
        for (auto it = first; it != last; ++it)
            total += it->count;
        std::uint64_t running = 0;
        std::size_t split = box.begin + 1;
        for (std::size_t i = box.begin; i + 1 < box.end; ++i) {
            running += colours[i].count;
            split = i + 1;
            if (2 * running >= total)
                break;
        }
        Box low { box.begin, split }, high { split, box.end };
        measure(low, colours);
        measure(high, colours);
        *widest = low;
        boxes.push_back(high);
    }
    result.reserve(boxes.size());
    for (const Box& box : boxes)
        result.push_back(meanOf(box, colours));
    return result;
}

} // namespace

void GifPalette::addSample(const QImage& frame)
{
    if (m_built)
        return;
    const QImage image = frame.format() == QImage::Format_RGB32 || frame.format() == QImage::Format_ARGB32
        ? frame
        : frame.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < image.height(); ++y) {
        const auto* line = reinterpret_cast<const QRgb*>(image.constScanLine(y));
        QRgb previous = line[0] ^ 1u; // a run of one colour is counted with one lookup
        std::uint32_t* slot = nullptr;
        for (int x = 0; x < image.width(); ++x) {
            if (line[x] != previous || slot == nullptr) {
                previous = line[x];
                slot = &m_counts[previous & 0xffffffu];
            }
            ++*slot;
        }
    }
}

void GifPalette::build()
{
    if (m_built)
        return;
    m_built = true;
    std::vector<Counted> colours;
    colours.reserve(m_counts.size());
    std::uint64_t total = 0;
    for (const auto& [rgb, count] : m_counts) {
        colours.push_back({ rgb, count });
        total += count;
    }
    m_counts.clear();
    std::sort(colours.begin(), colours.end(),
        [](const Counted& a, const Counted& b) { return a.count > b.count || (a.count == b.count && a.rgb < b.rgb); });
    std::size_t exact = colours.size() <= static_cast<std::size_t>(kColours) ? colours.size() : 0;
    if (exact == 0)
        while (exact < colours.size() && exact < static_cast<std::size_t>(kMaxExact)
            && std::uint64_t { colours[exact].count } * kExactShare >= total)
            ++exact;
    m_used = 0;
    for (std::size_t i = 0; i < exact; ++i)
        m_entries[static_cast<std::size_t>(m_used++)] = colours[i].rgb;
    m_exact = m_used;
    const std::vector<Counted> rest(colours.begin() + static_cast<std::ptrdiff_t>(exact), colours.end());
    for (std::uint32_t rgb : medianCut(rest, kColours - m_used))
        m_entries[static_cast<std::size_t>(m_used++)] = rgb;
    if (m_used == 0)
        m_entries[static_cast<std::size_t>(m_used++)] = 0;
    m_lookup.assign(std::size_t { 1 } << 24, kTransparent);
    for (int i = 0; i < m_exact; ++i)
        m_lookup[m_entries[static_cast<std::size_t>(i)]] = static_cast<std::uint8_t>(i);
}

std::uint8_t GifPalette::indexOf(std::uint32_t rgb)
{
    rgb &= 0xffffffu;
    if (!m_built)
        build();
    std::uint8_t& slot = m_lookup[rgb];
    if (slot != kTransparent)
        return slot;
    int best = 0;
    int bestDistance = distance(rgb, m_entries[0]);
    for (int i = 1; i < m_used && bestDistance > 0; ++i) {
        const int d = distance(rgb, m_entries[static_cast<std::size_t>(i)]);
        if (d < bestDistance) {
            bestDistance = d;
            best = i;
        }
    }
    slot = static_cast<std::uint8_t>(best);
    return slot;
}

void GifPalette::map(const QImage& frame, std::vector<std::uint8_t>& indices)
{
    // Colours without an exact entry (photos, colour ramps) are ordered-dithered with
    // an 8x8 Bayer matrix: smooth photo backgrounds would otherwise break into contour bands.
    // The pattern depends only on the position, so an unchanged pixel maps to the same entry in
    // every frame and the frame differences stay small; exact colours are never dithered.
    static constexpr std::array<std::array<int, 8>, 8> kBayer { {
        { 0, 32, 8, 40, 2, 34, 10, 42 },
        { 48, 16, 56, 24, 50, 18, 58, 26 },
        { 12, 44, 4, 36, 14, 46, 6, 38 },
        { 60, 28, 52, 20, 62, 30, 54, 22 },
        { 3, 35, 11, 43, 1, 33, 9, 41 },
        { 51, 19, 59, 27, 49, 17, 57, 25 },
        { 15, 47, 7, 39, 13, 45, 5, 37 },
        { 63, 31, 55, 23, 61, 29, 53, 21 },
    } };
    const QImage image = frame.format() == QImage::Format_RGB32 || frame.format() == QImage::Format_ARGB32
        ? frame
        : frame.convertToFormat(QImage::Format_RGB32);
    const int w = image.width();
    indices.resize(static_cast<std::size_t>(w) * static_cast<std::size_t>(image.height()));
    const int h = image.height();
    for (int y = 0; y < h; ++y) {
        const auto* line = reinterpret_cast<const QRgb*>(image.constScanLine(y));
        const auto* above = reinterpret_cast<const QRgb*>(image.constScanLine(std::max(0, y - 1)));
        const auto* below = reinterpret_cast<const QRgb*>(image.constScanLine(std::min(h - 1, y + 1)));
        std::uint8_t* out = indices.data() + static_cast<std::size_t>(y) * static_cast<std::size_t>(w);
        const auto& bayer = kBayer[static_cast<std::size_t>(y & 7)];
        for (int x = 0; x < w; ++x) {
            const std::uint32_t rgb = line[x] & 0xffffffu;
            const std::uint8_t nearest = indexOf(rgb);
            // A pixel inside a flat area (3 or 4 of its neighbours the same colour: a cell, a
            // panel) keeps its nearest entry, so flat areas stay flat; the dither only breaks up
            // the steps of gradients, where neighbours differ.
            const QRgb here = line[x];
            const int same = (above[x] == here) + (below[x] == here) + (line[std::max(0, x - 1)] == here)
                + (line[std::min(w - 1, x + 1)] == here);
            if (!m_dither || m_entries[nearest] == rgb || same >= 3) {
                out[x] = nearest;
                continue;
            }
            // An offset in [-kDitherSpread/2, kDitherSpread/2) on all three channels.
            const int offset = (bayer[static_cast<std::size_t>(x & 7)] * kDitherSpread) / 64 - kDitherSpread / 2;
            std::uint32_t shifted = 0;
            for (int c = 0; c < 3; ++c)
                shifted |= static_cast<std::uint32_t>(std::clamp(channel(rgb, c) + offset, 0, 255)) << (16 - 8 * c);
            out[x] = indexOf(shifted);
        }
    }
}

} // namespace convscope::ui
