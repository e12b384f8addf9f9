"""The ``wa-lint`` command in Python (``python -m wa_lint``, ``wa-lint-py``).

The same flags, output and exit codes as the Rust command: this module reads the inputs and the
core renders them, so stdout is the Rust command's byte for byte. Exit codes: 0 no errors, 1
errors found, 2 usage or I/O error.
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import BinaryIO, List, Optional

from . import _native

FORMATS = ["human", "json", "sarif", "github"]
WINDOWS = ["unknown", "open", "closed"]
ENDPOINTS = ["messages", "marketing_messages"]
KINDS = ["auto", "message", "template"]
#: How much of a JSONL file is read at a time.
CHUNK_BYTES = 1 << 16


class InputError(Exception):
    """An input that cannot be linted: reported on stderr, and the other inputs still are."""


def parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="wa-lint", description="Lint WhatsApp Cloud API message payloads before you send them"
    )
    parser.add_argument("files", nargs="*", metavar="FILES", help="JSON files to lint; `-` or nothing reads standard input")
    parser.add_argument("--format", choices=FORMATS, default="human", help="output format (default: human)")
    parser.add_argument(
        "--jsonl", action="store_true", help="read one payload per line (JSON Lines); findings are located by line of the file"
    )
    parser.add_argument("--service-window", choices=WINDOWS, default="unknown", help="customer service window state")
    parser.add_argument("--endpoint", choices=ENDPOINTS, default="messages", help="the endpoint the payload is POSTed to")
    parser.add_argument(
        "--templates",
        action="append",
        default=[],
        metavar="FILE",
        help="approved template definitions to check template sends against (repeatable)",
    )
    parser.add_argument("--kind", choices=KINDS, default="auto", help="what the files hold (default: decided per file)")
    parser.add_argument(
        "--rule", action="append", default=[], metavar="CODE=LEVEL", help="override a rule: off|info|warning|error (repeatable)"
    )
    parser.add_argument(
        "--max-input-bytes",
        type=byte_count,
        default=_native.DEFAULT_MAX_INPUT_BYTES,
        metavar="BYTES",
        help="largest input accepted, in bytes (per line with --jsonl)",
    )
    parser.add_argument("--explain", metavar="RULE", help="print a rule's documentation (by code or name) and exit")
    parser.add_argument("-V", "--version", action="version", version=f"wa-lint {_native.__version__}")
    return parser


def byte_count(text: str) -> int:
    if not text.isdigit():
        raise argparse.ArgumentTypeError(f"invalid value '{text}': expected a number of bytes")
    return int(text)


def main(argv: Optional[List[str]] = None) -> int:
    args = parser().parse_args(argv)
    if args.explain is not None:
        try:
            print(_native.explain(args.explain))
        except ValueError as error:
            return fail(str(error))
        return 0
    templates = []
    for file in args.templates:
        try:
            templates.append((display_name(file), read(file, args.max_input_bytes)))
        except InputError as error:
            return fail(f"{display_name(file)}: {error}")
    try:
        run = _native.Run(
            args.format,
            args.jsonl,
            args.service_window,
            args.rule,
            args.max_input_bytes,
            args.endpoint,
            args.kind,
            templates,
        )
    except ValueError as error:
        return fail(str(error))
    out = sys.stdout.buffer
    input_failed = False
    try:
        out.write(run.begin().encode())
        for file in args.files or ["-"]:
            lint = lint_lines if args.jsonl else lint_file
            input_failed |= not lint(run, file, args.max_input_bytes, out)
        out.write(run.end().encode())
        out.flush()
    except BrokenPipeError:
        # Like the Rust command: a reader that went away is an I/O error. Python would report
        # the pipe again when it flushes stdout at exit, so stdout goes to /dev/null first.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 2
    return run.exit_code(input_failed)


def fail(message: str) -> int:
    print(f"wa-lint: {message}", file=sys.stderr)
    return 2


def display_name(file: str) -> str:
    return "<stdin>" if file == "-" else file


def lint_file(run: _native.Run, file: str, limit: int, out: BinaryIO) -> bool:
    """Lints one file as one payload; False (having said why) when it cannot be read."""
    name = display_name(file)
    try:
        source = read(file, limit)
    except InputError as error:
        print(f"wa-lint: {name}: {error}", file=sys.stderr)
        return False
    out.write(run.file(name, source).encode())
    return True


def read(file: str, limit: int) -> str:
    """A file (or stdin) as UTF-8, refusing more than ``limit`` bytes without reading them all."""
    with open_input(file) as stream:
        data = stream.read(limit + 1)
    if len(data) > limit:
        raise InputError(too_large(limit))
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise InputError(not_utf8(error.start)) from None


def open_input(file: str) -> BinaryIO:
    if file == "-":
        return os.fdopen(os.dup(sys.stdin.fileno()), "rb", buffering=CHUNK_BYTES)
    if os.path.isdir(file):
        raise InputError("is a directory")
    try:
        return open(file, "rb", buffering=CHUNK_BYTES)
    except OSError as error:
        # The Rust command's wording: "No such file or directory (os error 2)".
        raise InputError(f"{error.strerror} (os error {error.errno})") from None


def too_large(limit: int) -> str:
    return f"larger than the input limit of {limit} bytes (see --max-input-bytes)"


def not_utf8(valid_up_to: int) -> str:
    return f"not valid UTF-8 (byte {valid_up_to})"


def lint_lines(run: _native.Run, file: str, limit: int, out: BinaryIO) -> bool:
    """Lints a JSON Lines file payload by payload, writing as it goes: at most ``limit + 1``
    bytes of a line are held. Blank lines are skipped; a line that is too long or not UTF-8 is
    reported and the rest still linted. False when anything could not be read."""
    name = display_name(file)
    try:
        stream = open_input(file)
    except InputError as error:
        print(f"wa-lint: {name}: {error}", file=sys.stderr)
        return False
    run.start_file()
    number = offset = 0
    ok = True
    with stream:
        while True:
            raw = stream.readline(limit + 1)
            if not raw:
                return ok
            number += 1
            start = offset
            offset += len(raw)
            complete = raw.endswith(b"\n")
            line = raw[:-1] if complete else raw
            if len(line) > limit:
                offset += skip_line(stream)
                print(f"wa-lint: {name}:{number}: {too_large(limit)}", file=sys.stderr)
                ok = False
                continue
            if line.endswith(b"\r"):
                line = line[:-1]
            if not line.strip(b" \t\r"):
                continue
            try:
                text = line.decode("utf-8")
            except UnicodeDecodeError as error:
                print(f"wa-lint: {name}:{number}: {not_utf8(error.start)}", file=sys.stderr)
                ok = False
                continue
            out.write(run.payload(name, number, start, text).encode())


def skip_line(stream: BinaryIO) -> int:
    """Reads past the rest of an overlong line; returns how many bytes that was."""
    skipped = 0
    while True:
        chunk = stream.readline(CHUNK_BYTES)
        skipped += len(chunk)
        if not chunk or chunk.endswith(b"\n"):
            return skipped
