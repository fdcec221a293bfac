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

// Imports a sequential CNN with a 4-D input (N, C, H, W) and batch 1 or a free batch size.
// Understood: Conv (any stride, symmetric padding, dilation, groups), MaxPool, AveragePool,
// GlobalAveragePool, Relu, LeakyRelu, Elu, Sigmoid, Tanh, BatchNormalization, Flatten,
// Reshape to (N, -1), Gemm, and MatMul (+ Add of a constant) as linear; Dropout and Identity are
// skipped. Layers are named conv0, relu1, maxpool2, ... (layerType() and the index).
//
// Fails with a message that names the file, and the ONNX node and its operator where one is at
// fault, for: a missing, unreadable, truncated or non-ONNX file; graphs that branch (skip
// connections, Concat, Add of two tensors); operators ConvScope has no layer for (e.g. Softmax,
// Pad); models with several inputs or without a 4-D input shape. OpenCV's exceptions are caught.
// Layers are read before any forward pass, so OpenCV's fusions (batchnorm into conv, ReLU into
// conv) have not happened and the imported network has the file's layers.
[[nodiscard]] Result<ImportedModel> importOnnx(const std::string& path);

// True for a path that ends in ".onnx" (any case).
[[nodiscard]] bool isOnnxPath(const std::string& path);

} // namespace convscope
