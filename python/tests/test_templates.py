"""Template sends checked against approved definitions, and definitions linted, through Python:
the same diagnostics as the native command's ``--templates`` and ``--kind``."""

from __future__ import annotations

import json

import pytest

import wa_lint
from conftest import PYTHON_CLI, REPO, run

DEFINITIONS = REPO / "tests/templates/definitions.json"


def send(components: list) -> dict:
    return {
        "messaging_product": "whatsapp",
        "to": "+16505551234",
        "type": "template",
        "template": {"name": "order_update", "language": {"code": "en_US"}, "components": components},
    }


ONE_PARAMETER_TOO_FEW = send([{"type": "body", "parameters": [{"type": "text", "text": "Ana"}]}])


def test_a_send_is_checked_against_its_definition():
    found = [d for d in wa_lint.lint(ONE_PARAMETER_TOO_FEW, templates=DEFINITIONS.read_text()) if d.code == "WA2003"]
    assert [d.message for d in found] == [
        "template `order_update` (en_US) body expects 2 parameters ({{1}}, {{2}}); got 1"
    ]
    assert found[0].pointer == "/template/components/0/parameters"


def test_definitions_as_text_bytes_dict_or_list_agree():
    text = DEFINITIONS.read_text()
    parsed = json.loads(text)
    # The help names the definition's pointer, which differs for a bare list (no `/data`).
    results = [
        [(d.code, d.pointer, d.message) for d in wa_lint.lint(ONE_PARAMETER_TOO_FEW, templates=value)]
        for value in (text, text.encode(), parsed, parsed["data"])
    ]
    assert all(result == results[0] for result in results)
    assert any(code == "WA2003" for code, _, _ in results[0])


def test_without_definitions_the_send_is_not_compared():
    assert all(not d.code.startswith("WA20") for d in wa_lint.lint(ONE_PARAMETER_TOO_FEW))


def test_unreadable_definitions_raise_value_error():
    with pytest.raises(ValueError, match="^invalid templates: not valid JSON"):
        wa_lint.lint(ONE_PARAMETER_TOO_FEW, templates="{")
    with pytest.raises(TypeError):
        wa_lint.lint(ONE_PARAMETER_TOO_FEW, templates=3)


def test_kind_lints_a_definition_and_bad_kinds_raise():
    definition = {
        "name": "order_update",
        "language": "en_US",
        "category": "UTILITY",
        "components": [{"type": "BODY", "text": "{{1}} has shipped.", "example": {"body_text": [["4521"]]}}],
    }
    assert "WA2106" in [d.code for d in wa_lint.lint(definition)]
    assert "WA2106" in [d.code for d in wa_lint.lint(definition, kind="template")]
    assert "WA2106" not in [d.code for d in wa_lint.lint(definition, kind="message")]
    with pytest.raises(ValueError, match="unknown kind `letter`"):
        wa_lint.lint(definition, kind="letter")


def test_endpoint_option():
    text = {"messaging_product": "whatsapp", "to": "+16505551234", "type": "text", "text": {"body": "Hi"}}
    assert wa_lint.lint(text) == []
    assert any(d.severity == "error" for d in wa_lint.lint(text, endpoint="marketing_messages"))
    with pytest.raises(ValueError, match="unknown endpoint"):
        wa_lint.lint(text, endpoint="nowhere")


@pytest.mark.parametrize("fmt", ["human", "json"])
def test_python_cli_prints_the_native_cli_bytes_with_templates(native_cli, tmp_path, fmt):
    payload = tmp_path / "send.json"
    payload.write_text(json.dumps(ONE_PARAMETER_TOO_FEW, indent=2))
    flags = ["--format", fmt, "--templates", str(DEFINITIONS), str(payload), str(DEFINITIONS)]
    native, ours = run(native_cli, flags), run(PYTHON_CLI, flags)
    assert native.returncode == 1
    assert (ours.returncode, ours.stdout, ours.stderr) == (native.returncode, native.stdout, native.stderr)


def test_a_bad_templates_file_exits_2_naming_it(native_cli, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("[1]")
    flags = ["--templates", str(bad), str(REPO / "tests/meta_examples/01_audio_id.json")]
    native, ours = run(native_cli, flags), run(PYTHON_CLI, flags)
    assert native.returncode == 2 and str(bad).encode() in native.stderr
    assert (ours.returncode, ours.stdout, ours.stderr) == (native.returncode, native.stdout, native.stderr)
