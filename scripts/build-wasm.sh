#!/usr/bin/env bash
# Builds the npm package in pkg/: the wasm core for Node (CommonJS) and for browsers and bundlers
# (ES module), optimised for size, plus the rule reference and the JSON Schemas it ships.
# Needs what scripts/setup.sh installs.
set -euo pipefail
cd "$(dirname "$0")/.."

# The binding crate (pkg/crate) over the core; the package keeps the name wa_lint for its files.
cargo build -p wa-lint-wasm --lib --profile wasm --target wasm32-unknown-unknown
wasm=target/wasm32-unknown-unknown/wasm/wa_lint_wasm.wasm
for target in nodejs web; do
  out=pkg/${target/nodejs/node}
  rm -rf "$out"
  wasm-bindgen "$wasm" --out-dir "$out" --out-name wa_lint --target "$target"
  pkg/node_modules/.bin/wasm-opt -O3 --enable-bulk-memory --enable-nontrapping-float-to-int \
    --enable-sign-ext --enable-mutable-globals --enable-reference-types --enable-multivalue \
    "$out/wa_lint_bg.wasm" -o "$out/wa_lint_bg.wasm"
done
cp pkg/web-entry/index.js pkg/web-entry/index.d.ts pkg/web/
# The package is CommonJS (for Node's require); the web build is ES modules.
cp pkg/web-entry/package.json pkg/web/
rm -rf pkg/schemas && cp -r schemas pkg/schemas
cp docs/rules.md pkg/rules.md
echo "built pkg/ ($(wc -c < pkg/web/wa_lint_bg.wasm) bytes of wasm)"
