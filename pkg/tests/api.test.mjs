// The JavaScript API's contract: bad options throw an Error with a clear message, any input
// string gives an array of diagnostics, and the rule metadata, version and options behave.

import assert from "node:assert/strict";
import fs from "node:fs";
import { createRequire } from "node:module";
import { test } from "node:test";

const require = createRequire(import.meta.url);
const wa = require("../node/wa_lint.js");
const pkg = JSON.parse(fs.readFileSync(new URL("../package.json", import.meta.url), "utf8"));

const TEXT = JSON.stringify({
  messaging_product: "whatsapp",
  to: "+16505551234",
  type: "text",
  text: { body: "Hi" },
});
const LONG_TITLE = JSON.stringify({
  messaging_product: "whatsapp",
  to: "+16505551234",
  type: "interactive",
  interactive: {
    type: "button",
    body: { text: "Pick one" },
    action: { buttons: [{ type: "reply", reply: { id: "a", title: "This title is far too long" } }] },
  },
});

function throwsClearly(options, pattern) {
  assert.throws(
    () => wa.lint(TEXT, options),
    (error) => {
      assert.ok(error instanceof Error, `threw a non-Error: ${error}`);
      assert.match(error.message, pattern);
      return true;
    },
    `options ${JSON.stringify(options)} should throw`,
  );
}

test("an unknown rule code or name throws and names the rule", () => {
  throwsClearly({ rules: { WA9999: "off" } }, /unknown rule `WA9999`/);
  throwsClearly({ rules: { "no-such-rule": "error" } }, /unknown rule `no-such-rule`/);
});

test("a bad level throws and lists the levels", () => {
  throwsClearly({ rules: { WA0702: "loud" } }, /unknown level `loud`.*off, info, warning or error/);
  throwsClearly({ rules: { WA0702: 1 } }, /unknown level `1`/);
  throwsClearly({ rules: ["WA0702"] }, /invalid options/);
});

test("non-object options throw", () => {
  for (const options of ["closed", 42, true, Symbol.for("x"), () => {}]) {
    assert.throws(
      () => wa.lint(TEXT, options),
      (e) => e instanceof Error && /expected an object/.test(e.message),
      String(options),
    );
  }
});

test("an unknown option key throws and lists the known ones", () => {
  throwsClearly({ bogus: 1 }, /unknown option `bogus`.*serviceWindow.*rules.*maxInputBytes/);
  throwsClearly({ servicewindow: "closed" }, /unknown option `servicewindow`/);
});

test("bad option values throw", () => {
  throwsClearly({ serviceWindow: "maybe" }, /`maybe`.*open.*closed/);
  throwsClearly({ maxInputBytes: -1 }, /invalid options/);
  throwsClearly({ maxInputBytes: "big" }, /invalid options/);
});

test("null, undefined and {} options are the defaults", () => {
  const expected = wa.lint(LONG_TITLE);
  assert.ok(expected.length > 0);
  for (const options of [undefined, null, {}]) assert.deepEqual(wa.lint(LONG_TITLE, options), expected);
});

test("an array as options is rejected as not an object", () => {
  throwsClearly([], /expected an object/);
});

test("option errors do not point into the serialized options", () => {
  assert.throws(
    () => wa.lint(TEXT, { bogus: 1 }),
    (e) => !/at line \d+ column \d+/.test(e.message),
  );
});

