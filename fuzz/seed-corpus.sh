#!/usr/bin/env bash
# Seeds fuzz/corpus/<target>/ for every fuzz target with the project's payloads:
# tests/spec_examples/*.json, tests/fixtures/*.json, tests/regressions/*, and every rule's valid
# and invalid example (tests/specs/<rule>/{valid,invalid}/*.json). Idempotent: files are named by content hash, so running
# it again adds nothing new. The corpus directories are gitignored.
set -euo pipefail

fuzz_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(dirname "$fuzz_dir")"
targets=(lint_text lint_structured)

staging="$(mktemp -d)"
trap 'rm -rf "$staging"' EXIT

shopt -s nullglob
# Rule examples: every spec file, renamed after its rule folder (they are all example.json).
for file in "$repo"/tests/specs/*/*/*.json; do
    rule="$(basename "$(dirname "$(dirname "$file")")")"
    cp "$file" "$staging/$rule-$(basename "$(dirname "$file")")-$(basename "$file")"
done

for file in "$repo"/tests/spec_examples/*.json "$repo"/tests/fixtures/*.json "$repo"/tests/regressions/*; do
    cp "$file" "$staging/"
done

for target in "${targets[@]}"; do
    mkdir -p "$fuzz_dir/corpus/$target"
done
added=0
for file in "$staging"/*; do
    hash="$(sha1sum "$file" | cut -c1-40)"
    # lint_text reads the payload text as is. lint_structured reads bytes as mutation choices,
    # so a payload is only a source of varied bytes there; its own seeds are embedded.
    for target in "${targets[@]}"; do
        if [ ! -e "$fuzz_dir/corpus/$target/$hash" ]; then
            cp "$file" "$fuzz_dir/corpus/$target/$hash"
            added=$((added + 1))
        fi
    done
done
# lint_structured: one short input per seed payload (byte 0 picks the seed), so that every seed
# is reached from the start with and without mutations.
for seed in $(seq 0 255); do
    printf "$(printf '\\%03o' "$seed")" > "$staging/structured-seed"
    hash="seed-$(printf '%03d' "$seed")"
    if [ ! -e "$fuzz_dir/corpus/lint_structured/$hash" ]; then
        cp "$staging/structured-seed" "$fuzz_dir/corpus/lint_structured/$hash"
        added=$((added + 1))
    fi
done
for target in "${targets[@]}"; do
    echo "corpus/$target: $(find "$fuzz_dir/corpus/$target" -type f | wc -l) files"
done
echo "added $added files"
