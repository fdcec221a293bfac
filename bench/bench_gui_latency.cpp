// How long the GUI thread is ever blocked while a lecturer changes parameters on the full
// 451x300 cat with 16 output channels (target: never more than 16 ms, one frame at 60 Hz).
//
// A 1 ms timer runs on the GUI thread the whole time; the longest gap between two of its ticks is
// the longest block. Meanwhile the main window is shown (offscreen, 1600x1000) and the kernel
// size, stride, padding and dilation are stepped as a user would: arrow-key presses posted to the
// real spin boxes, one every 80 ms while a control is "held", a pause of 400 ms between controls
// so the whole-image feature maps finish. Each step recomputes the layer and the 16 feature maps
// in workers. Prints the longest gap and the 99th percentile, by the clock and by the GUI thread's
// own CPU time between two ticks (on a shared machine the clock also counts time the GUI thread
// waited for a core), and how many results arrived.
// Run: QT_QPA_PLATFORM=offscreen build/bench/bench_gui_latency
// CONVSCOPE_BENCH_VERBOSE=N lists every edit and every event over N ms (=yes: over 8 ms), and for
// every gap over 16 ms (or with over 10 ms of the GUI thread's CPU) the events that ran in it.

#include "allocator.h"
#include "mainwindow.h"
#include "playground/feature_map_panel.h"
#include "playground/playground_canvas.h"
#include "playground/playground_model.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QKeyEvent>
#include <QSpinBox>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <string>
#include <vector>

static void initResources() { Q_INIT_RESOURCE(resources); }

// The CPU time the calling thread has used, in ms: on a machine shared with other work, the wall
// time of an event includes the time the GUI thread waited for a core, which is not its own doing.
static double threadCpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

static QElapsedTimer g_clock; // shared by the probe and the event log

// Times every outermost event the GUI thread handles, by the clock and by the CPU time it used;
// with CONVSCOPE_BENCH_VERBOSE set, names every event that keeps the GUI thread longer than 8 ms
// and keeps a log of the outermost events for the probe to print when a gap is long.
class TimingApplication : public QApplication {
public:
    struct Logged {
        double start, ms, cpu;
        int type;
        std::string name;
    };
    using QApplication::QApplication;
    bool notify(QObject *receiver, QEvent *event) override
    {
        if (!m_measuring || (m_depth > 0 && !m_verbose))
            return QApplication::notify(receiver, event);
        QElapsedTimer t;
        t.start();
        const double start = static_cast<double>(g_clock.nsecsElapsed()) / 1e6;
        const double cpu = threadCpuMs();
        const int type = event->type();
        // Named before the event: its handler may delete the receiver.
        const QByteArray name = m_verbose
            ? QByteArray(receiver->metaObject()->className()) + " (" + receiver->objectName().toUtf8() + ')'
            : QByteArray();
        ++m_depth;
        const bool result = QApplication::notify(receiver, event);
        --m_depth;
        const double ms = static_cast<double>(t.nsecsElapsed()) / 1e6, cpuMs = threadCpuMs() - cpu;
        if (m_depth == 0 && m_measuring) { // not the event that stopped the measuring (closing)
            m_longestCpu = std::max(m_longestCpu, cpuMs);
            m_over16 += ms > 16.0;
            m_cpuOver16 += cpuMs > 16.0;
            if (m_verbose && ms > 0.3)
                m_log.push_back({ start, ms, cpuMs, type, name.toStdString() });
        }
        if (m_verbose && ms > m_threshold)
            std::printf("%6.1f ms (cpu %5.1f)  event %d  %s\n", ms, cpuMs, type, name.constData());
        return result;
    }
    void startMeasuring() { m_measuring = true; }
    void stopMeasuring() { m_measuring = false; }
    double longestCpu() const { return m_longestCpu; }
    int over16() const { return m_over16; }
    int cpuOver16() const { return m_cpuOver16; }
    // Prints the logged outermost events that started after `from` (ms on g_clock), then forgets
    // the log up to now.
    void printSince(double from)
    {
        for (const Logged &e : m_log)
            if (e.start >= from)
                std::printf("      +%5.1f ms: %5.1f ms (cpu %4.1f)  event %d  %s\n", e.start - from, e.ms, e.cpu,
                    e.type, e.name.c_str());
        m_log.clear();
    }
    void forget() { m_log.clear(); }

private:
    bool m_verbose = qEnvironmentVariableIsSet("CONVSCOPE_BENCH_VERBOSE");
    // CONVSCOPE_BENCH_VERBOSE=2 lists events over 2 ms instead (0.1: over 0.1 ms).
    double m_threshold = qEnvironmentVariable("CONVSCOPE_BENCH_VERBOSE").toDouble() > 0
        ? qEnvironmentVariable("CONVSCOPE_BENCH_VERBOSE").toDouble()
        : 8.0;
    bool m_measuring = false;
    int m_depth = 0;
    double m_longestCpu = 0;
    int m_over16 = 0;
    int m_cpuOver16 = 0;
    std::vector<Logged> m_log;
};

