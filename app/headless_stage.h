#pragma once

// A scene loaded into the Playground model with no display, as `convscope render` and
// `convscope export` need it: the scene read and validated, an offscreen QGuiApplication, and the
// layer's output computed (large layers are computed in a worker; this waits for it).
//
// Exit status (CONTRACT.md section 3): a scene that cannot be read, or an image it names that
// cannot be loaded, is an input problem (3); a scene whose layer is impossible is bad usage (2),
// since it asks for a picture of parameters that do not fit.

#include "playground/playground_model.h"
#include "playground/stage_painter.h"
#include "scene.h"

#include <QTemporaryDir>

#include <memory>
#include <string>

class QGuiApplication;

namespace convscope::cli {

// "WIDTHxHEIGHT" with sides from 64 to 8192.
[[nodiscard]] bool parseStageSize(const std::string& text, int& width, int& height);

class HeadlessStage {
public:
    HeadlessStage();
    ~HeadlessStage();
    HeadlessStage(const HeadlessStage&) = delete;
    HeadlessStage& operator=(const HeadlessStage&) = delete;

    // Loads the scene; on failure prints the one error line and returns the exit code (else 0).
    int load(int argc, char* argv[], const std::string& scenePath);

    [[nodiscard]] const Scene& scene() const { return m_scene; }
    [[nodiscard]] ui::PlaygroundModel& model() { return *m_model; }
    // The view the scene asks for: theme, numbers, zoom, the animated output channel.
    [[nodiscard]] ui::StageOptions options() const;

private:
    int m_argc = 0; // QGuiApplication keeps a reference to it
    QTemporaryDir m_runtimeDir;
    std::unique_ptr<QGuiApplication> m_app;
    std::unique_ptr<ui::PlaygroundModel> m_model;
    Scene m_scene;
};

} // namespace convscope::cli