test("lint never throws on odd input and always returns an array", () => {
  const cases = {
    empty: "",
    whitespace: " \n\t ",
    null: "null",
    array: "[]",
    number: "1e999999",
    "NUL character": "\u0000",
    BOM: "\ufeff{}",
    "lone high surrogate": "\ud800",
    "lone low surrogate in a value": '{"text":{"body":"a\udc00b"}}',
    "escaped lone surrogate": '{"text":{"body":"\\ud800"}}',
    "unterminated string": '{"text":{"body":"abc',
    "100000 nested arrays, unclosed": "[".repeat(100000),
    "100000 nested arrays": "[".repeat(100000) + "]".repeat(100000),
    "100000 nested objects": '{"a":'.repeat(100000) + "1" + "}".repeat(100000),
    "5 MB string value": JSON.stringify({
      messaging_product: "whatsapp",
      to: "+16505551234",
      text: { body: "x".repeat(5 << 20) },
    }),
    "5 MB of emoji": JSON.stringify({
      messaging_product: "whatsapp",
      to: "+16505551234",
      text: { body: "😀".repeat(5 << 18) },
    }),
  };
  for (const [name, input] of Object.entries(cases)) {
    let result;
    assert.doesNotThrow(() => {
      result = wa.lint(input);
    }, name);
    assert.ok(Array.isArray(result), `${name}: not an array`);
    for (const d of result) {
      assert.equal(typeof d.code, "string", name);
      assert.ok(
        d.from <= d.to && d.to <= input.length,
        `${name}: range ${d.from}..${d.to} outside the input`,
      );
    }
    if (name !== "5 MB string value" && name !== "5 MB of emoji")
      assert.ok(result.length > 0, `${name}: no diagnostic`);
  }
});

test("inputs over maxInputBytes give one invalid-json error", () => {
  const result = wa.lint(TEXT, { maxInputBytes: 10 });
  assert.equal(result.length, 1);
  assert.equal(result[0].code, "WA0001");
  assert.match(result[0].message, /limit is 10 bytes/);
});

test("rules() has unique codes and names and complete metadata", () => {
  const rules = wa.rules();
  assert.ok(rules.length > 50, `${rules.length} rules`);
  assert.equal(new Set(rules.map((r) => r.code)).size, rules.length, "codes are unique");
  assert.equal(new Set(rules.map((r) => r.name)).size, rules.length, "names are unique");
  for (const r of rules) {
    assert.match(r.code, /^WA\d{4}$/);
    assert.match(r.name, /^[a-z0-9]+(-[a-z0-9]+)*$/);
    assert.ok(["error", "warning", "info"].includes(r.severity), r.code);
    assert.ok(Array.isArray(r.appliesTo) && r.appliesTo.length > 0, r.code);
    for (const key of ["source", "summary", "help", "valid", "invalid"]) {
      assert.equal(typeof r[key], "string", `${r.code}.${key}`);
      // Only these go without an invalid example: it would be too large to print.
      const optional = key === "invalid" && ["payload-size", "too-many-diagnostics"].includes(r.name);
      assert.ok(optional || r[key].length > 0, `${r.code}.${key} is empty`);
    }
  }
});

test("version() matches package.json", () => {
  assert.equal(wa.version(), pkg.version);
});

test('options.rules "off" removes a finding, by code or by name', () => {
  const codes = (options) => wa.lint(LONG_TITLE, options).map((d) => d.code);
  assert.ok(codes().includes("WA0702"));
  assert.ok(!codes({ rules: { WA0702: "off" } }).includes("WA0702"));
  assert.ok(!codes({ rules: { "button-title-length": "off" } }).includes("WA0702"));
  assert.deepEqual(
    codes({ rules: { WA0702: "off" } }),
    codes().filter((c) => c !== "WA0702"),
  );
});

test("options.rules changes a severity", () => {
  const severity = (options) => wa.lint(LONG_TITLE, options).find((d) => d.code === "WA0702").severity;
  assert.equal(severity(), "error");
  assert.equal(severity({ rules: { WA0702: "warning" } }), "warning");
  assert.equal(severity({ rules: { WA0702: "info" } }), "info");
});

test('serviceWindow "closed" makes a text message an error, and templates pass', () => {
  assert.deepEqual(wa.lint(TEXT), []);
  assert.deepEqual(wa.lint(TEXT, { serviceWindow: "open" }), []);
  const closed = wa.lint(TEXT, { serviceWindow: "closed" });
  assert.ok(
    closed.some((d) => d.code === "WA1501" && d.severity === "error"),
    JSON.stringify(closed),
  );
  const template = JSON.stringify({
    messaging_product: "whatsapp",
    to: "+16505551234",
    type: "template",
    template: { name: "hello_world", language: { code: "en_US" } },
  });
  assert.deepEqual(wa.lint(template, { serviceWindow: "closed" }), []);
});