// The value below which `perMille` thousandths of v lie.
static double quantile(std::vector<double> v, int perMille)
{
    if (v.empty())
        return 0.0;
    std::sort(v.begin(), v.end());
    return v[v.size() * static_cast<std::size_t>(perMille) / 1000];
}

int main(int argc, char *argv[])
{
    convscope::ui::configureAllocator(); // as the application does
    initResources();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    TimingApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ConvScopeBench"));
    using namespace convscope;
    using namespace convscope::ui;
    const bool verbose = qEnvironmentVariableIsSet("CONVSCOPE_BENCH_VERBOSE");

    MainWindow window;
    // Quitting must not wait for an answer to "save the changes?".
    window.setAskHandler([](const QString &, const QString &, QMessageBox::StandardButtons) { return QMessageBox::Discard; });
    window.openScene(QStringLiteral(":/scenes/default.convscope.json"));
    Scene scene = window.model()->scene();
    scene.layer.outChannels = 16;
    // Presets made for every kernel size: with the 3x3-only ones (sobel_x, ...) stepping the kernel
    // size made the layer impossible and nothing was computed for those edits.
    scene.layer.kernelPresets = { "gaussian", "box", "gabor", "random" };
    window.model()->setScene(scene, QStringLiteral("setup"));
    if (!window.model()->isValid()) {
        std::fprintf(stderr, "the benchmark scene is impossible: %s\n", qPrintable(window.model()->problem()));
        return 1;
    }
    window.resize(1600, 1000);
    window.show();

    // The user's steps: which spin box, and arrow up (+1) or down (-1).
    struct Step {
        const char *spin;
        int direction;
    };
    std::vector<Step> steps;
    const auto hold = [&steps](const char *spin, int direction, int count) {
        for (int i = 0; i < count; ++i)
            steps.push_back({ spin, direction });
        steps.push_back({ nullptr, 0 }); // let go: a pause
    };
    for (int round = 0; round < 2; ++round) {
        hold("kernelSpin0", +1, 3); // 3 -> 9
        hold("kernelSpin0", -1, 3);
        hold("strideSpin0", +1, 2);
        hold("strideSpin0", -1, 2);
        hold("paddingSpin0", +1, 3);
        hold("paddingSpin0", -1, 3);
        hold("dilationSpin0", +1, 2);
        hold("dilationSpin0", -1, 2);
    }
    int impossible = 0;
    QObject::connect(window.model(), &PlaygroundModel::sceneChanged, [&] { impossible += !window.model()->isValid(); });
    for (const Step &s : steps)
        if (s.spin && !window.findChild<QSpinBox *>(QString::fromLatin1(s.spin))) {
            std::fprintf(stderr, "no spin box %s in the window\n", s.spin);
            return 1;
        }

    std::vector<double> gaps, cpuGaps;
    g_clock.start();
    qint64 last = g_clock.nsecsElapsed();
    double lastCpu = threadCpuMs();
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        const qint64 now = g_clock.nsecsElapsed();
        const double cpu = threadCpuMs();
        const double gap = static_cast<double>(now - last) / 1e6;
        gaps.push_back(gap);
        cpuGaps.push_back(cpu - lastCpu);
        if (verbose) {
            if (gap > 16.0 || cpu - lastCpu > 10.0) {
                std::printf("  gap %.1f ms (GUI thread cpu %.1f ms):\n", gap, cpu - lastCpu);
                app.printSince(static_cast<double>(last) / 1e6);
            } else {
                app.forget();
            }
        }
        last = g_clock.nsecsElapsed();
        lastCpu = threadCpuMs();
    });

    int outputs = 0, maps = 0;
    QObject::connect(window.model(), &PlaygroundModel::outputReady, [&] { ++outputs; });
    auto *panel = window.findChild<FeatureMapPanel *>();
    if (panel)
        QObject::connect(panel, &FeatureMapPanel::mapsUpdated, [&] { ++maps; });

    // From a key press to the stage's new picture on screen (drawn in the background): checked on
    // every tick.
    auto *canvas = window.findChild<PlaygroundCanvas *>();
    if (!canvas) {
        std::fprintf(stderr, "no Playground canvas in the window\n");
        return 1;
    }
    std::vector<double> frameDelays;
    double lastEdit = -1.0;
    int framesSeen = canvas->backgroundFrames();
    QObject::connect(&probe, &QTimer::timeout, [&] {
        if (canvas->backgroundFrames() == framesSeen)
            return;
        framesSeen = canvas->backgroundFrames();
        if (lastEdit >= 0)
            frameDelays.push_back(static_cast<double>(g_clock.nsecsElapsed()) / 1e6 - lastEdit);
        lastEdit = -1.0;
    });

    std::size_t next = 0;
    int edits = 0;
    QTimer driver;
    driver.setTimerType(Qt::PreciseTimer);
    QObject::connect(&driver, &QTimer::timeout, [&] {
        if (next == steps.size()) {
            driver.stop();
            QTimer::singleShot(1500, &app, [&] { // let the last results arrive; closing is not measured
                probe.stop();
                app.stopMeasuring();
                QApplication::quit();
            });
            return;
        }
        const Step &s = steps[next++];
        if (!s.spin) {
            driver.start(400); // a pause between two controls: the feature maps finish
            return;
        }
        driver.start(80); // a spin box held down
        auto *spin = window.findChild<QSpinBox *>(QString::fromLatin1(s.spin));
        const int key = s.direction > 0 ? Qt::Key_Up : Qt::Key_Down;
        // Posted, as the window system delivers a key press: handled in its own event.
        QCoreApplication::postEvent(spin, new QKeyEvent(QEvent::KeyPress, key, Qt::NoModifier));
        QCoreApplication::postEvent(spin, new QKeyEvent(QEvent::KeyRelease, key, Qt::NoModifier));
        ++edits;
        lastEdit = static_cast<double>(g_clock.nsecsElapsed()) / 1e6;
        if (verbose)
            std::printf("edit %d: %s %s\n", edits, s.spin, s.direction > 0 ? "up" : "down");
    });
    // Start measuring once the window has settled.
    QTimer::singleShot(1500, [&] {
        last = g_clock.nsecsElapsed();
        lastCpu = threadCpuMs();
        app.startMeasuring();
        probe.start(1);
        driver.start(80);
    });
    QApplication::exec();

    const double worst = gaps.empty() ? 0.0 : *std::max_element(gaps.begin(), gaps.end());
    const double worstCpu = cpuGaps.empty() ? 0.0 : *std::max_element(cpuGaps.begin(), cpuGaps.end());
    std::printf("parameter edits: %d arrow presses on the spin boxes, 451x300 cat, 16 output channels\n", edits);
    std::printf("results delivered from the workers: %d layer outputs, %d sets of feature maps (%d edits made the "
                "layer impossible)\n",
        outputs, maps, impossible);
    std::printf("GUI thread, gap between 1 ms ticks: longest %.1f ms, 99th percentile %.1f ms, 99.9th %.1f ms "
                "(%zu ticks, %zu over 16 ms)\n",
        worst, quantile(gaps, 990), quantile(gaps, 999), gaps.size(),
        static_cast<std::size_t>(std::count_if(gaps.begin(), gaps.end(), [](double g) { return g > 16.0; })));
    std::printf("GUI thread's own CPU time between two ticks: longest %.1f ms, 99th percentile %.1f ms\n", worstCpu,
        quantile(cpuGaps, 990));
    std::printf("from a key press to the stage's new picture (drawn in the background): median %.1f ms, longest "
                "%.1f ms (%zu pictures)\n",
        quantile(frameDelays, 500),
        frameDelays.empty() ? 0.0 : *std::max_element(frameDelays.begin(), frameDelays.end()), frameDelays.size());
    std::printf("GUI thread events: %d took longer than 16 ms by the clock, %d used more than 16 ms of CPU; "
                "the most CPU one event used: %.1f ms\n",
        app.over16(), app.cpuOver16(), app.longestCpu());
    return 0;
}
