#!/bin/sh
# Builds bench_conv and measures W1..W7 in ConvScope, the naive loop, OpenCV and PyTorch at 1 and
# 2 threads, all under the same glibc malloc settings (no trimming or per-thread arenas, so that
# neither side pays page faults for buffers it frees and reallocates), then prints a Markdown
# table (bench/make_table.py). Usage: bench/run.sh [BUILD_DIR] (default: build-perf).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
build=${1:-$root/build-perf}
out=${BENCH_OUT:-$build/bench-results}

export MALLOC_ARENA_MAX=1 MALLOC_MMAP_MAX_=0 MALLOC_TRIM_THRESHOLD_=17179869184 MALLOC_TOP_PAD_=268435456

[ -f "$build/build.ninja" ] || cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release
ninja -C "$build" bench_conv
mkdir -p "$out"
# Many short repetitions and their median, like pytorch_bench.py's median of single calls: on a
# shared machine a median of short runs drops the ones that lost the CPU to another process.
"$build/bench/bench_conv" --benchmark_repetitions="${REPETITIONS:-30}" \
    --benchmark_report_aggregates_only=true --benchmark_min_time="${MIN_TIME:-0.01}" \
    --benchmark_out="$out/convscope.json" --benchmark_out_format=json
/usr/bin/python3 "$here/pytorch_bench.py" --threads 1,2 | tee "$out/pytorch.txt"
/usr/bin/python3 "$here/make_table.py" "$out/convscope.json" "$out/pytorch.txt"
