#include "conv.h"

#include "conv_internal.h"

#include <mutex>
#include <vector>

namespace convscope {

struct Workspace::Impl {
    struct Slot {
        std::unique_ptr<float[]> data;
        std::int64_t size = 0;
    };
    std::vector<Slot> slots;
    std::int64_t bytes = 0;
};

Workspace::Workspace()
    : m_impl(std::make_unique<Impl>())
{
}

Workspace::~Workspace() = default;

float* Workspace::buffer(int slot, std::int64_t n)
{
    auto& slots = m_impl->slots;
    if (static_cast<int>(slots.size()) <= slot)
        slots.resize(static_cast<std::size_t>(slot) + 1);
    auto& b = slots[static_cast<std::size_t>(slot)];
    if (b.size < n) {
        // Not zeroed: the paths write before they read, and clearing a layer's megabytes of
        // scratch on every growth cost as much as a small layer.
        b.data.reset();
        m_impl->bytes -= b.size * std::int64_t { sizeof(float) };
        b.data = std::make_unique_for_overwrite<float[]>(static_cast<std::size_t>(n));
        b.size = n;
        m_impl->bytes += n * std::int64_t { sizeof(float) };
    }
    return b.data.get();
}

std::int64_t Workspace::bytes() const
{
    return m_impl->bytes;
}

namespace {

// Callers without a Workspace of their own (forward(), the GUI's layer runs) borrow one of these,
// so that a network run layer after layer does not allocate and page-fault its scratch (16 MiB
// of transformed kernels for a 512 x 512 Winograd layer) on every call; with a 4 KiB page fault
// at ~15 us that cost more than the layer. Each concurrent caller gets its own; one that grew
// beyond kMaxPooledBytes (a huge padded input) is freed instead of kept (VGG-16 on 224 x 224
// at 2 threads needs about 30 MiB).
constexpr std::int64_t kMaxPooledBytes = std::int64_t { 64 } << 20;
constexpr std::size_t kMaxPooledWorkspaces = 4;

class WorkspacePool {
public:
    std::unique_ptr<Workspace> take()
    {
        std::lock_guard lock(m_mutex);
        if (m_idle.empty())
            return std::make_unique<Workspace>();
        auto ws = std::move(m_idle.back());
        m_idle.pop_back();
        return ws;
    }

