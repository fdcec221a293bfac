#include "args.h"
#include "commands.h"

#include "conv.h"
#include "npy.h"

namespace convscope::cli {

namespace {
constexpr int kMaxParam = 1 << 16;

Result<Padding> parsePadding(const Args &args, int spatialDims)
{
    const auto v = args.value("--padding");
    if (!v)
        return Padding {};
    if (*v == "same")
        return Padding::same();
    if (*v == "valid")
        return Padding::valid();
    auto d = args.dims("--padding", spatialDims, { 0, 0, 0 }, 0, kMaxParam);
    if (!d)
        return Error { d.error().message + " (or use same or valid)" };
    return Padding::explicitly(*d);
}

Result<PaddingMode> parsePaddingMode(const Args &args)
{
    const auto v = args.value("--padding-mode").value_or("zeros");
    if (v == "zeros")
        return PaddingMode::Zeros;
    if (v == "reflect")
        return PaddingMode::Reflect;
    if (v == "replicate")
        return PaddingMode::Replicate;
    if (v == "circular")
        return PaddingMode::Circular;
    return Error { "--padding-mode '" + v + "' is not one of zeros, reflect, replicate, circular" };
}
} // namespace

int runConv(const std::vector<std::string> &argv)
{
    OptionSpec spec;
    spec.withValue = { "--input", "--weight", "--bias", "--stride", "--padding", "--dilation", "--groups",
        "--padding-mode", "--output", "--threads" };
    spec.flags = { "--flip" };
    auto args = Args::parse(argv, spec, 0);
    if (!args)
        return fail(kExitUsage, args.error().message);
    for (const char *required : { "--input", "--weight", "--output" })
        if (!args->has(required))
            return fail(kExitUsage, std::string("conv needs ") + required);

    auto input = readNpy(*args->value("--input"));
    if (!input)
        return fail(kExitInput, input.error().message);
    auto weight = readNpy(*args->value("--weight"));
    if (!weight)
        return fail(kExitInput, weight.error().message);
    std::optional<Tensor> bias;
    if (auto b = args->value("--bias")) {
        auto t = readNpy(*b);
        if (!t)
            return fail(kExitInput, t.error().message);
        bias = std::move(t).value();
    }

    auto params = convParamsForWeight(*input, *weight);
    if (!params)
        return fail(kExitInput, params.error().message);
    const int n = params->spatialDims;
    auto stride = args->dims("--stride", n, { 1, 1, 1 }, 1, kMaxParam);
    auto dilation = args->dims("--dilation", n, { 1, 1, 1 }, 1, kMaxParam);
    auto groups = args->integer("--groups", 1, 1, kMaxParam);
    auto padding = parsePadding(*args, n);
    auto mode = parsePaddingMode(*args);
    auto threads = args->integer("--threads", 1, 0, 256);
    for (const Error *e : { stride ? nullptr : &stride.error(), dilation ? nullptr : &dilation.error(),
             groups ? nullptr : &groups.error(), padding ? nullptr : &padding.error(),
             mode ? nullptr : &mode.error(), threads ? nullptr : &threads.error() })
        if (e)
            return fail(kExitUsage, e->message);
    params->stride = *stride;
    params->dilation = *dilation;
    params->groups = *groups;
    params->padding = *padding;
    params->paddingMode = *mode;
    params->flip = args->has("--flip");
    params->bias = bias.has_value();

    if (auto plan = planConvWithWeights(*input, *weight, bias ? &*bias : nullptr, *params); !plan)
        return fail(plan.error().field == "weight" || plan.error().field == "bias" || plan.error().field == "input"
                ? kExitInput
                : kExitUsage,
            plan.error().message);
    Tensor output;
    RunOptions options;
    options.threads = *threads;
    if (auto s = convolve(*input, *weight, bias ? &*bias : nullptr, *params, output, options); !s)
        return fail(kExitUsage, s.error().message);
    if (auto s = writeNpy(*args->value("--output"), output); !s)
        return fail(kExitInput, s.error().message);
    return kExitOk;
}

} // namespace convscope::cli
