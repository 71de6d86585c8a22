#!/usr/bin/env bash
# Builds the unit, integration and CLI tests with AddressSanitizer + UndefinedBehaviorSanitizer (clang, the sanitize
# preset) and runs them; any sanitizer report fails its test. Extra arguments go to ctest (e.g. -R tst_bytesize).
set -euo pipefail
cd "$(dirname "$0")/.."

cmake --preset sanitize
cmake --build --preset sanitize
tests/in-test-session.sh ctest --preset sanitize "$@"
