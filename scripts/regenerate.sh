#!/usr/bin/env bash
# Regenerates every derived file from the model, in dependency order: the schema's generated
# part (from the Rust tables), the payload's TypeScript types (from the schema) and the rule
# reference (from the rules). Snapshots are not among them: they are reviewed, not regenerated
# blindly (CONTRIBUTING.md). The tests that check each file for freshness are listed there.
set -euo pipefail
cd "$(dirname "$0")/.."
UPDATE_SCHEMA=1 cargo test --quiet --lib schema
node scripts/payload-types.mjs
UPDATE_DOCS=1 cargo test --quiet --all-features --test it rule_reference
