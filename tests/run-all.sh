#!/usr/bin/env bash
# Builds Duper with warnings as errors and runs the whole test suite the way CI does: offscreen Qt, inside a private
# D-Bus session with an unlocked gnome-keyring, and private XDG folders so nothing touches $HOME.
# Extra arguments go to ctest (e.g. -L unit, -R tst_bytesize).
set -euo pipefail
cd "$(dirname "$0")/.."

cmake --preset ci
cmake --build --preset ci

session=$(mktemp -d /tmp/duper-test-session.XXXXXX)
trap 'rm -rf "$session"' EXIT
mkdir -p "$session"/{data,config,cache,runtime,home}
chmod 700 "$session/runtime"
export XDG_DATA_HOME="$session/data" XDG_CONFIG_HOME="$session/config" \
       XDG_CACHE_HOME="$session/cache" XDG_RUNTIME_DIR="$session/runtime" HOME="$session/home"
export QT_QPA_PLATFORM=offscreen DUPER_REQUIRE_KEYCHAIN=1

# --unlock reads the password from stdin and creates the "login" collection; without it QtKeychain fails (error 7).
unlock_keyring='echo -n duper-test-keyring | gnome-keyring-daemon --unlock --components=secrets >/dev/null'
timeout 1500 dbus-run-session -- bash -c "$unlock_keyring; ctest --preset ci $(printf '%q ' "$@")"
