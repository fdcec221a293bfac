#!/usr/bin/python3
"""Merges bench_conv's JSON (median aggregates) and pytorch_bench.py's lines into a Markdown table."""
import json
import re
import sys

NAMES = {
    "W1": "W1 3x224x224→64, 3x3, pad 1",
    "W2": "W2 3x1080x1920→16, 3x3, pad 1",
    "W3": "W3 64x56x56→64, 3x3, pad 1",
    "W4": "W4 1x2160x3840→1, 5x5, pad 2",
    "W5": "W5 3x512x512→8, 7x7, s2, p3, d2",
    "W6": "W6 32x112x112 depth-wise 3x3, pad 1",
    "W7": "W7 max-pool 2x2 s2, 64x224x224",
    "W8": "W8 VGG-16 features (13 conv+ReLU, 5 pools), 3x224x224",
}
LIBRARIES = {"BM_ConvScope": "convscope", "BM_MaxPool": "convscope", "BM_Vgg16Features": "convscope", "BM_Naive": "naive",
             "BM_Filter2D": "filter2D", "BM_DnnDepthwise": "opencv-dnn", "BM_DnnMaxPool": "opencv-dnn"}


def main(convscope_json, pytorch_txt):
    results = {}  # (workload, library, threads) -> (ms, gflops)
    for b in json.load(open(convscope_json))["benchmarks"]:
        if b.get("aggregate_name", "median") != "median":
            continue
        m = re.match(r"(BM_\w+)/W:(\d)/threads:(\d)", b["run_name"])
        if not m:
            continue
        ms = b["real_time"] * {"ms": 1.0, "us": 1e-3, "ns": 1e-6}[b["time_unit"]]
        results[(f"W{m[2]}", LIBRARIES[m[1]], int(m[3]))] = (ms, b.get("GFLOP/s", 0.0))
    for line in open(pytorch_txt):
        name, lib, t, ms, gflops = line.split()
        results[(name, lib, int(t[2:]))] = (float(ms), float(gflops))

    libs = ["convscope", "pytorch", "filter2D", "opencv-dnn", "naive"]
    print("| workload | threads | " + " | ".join(f"{l} ms (GFLOP/s)" for l in libs) + " | vs PyTorch |")
    print("|---|---|" + "---|" * len(libs) + "---|")
    for w in sorted(NAMES):
        for t in (1, 2):
            cells = []
            for l in libs:
                r = results.get((w, l, t))
                cells.append("" if r is None else (f"{r[0]:.3f}" + (f" ({r[1]:.1f})" if r[1] else "")))
            ours, theirs = results.get((w, "convscope", t)), results.get((w, "pytorch", t))
            ratio = f"{theirs[0] / ours[0]:.2f}x" if ours and theirs else ""
            print(f"| {NAMES[w]} | {t} | " + " | ".join(cells) + f" | {ratio} |")


if __name__ == "__main__":
    main(*sys.argv[1:3])
