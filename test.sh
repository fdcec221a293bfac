#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test (ctest).
# Usage: ./test.sh [--sanitize] [--fuzz [SECONDS]]
#   (no option)  the Release build in build/ and every test: what a developer runs
#   --sanitize   then a Debug build with AddressSanitizer + UndefinedBehaviorSanitizer in
#                build-asan/ and every test again under it (leaks and UB fail the test)
#   --fuzz       then the libFuzzer targets (clang) in build-fuzz/, each run for SECONDS
#                (default 60; tests/fuzz/run.sh)
# .ci/run runs all three. Each stage prints how long it took.
set -euo pipefail
cd "$(dirname "$0")"
sanitize=false
fuzz=false
fuzz_seconds=60
while [[ $# -gt 0 ]]; do
    case $1 in
    --sanitize) sanitize=true ;;
    --fuzz)
        fuzz=true
        if [[ ${2:-} =~ ^[0-9]+$ ]]; then
            fuzz_seconds=$2
            shift
        fi
        ;;
    *)
        echo "usage: ./test.sh [--sanitize] [--fuzz [SECONDS]]" >&2
        exit 2
        ;;
    esac
    shift
done

source scripts/deps.sh
if $fuzz; then
    convscope_install_deps "${convscope_fuzz_packages[@]}"
else
    convscope_install_deps
fi

jobs=$(nproc)
werror=OFF
[[ ${CI:-} == true ]] && werror=ON
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
chmod 700 "$XDG_RUNTIME_DIR"
export QT_QPA_PLATFORM=offscreen

stage() { # stage NAME SECONDS_AT_START
    echo "== $1: $(($SECONDS - $2)) s"
}

start=$SECONDS
build=${CONVSCOPE_BUILD_DIR:-build}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCONVSCOPE_WERROR=$werror
cmake --build "$build" -j "$jobs"
(cd "$build" && ctest --output-on-failure -j "$jobs")
stage "Release build and tests" $start

if $sanitize; then
    start=$SECONDS
    asan=${CONVSCOPE_ASAN_BUILD_DIR:-build-asan}
    # Debug keeps frames for the reports; the benchmarks are not tests.
    cmake -S . -B "$asan" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCONVSCOPE_SANITIZE=ON \
        -DCONVSCOPE_BUILD_BENCH=OFF -DCONVSCOPE_WERROR=$werror
    cmake --build "$asan" -j "$jobs"
    # Leak reports from the libraries below us (fontconfig, Mesa, Qt's plugin loader) are
    # suppressed by name in tests/sanitizers/lsan.supp; any other leak fails its test.
    (
        export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1}
        export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$PWD/tests/sanitizers/lsan.supp:print_suppressions=0}
        export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
        cd "$asan" && ctest --output-on-failure -j "$jobs" --timeout 1200
    )
    stage "Sanitizer (ASan + UBSan) build and tests" $start
fi

if $fuzz; then
    start=$SECONDS
    tests/fuzz/run.sh "$fuzz_seconds"
    stage "Fuzzers, $fuzz_seconds s each" $start
fi
