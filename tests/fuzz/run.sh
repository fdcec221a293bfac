#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (CONVSCOPE_FUZZ=ON) and runs each for SECONDS
# (default 60). Usage: tests/fuzz/run.sh [SECONDS] [TARGET...]   (targets: npy npz network_spec
# scene image; default all). The seed corpora in tests/fuzz/corpus/<target>/ are read, never
# written: inputs libFuzzer finds go to BUILD/corpus/<target>/, crashes to BUILD/artifacts/.
# A crash, a hang (-timeout) or a huge allocation (-rss_limit_mb, -malloc_limit_mb) fails the run.
# BUILD is $CONVSCOPE_FUZZ_BUILD_DIR or build-fuzz; a longer run: tests/fuzz/run.sh 3600.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
seconds=${1:-60}
shift || true
targets=("$@")
[[ ${#targets[@]} -eq 0 ]] && targets=(npy npz network_spec scene image)
build=${CONVSCOPE_FUZZ_BUILD_DIR:-$root/build-fuzz}
[[ $build = /* ]] || build=$root/$build

mkdir -p "$build"
launcher=()
command -v ccache > /dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=Debug \
    "-DCMAKE_CXX_FLAGS_DEBUG=-g -O1" -DCONVSCOPE_FUZZ=ON -DCONVSCOPE_BUILD_BENCH=OFF \
    "${launcher[@]}" > "$build/configure.log" 2>&1 || { cat "$build/configure.log"; exit 1; }
cmake --build "$build" -j "$(nproc)" --target $(printf 'fuzz_%s ' "${targets[@]}")

# ASan: report leaks too (the engine is Qt-free, so leaks are ours); UBSan stops at the first
# finding with a stack.
export ASAN_OPTIONS=${ASAN_OPTIONS:-abort_on_error=1:detect_stack_use_after_return=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
mkdir -p "$build/artifacts"
failed=()
for t in "${targets[@]}"; do
    work="$build/corpus/$t"
    mkdir -p "$work"
    args=(-max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -malloc_limit_mb=1024
        -print_final_stats=1 -artifact_prefix="$build/artifacts/$t-")
    [[ $t == network_spec || $t == scene ]] && args+=(-dict="$here/json.dict")
    [[ $t == image || $t == npz ]] && args+=(-max_len=16384)
    echo "== fuzz_$t: $seconds s"
    if "$build/tests/fuzz/fuzz_$t" "${args[@]}" "$work" "$here/corpus/$t" > "$build/fuzz_$t.log" 2>&1; then
        grep -E "stat::number_of_executed_units|Done [0-9]+ runs" "$build/fuzz_$t.log" | tail -1
    else
        failed+=("$t")
        tail -60 "$build/fuzz_$t.log"
        echo "fuzz_$t FAILED: the input is in $build/artifacts/ (log: $build/fuzz_$t.log)"
    fi
done
if [[ ${#failed[@]} -gt 0 ]]; then
    echo "Fuzzers that found a problem: ${failed[*]}"
    exit 1
fi
echo "All fuzzers ran ${seconds} s each without a finding."
