// How long the GUI thread is ever blocked while a lecturer changes parameters on the full
// 451x300 cat with 16 output channels (target: never more than 16 ms, one frame at 60 Hz).
//
// A 1 ms timer runs on the GUI thread the whole time; the longest gap between two of its ticks is
// the longest block. Meanwhile the main window is shown (offscreen) and the kernel size, stride,
// padding and dilation change every 80 ms, each change recomputing the layer and the whole-image
// feature maps in workers. Prints the longest gap, the 99th percentile and how many results
// arrived. Run: QT_QPA_PLATFORM=offscreen build/bench/bench_gui_latency

#include "mainwindow.h"
#include "playground/feature_map_panel.h"
#include "playground/playground_model.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>
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

// Times every outermost event the GUI thread handles, by the clock and by the CPU time it used;
// with CONVSCOPE_BENCH_VERBOSE set, names every event that keeps the GUI thread longer than 8 ms.
class TimingApplication : public QApplication {
public:
    using QApplication::QApplication;
    bool notify(QObject *receiver, QEvent *event) override
    {
        if (!m_measuring || (m_depth > 0 && !m_verbose))
            return QApplication::notify(receiver, event);
        QElapsedTimer t;
        t.start();
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
        if (m_depth == 0) {
            m_longestCpu = std::max(m_longestCpu, cpuMs);
            m_over16 += ms > 16.0;
            m_cpuOver16 += cpuMs > 16.0;
        }
        if (m_verbose && ms > m_threshold)
            std::printf("%6.1f ms (cpu %5.1f)  event %d  %s\n", ms, cpuMs, type, name.constData());
        return result;
    }
    void startMeasuring() { m_measuring = true; }
    double longestCpu() const { return m_longestCpu; }
    int over16() const { return m_over16; }
    int cpuOver16() const { return m_cpuOver16; }

private:
    bool m_verbose = qEnvironmentVariableIsSet("CONVSCOPE_BENCH_VERBOSE");
    // CONVSCOPE_BENCH_VERBOSE=2 lists events over 2 ms instead.
    double m_threshold = qEnvironmentVariableIntValue("CONVSCOPE_BENCH_VERBOSE") > 0
        ? qEnvironmentVariableIntValue("CONVSCOPE_BENCH_VERBOSE")
        : 8.0;
    bool m_measuring = false;
    int m_depth = 0;
    double m_longestCpu = 0;
    int m_over16 = 0;
    int m_cpuOver16 = 0;
};

int main(int argc, char *argv[])
{
    initResources();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    TimingApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ConvScopeBench"));
    using namespace convscope;
    using namespace convscope::ui;

    MainWindow window;
    window.openScene(QStringLiteral(":/scenes/default.convscope.json"));
    Scene scene = window.model()->scene();
    scene.layer.outChannels = 16;
    scene.layer.kernelPresets = { "sobel_x", "sobel_y", "laplacian", "gaussian", "box", "sharpen", "emboss",
        "scharr_x", "scharr_y", "prewitt_x", "prewitt_y", "identity", "gabor", "random" };
    window.model()->setScene(scene, QStringLiteral("setup"));
    window.resize(1600, 1000);
    window.show();

    std::vector<double> gaps;
    QElapsedTimer clock;
    clock.start();
    qint64 last = clock.nsecsElapsed();
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        gaps.push_back(static_cast<double>(now - last) / 1e6);
        last = now;
    });

    int outputs = 0;
    QObject::connect(window.model(), &PlaygroundModel::outputReady, [&] { ++outputs; });

    struct Edit {
        int kernel, stride, padding, dilation;
    };
    const Edit edits[] = { { 5, 1, 2, 1 }, { 5, 2, 2, 1 }, { 3, 2, 1, 2 }, { 7, 1, 3, 1 }, { 3, 1, 1, 1 },
        { 3, 3, 0, 1 }, { 5, 1, 4, 2 }, { 3, 1, 1, 3 }, { 9, 1, 4, 1 }, { 3, 1, 1, 1 } };
    int next = 0;
    QTimer driver;
    QObject::connect(&driver, &QTimer::timeout, [&] {
        if (next == 2 * static_cast<int>(std::size(edits))) {
            driver.stop();
            QTimer::singleShot(1500, &app, &QApplication::quit); // let the last results arrive
            return;
        }
        const Edit &e = edits[next % std::size(edits)];
        Scene s = window.model()->scene();
        s.layer.kernel = { e.kernel, e.kernel, 3 };
        s.layer.stride = { e.stride, e.stride, 1 };
        s.layer.padding = Padding::explicitly({ e.padding, e.padding, 0 });
        s.layer.dilation = { e.dilation, e.dilation, 1 };
        QElapsedTimer t;
        t.start();
        window.model()->setScene(s, QStringLiteral("edit %1").arg(next));
        if (qEnvironmentVariableIsSet("CONVSCOPE_BENCH_VERBOSE"))
            std::printf("setScene %.1f ms\n", t.nsecsElapsed() / 1e6);
        window.model()->setStep(next * 997);
        ++next;
    });
    // Start measuring once the window has settled.
    QTimer::singleShot(1500, [&] {
        last = clock.nsecsElapsed();
        app.startMeasuring();
        probe.start(1);
        driver.start(80);
    });
    QApplication::exec();

    std::sort(gaps.begin(), gaps.end());
    const double worst = gaps.empty() ? 0.0 : gaps.back();
    const double p99 = gaps.empty() ? 0.0 : gaps[gaps.size() * 99 / 100];
    std::printf("parameter edits: %d on the 451x300 cat, 16 output channels\n", next);
    std::printf("layer outputs delivered from the worker: %d\n", outputs);
    std::printf("GUI thread: longest block %.1f ms, 99th percentile gap %.1f ms (%zu probe ticks)\n", worst,
        p99, gaps.size());
    std::printf("GUI thread events: %d took longer than 16 ms by the clock, %d used more than 16 ms of CPU; "
                "the most CPU one event used: %.1f ms\n",
        app.over16(), app.cpuOver16(), app.longestCpu());
    return 0;
}
