// How quickly the Network view shows new feature maps after a layer edit, and how long the GUI
// thread is ever blocked meanwhile (targets: new maps within 100 ms; no block over 16 ms).
//
// The stack is conv 3→8 k3 · relu · maxpool 2 · conv 8→16 k3 on the full 451x300 cat. Twenty
// edits toggle the first conv's output channels between 8 and 9 (so every layer recomputes); for
// each, the time from the edit to NetworkModel::mapsReady and to the gallery's picturesReady is
// taken. A 1 ms timer on the GUI thread measures the longest gap between two of its ticks.
// Prints the medians, the maxima and the longest gap.
// Run: QT_QPA_PLATFORM=offscreen build/bench/bench_network_latency

#include "layer.h"
#include "mainwindow.h"
#include "network/feature_map_gallery.h"
#include "network/network_model.h"
#include "network/network_view.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace convscope;
using namespace convscope::ui;

static void initResources() { Q_INIT_RESOURCE(resources); }

static double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

// Runs the event loop until done() or the timeout; false on timeout.
template <typename F> static bool spinUntil(F done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 5);
    }
    return true;
}

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    initResources();
    MainWindow w;
    w.resize(1600, 1000);
    w.openDefault();
    w.setView(MainWindow::View::Network);
    w.show();
    NetworkModel *model = w.networkModel();
    auto *gallery = w.networkView()->findChild<FeatureMapGallery *>();
    if (!gallery || !model->image()) {
        std::fprintf(stderr, "bench_network_latency: no gallery or no image\n");
        return 1;
    }

    Network net;
    net.name = "four layers";
    net.inputChannels = 3;
    net.inputSize = { 300, 451 };
    net.layers = { convLayer("conv1", 8, 3), activationLayer(Activation::Relu), poolLayer("pool1", PoolType::Max, 2, 2),
        convLayer("conv2", 16, 3) };

    QElapsedTimer clock;
    clock.start();
    double mapsAt = -1, picturesAt = -1;
    QObject::connect(model, &NetworkModel::mapsReady, [&] { mapsAt = static_cast<double>(clock.nsecsElapsed()) / 1e6; });
    QObject::connect(gallery, &FeatureMapGallery::picturesReady, [&] {
        if (mapsAt >= 0 && picturesAt < 0)
            picturesAt = static_cast<double>(clock.nsecsElapsed()) / 1e6;
    });

    model->setNetwork(net, QStringLiteral("bench"));
    if (!spinUntil([&] { return picturesAt >= 0; }, 30000)) {
        std::fprintf(stderr, "bench_network_latency: the first maps never arrived\n");
        return 1;
    }

    double lastTick = -1, longestGap = 0;
    bool measuring = false;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        const double now = static_cast<double>(clock.nsecsElapsed()) / 1e6;
        if (measuring && lastTick >= 0)
            longestGap = std::max(longestGap, now - lastTick);
        lastTick = now;
    });
    ticker.start(1);
    spinUntil([] { return false; }, 200);

    std::vector<double> toMaps, toPictures;
    measuring = true;
    for (int i = 0; i < 20; ++i) {
        mapsAt = picturesAt = -1;
        const double start = static_cast<double>(clock.nsecsElapsed()) / 1e6;
        model->replaceLayer(0, convLayer("conv1", i % 2 ? 8 : 9, 3), QStringLiteral("edit"));
        if (!spinUntil([&] { return picturesAt >= 0; }, 30000)) {
            std::fprintf(stderr, "bench_network_latency: edit %d never showed maps\n", i);
            return 1;
        }
        toMaps.push_back(mapsAt - start);
        toPictures.push_back(picturesAt - start);
        spinUntil([] { return false; }, 100);
    }
    measuring = false;
    model->cancel();

    std::printf("Network view, 4-layer stack on the 451x300 cat, 20 edits of the first conv:\n");
    std::printf("  edit -> maps ready (NetworkModel::mapsReady):    median %6.1f ms, max %6.1f ms\n", median(toMaps),
        *std::max_element(toMaps.begin(), toMaps.end()));
    std::printf("  edit -> maps shown (FeatureMapGallery::picturesReady): median %6.1f ms, max %6.1f ms\n",
        median(toPictures), *std::max_element(toPictures.begin(), toPictures.end()));
    std::printf("  each edit, ms to maps shown:");
    for (const double ms : toPictures)
        std::printf(" %.0f", ms);
    std::printf("\n");
    std::printf("  longest GUI-thread block (gap between 1 ms ticks): %6.1f ms\n", longestGap);
    return 0;
}
