#!/usr/bin/env bash
# Installs what building and testing need, idempotently: the wasm target, the wasm-bindgen CLI
# matching the crate's version, Chromium and ChromeDriver for browser tests, and the npm
# dependencies of the package and the playground. `--minimal` skips Chromium (serving only).
set -euo pipefail
cd "$(dirname "$0")/.."

rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown

# The CLI must match the wasm-bindgen crate exactly (pinned with "=" in Cargo.toml).
wanted=$(grep -A1 '^name = "wasm-bindgen"$' Cargo.lock | sed -n 's/^version = "\(.*\)"/\1/p' | head -1)
if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$wanted" ]; then
  cargo install wasm-bindgen-cli --version "$wanted"
fi

if [ "${1:-}" != "--minimal" ] && { [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; }; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium chromium-driver >/dev/null
fi

for dir in pkg www; do
  # npm ci is skipped when node_modules already matches the lock file.
  if ! cmp -s "$dir/package-lock.json" "$dir/node_modules/.package-lock.json" 2>/dev/null; then
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
  fi
done
