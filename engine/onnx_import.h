#pragma once

// Opening a trained model: an ONNX file (as torch.onnx.export writes it) read with OpenCV's dnn
// module and turned into a ConvScope Network with its weights, when the model is a sequential CNN.

#include "error.h"
#include "network.h"
#include "weights.h"

#include <cstdint>
#include <string>
#include <vector>

namespace convscope {

struct ImportedModel {
    Network network; // name: the file name without ".onnx"; layers named "<type><index>"
    WeightStore weights; // "<layer name>.weight", ".bias", ".running_mean", ".running_var"
    std::vector<std::string> notes; // what was left out or merged, e.g. "node '/12/Dropout' ..."
};

// Largest ONNX file read (protobuf's own limit is 2 GiB).
inline constexpr std::int64_t kMaxOnnxBytes = std::int64_t { 1 } << 30;

// Imports a sequential CNN with an input (N, C, L), (N, C, H, W) or (N, C, D, H, W) and batch 1
// or a free batch size: 1-D, 2-D and 3-D layers.
// Understood: Conv (any stride, symmetric padding, dilation, groups), MaxPool, AveragePool,
// GlobalAveragePool, Relu, LeakyRelu, Elu, Sigmoid, Tanh, BatchNormalization, Flatten,
// Reshape to (N, -1), Gemm, and MatMul (+ Add of a constant) as linear; Dropout and Identity are
// skipped. A Pad right before a Conv or AveragePool with the same zeros on both sides of every
// spatial dimension becomes that layer's padding (an average pool then counts it, as PyTorch's
// count_include_pad); a symmetric reflect or edge Pad before an unpadded Conv becomes its
// padding_mode reflect or replicate. Layers are named conv0, relu1, maxpool2, ... (layerType()
// and the index).
//
// Fails with a message that names the file, and the ONNX node and its operator where one is at
// fault, for: a missing, unreadable, truncated or non-ONNX file; graphs that branch (skip
// connections, Concat, Add of two tensors); operators ConvScope has no layer for (e.g. Softmax);
// Pads that cannot be folded (asymmetric, a non-zero value, before a max pool or another layer,
// padding the channels), also a Conv's own asymmetric pads; models with several inputs or without
// a 3-D to 5-D input shape. OpenCV's exceptions are caught.
// Layers are read before any forward pass, so OpenCV's fusions (batchnorm into conv, ReLU into
// conv) have not happened and the imported network has the file's layers.
[[nodiscard]] Result<ImportedModel> importOnnx(const std::string& path);

// True for a path that ends in ".onnx" (any case).
[[nodiscard]] bool isOnnxPath(const std::string& path);

} // namespace convscope
