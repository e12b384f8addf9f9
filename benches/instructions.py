#!/usr/bin/env python3
"""Instructions per call of `lint` and of the parse alone (`serde_json::from_str::<Value>`) on
every input of benches/inputs/, counted by callgrind: a repeatable ratio on a noisy machine.
Each count is (N iterations − 0 iterations) / N, so start-up and file reading cancel out.
`--classes` counts the acceptance set's classes instead (benches/support/sets.rs): every payload of a
class linted, and parsed, once per iteration, so a class's ratio weighs payloads by their cost."""
import pathlib
import re
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent


def build():
    out = subprocess.run(["cargo", "bench", "--bench", "count", "--no-run", "--message-format=json"],
                         cwd=ROOT, check=True, capture_output=True, text=True).stdout
    return re.findall(r'"executable":"([^"]+count-[^"]+)"', out)[-1]


def instructions(binary, what, path, iterations):
    with tempfile.NamedTemporaryFile() as out:
        result = subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out.name}", binary,
                                 what, str(path), str(iterations)], capture_output=True, text=True, check=True)
    return int(re.search(r"refs:\s+([\d,]+)", result.stderr).group(1).replace(",", ""))


def per_call(binary, what, path, iterations):
    return (instructions(binary, what, path, iterations) - instructions(binary, what, path, 0)) / iterations


CLASSES = ["small-valid", "small-invalid", "long-texts", "large"]


def classes(binary):
    print("| class | parse (instructions) | lint (instructions) | lint / parse |")
    print("|---|---:|---:|---:|")
    for name in CLASSES:
        iterations = 2 if name == "large" else 10
        parse, lint = per_call(binary, "parse", name, iterations), per_call(binary, "lint", name, iterations)
        print(f"| {name} | {parse:,.0f} | {lint:,.0f} | {lint / parse:.2f} |")


def main():
    binary = build()
    if "--classes" in sys.argv:
        return classes(binary)
    print("| input | parse (instructions) | lint (instructions) | lint / parse |")
    print("|---|---:|---:|---:|")
    for path in sorted((ROOT / "benches" / "inputs").glob("*.json")):
        iterations = 5 if path.stat().st_size > 50_000 else 200
        parse, lint = per_call(binary, "parse", path, iterations), per_call(binary, "lint", path, iterations)
        print(f"| {path.stem} | {parse:,.0f} | {lint:,.0f} | {lint / parse:.2f} |")


if __name__ == "__main__":
    main()
