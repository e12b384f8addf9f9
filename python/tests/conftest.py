"""Shared by the tests: the repository, the native command to compare with, and a runner for
both commands."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import List, Optional

import pytest

REPO = Path(__file__).resolve().parents[2]
#: The Python package's command, as `python -m wa_lint`.
PYTHON_CLI = [sys.executable, "-m", "wa_lint"]


@pytest.fixture(scope="session")
def native_cli() -> List[str]:
    """The Rust command (`target/debug/wa-lint`, built first if missing, or $WA_LINT_BIN)."""
    binary = Path(os.environ.get("WA_LINT_BIN") or REPO / "target" / "debug" / "wa-lint")
    if "WA_LINT_BIN" not in os.environ and not binary.exists():
        subprocess.run(["cargo", "build", "--features", "cli"], cwd=REPO, check=True)
    assert binary.exists(), f"native CLI not found at {binary} (set WA_LINT_BIN)"
    return [str(binary)]


def run(command: List[str], args: List[str], stdin: Optional[bytes] = None) -> subprocess.CompletedProcess:
    """Runs a command in the repository (so that file names in the output are relative)."""
    return subprocess.run(command + args, cwd=REPO, input=stdin or b"", capture_output=True, timeout=600)
