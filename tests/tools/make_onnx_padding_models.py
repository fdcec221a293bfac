#!/usr/bin/python3
"""Writes the ONNX models of tests/engine/tst_onnx.cpp's padding and 1-D/3-D cases (tests/data/onnx/).

Run with a python3 that has PyTorch (Debian's python3-torch, 1.13):
    /usr/bin/python3 tests/tools/make_onnx_padding_models.py tests/data/onnx
(make_onnx_models.py writes the other models; this script is separate so that re-running either
leaves the other's files byte-identical.)

- pad_fold: separate Pad nodes ConvScope folds into the next layer: nn.ZeroPad2d before a padded
  convolution, a convolution with padding_mode='reflect' (exported as Pad(reflect) + Conv) and
  AvgPool2d with count_include_pad=True (exported as Pad + AveragePool); with input and output.
- conv1d, conv3d: 1-D and 3-D stacks (convolution, ReLU, max pooling, padding, dilation, linear),
  with input and output.
- pad_asymmetric, pad_value, pad_maxpool, pad_reflect_avgpool: Pad nodes that are refused.
- conv_asymmetric: a Conv node with pads (0, 0, 1, 1) (top, left, bottom, right). PyTorch never
  writes one, so the pads attribute of an exported nn.Conv2d(padding=1) is patched in the bytes.
Weights are random with seed 0.
"""
import os
import sys

import numpy as np
import torch
from torch import nn


def export(model, shape, out, name, reference):
    model.eval()
    x = torch.rand(shape)
    path = os.path.join(out, name + ".onnx")
    torch.onnx.export(model, x, path, opset_version=11, input_names=["input"],
                      output_names=["output"])
    if reference:
        with torch.no_grad():
            y = model(x)
        np.save(os.path.join(out, name + ".input.npy"), x[0].numpy())
        np.save(os.path.join(out, name + ".output.npy"), y[0].numpy())
    print("wrote", path)
    return path


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "."
    os.makedirs(out, exist_ok=True)
    torch.manual_seed(0)
    export(nn.Sequential(nn.ZeroPad2d(1), nn.Conv2d(2, 3, 3, padding=1), nn.ReLU(),
                         nn.Conv2d(3, 4, 3, padding=2, padding_mode="reflect"), nn.Tanh(),
                         nn.AvgPool2d(3, stride=2, padding=1)),
           (1, 2, 9, 8), out, "pad_fold", True)
    export(nn.Sequential(nn.Conv1d(2, 4, 3, padding=1), nn.ReLU(), nn.MaxPool1d(2),
                         nn.Conv1d(4, 3, 3, dilation=2, stride=2), nn.Flatten(), nn.Linear(3 * 3, 5)),
           (1, 2, 20), out, "conv1d", True)
    export(nn.Sequential(nn.Conv3d(1, 3, 3, padding=1), nn.ReLU(), nn.MaxPool3d(2),
                         nn.Conv3d(3, 2, (1, 3, 3), padding=(0, 1, 1)), nn.AvgPool3d(2)),
           (1, 1, 6, 8, 8), out, "conv3d", True)
    export(nn.Sequential(nn.ZeroPad2d((0, 1, 0, 1)), nn.Conv2d(1, 2, 3)), (1, 1, 6, 6), out,
           "pad_asymmetric", False)
    export(nn.Sequential(nn.ConstantPad2d(1, 0.5), nn.Conv2d(1, 2, 3)), (1, 1, 6, 6), out,
           "pad_value", False)
    export(nn.Sequential(nn.ZeroPad2d(1), nn.MaxPool2d(3)), (1, 1, 6, 6), out, "pad_maxpool", False)
    export(nn.Sequential(nn.ReflectionPad2d(1), nn.AvgPool2d(3)), (1, 1, 6, 6), out,
           "pad_reflect_avgpool", False)
    path = export(nn.Sequential(nn.Conv2d(1, 2, 3, padding=1)), (1, 1, 6, 6), out,
                  "conv_asymmetric", False)
    data = open(path, "rb").read()
    # AttributeProto: name "pads" (field 1), then ints (field 8) 1, 1, 1, 1 -> 0, 0, 1, 1.
    old = b"\x0a\x04pads" + b"\x40\x01" * 4
    assert data.count(old) == 1, "pads attribute not found"
    data = data.replace(old, b"\x0a\x04pads" + b"\x40\x00" * 2 + b"\x40\x01" * 2)
    open(path, "wb").write(data)


if __name__ == "__main__":
    main()
