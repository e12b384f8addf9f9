"""Parity with the native command: `wa_lint.lint` gives the diagnostics of `wa-lint --format json`
for every payload under tests/fixtures/, tests/meta_examples/ and tests/spec_examples/, and
`python -m wa_lint` prints the native command's bytes in every format, with its exit codes."""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path
from typing import Dict, List

import pytest

import wa_lint
from conftest import PYTHON_CLI, REPO, run

PAYLOAD_DIRS = ["tests/fixtures", "tests/meta_examples", "tests/spec_examples"]
MIN_PAYLOADS = 80


def payloads() -> List[str]:
    """Every payload file, relative to the repository (the SARIF schema is not a payload)."""
    found = [path for folder in PAYLOAD_DIRS for path in sorted((REPO / folder).glob("*.json"))]
    return [str(path.relative_to(REPO)) for path in found]


@pytest.mark.parametrize(
    ("flags", "options"),
    [([], {}), (["--service-window", "closed"], {"service_window": "closed"}), (["--rule", "WA0006=error"], {"rules": {"WA0006": "error"}})],
    ids=["default", "closed-window", "rule-override"],
)
def test_lint_gives_the_native_cli_diagnostics(native_cli, flags, options):
    files = payloads()
    assert len(files) >= MIN_PAYLOADS, f"only {len(files)} payloads found"
    cli = run(native_cli, ["--format", "json", *flags, *files])
    assert cli.returncode in (0, 1), cli.stderr
    native: Dict[str, List[dict]] = defaultdict(list)
    for diagnostic in json.loads(cli.stdout):
        native[diagnostic.pop("file")].append(diagnostic)
    differing = []
    for file in files:
        ours = [d.to_dict() for d in wa_lint.lint((REPO / file).read_text(encoding="utf-8"), **options)]
        if ours != native.get(file, []):
            differing.append(file)
    assert differing == [], f"{len(differing)} of {len(files)} payloads differ"
    assert sum(map(len, native.values())) > 50, "the fixtures should produce diagnostics"


CASES = [
    ["--format", "human"],
    ["--format", "json"],
    ["--format", "sarif"],
    ["--format", "github"],
    ["--format", "human", "--service-window", "closed", "--rule", "WA0702=off", "--rule", "unknown-member=error"],
    ["--max-input-bytes", "300"],
]


@pytest.mark.parametrize("flags", CASES, ids=[" ".join(flags) for flags in CASES])
def test_python_cli_prints_the_native_cli_bytes(native_cli, flags):
    files = payloads() + ["does-not-exist.json", "tests"]
    native = run(native_cli, flags + files)
    python = run(PYTHON_CLI, flags + files)
    assert python.returncode == native.returncode == 2
    assert python.stdout == native.stdout
    assert python.stderr == native.stderr


@pytest.mark.parametrize("fmt", ["human", "json", "sarif", "github"])
def test_python_cli_reads_jsonl_like_the_native_cli(native_cli, tmp_path, fmt):
    # Each payload on one line (a raw line break can only be whitespace between tokens).
    lines = [(REPO / file).read_text(encoding="utf-8").replace("\n", " ") for file in payloads()[:40]]
    # A blank line, a CRLF line, invalid JSON, a line over the limit and one that is not UTF-8.
    parts = lines[:10] + ["", "  ", lines[10] + "\r"] + lines[11:] + ["{", '{"a": "' + "x" * 5000 + '"}']
    path = tmp_path / "payloads.jsonl"
    path.write_bytes("\n".join(parts).encode() + b'\n{"\xff"}\n' + lines[0].encode())
    flags = ["--jsonl", "--format", fmt, "--max-input-bytes", "4000"]
    native = run(native_cli, flags + [str(path)])
    python = run(PYTHON_CLI, flags + [str(path)])
    assert native.returncode == python.returncode == 2
    assert python.stdout == native.stdout
    assert python.stderr == native.stderr
    too_long, not_utf8 = len(parts), len(parts) + 1
    assert native.stderr.decode().splitlines() == [
        f"wa-lint: {path}:{too_long}: larger than the input limit of 4000 bytes (see --max-input-bytes)",
        f"wa-lint: {path}:{not_utf8}: not valid UTF-8 (byte 2)",
    ]


@pytest.mark.parametrize("fmt", ["human", "json", "sarif"])
def test_standard_input_and_exit_codes_match(native_cli, fmt):
    for stdin, code in [(b'{"messaging_product":"whatsapp","to":"+16505551234","text":{"body":"hi"}}', 0), (b"{", 1), (b'"\xff"', 2)]:
        native = run(native_cli, ["--format", fmt], stdin=stdin)
        python = run(PYTHON_CLI, ["--format", fmt, "-"], stdin=stdin)
        assert native.returncode == python.returncode == code
        assert (python.stdout, python.stderr) == (native.stdout, native.stderr)


def test_usage_errors_exit_2(native_cli):
    for flags in [["--format", "xml"], ["--service-window", "maybe"], ["--no-such-flag"], ["--rule", "WA9999=off"]]:
        assert run(PYTHON_CLI, flags).returncode == run(native_cli, flags).returncode == 2
    for flags in [["--explain", "WA0702"], ["--version"]]:
        assert run(PYTHON_CLI, flags).stdout == run(native_cli, flags).stdout


def test_console_script_is_installed():
    script = Path(PYTHON_CLI[0]).parent / "wa-lint-py"
    assert script.exists()
    assert run([str(script)], ["--version"]).stdout == f"wa-lint {wa_lint.__version__}\n".encode()
