#!/usr/bin/env bash
# Runs every test: formatting, clippy and rustdoc with warnings as errors, the Rust suite (unit,
# integration, snapshots, CLI, schema, doctests), the per-dimension scaling test (release build), the
# release artifacts (scripts/package.sh, then installed from dist/), the core and the binding
# compiled to wasm in Node and headless Chromium, the npm package tests (parity with the native
# CLI, offsets, packaging), the Python package's tests (pytest, against the wheel installed into a
# fresh venv), the playground's end-to-end tests, and a short fuzzing smoke run. Installs what it
# needs first. Prints each step with the time elapsed since the start, and ends with one line of
# totals over every runner.
#
# FUZZ_SECONDS (default 20) is each fuzz target's time. Longer campaigns: FUZZ_SECONDS=3600
# scripts/test.sh, or fuzz/smoke.sh SECONDS alone (FUZZING.md).
set -euo pipefail
cd "$(dirname "$0")/.."

log=$(mktemp)
trap 'rm -f "$log"' EXIT
step() {
  echo "== [${SECONDS}s] $*"
  "$@" 2>&1 | tee -a "$log"
}

step scripts/setup.sh
# Habits: formatting, lints and the API docs are part of the test.
step cargo fmt --all --check
step cargo clippy --workspace --all-targets --all-features -- -D warnings
RUSTDOCFLAGS="-D warnings" step cargo doc --workspace --no-deps --all-features
# The JS of the playground and the npm package: biome formats and lints (config: biome.json).
step www/node_modules/.bin/biome ci .
step cargo test --all-features
# Cost in every dimension of the input, timed as ratios: meaningful only when optimised.
step cargo test --release --test scaling
step scripts/package.sh
# As wasm: the core's boundary pairs and the binding (pkg/crate), in Node and headless Chromium.
wasm_tests=(cargo test --target wasm32-unknown-unknown -p wa-lint -p wa-lint-wasm --test it --test binding)
step "${wasm_tests[@]}"
WASM_BINDGEN_USE_BROWSER=1 step "${wasm_tests[@]}"
step node --test pkg/tests/

# The Python package as a user installs it: the wheel from dist/ in a new venv.
venv=target/python-venv
rm -rf "$venv"
step python3 -m venv "$venv"
step "$venv/bin/pip" install --quiet --disable-pip-version-check dist/wa_lint-*.whl pytest
step "$venv/bin/pytest" -q python/tests

step npm --prefix www run --silent build
step node --test www/tests/e2e.test.mjs
# cargo-fuzz needs the nightly toolchain (installed on these machines; rustup cannot fetch it here).
if rustup run nightly rustc --version >/dev/null 2>&1; then
  step fuzz/smoke.sh "${FUZZ_SECONDS:-20}"
else
  echo "== [${SECONDS}s] fuzz smoke skipped: no nightly toolchain"
fi
echo "== [${SECONDS}s] done"

# Totals over every runner: cargo's "N passed; M failed", node's "# pass N" / "# fail M" and
# pytest's closing "N passed, M failed in …".
awk '
  /^test result:/ { for (i = 1; i <= NF; i++) { if ($(i+1) ~ /^passed/) p += $i; if ($(i+1) ~ /^failed/) f += $i } }
  /^# pass / { p += $3 } /^# fail / { f += $3 }
  /^=* *[0-9]+ (passed|failed).* in [0-9.]+s/ { for (i = 1; i <= NF; i++) { if ($(i+1) ~ /^passed/) p += $i; if ($(i+1) ~ /^failed/) f += $i } }
  END { printf "tests: %d passed, %d failed\n", p, f }
' "$log"
