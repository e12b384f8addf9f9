#!/usr/bin/env bash
# Runs every test: the Rust suite (unit, integration, snapshots, CLI, schema, doctests), the
# core and the binding compiled to wasm in Node and headless Chromium, the npm package tests
# (parity with the native CLI, offsets, packaging), the playground's end-to-end tests, and a
# bounded fuzzing smoke run. Installs what it needs first. Ends with one line of totals.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup.sh
log=$(mktemp)
trap 'rm -f "$log"' EXIT
step() {
  echo "== $*"
  "$@" 2>&1 | tee -a "$log"
}

step cargo test --all-features
step scripts/build-wasm.sh
step cargo test --target wasm32-unknown-unknown --test boundaries --test wasm_binding
WASM_BINDGEN_USE_BROWSER=1 step cargo test --target wasm32-unknown-unknown --test boundaries --test wasm_binding
step node --test pkg/tests/
step npm --prefix www run --silent build
step node --test www/tests/e2e.test.mjs
# cargo-fuzz needs the nightly toolchain (installed on these machines; rustup cannot fetch it here).
if rustup run nightly rustc --version >/dev/null 2>&1; then
  step fuzz/smoke.sh "${FUZZ_SECONDS:-60}"
else
  echo "== fuzz smoke skipped: no nightly toolchain"
fi

# Totals over every runner: cargo's "N passed; M failed" and node's "# pass N" / "# fail M".
awk '
  /^test result:/ { for (i = 1; i <= NF; i++) { if ($(i+1) ~ /^passed/) p += $i; if ($(i+1) ~ /^failed/) f += $i } }
  /^# pass / { p += $3 } /^# fail / { f += $3 }
  END { printf "tests: %d passed, %d failed\n", p, f }
' "$log"
