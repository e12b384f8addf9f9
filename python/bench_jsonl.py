"""JSONL throughput: payloads per second of `wa-lint --jsonl` on one core, and its peak memory.

    python python/bench_jsonl.py [--count N] [--every K] [--binary PATH] [--python]

Writes N payloads (default 200,000; every K-th one, default 100, has an error), then runs the
release binary (dist/wa-lint, else target/release/wa-lint; build it with scripts/package.sh or
`cargo build --release --features cli`) pinned to CPU 0, best of three, with `--format json`
into /dev/null. `--python` also times `python -m wa_lint` with the interpreter running this script, which must
have the wheel installed (for example target/python-venv/bin/python, which scripts/test.sh makes).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import List

sys.path.insert(0, str(Path(__file__).parent / "tests"))
import jsonl_payloads  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
RUNS = 3
TASKSET = "/usr/bin/taskset"
GNU_TIME = "/usr/bin/time"


def release_binary() -> Path:
    for candidate in [REPO / "dist" / "wa-lint", REPO / "target" / "release" / "wa-lint"]:
        if candidate.exists():
            return candidate
    sys.exit("no release binary: run scripts/package.sh or cargo build --release --features cli")


def measure(command: List[str], count: int, label: str) -> None:
    """Best wall time of RUNS runs, on CPU 0 where taskset exists, and the peak RSS. GNU time
    measures the RSS where it exists: a child forked from Python starts with Python's RSS."""
    pinned = ["taskset", "-c", "0", *command] if os.path.exists(TASKSET) else command
    best, peak_kb = float("inf"), 0
    for _ in range(RUNS):
        start = time.perf_counter()
        with open(os.devnull, "wb") as sink:
            if os.path.exists(GNU_TIME):
                timed = subprocess.run([GNU_TIME, "-f", "%M", *pinned], stdout=sink, stderr=subprocess.PIPE, text=True)
                lines = [line for line in timed.stderr.strip().splitlines() if not line.startswith("Command exited")]
                *said, rss_line = lines or ["0"]
                if said:
                    # Exit code 1 also means "errors found": what the command said tells a failure.
                    sys.exit(f"{label} failed: {said[0]}")
                status, rss_kb = timed.returncode, int(rss_line.split()[-1])
            else:
                child = subprocess.Popen(pinned, stdout=sink)
                _, wait_status, usage = os.wait4(child.pid, 0)
                status, rss_kb = os.waitstatus_to_exitcode(wait_status), usage.ru_maxrss
        if status not in (0, 1):
            sys.exit(f"{label} exited {status}")
        peak_kb = max(peak_kb, rss_kb)
        best = min(best, time.perf_counter() - start)
    print(f"{label}: {count / best:,.0f} payloads/s ({count:,} in {best:.2f}s), peak RSS {peak_kb / 1024:.1f} MB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=200_000)
    parser.add_argument("--every", type=int, default=100)
    parser.add_argument("--binary", type=Path, default=None)
    parser.add_argument("--python", action="store_true", help="also time python -m wa_lint")
    args = parser.parse_args()
    binary = (args.binary or release_binary()).resolve()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "payloads.jsonl"
        jsonl_payloads.write(path, args.count, args.every)
        size_mb = path.stat().st_size / 1e6
        print(f"{args.count:,} payloads, {size_mb:.1f} MB, one error every {args.every} lines")
        flags = ["--jsonl", "--format", "json", str(path)]
        measure([str(binary), *flags], args.count, f"rust {binary.relative_to(REPO)}")
        if args.python:
            measure([sys.executable, "-m", "wa_lint", *flags], args.count, "python -m wa_lint")


if __name__ == "__main__":
    main()
