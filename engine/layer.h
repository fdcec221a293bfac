#pragma once

// One layer of a sequential network, as a value: a std::variant of plain configuration structs.
// The field names and defaults follow CONTRACT.md section 2 (and so torch.nn).

#include "activation.h"
#include "shape.h"

#include <string>
#include <variant>

namespace convscope {

struct ConvLayer {
    ConvParams params;
    std::string preset; // a named demo kernel (e.g. "sobel_x") used when no weights are given
    bool operator==(const ConvLayer&) const = default;
};

// Max, average and sum pooling; the kind is params.type.
struct PoolLayer {
    PoolParams params;
    bool operator==(const PoolLayer&) const = default;
};

struct ActivationLayer {
    Activation function = Activation::Relu;
    double parameter = 0.0; // negative_slope of leaky_relu, alpha of elu; see
                            // defaultActivationParameter()
    bool operator==(const ActivationLayer&) const = default;
};

// Inference form: y = (x - running_mean) / sqrt(running_var + eps) * weight + bias, per channel.
struct BatchNormLayer {
    double eps = 1e-5;
    bool operator==(const BatchNormLayer&) const = default;
};

// (C, *spatial) -> (C * prod(spatial)), in C order as torch.flatten.
struct FlattenLayer {
    bool operator==(const FlattenLayer&) const = default;
};

struct LinearLayer {
    int outFeatures = 1;
    bool bias = true;
    bool operator==(const LinearLayer&) const = default;
};

// The identity at inference; p is kept for the summary and the round trip.
struct DropoutLayer {
    double p = 0.5;
    bool operator==(const DropoutLayer&) const = default;
};

using LayerConfig = std::variant<ConvLayer, PoolLayer, ActivationLayer, BatchNormLayer,
    FlattenLayer, LinearLayer, DropoutLayer>;

struct Layer {
    std::string name; // may be empty: see layerName()
    LayerConfig config;
    bool operator==(const Layer&) const = default;
};

// The spec's type string: "conv", "maxpool", "avgpool", "sumpool", "relu", "leaky_relu", "elu",
// "gelu", "silu", "sigmoid", "tanh", "batchnorm", "flatten", "linear", "dropout".
[[nodiscard]] std::string layerType(const LayerConfig&);

// The layer's name, or "<type><index>" (e.g. "relu1") for an unnamed layer at that 0-based index.
[[nodiscard]] std::string layerName(const Layer&, int index);

// Convenience constructors for building networks in code and tests.
[[nodiscard]] Layer convLayer(std::string name, int outChannels, int kernel, int stride = 1,
    int padding = 0, int dilation = 1, int groups = 1, int spatialDims = 2);
[[nodiscard]] Layer poolLayer(
    std::string name, PoolType type, int kernel, int stride, int padding = 0, int spatialDims = 2);
[[nodiscard]] Layer activationLayer(Activation function, std::string name = {});
[[nodiscard]] Layer linearLayer(std::string name, int outFeatures, bool bias = true);
[[nodiscard]] Layer flattenLayer(std::string name = {});

} // namespace convscope
