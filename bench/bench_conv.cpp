#include "conv.h"

#include <benchmark/benchmark.h>

#include <random>

namespace {
void BM_W1(benchmark::State &state)
{
    using namespace convscope;
    Tensor x({ 3, 224, 224 }), w({ 64, 3, 3, 3 }), b({ 64 }), y;
    std::mt19937 rng(1);
    std::uniform_real_distribution<float> u(-1, 1);
    for (auto &v : x.values())
        v = u(rng);
    for (auto &v : w.values())
        v = u(rng);
    ConvParams p;
    p.outChannels = 64;
    p.padding = Padding::explicitly({ 1, 1, 1 });
    Workspace ws;
    RunOptions o;
    o.workspace = &ws;
    for (auto _ : state)
        benchmark::DoNotOptimize(convolve(x, w, &b, p, y, o).ok());
}
BENCHMARK(BM_W1)->Unit(benchmark::kMillisecond);
} // namespace

BENCHMARK_MAIN();
