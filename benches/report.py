#!/usr/bin/env python3
"""Prints criterion's results for benches/lint.rs as a Markdown table: the median time of the
parse alone and of `lint` on each input, and their ratio (both measured in the same run)."""
import json
import pathlib

ROOT = pathlib.Path(__file__).resolve().parent.parent / "target" / "criterion"


def median_ns(group, function):
    estimates = json.loads((ROOT / group / function / "new" / "estimates.json").read_text())
    return estimates["median"]["point_estimate"]


def pretty(ns):
    return f"{ns / 1e6:.2f} ms" if ns >= 1e6 else f"{ns / 1e3:.2f} µs"


print("| input | serde_json parse | wa-lint lint | lint / parse |")
print("|---|---:|---:|---:|")
for group in sorted(p.name for p in ROOT.iterdir() if (p / "lint").is_dir()):
    parse, lint = median_ns(group, "parse"), median_ns(group, "lint")
    print(f"| {group} | {pretty(parse)} | {pretty(lint)} | {lint / parse:.2f} |")
