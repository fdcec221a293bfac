#include "headless_stage.h"

#include "cli/args.h"

#include <QEventLoop>
#include <QFile>
#include <QGuiApplication>
#include <QTimer>

#include <charconv>
#include <iostream>

namespace convscope::cli {

namespace {

constexpr int kMinSide = 64;
constexpr int kMaxSide = 8192;
constexpr int kOutputTimeoutMs = 300'000; // a worker that never answers must not hang the command

} // namespace

bool parseStageSize(const std::string& text, int& width, int& height)
{
    const auto x = text.find_first_of("xX");
    if (x == std::string::npos)
        return false;
    const char* begin = text.data();
    const char* end = text.data() + text.size();
    int w = 0, h = 0;
    auto [p1, e1] = std::from_chars(begin, begin + x, w);
    auto [p2, e2] = std::from_chars(begin + x + 1, end, h);
    if (e1 != std::errc() || e2 != std::errc() || p1 != begin + x || p2 != end || w < kMinSide
        || h < kMinSide || w > kMaxSide || h > kMaxSide)
        return false;
    width = w;
    height = h;
    return true;
}

HeadlessStage::HeadlessStage() = default;

HeadlessStage::~HeadlessStage()
{
    m_model.reset(); // before the application it lives in
    m_app.reset();
}

int HeadlessStage::load(int argc, char* argv[], const std::string& scenePath)
{
    auto parsed = readScene(scenePath);
    if (!parsed)
        return fail(kExitInput, parsed.error().message);
    for (const std::string& warning : parsed->warnings)
        std::cerr << "convscope: warning: " << warning << '\n';
    m_scene = parsed->scene;

    // Offscreen unless the caller chose a platform: these commands run on servers and in CI.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Headless machines often have no runtime folder; Qt only needs a private one to exist.
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR") && m_runtimeDir.isValid()) {
        QFile::setPermissions(m_runtimeDir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", m_runtimeDir.path().toLocal8Bit());
    }
    m_argc = argc;
    m_app = std::make_unique<QGuiApplication>(m_argc, argv);

    m_model = std::make_unique<ui::PlaygroundModel>();
    m_model->resetScene(m_scene, QString::fromStdString(scenePath));
    if (!m_model->isValid()) {
        const bool input = m_model->problemField() == QLatin1String("input");
        return fail(input ? kExitInput : kExitUsage, scenePath + ": " + m_model->problem().toStdString());
    }
    if (!m_model->state().output) {
        QEventLoop loop;
        QObject::connect(m_model.get(), &ui::PlaygroundModel::outputReady, &loop, &QEventLoop::quit);
        QTimer::singleShot(kOutputTimeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
        if (!m_model->state().output)
            return fail(kExitInput, scenePath + ": the layer's output could not be computed");
    }
    return kExitOk;
}

ui::StageOptions HeadlessStage::options() const
{
    ui::StageOptions options;
    options.theme = m_scene.view.theme == "dark" ? ui::StageTheme::Dark : ui::StageTheme::Light;
    options.numbers = m_scene.view.numbers;
    options.zoom = m_scene.view.zoom;
    options.outputChannel = m_scene.animation.outputChannel;
    return options;
}

} // namespace convscope::cli
