// The engine's convolution and pooling on the workloads W1..W7 (float32, batch 1), at 1 and 2
// threads, next to references on the same machine: the naive loop (W1, W6), cv::filter2D (W4)
// and OpenCV dnn (W6, W7) when available. bench/pytorch_bench.py measures the same workloads in
// PyTorch; bench/run.sh runs both. Counter "GFLOP/s" counts 2 flops per multiply-add.

#include "conv.h"
#include "network.h"
#include "pool.h"
#include "presets.h"
#include "weights.h"

#include <benchmark/benchmark.h>
#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#ifdef CONVSCOPE_BENCH_OPENCV_DNN
#include <opencv2/dnn.hpp>
#endif

#include <random>
#include <string>
#include <variant>

namespace {

using namespace convscope;

struct Workload {
    int channels;
    int height;
    int width;
    int outChannels;
    int kernel;
    int stride;
    int padding;
    int dilation;
    int groups;
};

// W1..W6 of the brief; W7 (pooling) is separate.
constexpr Workload kWorkloads[] = {
    { 3, 224, 224, 64, 3, 1, 1, 1, 1 },
    { 3, 1080, 1920, 16, 3, 1, 1, 1, 1 },
    { 64, 56, 56, 64, 3, 1, 1, 1, 1 },
    { 1, 2160, 3840, 1, 5, 1, 2, 1, 1 },
    { 3, 512, 512, 8, 7, 2, 3, 2, 1 },
    { 32, 112, 112, 32, 3, 1, 1, 1, 32 },
};

void randomise(Tensor& t, unsigned seed)
{
    std::mt19937 rng(seed);
    std::uniform_real_distribution<float> u(-1.0f, 1.0f);
    for (auto& v : t.values())
        v = u(rng);
}

struct Layer {
    Tensor input;
    Tensor weight;
    Tensor bias;
    ConvParams params;
    std::int64_t macs = 0;
};

Layer makeLayer(const Workload& w)
{
    Layer l;
    l.input = Tensor({ w.channels, w.height, w.width });
    l.weight = Tensor({ w.outChannels, w.channels / w.groups, w.kernel, w.kernel });
    l.bias = Tensor({ w.outChannels });
    randomise(l.input, 1);
    randomise(l.weight, 2);
    randomise(l.bias, 3);
    l.params.outChannels = w.outChannels;
    l.params.kernel = { w.kernel, w.kernel, 1 };
    l.params.stride = { w.stride, w.stride, 1 };
    l.params.dilation = { w.dilation, w.dilation, 1 };
    l.params.padding = Padding::explicitly({ w.padding, w.padding, 0 });
    l.params.groups = w.groups;
    auto plan = planConv(l.input.shape(), l.params);
    l.macs = plan ? convMacs(*plan, l.params).value() : 0;
    return l;
}

void setFlops(benchmark::State& state, std::int64_t macs)
{
    state.counters["GFLOP/s"] = benchmark::Counter(
        2.0 * static_cast<double>(macs) * 1e-9, benchmark::Counter::kIsIterationInvariantRate);
}

// args: workload index (1-based), threads
void BM_ConvScope(benchmark::State& state)
{
    const Workload& w = kWorkloads[state.range(0) - 1];
    Layer l = makeLayer(w);
    Workspace ws;
    RunOptions options;
    options.threads = static_cast<int>(state.range(1));
    options.workspace = &ws;
    Tensor out;
    if (!convolve(l.input, l.weight, &l.bias, l.params, out, options)) // warm-up: buffers, pool
        state.SkipWithError("convolve failed");
    for (auto _ : state) {
        auto s = convolve(l.input, l.weight, &l.bias, l.params, out, options);
        benchmark::DoNotOptimize(out.data());
    }
    setFlops(state, l.macs);
}

void BM_Naive(benchmark::State& state)
{
    Layer l = makeLayer(kWorkloads[state.range(0) - 1]);
    Tensor out;
    for (auto _ : state) {
        auto s = convolveNaive(l.input, l.weight, &l.bias, l.params, out);
        benchmark::DoNotOptimize(out.data());
    }
    setFlops(state, l.macs);
}

// W4 with OpenCV: filter2D correlates, and BORDER_CONSTANT pads with zeros as the layer does.
void BM_Filter2D(benchmark::State& state)
{
    const Workload& w = kWorkloads[3];
    Layer l = makeLayer(w);
    cv::setNumThreads(static_cast<int>(state.range(1)));
    const cv::Mat src(w.height, w.width, CV_32F, l.input.data());
    const cv::Mat kernel(w.kernel, w.kernel, CV_32F, l.weight.data());
    cv::Mat dst;
    for (auto _ : state) {
        cv::filter2D(src, dst, CV_32F, kernel, cv::Point(-1, -1), l.bias[0], cv::BORDER_CONSTANT);
        benchmark::DoNotOptimize(dst.data);
    }
    setFlops(state, l.macs);
}

void BM_MaxPool(benchmark::State& state)
{
    Tensor x({ 64, 224, 224 });
    randomise(x, 4);
    PoolParams p; // 2x2, stride 2, max
    RunOptions options;
    options.threads = static_cast<int>(state.range(1));
    Tensor out;
    if (!pool(x, p, out, options))
        state.SkipWithError("pool failed");
    for (auto _ : state) {
        auto s = pool(x, p, out, options);
        benchmark::DoNotOptimize(out.data());
    }
}

// W8: VGG-16's feature extractor (13 convolutions with ReLU, 5 max-pools) on one 3x224x224 image,
// the whole forward pass as the Network view runs it. The weights (the documented default
// initialisation) are made once and given to forward(), as PyTorch's module holds its weights:
// drawing 14.7 million random numbers on every pass is not part of the forward pass.
void BM_Vgg16Features(benchmark::State& state)
{
    auto vgg = loadPreset("vgg16");
    if (!vgg) {
        state.SkipWithError("no vgg16 preset");
        return;
    }
    Network features = *vgg;
    std::erase_if(features.layers, [&, past = false](const convscope::Layer& l) mutable {
        past = past || std::holds_alternative<FlattenLayer>(l.config);
        return past;
    });
    Tensor x({ 3, 224, 224 });
    randomise(x, 5);
    RunOptions options;
    options.threads = static_cast<int>(state.range(1));
    std::int64_t macs = 0;
    WeightStore weights;
    if (auto s = summarize(features)) {
        int channels = x.channels();
        for (std::size_t i = 0; i < s->layers.size(); ++i) {
            macs += s->layers[i].macs;
            const auto* conv = std::get_if<ConvLayer>(&features.layers[i].config);
            if (!conv)
                continue;
            const int o = conv->params.outChannels;
            const std::string& name = s->layers[i].name;
            weights.insert(name + ".weight",
                defaultWeight(static_cast<int>(i), { o, channels, 3, 3 }, channels * 9));
            weights.insert(name + ".bias", Tensor({ o }, 0.0f));
            channels = o;
        }
    }
    if (!forward(features, x, &weights, options)) // warm-up
        state.SkipWithError("forward failed");
    for (auto _ : state) {
        auto maps = forward(features, x, &weights, options);
        benchmark::DoNotOptimize(maps);
    }
    setFlops(state, macs);
}

#ifdef CONVSCOPE_BENCH_OPENCV_DNN
// One-layer OpenCV dnn networks: W6 (depth-wise convolution) and W7 (max pooling).
void runDnn(benchmark::State& state, cv::dnn::LayerParams lp, const cv::Mat& blob)
{
    cv::setNumThreads(static_cast<int>(state.range(1)));
    cv::dnn::Net net;
    net.addLayerToPrev(lp.name, lp.type, lp);
    net.setPreferableBackend(cv::dnn::DNN_BACKEND_OPENCV);
    net.setInput(blob);
    cv::Mat out = net.forward();
    for (auto _ : state) {
        net.setInput(blob);
        out = net.forward();
        benchmark::DoNotOptimize(out.data);
    }
}

void BM_DnnDepthwise(benchmark::State& state)
{
    const Workload& w = kWorkloads[5];
    Layer l = makeLayer(w);
    const int inShape[] = { 1, w.channels, w.height, w.width };
    const cv::Mat blob(4, inShape, CV_32F, l.input.data());
    const int wShape[] = { w.outChannels, w.channels / w.groups, w.kernel, w.kernel };
    cv::dnn::LayerParams lp;
    lp.name = "depthwise";
    lp.type = "Convolution";
    lp.set("kernel_size", w.kernel);
    lp.set("pad", w.padding);
    lp.set("stride", w.stride);
    lp.set("num_output", w.outChannels);
    lp.set("group", w.groups);
    lp.set("bias_term", true);
    lp.blobs.push_back(cv::Mat(4, wShape, CV_32F, l.weight.data()).clone());
    lp.blobs.push_back(cv::Mat(1, w.outChannels, CV_32F, l.bias.data()).clone());
    runDnn(state, lp, blob);
    setFlops(state, l.macs);
}

void BM_DnnMaxPool(benchmark::State& state)
{
    Tensor x({ 64, 224, 224 });
    randomise(x, 4);
    const int shape[] = { 1, 64, 224, 224 };
    const cv::Mat blob(4, shape, CV_32F, x.data());
    cv::dnn::LayerParams lp;
    lp.name = "pool";
    lp.type = "Pooling";
    lp.set("pool", "max");
    lp.set("kernel_size", 2);
    lp.set("stride", 2);
    runDnn(state, lp, blob);
}
#endif

void threadArgs(benchmark::internal::Benchmark* b, std::initializer_list<int> workloads)
{
    b->ArgNames({ "W", "threads" })->Unit(benchmark::kMillisecond)->UseRealTime();
    for (int w : workloads)
        for (int t : { 1, 2 })
            b->Args({ w, t });
}

} // namespace

BENCHMARK(BM_ConvScope)->Apply([](auto* b) { threadArgs(b, { 1, 2, 3, 4, 5, 6 }); });
BENCHMARK(BM_MaxPool)->Apply([](auto* b) { threadArgs(b, { 7 }); });
BENCHMARK(BM_Vgg16Features)->Apply([](auto* b) { threadArgs(b, { 8 }); });
BENCHMARK(BM_Naive)->Apply([](auto* b) {
    // Seconds per run: three single runs are enough to see the gap.
    b->ArgNames({ "W", "threads" })->Unit(benchmark::kMillisecond)->Args({ 1, 1 })->Args({ 6, 1 });
    b->Iterations(1)->Repetitions(3);
});
BENCHMARK(BM_Filter2D)->Apply([](auto* b) { threadArgs(b, { 4 }); });
#ifdef CONVSCOPE_BENCH_OPENCV_DNN
BENCHMARK(BM_DnnDepthwise)->Apply([](auto* b) { threadArgs(b, { 6 }); });
BENCHMARK(BM_DnnMaxPool)->Apply([](auto* b) { threadArgs(b, { 7 }); });
#endif

BENCHMARK_MAIN();
