#!/usr/bin/env bash
# Installs what building and testing need, idempotently: the wasm target, the wasm-bindgen CLI
# matching the crate's version, Chromium and ChromeDriver for browser tests, maturin (builds the
# Python wheel), and the npm dependencies of the package and the playground. `--minimal` skips
# Chromium and maturin (serving only).
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

# maturin from PyPI into the machine's Python (pip keeps it there; re-running is a no-op).
if [ "${1:-}" != "--minimal" ] && ! python3 -m maturin --version >/dev/null 2>&1; then
  python3 -m pip install --quiet --disable-pip-version-check 'maturin>=1.5,<2'
fi

for dir in pkg www; do
  # npm ci is skipped when node_modules was installed from this very lock file: npm ci writes a
  # stamp with the lock file's hash (npm's own node_modules/.package-lock.json never equals it).
  stamp="$dir/node_modules/.wa-lint-lock.sha256"
  lock_hash=$(sha256sum "$dir/package-lock.json" | cut -d' ' -f1)
  if [ "$(cat "$stamp" 2>/dev/null)" != "$lock_hash" ]; then
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
    echo "$lock_hash" > "$stamp"
  fi
done
