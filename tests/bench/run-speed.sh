#!/bin/sh
# Issue 13's speed figures from one run against the static-fixture server, each next to its target:
#   tests/bench/run-speed.sh [--build build/release] [--rounds 9] [--quick] [--no-gui] [--platform xcb|offscreen]
# Needs duper, bench_follower_load, duper-gui and first_paint_probe built in the build folder (default build/ci),
# curl, python3; Xvfb for the cold start on xcb (else offscreen). See run_speed.py.
exec python3 "$(dirname "$0")/run_speed.py" "$@"
