// One animation frame of the Playground stage at 1600x1000 (the target: <= 4 ms with numbers on a
// 32x32 grid), and the cat photo, painted offscreen into a QImage as the canvas would.

#include "playground/playground_model.h"
#include "playground/stage_painter.h"

#include <benchmark/benchmark.h>

#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QThread>

using namespace convscope;
using namespace convscope::ui;

static void initResources()
{
    Q_INIT_RESOURCE(resources);
}

namespace {

Scene gridScene(int side)
{
    Scene s;
    s.input.source = InputSource::Grid;
    s.input.gridRows = side;
    s.input.gridCols = side;
    s.input.gridPreset = GridPreset::RandomIntegers;
    s.layer.kernel = { 3, 3, 3 };
    s.layer.padding = Padding::explicitly({ 1, 1, 1 });
    s.layer.kernelPresets = { "sobel_x" };
    return s;
}

void paintFrames(benchmark::State& bench, const Scene& scene, double zoom)
{
    PlaygroundModel model;
    model.resetScene(scene);
    // Large layers are computed in a worker: wait for the output, as the canvas would.
    for (int i = 0; i < 500 && !model.state().output; ++i) {
        QCoreApplication::processEvents();
        QThread::msleep(10);
    }
    QImage frame(1600, 1000, QImage::Format_RGB32);
    StageOptions options;
    options.zoom = zoom;
    const PlaygroundState& state = model.state();
    int step = 0;
    for (auto _ : bench) {
        QPainter painter(&frame);
        paintStage(painter, QRectF(0, 0, 1600, 1000), state, step, options);
        painter.end();
        step = (step + 1) % state.steps; // the window moves every frame, as in the animation
        benchmark::DoNotOptimize(frame.constBits());
    }
}

void BM_Grid32WithNumbers(benchmark::State& bench)
{
    paintFrames(bench, gridScene(32), 1.0);
}
void BM_Grid5WithNumbers(benchmark::State& bench)
{
    paintFrames(bench, gridScene(5), 1.0);
}
void BM_CatPhoto(benchmark::State& bench)
{
    paintFrames(bench, Scene {}, 1.0);
}
void BM_CatPhotoZoomed(benchmark::State& bench)
{
    paintFrames(bench, Scene {}, 12.0);
}

// The GUI latency case (bench_gui_latency): the cat with 16 output channels.
void BM_CatPhoto16Channels(benchmark::State& bench)
{
    Scene s;
    s.layer.outChannels = 16;
    s.layer.kernelPresets = { "sobel_x", "sobel_y", "laplacian", "gaussian" };
    paintFrames(bench, s, 1.0);
}

// The first frame after a parameter edit: two states alternate, so no per-state cache helps.
void BM_CatPhoto16ChannelsNewState(benchmark::State& bench)
{
    Scene a;
    a.layer.outChannels = 16;
    a.layer.kernelPresets = { "sobel_x", "sobel_y", "laplacian", "gaussian" };
    Scene b = a;
    b.layer.stride = { 3, 3, 1 }; // the slowest edit in bench_gui_latency
    b.layer.padding = Padding::explicitly({ 0, 0, 0 });
    PlaygroundModel ma, mb;
    ma.resetScene(a);
    mb.resetScene(b);
    for (int i = 0; i < 500 && !(ma.state().output && mb.state().output); ++i) {
        QCoreApplication::processEvents();
        QThread::msleep(10);
    }
    QImage frame(1600, 1000, QImage::Format_RGB32);
    StageOptions options;
    bool first = true;
    for (auto _ : bench) {
        QPainter painter(&frame);
        const PlaygroundModel& m = first ? ma : mb;
        paintStage(painter, QRectF(0, 0, 1600, 1000), m.state(), 1000, options);
        painter.end();
        first = !first;
        benchmark::DoNotOptimize(frame.constBits());
    }
}

} // namespace

BENCHMARK(BM_Grid32WithNumbers)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Grid5WithNumbers)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_CatPhoto)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_CatPhotoZoomed)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_CatPhoto16Channels)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_CatPhoto16ChannelsNewState)->Unit(benchmark::kMillisecond);

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    initResources();
    QGuiApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
