#!/usr/bin/env bash
# The main job: builds the wasm package and the playground, then serves the playground on
# 127.0.0.1 (port $PORT, default 8080) and prints its URL. Ctrl-C stops it.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup.sh --minimal
scripts/build-wasm.sh
(cd www && npm run --silent build)
port=${PORT:-8080}
echo "wa-lint playground: http://127.0.0.1:$port/"
exec python3 -m http.server "$port" --bind 127.0.0.1 --directory www/dist
