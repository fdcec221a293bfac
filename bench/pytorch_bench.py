#!/usr/bin/python3
"""The ConvScope workloads W1..W7 in PyTorch (and cv::filter2D / OpenCV dnn where easy).

Same shapes as bench/bench_conv.cpp: float32, batch 1, median of repeats, at 1 and 2 threads.
Prints one line per measurement: `<workload> <library> t=<threads> <median ms> <GFLOP/s>`.
"""
import argparse
import statistics
import time

import torch
import torch.nn.functional as F

# name, (C, H, W), out channels, kernel, stride, padding, dilation, groups
WORKLOADS = [
    ("W1", (3, 224, 224), 64, 3, 1, 1, 1, 1),
    ("W2", (3, 1080, 1920), 16, 3, 1, 1, 1, 1),
    ("W3", (64, 56, 56), 64, 3, 1, 1, 1, 1),
    ("W4", (1, 2160, 3840), 1, 5, 1, 2, 1, 1),
    ("W5", (3, 512, 512), 8, 7, 2, 3, 2, 1),
    ("W6", (32, 112, 112), 32, 3, 1, 1, 1, 32),
]


def median_ms(fn, min_time=0.5, min_reps=5):
    fn()  # warm-up: allocations, page faults, lazy initialisation
    times = []
    start = time.perf_counter()
    while len(times) < min_reps or time.perf_counter() - start < min_time:
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1e3)
    return statistics.median(times)


def conv_macs(shape, out_ch, k, s, p, d, g):
    c, h, w = shape
    ext = d * (k - 1) + 1
    oh = (h + 2 * p - ext) // s + 1
    ow = (w + 2 * p - ext) // s + 1
    return out_ch * oh * ow * (c // g) * k * k


def report(name, lib, threads, ms, flops):
    gflops = flops / (ms * 1e-3) / 1e9 if flops else 0.0
    print(f"{name} {lib} t={threads} {ms:.3f} {gflops:.2f}", flush=True)


def run(threads):
    torch.set_num_threads(threads)
    gen = torch.Generator().manual_seed(1)
    with torch.inference_mode():
        for name, shape, out_ch, k, s, p, d, g in WORKLOADS:
            x = torch.rand((1,) + shape, generator=gen) * 2 - 1
            w = torch.rand((out_ch, shape[0] // g, k, k), generator=gen) * 2 - 1
            b = torch.rand(out_ch, generator=gen)
            ms = median_ms(lambda: F.conv2d(x, w, b, stride=s, padding=p, dilation=d, groups=g))
            report(name, "pytorch", threads, ms, 2 * conv_macs(shape, out_ch, k, s, p, d, g))
        x = torch.rand((1, 64, 224, 224), generator=gen)
        ms = median_ms(lambda: F.max_pool2d(x, 2, 2))
        report("W7", "pytorch", threads, ms, 0)
        features, macs = vgg16_features()
        x = torch.rand((1, 3, 224, 224), generator=gen)
        ms = median_ms(lambda: features(x), min_time=2.0)
        report("W8", "pytorch", threads, ms, 2 * macs)


def vgg16_features():
    """torchvision's vgg16().features without torchvision: 13 3x3 convs with ReLU, 5 max-pools."""
    layers, c, size, macs = [], 3, 224, 0
    for v in [64, 64, "M", 128, 128, "M", 256, 256, 256, "M", 512, 512, 512, "M", 512, 512, 512, "M"]:
        if v == "M":
            layers.append(torch.nn.MaxPool2d(2, 2))
            size //= 2
        else:
            layers += [torch.nn.Conv2d(c, v, 3, padding=1), torch.nn.ReLU(inplace=True)]
            macs += conv_macs((c, size, size), v, 3, 1, 1, 1, 1)
            c = v
    return torch.nn.Sequential(*layers).eval(), macs


def run_opencv(threads):
    try:
        import cv2
        import numpy as np
    except ImportError:
        return
    cv2.setNumThreads(threads)
    rng = np.random.default_rng(1)
    img = rng.uniform(-1, 1, (2160, 3840)).astype(np.float32)
    kernel = rng.uniform(-1, 1, (5, 5)).astype(np.float32)
    ms = median_ms(lambda: cv2.filter2D(img, -1, kernel, borderType=cv2.BORDER_CONSTANT))
    report("W4", "filter2D", threads, ms, 2 * conv_macs((1, 2160, 3840), 1, 5, 1, 2, 1, 1))


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--threads", default="1,2", help="comma-separated thread counts")
    args = parser.parse_args()
    for t in (int(v) for v in args.threads.split(",")):
        run(t)
        run_opencv(t)


if __name__ == "__main__":
    main()
