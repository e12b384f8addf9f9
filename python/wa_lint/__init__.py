"""Lint WhatsApp Cloud API message payloads before you send them.

>>> import wa_lint
>>> [d.code for d in wa_lint.lint('{"messaging_product": "whatsapp", "to": "+16505551234", "text": {"body": ""}}')]
['WA0101']

The checks run in the Rust core that the ``wa-lint`` command and the npm package use, so all of
them report the same diagnostics at the same positions.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any, List, Optional, Union

from . import _native
from ._native import DEFAULT_MAX_INPUT_BYTES, Diagnostic, Rule, __version__, explain, rules

__all__ = ["DEFAULT_MAX_INPUT_BYTES", "Diagnostic", "Rule", "__version__", "explain", "lint", "rules"]

Payload = Union[str, bytes, bytearray, Mapping[str, Any]]
RuleLevels = Union[Mapping[str, str], Iterable[str]]
#: Template definitions: the JSON text (or bytes) of ``GET /<WABA_ID>/message_templates``, of an
#: array of definitions or of one, or the same parsed (a dict or a list).
TemplateDefinitions = Union[str, bytes, bytearray, Mapping[str, Any], List[Mapping[str, Any]]]


def lint(
    payload: Payload,
    *,
    service_window: Optional[str] = None,
    rules: Optional[RuleLevels] = None,
    templates: Optional[TemplateDefinitions] = None,
    kind: Optional[str] = None,
    endpoint: Optional[str] = None,
) -> List[Diagnostic]:
    """Lints one payload and returns its diagnostics in source order (empty when clean).

    ``payload`` is the JSON text (``str``, or UTF-8 ``bytes``), or a ``dict``, which is first
    serialized compactly (``json.dumps(payload, ensure_ascii=False, separators=(",", ":"))``):
    positions then refer to that serialized text. Pass the text you send when you have it, so
    that positions point into it and duplicate keys can be found.

    ``service_window`` is ``"open"``, ``"closed"`` or ``"unknown"`` (the default: window rules
    are not checked). ``rules`` overrides severities, as a mapping ``{"WA0702": "off"}`` or a list
    of ``"CODE=LEVEL"`` strings like the command's ``--rule``; a rule name works for a code, and
    the levels are ``off``, ``info``, ``warning`` and ``error``.

    ``templates`` are the approved template definitions: a template send is then checked against
    its definition (parameter counts, header format, buttons, substituted lengths). ``kind`` is
    ``"auto"`` (the default: decided from the document), ``"message"`` or ``"template"`` (lint a
    template definition, or a list of them). ``endpoint`` is ``"messages"`` (the default) or
    ``"marketing_messages"``.

    Raises ``ValueError`` for a bad option (with the message the command prints), and for bytes
    that are not UTF-8 (``UnicodeDecodeError``); ``TypeError`` for a payload of another type.
    """
    definitions = None if templates is None else _templates_text(templates)
    return _native.lint(_text(payload), service_window, _rule_specs(rules), endpoint, kind, definitions)


def _text(payload: Payload) -> str:
    if isinstance(payload, str):
        return payload
    if isinstance(payload, (bytes, bytearray)):
        return bytes(payload).decode("utf-8")
    if isinstance(payload, Mapping):
        return json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
    raise TypeError(f"payload must be str, bytes or dict, not {type(payload).__name__}")


def _templates_text(templates: TemplateDefinitions) -> str:
    if isinstance(templates, (str, bytes, bytearray)):
        return _text(templates)
    if isinstance(templates, (Mapping, list)):
        return json.dumps(templates, ensure_ascii=False, separators=(",", ":"))
    raise TypeError(f"templates must be str, bytes, dict or list, not {type(templates).__name__}")


def _rule_specs(rules: Optional[RuleLevels]) -> List[str]:
    """Rule overrides as the command's ``CODE=LEVEL`` strings, which the core parses."""
    if rules is None:
        return []
    if isinstance(rules, Mapping):
        return [f"{rule}={level}" for rule, level in rules.items()]
    if isinstance(rules, (str, bytes)):
        raise TypeError('rules must be a mapping or a list of "CODE=LEVEL" strings, not a single string')
    specs = list(rules)
    for spec in specs:
        if not isinstance(spec, str):
            raise TypeError(f'rules must hold "CODE=LEVEL" strings, not {type(spec).__name__}')
    return specs
