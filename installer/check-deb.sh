#!/usr/bin/env bash
# Builds Duper's .deb (release configuration, build/release, unless given a built folder), checks its metadata and contents, validates the
# desktop file and AppStream metainfo, installs it with apt-get, runs the INSTALLED programs (duper --version, a
# duper sandbox on free ports, duper info against it, duper-gui --version offscreen), then removes the package.
# A trap stops the sandbox and removes the package even when a step fails. Needs root or sudo (apt-get).
# Environment: DUPER_DEB_KEEP_INSTALLED=1 leaves the package installed at the end.
# Usage: installer/check-deb.sh [BUILD_DIR] — with a build folder that is already built (CI passes build/ci, which
# tests/run-all.sh just built with the same RelWithDebInfo settings), it packages that instead of building again.
set -euo pipefail
cd "$(dirname "$0")/.."

as_root=()
[ "$(id -u)" -eq 0 ] || as_root=(sudo)
step() { printf '\ncheck-deb: %s\n' "$*"; }
fail() {
    printf 'check-deb: FAILED: %s\n' "$*" >&2
    exit 1
}

# ---- 1. build and package -------------------------------------------------------------------------------------
build_dir=${1:-}
if [ -z "$build_dir" ]; then
    step "building (cmake --preset release)"
    cmake --preset release
    cmake --build --preset release
    build_dir=build/release
