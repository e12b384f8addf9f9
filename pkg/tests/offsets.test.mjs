// Positions in non-ASCII input: `from`/`to` are UTF-16 offsets (`json.slice(from, to)` is the
// offending value's JSON text), `span` is in UTF-8 bytes, `line`/`column` are 1-based with columns
// in code points. Every case puts multi-byte and astral-plane text before the problem.

import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { test } from "node:test";

const require = createRequire(import.meta.url);
const { lint } = require("../node/wa_lint.js");

const PREFIXES = {
  ascii: "plain ascii",
  "ZWJ family emoji": "👨‍👩‍👧‍👦",
  "flag emoji": "🇧🇷",
  "emoji mix": "👍🏽 ❤️ 😀 🇧🇷 👨‍👩‍👧‍👦",
  "precomposed é": "café é",
  "combining e\\u0301": "cafe\u0301 e\u0301",
  CJK: "你好，世界。こんにちは 안녕하세요",
  "CJK extension B (astral)": "𠀀𠮷𪚥",
  Arabic: "مرحبا بالعالم",
  Hebrew: "שלום עולם",
  "RTL with bidi marks": "\u200fعربي\u200e English \u202bעברית\u202c",
  everything: "👨‍👩‍👧‍👦 🇧🇷 é e\u0301 你好 𠮷 مرحبا שלום",
};

const TOO_LONG_TITLE = "This title is far too long for a reply button";

/** 1-based line and code-point column of a UTF-16 offset. */
function position(text, offset) {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf("\n") + 1;
  return { line: before.split("\n").length, column: [...before.slice(lineStart)].length + 1 };
}

/** Asserts that `text` has exactly one `code` diagnostic whose range is `expected` (UTF-16). */
function assertAt(text, diagnostics, code, pointer, expectedFrom, expectedText) {
  const found = diagnostics.filter((d) => d.code === code);
  assert.equal(
    found.length,
    1,
    `expected one ${code}, got ${JSON.stringify(diagnostics.map((d) => d.code))}`,
  );
  const [d] = found;
  assert.equal(d.pointer, pointer);
  assert.equal(text.slice(d.from, d.to), expectedText, "json.slice(from, to) is the offending JSON text");
  assert.equal(d.from, expectedFrom);
  assert.equal(d.to, expectedFrom + expectedText.length);
  assert.equal(d.span.start, Buffer.byteLength(text.slice(0, expectedFrom)), "span.start in UTF-8 bytes");
  assert.equal(
    d.span.end,
    Buffer.byteLength(text.slice(0, expectedFrom + expectedText.length)),
    "span.end in UTF-8 bytes",
  );
  const start = position(text, d.from);
  const end = position(text, d.to);
  assert.deepEqual(
    { line: d.line, column: d.column, endLine: d.endLine, endColumn: d.endColumn },
    { line: start.line, column: start.column, endLine: end.line, endColumn: end.column },
  );
  return d;
}

function buttonMessage(body, title, extra = {}) {
  return {
    ...extra,
    messaging_product: "whatsapp",
    to: "+16505551234",
    type: "interactive",
    interactive: {
      type: "button",
      body: { text: body },
      action: {
        buttons: [
          { type: "reply", reply: { id: "yes", title } },
          { type: "reply", reply: { id: "no", title: "No" } },
        ],
      },
    },
  };
}

const TITLE_POINTER = "/interactive/action/buttons/0/reply/title";

