#!/usr/bin/env bash
# Builds Duper with warnings as errors and runs the whole test suite the way CI does (see in-test-session.sh).
# Extra arguments go to ctest (e.g. -L unit, -R tst_bytesize).
set -euo pipefail
cd "$(dirname "$0")/.."

cmake --preset ci
cmake --build --preset ci
tests/in-test-session.sh ctest --preset ci "$@"
