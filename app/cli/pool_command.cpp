#include "args.h"
#include "commands.h"

#include "npy.h"
#include "pool.h"

namespace convscope::cli {

int runPool(const std::vector<std::string> &argv)
{
    constexpr int kMaxParam = 1 << 16;
    OptionSpec spec;
    spec.withValue = { "--type", "--input", "--kernel", "--stride", "--padding", "--dilation", "--output", "--threads" };
    spec.flags = { "--ceil-mode", "--exclude-pad" };
    auto args = Args::parse(argv, spec, 0);
    if (!args)
        return fail(kExitUsage, args.error().message);
    for (const char *required : { "--type", "--input", "--kernel", "--output" })
        if (!args->has(required))
            return fail(kExitUsage, std::string("pool needs ") + required);
    PoolParams params;
    const std::string type = *args->value("--type");
    if (type == "max")
        params.type = PoolType::Max;
    else if (type == "avg")
        params.type = PoolType::Avg;
    else if (type == "sum")
        params.type = PoolType::Sum;
    else
        return fail(kExitUsage, "--type '" + type + "' is not one of max, avg, sum");
    if (args->has("--exclude-pad") && params.type != PoolType::Avg)
        return fail(kExitUsage, "--exclude-pad applies to average pooling only");
    if (args->has("--dilation") && params.type != PoolType::Max)
        return fail(kExitUsage, "--dilation applies to max pooling only");

    auto input = readNpy(*args->value("--input"));
    if (!input)
        return fail(kExitInput, input.error().message);
    const int n = input->ndim() - 1;
    if (n < 1 || n > kMaxSpatialDims)
        return fail(kExitInput, "the input has shape " + input->shapeString() + ": it must be (C, L), (C, H, W) or (C, D, H, W)");
    params.spatialDims = n;
    auto kernel = args->dims("--kernel", n, { 1, 1, 1 }, 1, kMaxParam);
    if (!kernel)
        return fail(kExitUsage, kernel.error().message);
    auto stride = args->dims("--stride", n, *kernel, 1, kMaxParam);
    auto padding = args->dims("--padding", n, { 0, 0, 0 }, 0, kMaxParam);
    auto dilation = args->dims("--dilation", n, { 1, 1, 1 }, 1, kMaxParam);
    for (const Error *e : { stride ? nullptr : &stride.error(), padding ? nullptr : &padding.error(),
             dilation ? nullptr : &dilation.error() })
        if (e)
            return fail(kExitUsage, e->message);
    params.kernel = *kernel;
    params.stride = *stride;
    params.padding = *padding;
    params.dilation = *dilation;
    params.ceilMode = args->has("--ceil-mode");
    params.countIncludePad = !args->has("--exclude-pad");

    Tensor output;
    if (auto s = pool(*input, params, output); !s)
        return fail(s.error().field == "input" ? kExitInput : kExitUsage, s.error().message);
    if (auto s = writeNpy(*args->value("--output"), output); !s)
        return fail(kExitInput, s.error().message);
    return kExitOk;
}

} // namespace convscope::cli
