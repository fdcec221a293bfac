#pragma once

// A sequential network: its summary (shapes, parameters, MACs, receptive fields), validation with
// messages that name the layer, the input region an output cell sees, and the forward pass.

#include "conv.h"
#include "error.h"
#include "layer.h"
#include "tensor.h"
#include "weights.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace convscope {

struct Network {
    std::string name;
    int inputChannels = 1;
    std::vector<int> inputSize; // 1, 2 or 3 spatial sizes
    std::vector<Layer> layers;
    std::string weightsPath; // as written in the spec (relative to the spec file), may be empty
    bool operator==(const Network&) const = default;
};

struct LayerSummary {
    int index = 0;
    std::string name; // layerName(): the given name or "<type><index>"
    std::string type; // layerType()
    std::vector<int> outputShape; // (C, *spatial), or (N) after flatten/linear
    std::int64_t params = 0;
    std::int64_t macs = 0; // conv and linear only
    // Per spatial dimension (Araujo, Norris & Sim, Distill 2019); empty after flatten.
    std::optional<std::vector<std::int64_t>> receptiveField;
    std::optional<std::vector<std::int64_t>> effectiveStride;
    std::optional<std::vector<std::int64_t>> effectivePadding;
};

struct Summary {
    std::string name;
    int inputChannels = 1;
    std::vector<int> inputSize;
    std::vector<LayerSummary> layers;
    std::int64_t totalParams = 0;
    std::int64_t totalMacs = 0;
};

// Validates the whole network and computes every layer's summary. The first problem is returned;
// its message starts "layer I (NAME): " and its field is "layers[I].<field>" (or "input.<field>",
// "layers[I].name").
[[nodiscard]] Result<Summary> summarize(const Network&);
[[nodiscard]] Status validate(const Network&);

// An interval of input cells [first, last] along one dimension; it may reach outside the image
// (negative, or past the end) where the receptive field covers padding.
struct Interval {
    std::int64_t first = 0;
    std::int64_t last = 0;
    bool operator==(const Interval&) const = default;
};

// The input region seen by the output cell `position` (one index per spatial dimension) of layer
// layerIndex: u = position * S - P, v = u + r - 1 per dimension (Araujo et al., Distill 2019,
// eq. for u_0 and v_0). Fails after a flatten, for a bad index or a position outside the output.
[[nodiscard]] Result<std::vector<Interval>> receptiveRegion(
    const Summary&, int layerIndex, const std::vector<int>& position);

// Called after each layer; return false to cancel (forward then fails with "cancelled").
using ForwardProgress = std::function<bool(int layersDone, int layerCount)>;

// Runs every layer on one input (C, *spatial) and returns each layer's output, in order. The
// input's channels and number of spatial dimensions must match the network; its spatial size may
// differ from network.inputSize (the network is re-validated for it).
//
// Weights come from `weights` by key "<layer name>.weight" etc. (shapes as PyTorch: conv
// (O, C/groups, *k), linear (out, in), bias (O), batchnorm weight/bias/running_mean/running_var
// (C)); a mismatched shape is an error. A layer whose weight is absent gets the documented
// default initialisation below, so that a bare spec still runs:
//   conv and linear: He-uniform (He et al., ICCV 2015, for ReLU networks), every value
//   (2u - 1) * sqrt(6 / fan_in) with fan_in = C/groups * kernel volume (conv) or in_features
//   (linear), where u = (g() >> 8) / 2^24 and g is std::mt19937 seeded with the layer's 0-based
//   index, drawn in C order of the weight tensor; bias 0.
//   a conv layer with a kernel "preset" (kernels.h, 1-d and 2-d only) uses that kernel instead,
//   spread over the input channels by kernelAsWeight(); bias 0.
//   batchnorm: running_mean 0, running_var 1, weight 1, bias 0 (the identity up to eps).
// std::mt19937's output sequence is fixed by the standard; the uniform mapping is written out
// because std::uniform_real_distribution differs between standard libraries.
[[nodiscard]] Result<std::vector<Tensor>> forward(const Network&, const Tensor& input,
    const WeightStore* weights = nullptr, const RunOptions& options = {},
    const ForwardProgress& progress = {});

// The default initial weight of a conv or linear layer described above (shape as PyTorch).
[[nodiscard]] Tensor defaultWeight(
    int layerIndex, const std::vector<int>& shape, std::int64_t fanIn);

} // namespace convscope
