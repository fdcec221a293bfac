#pragma once

// "Copy as PyTorch": Python source that builds the same layers with torch.nn, so a student can
// paste it and get the same shapes and parameter counts. PyTorch's names and defaults are used,
// and only arguments that differ from PyTorch's defaults are written.

#include "error.h"
#include "network.h"
#include "shape.h"

#include <string>
#include <vector>

namespace convscope {

// Runnable code for the whole network:
//
//   import torch
//   from torch import nn
//
//   # LeNet-5
//   # input: (1, 1, 32, 32)
//   model = nn.Sequential(
//       nn.Conv2d(1, 6, kernel_size=5),  # conv1: (6, 28, 28)
//       ...
//   )
//
// PyTorch modules take a batch, so the input comment has a leading 1 and the flatten is
// nn.Flatten() (from dimension 1). Sum pooling (no torch module) becomes nn.AvgPool with
// divisor_override=1, i.e. the sum over the window (nn.LPPool1d(1, ...) in 1-D, whose ceil_mode
// windows differ at the border). A layer with a kernel preset or flip gets a comment saying so.
// Fails with summarize()'s message when the network is invalid.
[[nodiscard]] Result<std::string> pytorchSequential(const Network&);

// The one Playground layer, in both of PyTorch's forms.
struct PytorchLayerCode {
    std::string module; // "nn.Conv2d(3, 8, kernel_size=3, padding=1)"
    std::string functional; // "y = F.conv2d(x, w, b, padding=1)" (one line, or two with F.pad)
    std::string text; // a commented snippet with the imports, both forms and the shapes
};

// A convolution of an input (inChannels, *spatial). The functional form names the weight w
// (O, C/groups, *kernel) and bias b (O). With params.flip (the image-processing convolution) the
// weight is flipped first, torch.flip(w, dims=...), since PyTorch's conv is a cross-correlation.
// Padding modes other than zeros become F.pad(x, ..., mode=...) before F.conv*d, as
// F.conv*d has no padding_mode.
[[nodiscard]] PytorchLayerCode pytorchConvLayer(const ConvParams&, int inChannels);
// A pooling layer: nn.MaxPool2d / nn.AvgPool2d and F.max_pool2d / F.avg_pool2d.
[[nodiscard]] PytorchLayerCode pytorchPoolLayer(const PoolParams&);

} // namespace convscope
