#!/usr/bin/env bash
# Resource scaling of the release CLI: wall time and peak memory (max RSS) for inputs of 1, 5,
# 10, 25 and 50 MB of four shapes, printed as a Markdown table (FUZZING.md, "Resource scaling").
#
#   scripts/scaling.sh [SIZES_MB...]        e.g. scripts/scaling.sh 1 5 10
#
# Shapes: one large text body (one diagnostic); a large contacts array of valid contacts (one
# count diagnostic); one unknown member holding a large object (one diagnostic); a contacts array
# whose every contact has an empty name (one diagnostic per contact); and a `text` object with
# many unknown members (one diagnostic per member). SCALING_SHAPES="a b" picks some. Each run is
# capped at SCALING_TIMEOUT seconds (default 120). Needs python3 and GNU time (/usr/bin/time).
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
sizes=("$@")
[ "${#sizes[@]}" -gt 0 ] || sizes=(1 5 10 25 50)
timeout_s="${SCALING_TIMEOUT:-120}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

(cd "$repo" && nice -n 19 cargo build --release --features cli --quiet)
cli="$repo/target/release/wa-lint"

generate() { # shape size_mb file
    python3 - "$1" "$2" "$3" <<'PY'
import json, sys
shape, size, path = sys.argv[1], int(sys.argv[2]) * 1_000_000, sys.argv[3]
head = {"messaging_product": "whatsapp", "to": "+16505551234"}
def build(n):
    if shape == "text-body":
        return {**head, "text": {"body": "a" * n}}
    if shape in ("contacts", "contacts-errors"):
        name = "Ana Lima" if shape == "contacts" else ""
        contact = {"name": {"formatted_name": name, "first_name": "Ana"}, "phones": [{"phone": "+16505551234", "type": "CELL"}]}
        return {**head, "type": "contacts", "contacts": [contact] * n}
    members = {f"k{i:08d}": "v" * 16 for i in range(n)}
    if shape == "unknown-members-each":  # every member of `text` unknown: one diagnostic each
        return {**head, "text": {"body": "Hi", **members}}
    return {**head, "text": {"body": "Hi"}, "extra": members}  # one unknown member, a large object
def render(n):
    return json.dumps(build(n), indent=1, ensure_ascii=False)
# Scale the element count so that the pretty-printed text is `size` bytes (to within an element).
small = 1000
per_item = (len(render(2 * small)) - len(render(small))) / small
fixed = len(render(small)) - per_item * small
text = render(max(1, int((size - fixed) / per_item)))
with open(path, "w") as out:
    out.write(text)
PY
}

echo "| shape | size (MB) | diagnostics | wall time (s) | max RSS (MB) |"
echo "|---|---:|---:|---:|---:|"
for shape in ${SCALING_SHAPES:-text-body contacts unknown-members contacts-errors unknown-members-each}; do
    for size in "${sizes[@]}"; do
        input="$work/$shape-$size.json"
        generate "$shape" "$size" "$input"
        actual_mb="$(awk -v b="$(stat -c %s "$input")" 'BEGIN { printf "%.1f", b / 1e6 }')"
        rc=0
        timeout "$timeout_s" /usr/bin/time -f '%e %M' -o "$work/time" \
            "$cli" --format json --max-input-bytes 100000000 --max-diagnostics 100000000 "$input" >"$work/out" 2>"$work/err" || rc=$?
        if [ "$rc" -eq 124 ]; then
            echo "| $shape | $actual_mb | – | > $timeout_s (stopped) | – |"
        else
            # GNU time adds a "Command exited with non-zero status" line when errors were found.
            read -r wall rss_kb < <(tail -n 1 "$work/time")
            # --format json prints one array of diagnostics.
            diagnostics="$(python3 -c 'import json, sys; print(len(json.load(open(sys.argv[1]))))' "$work/out" 2>/dev/null || echo "?")"
            echo "| $shape | $actual_mb | $diagnostics | $wall | $((rss_kb / 1024)) |"
        fi
        rm -f "$input"
    done
done