fi
[ -f "$build_dir/CPackConfig.cmake" ] || fail "$build_dir is not a configured Duper build folder"
rm -f "$build_dir"/duper_*.deb
(cd "$build_dir" && cpack -G DEB)
debs=("$build_dir"/duper_*.deb)
if [ ${#debs[@]} -ne 1 ] || [ ! -f "${debs[0]}" ]; then
    fail "expected exactly one $build_dir/duper_*.deb, found: ${debs[*]}"
fi
deb=$(realpath "${debs[0]}")
version=$(sed -n 's/^project(Duper VERSION \([0-9.]*\).*/\1/p' CMakeLists.txt)
[ -n "$version" ] || fail "cannot read the project version from CMakeLists.txt"
[[ $(basename "$deb") == duper_${version}_*.deb ]] || fail "package file $(basename "$deb") is not duper_${version}_<arch>.deb"

# ---- 2. metadata and contents -----------------------------------------------------------------------------------
step "dpkg-deb -I $(basename "$deb") ($(du -h "$deb" | cut -f1))"
dpkg-deb -I "$deb"
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = duper ] || fail "Package is '$(field Package)', expected 'duper'"
[ "$(field Version)" = "$version" ] || fail "Version is '$(field Version)', expected '$version'"
depends=$(field Depends)
for needed in libsecret-1-0 libqt6svg6 libqt6charts6 libqt6sql6-sqlite libqt6sql6 libqt6core6 libqt6gui6 libqt6widgets6 libqt6network6 libqt6keychain1; do
    grep -Eq "(^|, )$needed( |,|$)" <<<"$depends" || fail "Depends lacks $needed: $depends"
done
grep -q gnome-keyring <<<"$(field Recommends)" || fail "Recommends lacks gnome-keyring"
for f in Maintainer Homepage Section Description; do
    [ -n "$(field "$f")" ] || fail "the package has no $f"
done

step "dpkg-deb -c"
contents=$(dpkg-deb -c "$deb")
printf '%s\n' "$contents"
expected=(
    ./usr/bin/duper
    ./usr/bin/duper-gui
    ./usr/share/applications/dev.duper.Duper.desktop
    ./usr/share/metainfo/dev.duper.Duper.metainfo.xml
    ./usr/share/icons/hicolor/scalable/apps/dev.duper.Duper.svg
    ./usr/share/man/man1/duper.1.gz
    ./usr/share/bash-completion/completions/duper
    ./usr/share/zsh/vendor-completions/_duper
)
for path in "${expected[@]}"; do
    awk '{print $6}' <<<"$contents" | grep -qxF "$path" || fail "the package lacks $path"
done
# The executables must be executable.
for path in ./usr/bin/duper ./usr/bin/duper-gui; do
    awk -v p="$path" '$6 == p {print $1}' <<<"$contents" | grep -q '^-rwxr-xr-x' || fail "$path is not mode 755"
done

# ---- 3. install -------------------------------------------------------------------------------------------------
work=$(mktemp -d /tmp/duper-check-deb.XXXXXX)
sandbox_pid=""
installed=""
cleanup() {
    local status=$?
    trap - EXIT INT TERM
    if [ -n "$sandbox_pid" ] && kill -0 "$sandbox_pid" 2>/dev/null; then
        kill "$sandbox_pid" 2>/dev/null || true
        wait "$sandbox_pid" 2>/dev/null || true
    fi
    if [ -n "$installed" ] && [ "${DUPER_DEB_KEEP_INSTALLED:-0}" != 1 ]; then
        echo "check-deb: removing the package"
        "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq duper >/dev/null ||
            echo "check-deb: could not remove the package duper" >&2
    fi
    if [ "$status" -ne 0 ] && [ -s "$work/sandbox.log" ]; then
        echo "check-deb: sandbox output:" >&2
        cat "$work/sandbox.log" >&2
    fi
    rm -rf "$work"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

step "apt-get install -y $deb"
installed=1
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$deb"
dpkg-query -W -f='${Status} ${Version}\n' duper | grep -q "^install ok installed $version$" ||
    fail "dpkg does not list duper $version as installed"

# ---- 4. validate the installed desktop integration --------------------------------------------------------------
step "validating the installed desktop file and metainfo"
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate /usr/share/applications/dev.duper.Duper.desktop
    echo "desktop-file-validate: ok"
else
    echo "desktop-file-validate not installed (desktop-file-utils): skipped"
fi
if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net /usr/share/metainfo/dev.duper.Duper.metainfo.xml
else
    echo "appstreamcli not installed (appstream): skipped"
fi
# Debian images may exclude /usr/share/man from installs (dpkg path-exclude); check the page where it landed.
if [ -f /usr/share/man/man1/duper.1.gz ] && command -v groff >/dev/null; then
    warnings=$(zcat /usr/share/man/man1/duper.1.gz | groff -man -ww -z 2>&1)
    [ -z "$warnings" ] || fail "groff warns about duper.1: $warnings"
    echo "duper.1: renders without warnings"
fi

# The programs run against private XDG folders, so nothing reads or writes the user's settings.
mkdir -p "$work"/{config,data,cache,runtime}
chmod 700 "$work/runtime"
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_CACHE_HOME="$work/cache" \
       XDG_RUNTIME_DIR="$work/runtime"

# ---- 5. run the installed programs ------------------------------------------------------------------------------
step "/usr/bin/duper --version"
out=$(/usr/bin/duper --version)
echo "$out"
grep -qF "$version" <<<"$out" || fail "duper --version does not say $version"

step "/usr/bin/duper sandbox on free ports, with two followers"
/usr/bin/duper sandbox --follower-port 0 --leader-port 0 --followers 2 >"$work/sandbox.log" 2>&1 &
sandbox_pid=$!
url=""
for _ in $(seq 100); do
    url=$(sed -n 's/^ *follower cluster: \(http:\/\/[0-9.]*:[0-9]*\).*/\1/p' "$work/sandbox.log")
    [ -n "$url" ] && curl -fsS -o /dev/null "$url/" 2>/dev/null && break
    kill -0 "$sandbox_pid" 2>/dev/null || fail "duper sandbox exited early"
    url=""
    sleep 0.1
done
[ -n "$url" ] || fail "duper sandbox did not answer within 10 s"
echo "sandbox follower cluster answers at $url"

step "/usr/bin/duper info --url $url"
out=$(/usr/bin/duper info --url "$url")
echo "$out"
grep -q '^follower-00002 .*active' <<<"$out" || fail "duper info does not list the sandbox's two active followers"
/usr/bin/duper info --url "$url" --json | grep -q '"follower-00001"' || fail "duper info --json lacks follower-00001"

step "QT_QPA_PLATFORM=offscreen /usr/bin/duper-gui --version"
out=$(QT_QPA_PLATFORM=offscreen /usr/bin/duper-gui --version 2>&1)
echo "$out"
grep -qF "$version" <<<"$out" || fail "duper-gui --version does not say $version"

step "stopping the sandbox"
kill "$sandbox_pid"
wait "$sandbox_pid" 2>/dev/null || true
sandbox_pid=""

if [ "${DUPER_DEB_KEEP_INSTALLED:-0}" != 1 ]; then
    step "apt-get remove -y duper"
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq duper
    installed=""
    if [ -e /usr/bin/duper ] || [ -e /usr/bin/duper-gui ]; then
        fail "the programs are still there after apt-get remove"
    fi
fi

echo
echo "check-deb: OK — $(basename "$deb") ($(du -h "$deb" | cut -f1)): built, checked, installed, run and removed"
