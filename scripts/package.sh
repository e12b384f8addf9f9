#!/usr/bin/env bash
# Builds what a release ships into dist/ (recreated each time): the npm tarball (after
# scripts/build-wasm.sh), the release `wa-lint` binary, and the Python wheel (abi3, CPython 3.9+).
# Needs what scripts/setup.sh installs. pkg/tests/dist.test.mjs then installs the tarball into an
# empty project and runs the documented commands.
set -euo pipefail
cd "$(dirname "$0")/.."

rm -rf dist
mkdir -p dist

scripts/build-wasm.sh
(cd pkg && npm pack --pack-destination ../dist --loglevel=error >/dev/null)

cargo build --release --features cli
cp target/release/wa-lint dist/

python3 -m maturin build --release --quiet -m python/Cargo.toml -o dist

ls -l dist
