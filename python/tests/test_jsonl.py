"""`--jsonl` streams: 100,000 payloads are linted in bounded memory by both commands, and every
finding is located on its line of the file."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import List

import pytest

import jsonl_payloads
from conftest import PYTHON_CLI, REPO

COUNT = 100_000
EVERY = 100
#: The peak resident memory for 100,000 payloads may exceed that for 1,000 by this much at most;
#: the file is ~10 MB, so reading it whole would exceed it.
GROWTH_LIMIT_KB = 4 * 1024

# Runs a command in a fresh process and prints the peak RSS of its children, in KB, so that
# earlier children of the test process do not count.
MEASURE = """
import resource, subprocess, sys
with open(sys.argv[1], "wb") as out:
    code = subprocess.run(sys.argv[2:], stdout=out).returncode
print(code, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> dict:
    folder = tmp_path_factory.mktemp("jsonl")
    files = {}
    for count in [1_000, COUNT]:
        files[count] = folder / f"{count}.jsonl"
        jsonl_payloads.write(files[count], count, EVERY)
    return files


def peak_rss_kb(command: List[str], output: Path) -> int:
    measured = subprocess.run(
        [sys.executable, "-c", MEASURE, str(output), *command], cwd=REPO, capture_output=True, text=True, check=True
    )
    code, rss = map(int, measured.stdout.split())
    assert code == 1, "the inputs hold errors"
    return rss


@pytest.mark.parametrize("which", ["native", "python"])
def test_memory_stays_bounded_and_findings_are_located_by_line(native_cli, inputs, tmp_path, which):
    command = native_cli if which == "native" else PYTHON_CLI
    flags = ["--jsonl", "--format", "json"]
    small = peak_rss_kb(command + flags + [str(inputs[1_000])], tmp_path / "small.out")
    large = peak_rss_kb(command + flags + [str(inputs[COUNT])], tmp_path / "large.out")
    print(f"{which}: peak RSS {small} KB for 1,000 payloads, {large} KB for {COUNT:,}")
    assert large - small < GROWTH_LIMIT_KB, f"peak RSS grew from {small} KB to {large} KB"

    found = [json.loads(line) for line in (tmp_path / "large.out").read_text().splitlines()]
    assert len(found) == COUNT // EVERY
    for n, diagnostic in zip(range(EVERY, COUNT + 1, EVERY), found):
        column = jsonl_payloads.title_column(n, EVERY)
        assert (diagnostic["code"], diagnostic["file"]) == ("WA0702", str(inputs[COUNT]))
        assert (diagnostic["line"], diagnostic["column"], diagnostic["endLine"]) == (n, column, n), diagnostic


def test_human_summary_counts_payloads_with_errors_by_rule(native_cli, tmp_path):
    path = tmp_path / "some.jsonl"
    jsonl_payloads.write(path, 1_000, EVERY)
    with open(path, "a", encoding="utf-8") as out:
        out.write("\n{\n")
    result = subprocess.run(native_cli + ["--jsonl", str(path)], cwd=REPO, capture_output=True, text=True)
    assert result.returncode == 1
    assert result.stdout.endswith(
        "1001 payloads: 11 with errors, 0 with warnings or infos only, 990 clean\n"
        "payloads with errors, by rule:\n"
        "  10  WA0702 button-title-length\n"
        "   1  WA0001 invalid-json\n"
        "11 errors, 0 warnings, 0 infos in 1 file\n"
    )
    assert f" --> {path}:1002:1\n" in result.stdout
