#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Sets up a Debian 12 machine for Schul-IT Koordination, builds it, and then either starts
# the program on a fresh demo database (`run`) or runs every test (`test`).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
top="$(cd "$here/.." && pwd)"
build="${SCHULIT_BUILD_DIR:-$top/build}"
mode="${1:-run}"

install_missing_packages() {
    local wanted missing=()
    mapfile -t wanted < <(grep -v '^#' "$here/debian-packages.txt" | sed '/^\s*$/d')
    for package in "${wanted[@]}"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
    done
    if [ "${#missing[@]}" -gt 0 ]; then
        echo "Installing: ${missing[*]}"
        local sudo=""
        [ "$(id -u)" -ne 0 ] && sudo="sudo"
        $sudo apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
    fi
}

build_project() {
    cmake -S "$top" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
    cmake --build "$build" --parallel "$(nproc)"
}

install_missing_packages
build_project

case "$mode" in
run)
    exec "$build/app/schulit" --demo
    ;;
test)
    export QT_QPA_PLATFORM=offscreen
    ctest --test-dir "$build" --output-on-failure --parallel "$(nproc)"
    ;;
*)
    echo "usage: $0 run|test" >&2
    exit 2
    ;;
esac