test("explain, renderFile and summary", () => {
  assert.match(wa.explain("WA0702"), /button-title-length/);
  assert.equal(wa.explain("button-title-length"), wa.explain("WA0702"));
  assert.throws(
    () => wa.explain("WA9999"),
    (e) => e instanceof Error && /unknown rule `WA9999`/.test(e.message),
  );

  const human = wa.renderFile("a.json", LONG_TITLE, undefined, "human");
  assert.equal(human.errors, wa.lint(LONG_TITLE).filter((d) => d.severity === "error").length);
  assert.match(human.output, /a\.json:1:\d+/);
  const json = wa.renderFile("a.json", LONG_TITLE, undefined, "json");
  const parsed = JSON.parse(json.output);
  assert.deepEqual(
    parsed.map(({ file, ...rest }) => rest),
    wa.lint(LONG_TITLE).map(({ from, to, ...rest }) => rest),
  );
  assert.ok(parsed.every((d) => d.file === "a.json"));
  assert.throws(() => wa.renderFile("a.json", TEXT, undefined, "xml"), /unknown format `xml`/);
  assert.throws(() => wa.renderFile("a.json", TEXT, { bogus: 1 }, "json"), /unknown option `bogus`/);
  assert.match(wa.summary(1, 2, 0, 3), /1 error.*2 warnings.*3 files/);
});

test("templates: a send is checked against its definition, given as text or object", () => {
  const definitions = fs.readFileSync(
    new URL("../../tests/templates/definitions.json", import.meta.url),
    "utf8",
  );
  const send = JSON.stringify({
    messaging_product: "whatsapp",
    to: "+16505551234",
    type: "template",
    template: {
      name: "order_update",
      language: { code: "en_US" },
      components: [{ type: "body", parameters: [{ type: "text", text: "Ana" }] }],
    },
  });
  const count = (options) => wa.lint(send, options).filter((d) => d.code === "WA2003");
  assert.equal(count(undefined).length, 0);
  const [fromText] = count({ templates: definitions });
  assert.equal(
    fromText.message,
    "template `order_update` (en_US) body expects 2 parameters ({{1}}, {{2}}); got 1",
  );
  assert.equal(fromText.pointer, "/template/components/0/parameters");
  assert.deepEqual(count({ templates: JSON.parse(definitions) }), [fromText]);
  throwsClearly({ templates: "{" }, /^invalid templates: not valid JSON/);
  throwsClearly({ templates: 3 }, /invalid templates/);
});

test('kind: "template" lints a definition, "message" does not', () => {
  const definition = JSON.stringify({
    name: "order_update",
    language: "en_US",
    category: "UTILITY",
    components: [{ type: "BODY", text: "{{1}} has shipped.", example: { body_text: [["4521"]] } }],
  });
  const codes = (options) => wa.lint(definition, options).map((d) => d.code);
  assert.ok(codes(undefined).includes("WA2106"));
  assert.ok(codes({ kind: "template" }).includes("WA2106"));
  assert.ok(!codes({ kind: "message" }).includes("WA2106"));
  throwsClearly({ kind: "letter" }, /unknown kind `letter`/);
});

test("a 16 MiB payload with a finding in each of millions of items returns a bounded report", () => {
  // About 5.6 million empty contacts, each missing its name: before reports were bounded, this
  // ran the wasm memory out.
  const head = '{"messaging_product":"whatsapp","to":"+16505551234","type":"contacts","contacts":[';
  const count = Math.floor((16 * 1024 * 1024 - head.length - 2) / 3);
  const text = head + Array(count).fill("{}").join(",") + "]}";
  assert.ok(Buffer.byteLength(text) <= 16 * 1024 * 1024);
  const found = wa.lint(text);
  assert.equal(found.length, 10_001);
  const summary = found[found.length - 1];
  assert.equal(summary.code, "WA0031");
  assert.equal(summary.severity, "error");
  assert.match(summary.message, /^\d+ more findings are not listed/);
  assert.equal(wa.lint(text, { maxDiagnostics: 5 }).length, 6);
});
