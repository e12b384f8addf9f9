"""JSONL inputs for the streaming tests and the throughput bench: valid text messages with an
invalid button message every `every` lines, and where the invalid title lies on its line."""

from __future__ import annotations

import json
from pathlib import Path

VALID = {"messaging_product": "whatsapp", "to": "+16505551234", "type": "text", "text": {"body": "Order {n} shipped"}}
INVALID = {
    "messaging_product": "whatsapp",
    "to": "+16505551234",
    "type": "interactive",
    "interactive": {
        "type": "button",
        "body": {"text": "Confirm order {n}?"},
        "action": {"buttons": [{"type": "reply", "reply": {"id": "yes", "title": "Yes, confirm my booking"}}]},
    },
}
TITLE = '"Yes, confirm my booking"'


def line(n: int, every: int) -> str:
    payload = INVALID if n % every == 0 else VALID
    return json.dumps(payload, separators=(",", ":")).replace("{n}", str(n))


def write(path: Path, count: int, every: int = 100) -> None:
    """`count` payloads on lines 1..count; line n is invalid when n is a multiple of `every`."""
    with open(path, "w", encoding="utf-8") as out:
        for n in range(1, count + 1):
            out.write(line(n, every) + "\n")


def title_column(n: int, every: int) -> int:
    """The 1-based column of the too-long title on invalid line `n`."""
    return line(n, every).index(TITLE) + 1
