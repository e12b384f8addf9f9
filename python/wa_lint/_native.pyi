"""Types of the compiled core binding (``wa_lint._native``); use it through ``wa_lint``."""

from typing import Dict, List, Literal, Optional, Tuple, Union

Severity = Literal["error", "warning", "info"]

__version__: str
DEFAULT_MAX_INPUT_BYTES: int

class Diagnostic:
    """One finding. Immutable; equal when every field is equal."""

    @property
    def code(self) -> str:
        """Stable rule code, e.g. ``"WA0702"``."""
    @property
    def name(self) -> str:
        """Kebab-case rule name, e.g. ``"button-title-length"``."""
    @property
    def severity(self) -> Severity: ...
    @property
    def message(self) -> str:
        """What is wrong, with the measured value and the limit."""
    @property
    def pointer(self) -> str:
        """RFC 6901 JSON Pointer to the value, or to where a missing member belongs."""
    @property
    def line(self) -> int:
        """1-based line of the start."""
    @property
    def column(self) -> int:
        """1-based column of the start, in code points."""
    @property
    def end_line(self) -> int: ...
    @property
    def end_column(self) -> int:
        """The column just after the last character."""
    @property
    def span(self) -> Tuple[int, int]:
        """Start and end offsets in the UTF-8 bytes of the linted text."""
    @property
    def help(self) -> Optional[str]:
        """How to fix it."""
    def to_dict(self) -> Dict[str, Union[str, int, Dict[str, int]]]:
        """The JSON shape of the command's ``--format json`` (without ``file``): camelCase keys."""
    def __hash__(self) -> int: ...

class Rule:
    """A rule of the registry. Immutable; equal when the codes are."""

    @property
    def code(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def severity(self) -> Severity:
        """The default severity."""
    @property
    def applies_to(self) -> Tuple[str, ...]:
        """Message types checked: ``"*"`` or e.g. ``"text"``, ``"interactive.button"``."""
    @property
    def source(self) -> str:
        """Where the constraint is documented."""
    @property
    def summary(self) -> str: ...
    @property
    def help(self) -> str: ...
    @property
    def valid(self) -> str:
        """A whole payload the rule accepts."""
    @property
    def invalid(self) -> str:
        """A whole payload the rule reports."""
    def to_dict(self) -> Dict[str, Union[str, Tuple[str, ...]]]: ...
    def __hash__(self) -> int: ...

class Run:
    """One run of the command (used by ``wa_lint.cli``)."""

    def __init__(
        self,
        format: str,
        jsonl: bool,
        service_window: str,
        rules: List[str],
        max_input_bytes: int,
        endpoint: str = "messages",
        kind: str = "auto",
        templates: List[Tuple[str, str]] = ...,
    ) -> None: ...
    def begin(self) -> str: ...
    def file(self, name: str, source: str) -> str: ...
    def start_file(self) -> None: ...
    def payload(self, name: str, line: int, offset: int, text: str) -> str: ...
    def end(self) -> str: ...
    def exit_code(self, io_failed: bool) -> int: ...

def lint(
    text: str,
    service_window: Optional[str] = None,
    rules: List[str] = ...,
    endpoint: Optional[str] = None,
    kind: Optional[str] = None,
    templates: Optional[str] = None,
) -> List[Diagnostic]: ...
def rules() -> List[Rule]: ...
def explain(code_or_name: str) -> str: ...
