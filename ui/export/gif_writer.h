#pragma once

// Writes an animated GIF frame by frame with giflib: one global colour table (GifPalette), loops
// forever (the NETSCAPE2.0 application extension), a delay per frame, and each frame after the
// first only as the rectangle that changed, its unchanged pixels transparent, drawn over the
// previous frame. The stage moves a window and fills one cell per step, so most frames are small.

#include "error.h"

#include <QSize>
#include <QString>

#include <array>
#include <cstdint>
#include <vector>

struct GifFileType;

namespace convscope::ui {

class GifWriter {
public:
    GifWriter() = default;
    GifWriter(const GifWriter&) = delete;
    GifWriter& operator=(const GifWriter&) = delete;
    ~GifWriter(); // closes the file if finish() was not called (the caller removes it)

    // `colours`: 256 entries 0xRRGGBB; entry `transparent` is only used for unchanged pixels.
    Status open(const QString& path, QSize size, const std::array<std::uint32_t, 256>& colours,
        std::uint8_t transparent);
    // One frame: size.width() x size.height() palette indices, row by row; delay in 1/100 s.
    Status addFrame(const std::vector<std::uint8_t>& indices, int delayCentiseconds);
    Status finish();

    [[nodiscard]] int frameCount() const { return m_frames; }

private:
    Status failure(const char* what);
    Status putFrame(const std::vector<std::uint8_t>& indices, int left, int top, int width, int height,
        bool transparent, int delayCentiseconds);

    GifFileType* m_gif = nullptr;
    QString m_path;
    QSize m_size;
    std::uint8_t m_transparent = 255;
    std::vector<std::uint8_t> m_previous;
    std::vector<std::uint8_t> m_line;
    int m_frames = 0;
};

} // namespace convscope::ui
