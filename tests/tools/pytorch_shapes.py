#!/usr/bin/python3
"""Runs code from "Copy as PyTorch" (engine/pytorch_code.h) and reports what PyTorch makes of it.

usage: pytorch_shapes.py CODE.py [CODE.py ...]

For a network (code that defines `model` and has a "# input: (1, C, ...)" line): builds the model,
runs a zero input of that shape under torch.no_grad() and records each top-level module's output
shape (without the batch) and parameter count. If CODE.input.npy exists, that input (without the
batch) is run instead, and the model's output is saved as CODE.output.npy.

For a single layer (code that uses x, w and b): loads CODE.x.npy, CODE.w.npy and CODE.b.npy (when
present), runs the code, and saves both the module's output (its weight and bias set to w and b,
after the flip the code applies) and the functional form's y as CODE.module.npy and CODE.y.npy.

Prints one JSON object: {"CODE.py": {"layers": [{"shape": [...], "params": N}, ...],
"total_params": N}, ...}.
"""
import json
import os
import re
import sys

import numpy as np
import torch


def run_network(path, code):
    scope = {}
    exec(compile(code, path, "exec"), scope)
    model = scope["model"]
    model.eval()
    stem = path[:-3]
    match = re.search(r"^# input: \(([0-9, ]+)\)", code, re.M)
    shape = [int(v) for v in match.group(1).split(",") if v.strip()]
    if os.path.exists(stem + ".input.npy"):
        x = torch.from_numpy(np.load(stem + ".input.npy")).unsqueeze(0)
    else:
        x = torch.zeros(shape)
    layers = []
    with torch.no_grad():
        for module in model:
            x = module(x)
            layers.append({"shape": list(x.shape[1:]),
                           "params": sum(p.numel() for p in module.parameters())})
    if os.path.exists(stem + ".input.npy"):
        np.save(stem + ".output.npy", x[0].numpy())
    return {"layers": layers, "total_params": sum(p.numel() for p in model.parameters())}


def run_layer(path, code):
    stem = path[:-3]
    scope = {"x": torch.from_numpy(np.load(stem + ".x.npy")).unsqueeze(0),
             "w": torch.from_numpy(np.load(stem + ".w.npy"))}
    scope["b"] = torch.from_numpy(np.load(stem + ".b.npy")) if os.path.exists(stem + ".b.npy") else None
    x = scope["x"]
    with torch.no_grad():
        exec(compile(code, path, "exec"), scope)
        layer = scope.get("conv") or scope.get("pool")
        if "conv" in scope and "weight.copy_" not in code:
            layer.weight.copy_(scope["w"])
        if "conv" in scope and scope["b"] is not None:
            layer.bias.copy_(scope["b"])
        np.save(stem + ".module.npy", layer(x)[0].numpy())
        np.save(stem + ".y.npy", scope["y"][0].numpy())
    return {"layers": [], "total_params": 0}


def main():
    report = {}
    for path in sys.argv[1:]:
        with open(path) as f:
            code = f.read()
        report[os.path.basename(path)] = (run_network(path, code) if "model = " in code
                                          else run_layer(path, code))
    print(json.dumps(report))


if __name__ == "__main__":
    main()
