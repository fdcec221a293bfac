// convscope render SCENE --output FRAME.png [--step N] [--size WxH]: one frame of the Playground,
// painted by the same paintStage as the window, with no display (offscreen platform).
//
// Exit status (CONTRACT.md section 3): 2 for bad usage — including a scene whose layer is
// impossible, since rendering it is asking for a picture of parameters that do not fit (the GUI
// would show the problem banner over the last valid picture; here there is none) — and 3 for a
// scene that cannot be read or an image it names that cannot be loaded.

#include "render_command.h"

#include "cli/args.h"

#include "file_util.h"
#include "playground/playground_model.h"
#include "playground/stage_painter.h"
#include "scene.h"

#include <QBuffer>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QImage>
#include <QImageWriter>
#include <QPainter>

#include <charconv>
#include <iostream>
#include <memory>

namespace convscope::cli {

namespace {

constexpr int kDefaultWidth = 1600;
constexpr int kDefaultHeight = 1000;
constexpr int kMaxSide = 8192;

bool parseSize(const std::string& text, int& width, int& height)
{
    const auto x = text.find_first_of("xX");
    if (x == std::string::npos)
        return false;
    const char* begin = text.data();
    const char* end = text.data() + text.size();
    auto [p1, e1] = std::from_chars(begin, begin + x, width);
    auto [p2, e2] = std::from_chars(begin + x + 1, end, height);
    return e1 == std::errc() && e2 == std::errc() && p1 == begin + x && p2 == end && width >= 64
        && height >= 64 && width <= kMaxSide && height <= kMaxSide;
}

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
    if (auto size = args->value("--size"); size && !parseSize(*size, width, height))
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
    auto parsed = readScene(scenePath);
    if (!parsed)
        return fail(kExitInput, parsed.error().message);
    for (const std::string& warning : parsed->warnings)
        std::cerr << "convscope: warning: " << warning << '\n';

    // Offscreen unless the caller chose a platform: render runs on servers and in CI.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Headless machines often have no runtime folder; Qt only needs a private one to exist.
    QTemporaryDir runtimeDir;
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR") && runtimeDir.isValid()) {
        QFile::setPermissions(runtimeDir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", runtimeDir.path().toLocal8Bit());
    }
    QGuiApplication app(argc, argv);

    ui::PlaygroundModel model;
    model.resetScene(parsed->scene, QString::fromStdString(scenePath));
    if (!model.isValid()) {
        // An image the scene names that cannot load is an input problem; anything else is an
        // impossible combination of parameters.
        const bool input = model.problemField() == QLatin1String("input");
        return fail(
            input ? kExitInput : kExitUsage, scenePath + ": " + model.problem().toStdString());
    }
    model.setStep(step.value_or(parsed->scene.animation.step));
    if (step && *step >= model.state().steps)
        std::cerr << "convscope: warning: step " << *step << " is past the last step ("
                  << model.state().steps - 1 << "); rendering the last one\n";

    ui::StageOptions options;
    const Scene& scene = parsed->scene;
    options.theme = scene.view.theme == "dark" ? ui::StageTheme::Dark : ui::StageTheme::Light;
    options.numbers = scene.view.numbers;
    options.zoom = scene.view.zoom;
    options.outputChannel = scene.animation.outputChannel;

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
