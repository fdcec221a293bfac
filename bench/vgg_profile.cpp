// VGG-16's feature extractor layer by layer: each of the 13 convolutions alone (with a persistent
// Workspace), then the whole forward pass with its weights given (as PyTorch has them) and with
// the default initialisation computed inside forward(). Prints the fastest of N runs of each, in
// CPU time of the calling thread at 1 thread (robust on a shared machine) and in wall time.
// Usage: vgg_profile [runs=5] [threads=1] [layer=-1 (all)]

#include "conv.h"
#include "network.h"
#include "presets.h"
#include "weights.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <limits>
#include <random>
#include <variant>

namespace {

using namespace convscope;

double threadCpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec * 1e-6;
}

double wallMs()
{
    return std::chrono::duration<double, std::milli>(
        std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

struct Best {
    double cpu = std::numeric_limits<double>::infinity();
    double wall = std::numeric_limits<double>::infinity();
};

template <class F> Best best(int runs, F&& f)
{
    Best b;
    f(); // warm-up
    for (int r = 0; r < runs; ++r) {
        const double c0 = threadCpuMs(), w0 = wallMs();
        f();
        b.cpu = std::min(b.cpu, threadCpuMs() - c0);
        b.wall = std::min(b.wall, wallMs() - w0);
    }
    return b;
}

} // namespace

int main(int argc, char** argv)
{
    const int runs = argc > 1 ? std::atoi(argv[1]) : 5;
    const int threads = argc > 2 ? std::atoi(argv[2]) : 1;
    const int only = argc > 3 ? std::atoi(argv[3]) : -1;
    auto vgg = loadPreset("vgg16");
    if (!vgg) {
        std::fprintf(stderr, "no vgg16 preset\n");
        return 1;
    }
    Network features = *vgg;
    std::erase_if(features.layers, [past = false](const Layer& l) mutable {
        past = past || std::holds_alternative<FlattenLayer>(l.config);
        return past;
    });
    Tensor x({ 3, 224, 224 });
    std::mt19937 rng(5);
    std::uniform_real_distribution<float> u(-1.0f, 1.0f);
    for (auto& v : x.values())
        v = u(rng);
    auto summary = summarize(features);
    if (!summary)
        return 1;
    RunOptions options;
    options.threads = threads;
    auto maps = forward(features, x, nullptr, options);
    if (!maps)
        return 1;
    WeightStore store;
    double totalCpu = 0, totalWall = 0;
    int conv = 0;
    for (std::size_t i = 0; i < features.layers.size(); ++i) {
        const auto* c = std::get_if<ConvLayer>(&features.layers[i].config);
        if (!c)
            continue;
        const Tensor& in = i == 0 ? x : (*maps)[i - 1];
        const std::string& name = summary->layers[i].name;
        const std::vector<int> wshape { c->params.outChannels, in.channels(), 3, 3 };
        Tensor weight = defaultWeight(static_cast<int>(i), wshape, in.channels() * 9);
        Tensor bias({ c->params.outChannels }, 0.0f);
        store.insert(name + ".weight", weight);
        store.insert(name + ".bias", bias);
        ++conv;
        if (only >= 0 && only != conv)
            continue;
        Workspace ws;
        RunOptions o = options;
        o.workspace = &ws;
        Tensor out;
        const Best b = best(runs, [&] { (void)convolve(in, weight, &bias, c->params, out, o); });
        std::printf("conv%-2d %4d -> %4d @ %3d: cpu %8.2f ms  wall %8.2f ms\n", conv, in.channels(),
            c->params.outChannels, in.dim(1), b.cpu, b.wall);
        totalCpu += b.cpu;
        totalWall += b.wall;
    }
    std::printf("sum of conv layers:    cpu %8.2f ms  wall %8.2f ms\n", totalCpu, totalWall);
    if (only >= 0)
        return 0;
    const Best given = best(runs, [&] { (void)forward(features, x, &store, options); });
    std::printf("forward, given weights: cpu %8.2f ms  wall %8.2f ms\n", given.cpu, given.wall);
    const Best dflt = best(runs, [&] { (void)forward(features, x, nullptr, options); });
    std::printf("forward, default init:  cpu %8.2f ms  wall %8.2f ms\n", dflt.cpu, dflt.wall);
    return 0;
}
