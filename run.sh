#!/usr/bin/env bash
# Installs what is missing, builds, and starts ConvScope on the bundled cat. With no display it
# renders the default view to a PNG instead and says where. Usage: ./run.sh [FILE]
set -euo pipefail
cd "$(dirname "$0")"
source scripts/deps.sh
convscope_install_deps

build=${CONVSCOPE_BUILD_DIR:-build}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" -j "$(nproc)" --target convscope

export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
chmod 700 "$XDG_RUNTIME_DIR"
if [[ -z ${DISPLAY:-} && -z ${WAYLAND_DISPLAY:-} ]]; then
    out="$PWD/convscope-default.png"
    echo "No display found: rendering the default view to a file instead."
    QT_QPA_PLATFORM=offscreen "$build/app/convscope" --screenshot "$out" "$@"
    echo "Wrote $out"
else
    exec "$build/app/convscope" "$@"
fi
