#!/usr/bin/env bash
# Builds the libFuzzer targets (the `fuzz` preset: clang, ASan + UBSan) and runs each for SECONDS (default 30) on a
# scratch copy of its seed corpus. Prints executions, coverage and the result per target; exits non-zero when any
# target crashed, leaked, timed out or ran out of memory, naming the input that did it.
#
# Usage: tests/fuzz/run-fuzzers.sh [SECONDS] [TARGET...]     (DUPER_FUZZ_JOBS=N builds with N jobs, default 2)
# DUPER_FUZZ_PRESET=sanitize takes the targets from the sanitize build instead (CI: one clang build for both).
set -uo pipefail

seconds="${1:-30}"
shift || true
root="$(cd "$(dirname "$0")/../.." && pwd)"
fuzz_dir="$root/tests/fuzz"
preset="${DUPER_FUZZ_PRESET:-fuzz}"
build_dir="$root/build/$preset"
out_dir="$build_dir/fuzz-runs"

cd "$root"
cmake --preset "$preset" >/dev/null || exit 2
cmake --build --preset "$preset" --target duper_fuzz_all -j "${DUPER_FUZZ_JOBS:-2}" || exit 2

targets=("$@")
if ((${#targets[@]} == 0)); then
    for source in "$fuzz_dir"/fuzz_*.cpp; do
        targets+=("$(basename "$source" .cpp)")
    done
fi

rm -rf "$out_dir"
mkdir -p "$out_dir"
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:symbolize=1${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}"
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8

failed=0
printf '%-28s %12s %8s %8s  %s\n' target executions cov ft result
for target in "${targets[@]}"; do
    corpus="$out_dir/$target/corpus"
    artifacts="$out_dir/$target/artifacts"
    mkdir -p "$corpus" "$artifacts"
    if [ -d "$fuzz_dir/corpus/$target" ]; then
        cp "$fuzz_dir/corpus/$target"/* "$corpus/" 2>/dev/null
    fi
    log="$out_dir/$target/log.txt"
    # 64 KB covers every seed; the value and address targets get short inputs, which is what they are for.
    max_len=65536
    case "$target" in
        fuzz_index_name | fuzz_byte_size | fuzz_time_value | fuzz_cloud_id | fuzz_remote_address) max_len=1024 ;;
    esac
    "$build_dir/fuzz/$target" "$corpus" -dict="$fuzz_dir/json.dict" -max_total_time="$seconds" -timeout=10 \
        -rss_limit_mb=2048 -malloc_limit_mb=2048 -max_len="$max_len" -detect_leaks=1 -print_final_stats=1 \
        -artifact_prefix="$artifacts/" >"$log" 2>&1
    status=$?
    # The last status line: "#123456 DONE cov: 812 ft: 2345 corp: ..." (or pulse/NEW when it stopped early).
    last="$(grep -E '^#[0-9]+' "$log" | tail -n 1)"
    execs="$(sed -nE 's/^stat::number_of_executed_units: *([0-9]+)/\1/p' "$log" | tail -n 1)"
    cov="$(sed -nE 's/.* cov: ([0-9]+).*/\1/p' <<<"$last")"
    ft="$(sed -nE 's/.* ft: ([0-9]+).*/\1/p' <<<"$last")"
    if ((status == 0)); then
        result=ok
    else
        failed=1
        kind="$(grep -oE 'ERROR: (libFuzzer|AddressSanitizer|LeakSanitizer|UndefinedBehaviorSanitizer): [a-z-]+' "$log" |
            head -n 1)"
        [ -n "$kind" ] || kind="$(grep -oE 'runtime error: .*' "$log" | head -n 1)"
        artifact="$(sed -nE 's/.*Test unit written to (.*)/\1/p' "$log" | tail -n 1)"
        result="FAILED (exit $status) ${kind:-see log} input: ${artifact:-none}; log: $log"
    fi
    printf '%-28s %12s %8s %8s  %s\n' "$target" "${execs:-?}" "${cov:-?}" "${ft:-?}" "$result"
done
exit "$failed"
