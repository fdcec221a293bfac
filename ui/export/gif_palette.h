#pragma once

// The one colour table of an exported GIF: 255 colours chosen from a sample of the animation's
// frames, plus one transparent entry for pixels a frame does not change. The stage is mostly flat
// colours (backgrounds, panels, the highlight, the cell colours): every colour that covers a
// noticeable part of the sample gets an exact entry, so those never shift or band; the rest (text
// edges, photo pixels, colour ramps) share the remaining entries by median cut.

#include <QImage>

#include <array>
#include <cstdint>
#include <unordered_map>
#include <vector>

namespace convscope::ui {

class GifPalette {
public:
    static constexpr int kColours = 255; // real entries 0..254
    static constexpr std::uint8_t kTransparent = 255;

    // Counts the colours of a frame (Format_RGB32 or convertible); call for each sample frame.
    void addSample(const QImage& frame);
    // Chooses the colours from the samples; addSample afterwards has no effect.
    void build();

    // The 256 table entries as 0xRRGGBB (the last one, transparent, is black).
    [[nodiscard]] const std::array<std::uint32_t, 256>& entries() const { return m_entries; }
    [[nodiscard]] int exactCount() const { return m_exact; }

    // The entry for a colour: exact when it was given one, else the nearest (cached).
    [[nodiscard]] std::uint8_t indexOf(std::uint32_t rgb);
    // The indices of a whole frame, row by row (dithered where a colour has no exact entry).
    void map(const QImage& frame, std::vector<std::uint8_t>& indices);
    void setDither(bool on) { m_dither = on; }

    // The amplitude of the ordered dither, in levels per channel: about the distance between
    // neighbouring entries of a photo's median-cut colours.
    static constexpr int kDitherSpread = 16;

private:
    std::unordered_map<std::uint32_t, std::uint32_t> m_counts;
    std::array<std::uint32_t, 256> m_entries {};
    int m_used = 0;
    int m_exact = 0;
    bool m_built = false;
    bool m_dither = true;
    // Colour (24 bit) -> entry, kTransparent while unknown: 16 MiB, filled as colours appear.
    std::vector<std::uint8_t> m_lookup;
};

} // namespace convscope::ui
