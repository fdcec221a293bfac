#!/usr/bin/env bash
# Installs the Debian packages ConvScope needs, only those that are missing (sourced by run.sh
# and test.sh).
convscope_packages=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-svg-dev qt6-charts-dev qt6-tools-dev qt6-l10n-tools qt6-image-formats-plugins
    libgl-dev libopencv-dev libeigen3-dev nlohmann-json3-dev libgif-dev libbenchmark-dev
    xvfb xauth fonts-dejavu-core imagemagick python3-numpy
)

convscope_install_deps() {
    local missing=()
    for p in "${convscope_packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [[ ${#missing[@]} -eq 0 ]] && return 0
    echo "Installing missing packages: ${missing[*]}"
    local sudo=""
    [[ $(id -u) -ne 0 ]] && sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}
