#!/usr/bin/env bash
# Installs the Debian packages ConvScope needs, only those that are missing (sourced by run.sh
# and test.sh). Extra package names given to convscope_install_deps are installed too (test.sh
# --fuzz passes convscope_fuzz_packages).
convscope_packages=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-svg-dev qt6-charts-dev qt6-tools-dev qt6-l10n-tools qt6-image-formats-plugins
    qt6-translations-l10n
    libgl-dev libopencv-dev libeigen3-dev nlohmann-json3-dev libgif-dev libbenchmark-dev
    xvfb xauth fonts-dejavu-core imagemagick python3-numpy
)
# The fuzzers (tests/fuzz/run.sh): clang with libFuzzer and the sanitizer runtimes (a
# recommendation of clang that --no-install-recommends would skip).
convscope_fuzz_packages=(clang libclang-rt-14-dev)

convscope_install_deps() {
    local missing=()
    for p in "${convscope_packages[@]}" "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [[ ${#missing[@]} -eq 0 ]] && return 0
    echo "Installing missing packages: ${missing[*]}"
    local sudo=""
    [[ $(id -u) -ne 0 ]] && sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}
