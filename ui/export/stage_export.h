#pragma once

// Exports of the Playground's stage for slides and handouts, painted by the same paintStage as
// the canvas and `convscope render`: the current view as PNG, SVG or PDF, and the animation (a
// range of steps at a chosen speed) as an animated GIF or an MP4. Every export is written to a
// temporary file beside the target and renamed; a failed or cancelled export leaves nothing.
// The functions take value snapshots and paint QImages only, so they run in a worker thread.

#include "error.h"
#include "playground/playground_model.h"
#include "playground/stage_painter.h"

#include <QSize>
#include <QString>

#include <functional>
#include <optional>

class QImage;

namespace convscope::ui {

enum class ExportFormat { Png, Svg, Pdf, Gif, Mp4 };

// By the file name's extension (case-insensitive); nullopt for anything else.
[[nodiscard]] std::optional<ExportFormat> exportFormatForPath(const QString& path);
[[nodiscard]] bool isAnimation(ExportFormat format);
[[nodiscard]] QString exportSuffix(ExportFormat format); // "gif"
[[nodiscard]] QString exportFormatName(ExportFormat format); // "GIF"

inline constexpr int kExportMinSide = 64;
inline constexpr int kExportMaxSide = 8192;
inline constexpr int kExportMinFps = 1;
inline constexpr int kExportMaxFps = 50; // GIF delays are whole 1/100 s; 2/100 s is the shortest
inline constexpr int kExportMaxFrames = 20000;

struct AnimationExport {
    int firstStep = 0; // 0-based, inclusive
    int lastStep = -1; // inclusive; negative: the last step of the animation
    int fps = 4;
    QSize size { 1600, 1000 };
};

// The steps [first, last] an export covers, or what is wrong with the settings for an animation
// of `steps` steps (fps, size, an empty or out-of-range step range, too many frames).
[[nodiscard]] Result<std::pair<int, int>> exportRange(const AnimationExport& settings, int steps);

// Called after each frame with (done, total); returning false cancels the export.
using ExportProgress = std::function<bool(int done, int total)>;

// The error field of a cancelled export (the message is "export cancelled").
inline constexpr const char* kExportCancelled = "cancelled";

// One step of the stage as an RGB32 image of `size` (device pixel ratio 1).
[[nodiscard]] QImage renderStage(
    const PlaygroundState& state, int step, const StageOptions& options, QSize size);

// The stage at one step as PNG, SVG or PDF (the page fitted to the picture, 1 px = 1 pt).
Status exportStill(const QString& path, ExportFormat format, const PlaygroundState& state, int step,
    const StageOptions& options, QSize size);

// The steps of `settings` as GIF or MP4, one frame per step at settings.fps.
Status exportAnimation(const QString& path, ExportFormat format, const PlaygroundState& state,
    const StageOptions& options, const AnimationExport& settings, const ExportProgress& progress = {});

} // namespace convscope::ui
