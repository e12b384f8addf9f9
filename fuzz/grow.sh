#!/usr/bin/env bash
# A grow-the-arrays campaign: the structured target in its grow mode (WA_LINT_FUZZ_GROW=1:
# arrays duplicated to 1,000–200,000 elements, strings of up to 300,000 characters), where any
# input that takes longer than TIMEOUT seconds fails as a libFuzzer timeout. Work per element
# that grows with the array shows up that way: 200,000 elements at quadratic cost take minutes.
#
#   fuzz/grow.sh [SECONDS] [TIMEOUT]      defaults: 1200 s (20 minutes), 30 s per input
#
# Needs the nightly toolchain and cargo-fuzz (fuzz/smoke.sh installs it). Results: FUZZING.md.
set -euo pipefail

seconds="${1:-1200}"
timeout="${2:-30}"
fuzz_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$fuzz_dir"
./seed-corpus.sh
nice -n 19 cargo +nightly fuzz build -s none lint_structured 2>&1 | tail -n 1
mkdir -p artifacts/grow corpus/lint_structured_grow
cp -n corpus/lint_structured/* corpus/lint_structured_grow/ 2>/dev/null || true
WA_LINT_FUZZ_GROW=1 nice -n 19 cargo +nightly fuzz run -s none lint_structured corpus/lint_structured_grow -- \
    -max_total_time="$seconds" -timeout="$timeout" -rss_limit_mb=8192 -max_len=4096 \
    -artifact_prefix=artifacts/grow/ -print_final_stats=1 2>&1 | tee artifacts/grow.log |
    grep -E '^#[0-9]+[[:space:]]+(INITED|DONE|pulse)|^stat::|^Done |timeout|panicked' || true
