#!/usr/bin/env python3
"""Instructions per pass over the acceptance set's small valid payloads (benches/support/sets.rs: at most
4096 bytes, no error from `wa-lint`), for each JSON crate's document and for serde_json's
`Value`, counted by callgrind; then whether each crate builds for wasm32 and what it adds."""
import json
import pathlib
import re
import subprocess
import tempfile

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent.parent
PARSERS = ["serde_json-value", "serde_json-ignored", "simd_json-borrowed", "simd_json-tape", "sonic_rs-value"]


def small_valid():
    subprocess.run(["cargo", "build", "--release", "--features", "cli", "-q"], cwd=ROOT, check=True)
    dirs = ["tests/meta_examples", "tests/spec_examples", "tests/fixtures", "tests/regressions"]
    paths = [p for d in dirs for p in sorted((ROOT / d).glob("*.json"))]
    paths += sorted((ROOT / "tests/specs").glob("*/valid/*.json")) + sorted((ROOT / "tests/specs").glob("*/invalid/*.json"))
    paths += sorted((ROOT / "benches/inputs").glob("valid-*.json")) + sorted((ROOT / "benches/inputs").glob("invalid-*.json"))
    valid = []
    for path in paths:
        if path.stat().st_size > 4096:
            continue
        out = subprocess.run([ROOT / "target/release/wa-lint", "--format", "json", path], capture_output=True, text=True).stdout
        if not any(d["severity"] == "error" for d in json.loads(out or "[]")):
            valid.append(str(path))
    return valid


def instructions(binary, parser, iterations, files):
    with tempfile.NamedTemporaryFile() as out:
        result = subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out.name}", binary, parser,
                                 str(iterations), *files], capture_output=True, text=True, check=True)
    return int(re.search(r"refs:\s+([\d,]+)", result.stderr).group(1).replace(",", ""))


def main():
    subprocess.run(["cargo", "build", "--release", "-q"], cwd=HERE, check=True)
    binary = HERE / "target/release/json-crates"
    files = small_valid()
    print(f"{len(files)} small valid payloads\n")
    print("| parser | instructions per pass | ÷ serde_json Value |")
    print("|---|---:|---:|")
    counts = {p: (instructions(binary, p, 10, files) - instructions(binary, p, 0, files)) / 10 for p in PARSERS}
    for parser, count in counts.items():
        print(f"| {parser} | {count:,.0f} | {count / counts['serde_json-value']:.2f} |")


if __name__ == "__main__":
    main()