for (const [name, prefix] of Object.entries(PREFIXES)) {
  for (const [layout, indent] of [
    ["compact", undefined],
    ["pretty", 2],
    ["tabs", "\t"],
  ]) {
    test(`${name}, ${layout}: a too-long button title after the text`, () => {
      const json = JSON.stringify(buttonMessage(`${prefix} — ${prefix}`, TOO_LONG_TITLE), null, indent);
      const literal = JSON.stringify(TOO_LONG_TITLE);
      const from = json.indexOf(literal);
      const d = assertAt(json, lint(json), "WA0702", TITLE_POINTER, from, literal);
      if (indent !== undefined) assert.ok(d.line > 10, `multi-line input: line ${d.line}`);
    });
  }

  test(`${name}: the too-long title is itself made of that text`, () => {
    const title = Array(25).fill(prefix).join(" ");
    const json = JSON.stringify(buttonMessage(prefix, title), null, 2);
    const literal = JSON.stringify(title);
    assertAt(json, lint(json), "WA0702", TITLE_POINTER, json.indexOf(literal), literal);
  });

  test(`${name}: an unknown member named with that text, before the problem`, () => {
    const key = `x-${prefix}`;
    const json = JSON.stringify(buttonMessage(prefix, TOO_LONG_TITLE, { [key]: prefix }), null, 2);
    const diagnostics = lint(json);
    const keyLiteral = JSON.stringify(key);
    const unknown = diagnostics.find((d) => d.code === "WA0006");
    assert.ok(unknown, `no unknown-member warning in ${JSON.stringify(diagnostics)}`);
    assert.equal(unknown.pointer, `/${key}`);
    // The span of an unknown member starts at its key.
    assert.equal(json.slice(unknown.from, unknown.from + keyLiteral.length), keyLiteral);
    assert.deepEqual([unknown.line, unknown.column], [2, 3]);
    const literal = JSON.stringify(TOO_LONG_TITLE);
    assertAt(json, diagnostics, "WA0702", TITLE_POINTER, json.indexOf(literal), literal);
  });

  test(`${name}: a template header parameter over 60 characters, written with \\u escapes`, () => {
    const escaped = [...`${prefix} `.repeat(40)]
      .map((c) => (c.codePointAt(0) > 0x7f ? escapeUtf16(c) : c))
      .join("");
    const literal = `"${escaped}"`;
    const head =
      '{\n  "messaging_product": "whatsapp",\n  "to": "+16505551234",\n  "type": "template",\n' +
      `  "biz_opaque_callback_data": ${JSON.stringify(prefix)},\n` +
      '  "template": {\n    "name": "order_update",\n    "language": {"code": "en_US"},\n' +
      '    "components": [\n      {"type": "header", "parameters": [{"type": "text", "text": ';
    const json = `${head}${literal}}]},\n      {"type": "body", "parameters": [{"type": "text", "text": "ok"}]}\n    ]\n  }\n}\n`;
    assert.doesNotThrow(() => JSON.parse(json));
    assertAt(json, lint(json), "WA1404", "/template/components/0/parameters/0/text", head.length, literal);
  });
}

function escapeUtf16(c) {
  let out = "";
  for (let i = 0; i < c.length; i++) out += `\\u${c.charCodeAt(i).toString(16).padStart(4, "0")}`;
  return out;
}

test("CRLF line endings: columns restart after \\r\\n, \\r is not a column", () => {
  const lines = [
    "{",
    '  "messaging_product": "whatsapp",',
    '  "to": "+16505551234",',
    '  "type": "interactive",',
    '  "interactive": {"type": "button", "body": {"text": "👨‍👩‍👧‍👦 é 你好 مرحبا"},',
    `    "action": {"buttons": [{"type": "reply", "reply": {"id": "a", "title": "🇧🇷 ${TOO_LONG_TITLE}"}}]}}`,
    "}",
  ];
  const json = lines.join("\r\n");
  const literal = `"🇧🇷 ${TOO_LONG_TITLE}"`;
  const from = json.indexOf(literal);
  const [d] = lint(json).filter((x) => x.code === "WA0702");
  assert.equal(json.slice(d.from, d.to), literal);
  assert.equal(d.from, from);
  assert.equal(d.line, 6);
  assert.equal(d.column, lines[5].indexOf(literal) + 1);
  assert.equal(d.endLine, 6);
  assert.equal(d.endColumn, d.column + [...literal].length);
});

test("a syntax error after astral text is located on character boundaries", () => {
  for (const prefix of Object.values(PREFIXES)) {
    const json = `{\n  "text": {"body": ${JSON.stringify(prefix)}},\n}`;
    const [d] = lint(json);
    assert.equal(d.code, "WA0001");
    assert.equal(d.span.start, Buffer.byteLength(json.slice(0, d.from)));
    assert.equal(d.span.end, Buffer.byteLength(json.slice(0, d.to)));
    for (const at of [d.from, d.to]) {
      const unit = json.charCodeAt(at);
      assert.ok(!(unit >= 0xdc00 && unit <= 0xdfff), `offset ${at} splits a surrogate pair`);
    }
    assert.equal(d.line, 3, `trailing comma error on line 3 for ${prefix}`);
  }
});

test("the same payload reports the same positions however the text before it is written", () => {
  // `body` written raw and as \u escapes: byte spans differ, but each slice is the title literal.
  const raw = JSON.stringify(buttonMessage(PREFIXES.everything, TOO_LONG_TITLE));
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the class is "every non-ASCII code unit".
  const escaped = raw.replace(/[^\x00-\x7f]/g, (c) => escapeUtf16(c));
  assert.notEqual(raw, escaped);
  for (const json of [raw, escaped]) {
    const [d] = lint(json).filter((x) => x.code === "WA0702");
    assert.equal(json.slice(d.from, d.to), JSON.stringify(TOO_LONG_TITLE));
    assert.equal(d.column, [...json.slice(0, d.from)].length + 1);
  }
});
