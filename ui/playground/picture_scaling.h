#pragma once

// Smooth resizing of the Playground's pictures on the calling thread alone. QImage::scaled with
// Qt::SmoothTransformation splits pictures of more than 64 K pixels into pieces on Qt's global
// thread pool and waits for them (Qt 6.4), which stalled repaints on the GUI thread whenever other
// work occupied that pool; this does the same job in about a millisecond without any thread.

#include <QImage>
#include <QSize>

namespace convscope::ui {

// `source` resized to `size` (aspect ratio not kept): downscaled by averaging the source area
// each target pixel covers, upscaled by bilinear interpolation. RGB32 in, RGB32 out (other
// formats are converted first). An empty size or picture gives a null image.
[[nodiscard]] QImage resampled(const QImage &source, const QSize &size);

// The size `source` takes inside `box` keeping its aspect ratio (at least 1x1).
[[nodiscard]] QSize fittedSize(const QSize &source, const QSize &box);

} // namespace convscope::ui
