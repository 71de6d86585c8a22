#!/usr/bin/env bash
# Runs a command the way CI runs the tests: offscreen Qt, inside a private D-Bus session with an unlocked
# gnome-keyring, and private XDG folders so nothing touches $HOME. Used by run-all.sh and run-sanitized.sh.
set -euo pipefail

session=$(mktemp -d /tmp/duper-test-session.XXXXXX)
trap 'rm -rf "$session"' EXIT
mkdir -p "$session"/{data,config,cache,runtime,home}
chmod 700 "$session/runtime"
export XDG_DATA_HOME="$session/data" XDG_CONFIG_HOME="$session/config" \
       XDG_CACHE_HOME="$session/cache" XDG_RUNTIME_DIR="$session/runtime" HOME="$session/home"
export QT_QPA_PLATFORM=offscreen DUPER_REQUIRE_KEYCHAIN=1

# --unlock reads the password from stdin and creates the "login" collection; without it QtKeychain fails (error 7).
unlock_keyring='echo -n duper-test-keyring | gnome-keyring-daemon --unlock --components=secrets >/dev/null'
timeout 1500 dbus-run-session -- bash -c "$unlock_keyring; $(printf '%q ' "$@")"