    void give(std::unique_ptr<Workspace> ws)
    {
        if (ws->bytes() > kMaxPooledBytes)
            return;
        std::lock_guard lock(m_mutex);
        if (m_idle.size() < kMaxPooledWorkspaces)
            m_idle.push_back(std::move(ws));
    }

private:
    std::mutex m_mutex;
    std::vector<std::unique_ptr<Workspace>> m_idle;
};

// Never destroyed: a computation still running on a worker thread while the program exits
// (a window closed mid-run) hands its workspace back after static destructors have run.
WorkspacePool& workspacePool()
{
    static auto* const pool = new WorkspacePool;
    return *pool;
}

} // namespace

Result<ConvParams> convParamsForWeight(const Tensor& input, const Tensor& weight)
{
    const int n = input.ndim() - 1;
    if (n < 1 || n > kMaxSpatialDims)
        return Error { "the input has shape " + input.shapeString()
                + ": it must be (C, L), (C, H, W) or (C, D, H, W)",
            "input" };
    if (weight.ndim() != n + 2)
        return Error { "the weight has shape " + weight.shapeString() + " but a "
                + std::to_string(n) + "-d convolution of an input " + input.shapeString()
                + " needs " + std::to_string(n + 2) + " dimensions (O, C/groups, *kernel)",
            "weight" };
    ConvParams p;
    p.spatialDims = n;
    p.outChannels = weight.dim(0);
    for (int i = 0; i < n; ++i)
        p.kernel[static_cast<std::size_t>(i)] = weight.dim(i + 2);
    return p;
}

Result<SlidingPlan> planConvWithWeights(
    const Tensor& input, const Tensor& weight, const Tensor* bias, const ConvParams& params)
{
    auto plan = planConv(input.shape(), params);
    if (!plan)
        return plan.error();
    std::vector<int> expected { params.outChannels, plan->inChannels / params.groups };
    for (int i = 0; i < params.spatialDims; ++i)
        expected.push_back(params.kernel[static_cast<std::size_t>(i)]);
    if (weight.shape() != expected)
        return Error { "the weight has shape " + weight.shapeString() + " but "
                + std::to_string(plan->inChannels) + " input channels in "
                + std::to_string(params.groups) + " group" + (params.groups == 1 ? "" : "s")
                + " need " + shapeString(expected),
            "weight" };
    if (bias && bias->shape() != std::vector<int> { params.outChannels })
        return Error { "the bias has shape " + bias->shapeString() + " but "
                + std::to_string(params.outChannels) + " output channels need ("
                + std::to_string(params.outChannels) + ",)",
            "bias" };
    return plan;
}

Status convolveNaive(const Tensor& input, const Tensor& weight, const Tensor* bias,
    const ConvParams& params, Tensor& output)
{
    auto planned = planConvWithWeights(input, weight, bias, params);
    if (!planned)
        return planned.error();
    const detail::Plan3 g = detail::toPlan3(*planned);
    output.reshape(planned->outputShape());
    const int groups = params.groups;
    const int cPerGroup = g.inChannels / groups;
    const int oPerGroup = g.outChannels / groups;
    const auto& ax = g.axes;
    const int kVolume = ax[0].kernel * ax[1].kernel * ax[2].kernel;
    float* out = output.data();
    for (int o = 0; o < g.outChannels; ++o) {
        const int group = o / oPerGroup;
        for (int z = 0; z < ax[0].output; ++z)
            for (int y = 0; y < ax[1].output; ++y)
                for (int x = 0; x < ax[2].output; ++x) {
                    double sum = bias ? (*bias)[o] : 0.0;
                    for (int ci = 0; ci < cPerGroup; ++ci) {
                        const int c = group * cPerGroup + ci;
                        for (int kz = 0; kz < ax[0].kernel; ++kz)
                            for (int ky = 0; ky < ax[1].kernel; ++ky)
                                for (int kx = 0; kx < ax[2].kernel; ++kx) {
                                    const int iz = padSource(
                                        z * ax[0].stride + kz * ax[0].dilation - ax[0].padBefore,
                                        ax[0].input, params.paddingMode);
                                    const int iy = padSource(
                                        y * ax[1].stride + ky * ax[1].dilation - ax[1].padBefore,
                                        ax[1].input, params.paddingMode);
                                    const int ix = padSource(
                                        x * ax[2].stride + kx * ax[2].dilation - ax[2].padBefore,
                                        ax[2].input, params.paddingMode);
                                    if (iz < 0 || iy < 0 || ix < 0)
                                        continue;
                                    // With flip, tap k reads the weight at k_max - k in every axis.
                                    int widx = (kz * ax[1].kernel + ky) * ax[2].kernel + kx;
                                    if (params.flip)
                                        widx = kVolume - 1 - widx;
                                    const float w
                                        = weight[(static_cast<std::int64_t>(o) * cPerGroup + ci)
                                                * kVolume
                                            + widx];
                                    const float v
                                        = input[((static_cast<std::int64_t>(c) * ax[0].input + iz)
                                                        * ax[1].input
                                                    + iy)
                                                * ax[2].input
                                            + ix];
                                    sum += static_cast<double>(w) * v;
                                }
                    }
                    *out++ = static_cast<float>(sum);
                }
    }
    return {};
}

Status convolve(const Tensor& input, const Tensor& weight, const Tensor* bias,
    const ConvParams& params, Tensor& output, const RunOptions& options)
{
    if (!options.workspace) {
        auto& pool = workspacePool();
        std::unique_ptr<Workspace> borrowed = pool.take();
        RunOptions withWorkspace = options;
        withWorkspace.workspace = borrowed.get();
        Status s = convolve(input, weight, bias, params, output, withWorkspace);
        pool.give(std::move(borrowed));
        return s;
    }
    auto planned = planConvWithWeights(input, weight, bias, params);
    if (!planned)
        return planned.error();
    // Most specific first (bench/RESULTS.md has the measurements behind the choices): OpenCV for
    // large single-channel planes, the direct sliding kernels while an output needs few
    // multiply-adds, Winograd for 3x3 layers with many channels, and im2col + GEMM for the rest.
    if (detail::filter2dSuits(*planned, params))
        return detail::convolveFilter2d(input, weight, bias, params, *planned, output, options);
    if (detail::slidingSuits(*planned, params))
        return detail::convolveSliding(input, weight, bias, params, *planned, output, options);
    if (detail::winogradSuits(*planned, params))
        return detail::convolveWinograd(input, weight, bias, params, *planned, output, options);
    return detail::convolveGemm(input, weight, bias, params, *planned, output, options);
}

} // namespace convscope
