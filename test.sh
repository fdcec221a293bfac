#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test (ctest). Usage: ./test.sh
set -euo pipefail
cd "$(dirname "$0")"
source scripts/deps.sh
convscope_install_deps

build=${CONVSCOPE_BUILD_DIR:-build}
jobs=$(nproc)
werror=OFF
[[ ${CI:-} == true ]] && werror=ON
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCONVSCOPE_WERROR=$werror
cmake --build "$build" -j "$jobs"

export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
chmod 700 "$XDG_RUNTIME_DIR"
export QT_QPA_PLATFORM=offscreen
cd "$build"
ctest --output-on-failure -j "$jobs"
