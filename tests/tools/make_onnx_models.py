#!/usr/bin/python3
"""Writes the small ONNX models that tests/engine/tst_onnx.cpp imports (tests/data/onnx/).

Run with a python3 that has PyTorch (Debian's python3-torch, 1.13):
    /usr/bin/python3 tests/tools/make_onnx_models.py tests/data/onnx
The models cover the layer kinds ConvScope imports (batchnorm, leaky ReLU, ELU, sigmoid, tanh,
average pooling with padding, a view() flatten, strided and dilated convolutions) and graphs it
refuses (a residual Add, a Concat, an unsupported operator). Weights are random with seed 0; the
batchnorm statistics are set so that the layer does something.
"""
import os
import sys

import torch
from torch import nn


class ViewFlatten(nn.Module):
    def forward(self, x):
        return x.view(x.size(0), -1)


class MatMulLinear(nn.Module):
    """A linear layer written as x @ W + b: exported as MatMul and Add rather than Gemm."""

    def __init__(self, n_in, n_out):
        super().__init__()
        self.w = nn.Parameter(torch.randn(n_in, n_out))
        self.b = nn.Parameter(torch.randn(n_out))

    def forward(self, x):
        return x @ self.w + self.b


class Residual(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(3, 3, 3, padding=1)

    def forward(self, x):
        return x + self.conv(x)


class Branches(nn.Module):
    def __init__(self):
        super().__init__()
        self.a = nn.Conv2d(3, 4, 3, padding=1)
        self.b = nn.Conv2d(3, 4, 1)

    def forward(self, x):
        return torch.cat([self.a(x), self.b(x)], dim=1)


def mixed():
    bn = nn.BatchNorm2d(8, eps=1e-3)
    with torch.no_grad():
        bn.running_mean.uniform_(-0.5, 0.5)
        bn.running_var.uniform_(0.5, 2.0)
        bn.weight.uniform_(0.5, 1.5)
        bn.bias.uniform_(-0.2, 0.2)
    return nn.Sequential(
        nn.Conv2d(3, 8, 3, stride=2, padding=1, bias=False), nn.LeakyReLU(0.2), bn,
        nn.Conv2d(8, 6, 3, dilation=2, padding=2, groups=2), nn.ELU(alpha=0.7),
        nn.AvgPool2d(3, stride=2, padding=1, count_include_pad=False), nn.Sigmoid(),
        nn.Conv2d(6, 5, (1, 3)), nn.Tanh(), nn.MaxPool2d(2, ceil_mode=True),
        ViewFlatten(), nn.Dropout(0.3), nn.Linear(5 * 3 * 2, 7), nn.ReLU(), nn.Linear(7, 3))


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "."
    os.makedirs(out, exist_ok=True)
    torch.manual_seed(0)
    models = {
        "mixed": (mixed(), (1, 3, 19, 17)),
        "gap": (nn.Sequential(nn.Conv2d(1, 4, 3), nn.ReLU(), nn.AdaptiveAvgPool2d(1), nn.Flatten(),
                              MatMulLinear(4, 2)), (1, 1, 9, 7)),
        "padded_avgpool": (nn.Sequential(nn.Conv2d(1, 2, 3), nn.AvgPool2d(3, 1, 1)), (1, 1, 8, 8)),
        "residual": (Residual(), (1, 3, 8, 8)),
        "concat": (Branches(), (1, 3, 8, 8)),
        "softmax": (nn.Sequential(nn.Conv2d(1, 2, 3), nn.Flatten(), nn.Softmax(dim=1)), (1, 1, 6, 6)),
    }
    for name, (model, shape) in models.items():
        model.eval()
        x = torch.rand(shape)
        path = os.path.join(out, name + ".onnx")
        torch.onnx.export(model, x, path, opset_version=11, input_names=["input"],
                          output_names=["output"])
        if name in ("mixed", "gap"):
            # The reference output for the import test: input and output without the batch.
            import numpy as np
            with torch.no_grad():
                y = model(x)
            np.save(os.path.join(out, name + ".input.npy"), x[0].numpy())
            np.save(os.path.join(out, name + ".output.npy"), y[0].numpy())
        print("wrote", path)


if __name__ == "__main__":
    main()
