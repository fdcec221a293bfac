// convscope export SCENE --output ANIMATION.gif|.mp4 [--fps N] [--size WxH]
//                        [--first-step N] [--last-step M]
// The scene's animation, one frame per step, painted by the same paintStage as the window. The
// speed defaults to the scene's steps per second, the size to render's 1600x1000, the range to
// the whole animation. Exit status: 2 bad usage (unknown extension, fps, size, step range, an
// impossible layer), 3 an unreadable scene or an output that cannot be written; nothing partial
// is left behind.

#include "export_command.h"

#include "cli/args.h"
#include "export/stage_export.h"
#include "headless_stage.h"

#include <QFileInfo>

#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <iostream>

namespace convscope::cli {

namespace {

constexpr int kDefaultWidth = 1600;
constexpr int kDefaultHeight = 1000;

} // namespace

int runExport(int argc, char* argv[], const std::vector<std::string>& argsAfterCommand)
{
    OptionSpec spec;
    spec.withValue = { "--output", "--fps", "--size", "--first-step", "--last-step" };
    auto args = Args::parse(argsAfterCommand, spec, 1);
    if (!args)
        return fail(kExitUsage, args.error().message);
    if (args->positional().empty())
        return fail(kExitUsage, "export needs a scene file (SCENE.convscope.json)");
    const auto output = args->value("--output");
    if (!output || output->empty())
        return fail(kExitUsage, "export needs --output ANIMATION.gif or ANIMATION.mp4");
    const QString outputPath = QString::fromStdString(*output);
    const auto format = ui::exportFormatForPath(outputPath);
    if (!format || !ui::isAnimation(*format))
        return fail(kExitUsage, "--output '" + *output + "' must end in .gif or .mp4");
    ui::AnimationExport settings;
    int width = kDefaultWidth, height = kDefaultHeight;
    if (auto size = args->value("--size"); size && !parseStageSize(*size, width, height))
        return fail(kExitUsage, "--size '" + *size + "' is not WIDTHxHEIGHT with sides from 64 to 8192 (e.g. 1600x1000)");
    settings.size = QSize(width, height);
    std::optional<int> fps;
    if (args->has("--fps")) {
        auto f = args->integer("--fps", 0, ui::kExportMinFps, ui::kExportMaxFps);
        if (!f)
            return fail(kExitUsage, f.error().message);
        fps = *f;
    }
    for (const char* name : { "--first-step", "--last-step" })
        if (args->has(name))
            if (auto s = args->integer(name, 0, 0, 1 << 30); !s)
                return fail(kExitUsage, s.error().message);
    settings.firstStep = *args->integer("--first-step", 0, 0, 1 << 30);
    settings.lastStep = args->has("--last-step") ? *args->integer("--last-step", 0, 0, 1 << 30) : -1;

    const std::string scenePath = args->positional().front();
    HeadlessStage stage;
    if (const int code = stage.load(argc, argv, scenePath); code != kExitOk)
        return code;
    const double sceneSpeed = stage.scene().animation.stepsPerSecond;
    settings.fps = fps.value_or(std::clamp(static_cast<int>(std::lround(sceneSpeed)), ui::kExportMinFps, ui::kExportMaxFps));
    const ui::PlaygroundState& state = stage.model().state();
    if (auto range = ui::exportRange(settings, state.steps); !range)
        return fail(kExitUsage, scenePath + ": " + range.error().message);
    if (*format == ui::ExportFormat::Mp4 && (width % 2 != 0 || height % 2 != 0))
        std::cerr << "convscope: warning: MP4 needs even sides; writing " << (width & ~1) << 'x' << (height & ~1)
                  << '\n';

    // A progress line on a terminal only (scripts and tests see nothing but errors).
    const bool terminal = isatty(STDERR_FILENO) == 1;
    ui::ExportProgress progress;
    if (terminal)
        progress = [](int done, int total) {
            std::cerr << "\rconvscope: exporting " << 100 * done / std::max(1, total) << " %" << std::flush;
            return true;
        };
    const Status status = ui::exportAnimation(outputPath, *format, state, stage.options(), settings, progress);
    if (terminal)
        std::cerr << "\r\033[K" << std::flush;
    if (!status)
        return fail(kExitInput, status.error().message);
    return kExitOk;
}

} // namespace convscope::cli
