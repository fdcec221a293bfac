// convscope render SCENE --output FRAME.png [--step N] [--size WxH]: one frame of the Playground,
// painted by the same paintStage as the window, with no display (offscreen platform). Scene
// loading and exit codes: headless_stage.h.

#include "render_command.h"

#include "cli/args.h"
#include "headless_stage.h"

#include "file_util.h"

#include <QBuffer>
#include <QImage>
#include <QImageWriter>
#include <QPainter>

#include <iostream>
#include <optional>

namespace convscope::cli {

namespace {

constexpr int kDefaultWidth = 1600;
constexpr int kDefaultHeight = 1000;

} // namespace

int runRender(int argc, char* argv[], const std::vector<std::string>& argsAfterCommand)
{
    OptionSpec spec;
    spec.withValue = { "--output", "--step", "--size" };
    auto args = Args::parse(argsAfterCommand, spec, 1);
    if (!args)
        return fail(kExitUsage, args.error().message);
    if (args->positional().empty())
        return fail(kExitUsage, "render needs a scene file (SCENE.convscope.json)");
    const auto output = args->value("--output");
    if (!output || output->empty())
        return fail(kExitUsage, "render needs --output FRAME.png");
    int width = kDefaultWidth, height = kDefaultHeight;
    if (auto size = args->value("--size"); size && !parseStageSize(*size, width, height))
        return fail(kExitUsage,
            "--size '" + *size
                + "' is not WIDTHxHEIGHT with sides from 64 to 8192 (e.g. 1600x1000)");
    std::optional<int> step;
    if (args->has("--step")) {
        auto s = args->integer("--step", 0, 0, 1 << 30);
        if (!s)
            return fail(kExitUsage, s.error().message);
        step = *s;
    }

    const std::string scenePath = args->positional().front();
    HeadlessStage stage;
    if (const int code = stage.load(argc, argv, scenePath); code != kExitOk)
        return code;
    ui::PlaygroundModel& model = stage.model();
    model.setStep(step.value_or(stage.scene().animation.step));
    if (step && *step >= model.state().steps)
        std::cerr << "convscope: warning: step " << *step << " is past the last step ("
                  << model.state().steps - 1 << "); rendering the last one\n";

    const ui::StageOptions options = stage.options();

    QImage frame(width, height, QImage::Format_RGB32);
    frame.setDevicePixelRatio(1.0);
    {
        QPainter painter(&frame);
        ui::paintStage(painter, QRectF(0, 0, width, height), model.state(), model.step(), options);
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "png");
    if (!writer.write(frame))
        return fail(
            kExitInput, "cannot encode the frame as PNG: " + writer.errorString().toStdString());
    if (auto status = writeFileAtomically(
            *output, std::string(bytes.constData(), static_cast<std::size_t>(bytes.size())));
        !status)
        return fail(kExitInput, status.error().message);
    return kExitOk;
}

} // namespace convscope::cli
