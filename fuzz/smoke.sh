#!/usr/bin/env bash
# Bounded fuzzing for CI: seeds the corpus, builds the targets and runs each for SECONDS
# (default 60) on one core. Fails (exit 1) if any target crashes or breaks an invariant; the
# reproducer is left in fuzz/artifacts/<target>/.
#
#   fuzz/smoke.sh [SECONDS]
#
# Needs the nightly toolchain; installs cargo-fuzz if it is missing (and only then).
set -euo pipefail

seconds="${1:-60}"
fuzz_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$fuzz_dir"
targets=(lint_text lint_structured render_human)
# lint_text keeps AddressSanitizer (dependencies have unsafe code); lint_structured spends its
# time in safe Rust building large payloads, where ASan would cost a 6× slowdown for nothing.
declare -A sanitizer=([lint_text]=address [lint_structured]=none [render_human]=none)

if ! rustup run nightly rustc --version >/dev/null 2>&1; then
    echo "smoke.sh: the nightly toolchain is needed (rustup toolchain install nightly)" >&2
    exit 2
fi
if ! cargo fuzz --version >/dev/null 2>&1; then
    echo "smoke.sh: installing cargo-fuzz"
    cargo install --locked cargo-fuzz
fi

./seed-corpus.sh
for target in "${targets[@]}"; do
    nice -n 19 cargo +nightly fuzz build -s "${sanitizer[$target]}" "$target" 2>&1 | tail -n 1
done
mkdir -p "$fuzz_dir/artifacts"
status=0
for target in "${targets[@]}"; do
    echo "== $target: ${seconds}s"
    log="$fuzz_dir/artifacts/smoke-$target.log"
    rc=0
    nice -n 19 cargo +nightly fuzz run -s "${sanitizer[$target]}" "$target" -- \
        -max_total_time="$seconds" -timeout=30 -rss_limit_mb=4096 -print_final_stats=1 \
        >"$log" 2>&1 || rc=$?
    grep -E '^#[0-9]+[[:space:]]+(INITED|DONE)|^stat::(number_of_executed_units|peak_rss_mb)|^Done ' "$log" || true
    if [ "$rc" -ne 0 ] || grep -qE 'Test unit written|panicked at|deadly signal' "$log"; then
        grep -E -A 20 'panicked at|==[0-9]+== ERROR' "$log" | head -n 40 >&2 || true
        echo "smoke.sh: $target failed (exit $rc); log: $log, reproducer: fuzz/artifacts/$target/" >&2
        status=1
    fi
done
exit "$status"
