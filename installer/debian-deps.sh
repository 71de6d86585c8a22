#!/usr/bin/env bash
# Installs what Duper needs to build and test on Debian 12 (bookworm): Qt 6.4, QtKeychain, simdjson, and the
# headless desktop pieces the tests use (Xvfb, D-Bus, gnome-keyring), and the validators installer/check-deb.sh runs
# on the package (appstreamcli, desktop-file-validate, groff), and a CJK font so the Japanese and Chinese windows in
# the screenshot tests are legible, and clang with libFuzzer (libclang-rt-14-dev on bookworm) for
# tests/fuzz/run-fuzzers.sh. Qt Charts draws the history charts (its CMake files need Qt OpenGL's, which the package
# does not pull in). Qt SQL's headers come with qt6-base-dev; its SQLite driver (the replication history)
# is a package of its own. Idempotent: installs only what is missing.
set -euo pipefail

PACKAGES=(
    cmake ninja-build g++ dpkg-dev file pkg-config curl
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qt6-svg-dev qt6-httpserver-dev qt6-websockets-dev qtkeychain-qt6-dev libsimdjson-dev libqt6sql6-sqlite
    qt6-charts-dev libqt6opengl6-dev
    libgl-dev libxkbcommon-dev
    xvfb xauth x11-utils x11-apps netpbm fonts-dejavu-core fonts-wqy-microhei
    dbus dbus-x11 gnome-keyring libsecret-tools libsecret-1-0
    python3 python3-elasticsearch
    appstream desktop-file-utils groff-base
    clang libclang-rt-14-dev
)

missing=()
for package in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}\n' "$package" 2>/dev/null | grep -q '^install ok installed$' || missing+=("$package")
done
if ((${#missing[@]} == 0)); then
    echo "debian-deps: everything is installed"
    exit 0
fi

as_root=()
[ "$(id -u)" -eq 0 ] || as_root=(sudo)
echo "debian-deps: installing ${missing[*]}"
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
