"""The Python API: payload types, options, typed immutable diagnostics, rules and errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import wa_lint
from conftest import REPO, run

TEXT = {"messaging_product": "whatsapp", "to": "+16505551234", "type": "text", "text": {"body": "Hi"}}
LONG_TITLE = {
    "messaging_product": "whatsapp",
    "to": "+16505551234",
    "type": "interactive",
    "interactive": {
        "type": "button",
        "body": {"text": "Pick one"},
        "action": {"buttons": [{"type": "reply", "reply": {"id": "a", "title": "This title is far too long"}}]},
    },
}
LONG_TITLE_TEXT = json.dumps(LONG_TITLE, indent=2)


def test_a_clean_payload_gives_an_empty_list():
    assert wa_lint.lint(json.dumps(TEXT)) == []
    assert wa_lint.lint(TEXT) == []


def test_diagnostics_have_typed_attributes():
    [d] = wa_lint.lint(LONG_TITLE_TEXT)
    assert isinstance(d, wa_lint.Diagnostic)
    expected = {
        "code": "WA0702",
        "name": "button-title-length",
        "severity": "error",
        "message": "button title is 26 characters; the limit is 20",
        "pointer": "/interactive/action/buttons/0/reply/title",
        "line": 16,
        "column": 22,
        "end_line": 16,
        "end_column": 50,
        "help": "shorten the title; emoji and accented letters count as one character each",
    }
    assert {name: getattr(d, name) for name in expected} == expected
    for name in ["code", "name", "severity", "message", "pointer", "help"]:
        assert type(getattr(d, name)) is str, name
    for name in ["line", "column", "end_line", "end_column"]:
        assert type(getattr(d, name)) is int, name
    start, end = d.span
    assert LONG_TITLE_TEXT.encode()[start:end] == b'"This title is far too long"'


def test_diagnostics_are_immutable_hashable_and_compare_by_value():
    [d] = wa_lint.lint(LONG_TITLE_TEXT)
    for name in ["code", "line", "message", "span"]:
        with pytest.raises(AttributeError):
            setattr(d, name, 1)
    [again] = wa_lint.lint(LONG_TITLE_TEXT)
    assert d == again and hash(d) == hash(again)
    assert len({d, again}) == 1


def test_repr_names_the_rule_position_and_message():
    [d] = wa_lint.lint(LONG_TITLE_TEXT)
    assert repr(d) == (
        "Diagnostic(code='WA0702', name='button-title-length', severity='error', line=16, column=22, "
        "pointer='/interactive/action/buttons/0/reply/title', message='button title is 26 characters; the limit is 20')"
    )


def test_to_dict_is_the_cli_json_shape():
    [d] = wa_lint.lint(LONG_TITLE_TEXT)
    assert list(d.to_dict()) == [
        "code", "name", "severity", "message", "pointer", "span", "line", "column", "endLine", "endColumn", "help",
    ]
    assert d.to_dict()["span"] == {"start": d.span[0], "end": d.span[1]}
    assert json.loads(json.dumps(d.to_dict())) == d.to_dict()


def test_str_bytes_and_dict_payloads_give_the_same_findings():
    compact = json.dumps(LONG_TITLE, ensure_ascii=False, separators=(",", ":"))
    from_dict = wa_lint.lint(LONG_TITLE)
    assert from_dict == wa_lint.lint(compact) == wa_lint.lint(compact.encode()) == wa_lint.lint(bytearray(compact.encode()))
    # Positions of a dict refer to its compact serialization.
    [d] = from_dict
    assert compact.encode()[d.span[0] : d.span[1]] == b'"This title is far too long"'
    assert (d.line, d.column) == (1, compact.index('"This title') + 1)


def test_non_ascii_positions_count_code_points():
    payload = dict(LONG_TITLE, interactive=dict(LONG_TITLE["interactive"], body={"text": "👨‍👩‍👧‍👦 é"}))
    [d] = wa_lint.lint(payload)
    text = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
    assert d.column == text.index('"This title') + 1


def test_options_service_window_and_rules():
    assert [d.code for d in wa_lint.lint(TEXT, service_window="closed")] == ["WA1501"]
    assert wa_lint.lint(TEXT, service_window="open") == []
    assert wa_lint.lint(LONG_TITLE, rules={"WA0702": "off"}) == []
    assert wa_lint.lint(LONG_TITLE, rules=["button-title-length=off"]) == []
    assert wa_lint.lint(LONG_TITLE, rules=("WA0702 = off",)) == []
    [d] = wa_lint.lint(LONG_TITLE, rules={"button-title-length": "warning"})
    assert d.severity == "warning"


@pytest.mark.parametrize(
    ("options", "flags"),
    [
        ({"rules": {"WA9999": "off"}}, ["--rule", "WA9999=off"]),
        ({"rules": ["no-such-rule=error"]}, ["--rule", "no-such-rule=error"]),
        ({"rules": {"WA0702": "loud"}}, ["--rule", "WA0702=loud"]),
        ({"rules": ["WA0702"]}, ["--rule", "WA0702"]),
    ],
)
def test_bad_options_raise_value_error_with_the_cli_message(native_cli, options, flags):
    with pytest.raises(ValueError) as raised:
        wa_lint.lint(TEXT, **options)
    cli = run(native_cli, flags + ["-"], stdin=b"{}")
    assert cli.returncode == 2
    assert cli.stderr.decode() == f"wa-lint: {raised.value}\n"


def test_a_bad_service_window_raises_value_error():
    with pytest.raises(ValueError, match="unknown service window `maybe`: use open, closed or unknown"):
        wa_lint.lint(TEXT, service_window="maybe")


def test_bad_payload_and_rules_types_raise_type_error():
    for payload in [None, 42, ["a"], 1.5]:
        with pytest.raises(TypeError, match="payload must be str, bytes or dict"):
            wa_lint.lint(payload)
    with pytest.raises(TypeError, match="not a single string"):
        wa_lint.lint(TEXT, rules="WA0702=off")
    with pytest.raises(TypeError, match="CODE=LEVEL"):
        wa_lint.lint(TEXT, rules=[("WA0702", "off")])
    with pytest.raises(UnicodeDecodeError):
        wa_lint.lint(b'{"a": "\xff"}')


def test_any_text_gives_diagnostics_not_exceptions():
    for text in ["", "{", "[]", "null", "[" * 100_000, '{"a": 1, "a": 2}']:
        assert all(isinstance(d, wa_lint.Diagnostic) for d in wa_lint.lint(text))
    assert [d.code for d in wa_lint.lint("")] == ["WA0001"]


def test_rules_list_the_registry_with_typed_metadata():
    rules = wa_lint.rules()
    assert len(rules) >= 50
    rule = next(r for r in rules if r.code == "WA0702")
    assert (rule.name, rule.severity) == ("button-title-length", "error")
    assert rule.applies_to == ("interactive.button",)
    assert all(isinstance(getattr(rule, name), str) for name in ["source", "summary", "help", "valid", "invalid"])
    assert repr(rule) == "Rule(code='WA0702', name='button-title-length', severity='error')"
    assert rule.to_dict()["appliesTo"] == ("interactive.button",)
    with pytest.raises(AttributeError):
        rule.code = "WA0000"
    assert rule == next(r for r in wa_lint.rules() if r.code == "WA0702") and len(set(rules)) == len(rules)
    documented = (REPO / "docs" / "rules.md").read_text()
    assert [r.code for r in rules if f"## {r.code}\n" not in documented] == []


def options_for(rule) -> dict:
    """The options a rule's spec folder gives its examples (tests/specs/<code>-<name>/options.json,
    in the npm form), as keyword arguments."""
    path = REPO / "tests/specs" / f"{rule.code}-{rule.name}" / "options.json"
    if not path.exists():
        return {}
    keywords = {"serviceWindow": "service_window", "kind": "kind", "templates": "templates"}
    return {keywords[name]: value for name, value in json.loads(path.read_text()).items()}


def test_each_rule_reports_its_invalid_example_and_not_its_valid_one():
    wrong = []
    for rule in wa_lint.rules():
        options = options_for(rule)
        # payload-size has no invalid example: one would be over 1 MB.
        if rule.invalid and rule.code not in {d.code for d in wa_lint.lint(rule.invalid, **options)}:
            wrong.append(f"{rule.code} invalid example not reported")
        if rule.code in {d.code for d in wa_lint.lint(rule.valid, **options)}:
            wrong.append(f"{rule.code} valid example reported")
    assert wrong == []


def test_explain_prints_what_the_cli_prints(native_cli):
    for name in ["WA0702", "button-title-length", "WA0001"]:
        assert wa_lint.explain(name) + "\n" == run(native_cli, ["--explain", name]).stdout.decode()
    with pytest.raises(ValueError, match="unknown rule `WA9999`"):
        wa_lint.explain("WA9999")


def test_version_matches_the_cli(native_cli):
    assert run(native_cli, ["--version"]).stdout.decode() == f"wa-lint {wa_lint.__version__}\n"


def test_the_installed_package_is_typed():
    installed = Path(wa_lint.__file__).parent
    assert installed != REPO / "python" / "wa_lint", "the tests must run against the installed wheel"
    for name in ["py.typed", "_native.pyi"]:
        assert (installed / name).exists(), f"{name} is not installed"
