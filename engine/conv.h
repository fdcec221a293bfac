#pragma once

#include "error.h"
#include "shape.h"
#include "tensor.h"

#include <functional>
#include <memory>

namespace convscope {

class Workspace;

// How a computation runs: threads (0 = all hardware threads), reusable scratch memory, and a
// cancel check polled between blocks of work (return true to stop; the call then fails with
// the error "cancelled" and leaves the output unspecified).
struct RunOptions {
    int threads = 1;
    Workspace *workspace = nullptr;
    std::function<bool()> cancelled;
};

// Scratch memory kept across calls (padded copies, im2col blocks, per-thread buffers), so that a
// caller running the same layer repeatedly pays the page faults of large buffers only once.
class Workspace {
public:
    Workspace();
    ~Workspace();
    Workspace(const Workspace &) = delete;
    Workspace &operator=(const Workspace &) = delete;

    // A float buffer of at least n elements for slot `slot`; contents are unspecified.
    float *buffer(int slot, std::int64_t n);
    // The bytes held by all slots.
    [[nodiscard]] std::int64_t bytes() const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

// Checks that weight (O, C/groups, *kernel) and bias (O) fit the parameters and the input, and
// returns the plan. The kernel size and output channels are taken from the parameters; they must
// agree with the weight's shape.
[[nodiscard]] Result<SlidingPlan> planConvWithWeights(const Tensor &input, const Tensor &weight,
    const Tensor *bias, const ConvParams &params);

// ConvParams for a weight tensor: kernel and output channels from its shape, the rest default.
[[nodiscard]] Result<ConvParams> convParamsForWeight(const Tensor &input, const Tensor &weight);

// The convolution as PyTorch computes it (cross-correlation; with params.flip the kernel is
// rotated by 180 degrees first). Output is reshaped to (O, *out); its storage is reused.
// Chooses a fast path by shape.
Status convolve(const Tensor &input, const Tensor &weight, const Tensor *bias,
    const ConvParams &params, Tensor &output, const RunOptions &options = {});

// The definition, as six nested loops with no tricks: the reference the fast paths are tested
// against. Slow; for tests and tiny inputs.
Status convolveNaive(const Tensor &input, const Tensor &weight, const Tensor *bias,
    const ConvParams &params, Tensor &output);

} // namespace convscope
