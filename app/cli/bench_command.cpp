#include "args.h"
#include "commands.h"

#include "conv.h"
#include "parallel.h"

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cstdio>
#include <random>

namespace convscope::cli {

namespace {

constexpr int kMaxParam = 1 << 16;

// "C,L", "C,H,W" or "C,D,H,W": positive integers.
Result<std::vector<int>> parseShape(const std::string& text)
{
    const std::string usage
        = "--input-shape '" + text + "' must be C,L or C,H,W or C,D,H,W (positive integers)";
    std::vector<int> shape;
    std::size_t start = 0;
    for (;;) {
        const std::size_t comma = std::min(text.find(',', start), text.size());
        int v = 0;
        const char* first = text.data() + start;
        const char* last = text.data() + comma;
        const auto [p, ec] = std::from_chars(first, last, v);
        if (first == last || ec != std::errc() || p != last || v < 1)
            return Error { usage };
        shape.push_back(v);
        if (comma == text.size())
            break;
        start = comma + 1;
    }
    if (shape.size() < 2 || shape.size() > 4)
        return Error { usage };
    return shape;
}

// Refuses a tensor over kMaxTensorElements before anything is allocated.
std::string checkSize(const char* what, const std::vector<int>& shape)
{
    const std::vector<std::int64_t> wide(shape.begin(), shape.end());
    const std::string problem = Tensor::checkShape(wide);
    return problem.empty() ? problem
                           : std::string("the ") + what + " " + shapeString(shape) + ": " + problem;
}

void randomise(Tensor& t, unsigned seed)
{
    std::mt19937 rng(seed);
    std::uniform_real_distribution<float> u(-1.0f, 1.0f);
    for (auto& v : t.values())
        v = u(rng);
}

} // namespace

int runBench(const std::vector<std::string>& argv)
{
    OptionSpec spec;
    spec.withValue = { "--input-shape", "--out-channels", "--kernel", "--stride", "--padding",
        "--dilation", "--groups", "--threads", "--repeat" };
    spec.flags = { "--json" };
    auto args = Args::parse(argv, spec, 1);
    if (!args)
        return fail(kExitUsage, args.error().message);
    if (args->positional().empty() || args->positional()[0] != "conv")
        return fail(kExitUsage,
            "bench needs what to measure: convscope bench conv --input-shape C,H,W ...");
    for (const char* required : { "--input-shape", "--out-channels", "--kernel" })
        if (!args->has(required))
            return fail(kExitUsage, std::string("bench conv needs ") + required);

    auto shape = parseShape(*args->value("--input-shape"));
    if (!shape)
        return fail(kExitUsage, shape.error().message);
    const int n = static_cast<int>(shape->size()) - 1;
    ConvParams params;
    params.spatialDims = n;
    auto outChannels = args->integer("--out-channels", 1, 1, kMaxParam);
    auto kernel = args->dims("--kernel", n, { 1, 1, 1 }, 1, kMaxParam);
    auto stride = args->dims("--stride", n, { 1, 1, 1 }, 1, kMaxParam);
    auto dilation = args->dims("--dilation", n, { 1, 1, 1 }, 1, kMaxParam);
    auto groups = args->integer("--groups", 1, 1, kMaxParam);
    auto threads = args->integer("--threads", 1, 0, 256);
    auto repeat = args->integer("--repeat", 10, 1, 100000);
    Result<Padding> padding = Padding {};
    if (const auto p = args->value("--padding"); p && *p == "same")
        padding = Padding::same();
    else if (p && *p == "valid")
        padding = Padding::valid();
    else if (auto d = args->dims("--padding", n, { 0, 0, 0 }, 0, kMaxParam); d)
        padding = Padding::explicitly(*d);
    else
        padding = Error { d.error().message + " (or use same or valid)" };
    for (const Error* e :
        { outChannels ? nullptr : &outChannels.error(), kernel ? nullptr : &kernel.error(),
            stride ? nullptr : &stride.error(), dilation ? nullptr : &dilation.error(),
            groups ? nullptr : &groups.error(), threads ? nullptr : &threads.error(),
            repeat ? nullptr : &repeat.error(), padding ? nullptr : &padding.error() })
        if (e)
            return fail(kExitUsage, e->message);
    params.outChannels = *outChannels;
    params.kernel = *kernel;
    params.stride = *stride;
    params.dilation = *dilation;
    params.groups = *groups;
    params.padding = *padding;

    if (auto problem = checkSize("input", *shape); !problem.empty())
        return fail(kExitUsage, problem);
    auto plan = planConv(*shape, params);
    if (!plan)
        return fail(kExitUsage, plan.error().message);
    std::vector<int> weightShape { params.outChannels, (*shape)[0] / params.groups };
    for (int i = 0; i < n; ++i)
        weightShape.push_back(params.kernel[static_cast<std::size_t>(i)]);
    if (auto problem = checkSize("weight", weightShape); !problem.empty())
        return fail(kExitUsage, problem);
    if (auto problem = checkSize("output", plan->outputShape()); !problem.empty())
        return fail(kExitUsage, problem);
    const auto macs = convMacs(*plan, params);
    if (!macs)
        return fail(kExitUsage, macs.error().message);

    Tensor input(*shape);
    Tensor weight(weightShape);
    Tensor bias({ params.outChannels });
    randomise(input, 1);
    randomise(weight, 2);
    randomise(bias, 3);
    Tensor output;
    Workspace workspace;
    RunOptions options;
    options.threads = *threads;
    options.workspace = &workspace;
    // One untimed run first: it allocates the output and scratch buffers and starts the threads.
    if (auto s = convolve(input, weight, &bias, params, output, options); !s)
        return fail(kExitUsage, s.error().message);
    std::vector<double> ms;
    for (int r = 0; r < *repeat; ++r) {
        const auto start = std::chrono::steady_clock::now();
        if (auto s = convolve(input, weight, &bias, params, output, options); !s)
            return fail(kExitUsage, s.error().message);
        ms.push_back(
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
                .count());
    }
    std::sort(ms.begin(), ms.end());
    const double median
        = ms.size() % 2 ? ms[ms.size() / 2] : (ms[ms.size() / 2 - 1] + ms[ms.size() / 2]) / 2;
    const double gflops = median > 0 ? 2.0 * static_cast<double>(*macs) / (median * 1e6) : 0.0;
    if (args->has("--json"))
        std::printf("{\"median_ms\": %.6g, \"gflops\": %.6g}\n", median, gflops);
    else
        std::printf("conv %s -> %s: median %.3f ms over %d runs, %.2f GFLOP/s (%d thread%s)\n",
            shapeString(*shape).c_str(), shapeString(plan->outputShape()).c_str(), median, *repeat,
            gflops, resolveThreads(*threads), resolveThreads(*threads) == 1 ? "" : "s");
    return kExitOk;
}

} // namespace convscope::cli
