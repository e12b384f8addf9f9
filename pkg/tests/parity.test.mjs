// Parity between the native `wa-lint` command and the wasm package: every fixture payload in the
// repository's tests/ plus every rule's `valid` and `invalid` example goes through the CLI in one
// invocation (`--format json`) and through `lint()`, and every diagnostic must agree field by
// field. Also checks that the UTF-16 `from`/`to` agree with the UTF-8 `span`.
//
// The CLI is `target/debug/wa-lint` (built here with `cargo build --features cli` if missing), or
// the path in WA_LINT_BIN.

import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { after, before, test } from "node:test";
import { nativeCli, pkgDir, repoDir as repo, repoFixtures } from "./native-cli.mjs";

const require = createRequire(import.meta.url);
const wasm = require(path.join(pkgDir, "node", "wa_lint.js"));
let bin;

const COMPARED = [
  "code",
  "name",
  "severity",
  "message",
  "pointer",
  "help",
  "span",
  "line",
  "column",
  "endLine",
  "endColumn",
];
const MIN_FIXTURES = 100;
/** The approved definitions that template-aware rules compare sends with. */
const DEFINITIONS_FILE = path.join(repo, "tests", "templates", "definitions.json");

let tmp;

function isUtf8(bytes) {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

before(() => {
  bin = nativeCli();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "wa-lint-parity-"));
});

after(() => {
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

/** The fixtures: repository payloads (UTF-8 only) and the rule examples written to `tmp`. */
function collect(t) {
  const fixtures = [];
  for (const file of repoFixtures()) {
    const bytes = fs.readFileSync(file);
    if (!isUtf8(bytes)) {
      t.diagnostic(`skipped (not UTF-8, the CLI reports an I/O error): ${path.relative(repo, file)}`);
      continue;
    }
    fixtures.push({ file, label: path.relative(repo, file), text: bytes.toString("utf8") });
  }
  const fromRepo = fixtures.length;
  const rules = wasm.rules();
  for (const rule of rules) {
    for (const kind of ["valid", "invalid"]) {
      const file = path.join(tmp, `${rule.code}-${rule.name}.${kind}.json`);
      fs.writeFileSync(file, rule[kind]);
      fixtures.push({ file, label: `${rule.code} ${rule.name} (${kind} example)`, text: rule[kind] });
    }
  }
  // A few non-ASCII payloads, so that positions after multi-byte text are compared too.
  const prefix = "👨‍👩‍👧‍👦 🇧🇷 é e\u0301 你好 𠮷 مرحبا שלום";
  const extras = {
    "unicode-button": {
      messaging_product: "whatsapp",
      to: "+16505551234",
      type: "interactive",
      interactive: {
        type: "button",
        body: { text: prefix },
        action: { buttons: [{ type: "reply", reply: { id: prefix, title: `${prefix} ${prefix}` } }] },
      },
    },
    "unicode-text": {
      messaging_product: "whatsapp",
      to: "+16505551234",
      [`x-${prefix}`]: 1,
      type: "text",
      text: { body: prefix.repeat(300), preview_url: true },
    },
    "unicode-reaction": {
      messaging_product: "whatsapp",
      to: "+16505551234",
      type: "reaction",
      reaction: { message_id: "wamid.x", emoji: "👨‍👩‍👧‍👦🇧🇷" },
    },
  };
  for (const [name, payload] of Object.entries(extras)) {
    for (const [layout, text] of [
      ["compact", JSON.stringify(payload)],
      ["pretty", JSON.stringify(payload, null, 2).replace(/\n/g, "\r\n")],
    ]) {
      const file = path.join(tmp, `${name}.${layout}.json`);
      fs.writeFileSync(file, text);
      fixtures.push({ file, label: `${name} (${layout})`, text });
    }
  }
  return { fixtures, fromRepo, examples: rules.length * 2 };
}

/** Runs the CLI once over all fixtures with `args`, and `lint(text, options)` on each; returns mismatches. */
function compare(fixtures, args, options) {
  const run = spawnSync(bin, ["--format", "json", ...args, ...fixtures.map((f) => f.file)], {
    encoding: "utf8",
    maxBuffer: 1 << 30,
  });
  assert.equal(run.error, undefined, `could not run ${bin}: ${run.error}`);
  assert.ok(run.status === 0 || run.status === 1, `native CLI exited ${run.status}: ${run.stderr}`);
  assert.equal(run.stderr, "", "native CLI wrote to stderr");
  const byFile = new Map();
  for (const d of JSON.parse(run.stdout)) {
    if (!byFile.has(d.file)) byFile.set(d.file, []);
    byFile.get(d.file).push(d);
  }
  const known = new Set(fixtures.map((f) => f.file));
  for (const file of byFile.keys()) assert.ok(known.has(file), `CLI reported an unexpected file ${file}`);

  let diagnostics = 0;
  const mismatches = [];
  for (const { file, label, text } of fixtures) {
    const native = byFile.get(file) ?? [];
    const js = wasm.lint(text, options);
    diagnostics += js.length;
    const problems = [];
    if (native.length !== js.length) {
      problems.push(
        `native has ${native.length} diagnostics, wasm ${js.length}: ` +
          `native ${JSON.stringify(native.map((d) => d.code))}, wasm ${JSON.stringify(js.map((d) => d.code))}`,
      );
    }
    for (let i = 0; i < Math.min(native.length, js.length); i++) {
      const n = native[i];
      const w = js[i];
      const nativeKeys = Object.keys(n)
        .filter((k) => k !== "file")
        .sort();
      const wasmKeys = Object.keys(w)
        .filter((k) => k !== "from" && k !== "to")
        .sort();
      if (JSON.stringify(nativeKeys) !== JSON.stringify(wasmKeys)) {
        problems.push(`#${i} fields differ: native ${nativeKeys}, wasm ${wasmKeys}`);
      }
      for (const key of COMPARED) {
        if (JSON.stringify(n[key]) !== JSON.stringify(w[key])) {
          problems.push(
            `#${i} ${w.code ?? n.code} .${key}: native ${JSON.stringify(n[key])}, wasm ${JSON.stringify(w[key])}`,
          );
        }
      }
      if (!w.span) {
        problems.push(`#${i} ${w.code} has no span`);
        continue;
      }
      const start = Buffer.byteLength(text.slice(0, w.from));
      const end = Buffer.byteLength(text.slice(0, w.to));
      if (start !== w.span.start)
        problems.push(`#${i} ${w.code} from ${w.from} is byte ${start}, span.start ${w.span.start}`);
      if (end !== w.span.end)
        problems.push(`#${i} ${w.code} to ${w.to} is byte ${end}, span.end ${w.span.end}`);
    }
    if (problems.length > 0) mismatches.push(`${label}:\n  ${problems.join("\n  ")}`);
  }
  return { diagnostics, mismatches };
}

test("native CLI and wasm lint() agree on every fixture", (t) => {
  const { fixtures, fromRepo, examples } = collect(t);
  const summary = `${fixtures.length} fixtures (${fromRepo} from tests/, ${examples} rule examples, ${fixtures.length - fromRepo - examples} unicode payloads)`;
  t.diagnostic(`compared ${summary}`);
  console.log(`parity: comparing ${summary}`);
  assert.ok(
    fixtures.length >= MIN_FIXTURES,
    `only ${fixtures.length} fixtures compared; expected at least ${MIN_FIXTURES}`,
  );

  for (const [args, options] of [
    [[], undefined],
    [["--service-window", "closed"], { serviceWindow: "closed" }],
    [["--templates", DEFINITIONS_FILE], { templates: fs.readFileSync(DEFINITIONS_FILE, "utf8") }],
  ]) {
    const { diagnostics, mismatches } = compare(fixtures, args, options);
    const how = args.length ? args.join(" ") : "default options";
    t.diagnostic(`${how}: ${diagnostics} diagnostics, ${mismatches.length} fixtures differ`);
    assert.deepEqual(
      mismatches,
      [],
      `${how}: ${mismatches.length} fixtures differ:\n${mismatches.join("\n")}`,
    );
  }
});

// The options a rule's examples need, as the Rust tests give them (tests/common/mod.rs): window
// rules report only with a closed window, template-aware rules need the test definitions, and
// definition rules' examples are definitions.
function optionsFor(code) {
  if (code.startsWith("WA15")) return { serviceWindow: "closed" };
  if (code.startsWith("WA20")) return { templates: JSON.parse(fs.readFileSync(DEFINITIONS_FILE, "utf8")) };
  if (code.startsWith("WA21")) return { kind: "template" };
  return undefined;
}

test("every rule's invalid example is reported by that rule and its valid example is not", () => {
  const wrong = [];
  for (const rule of wasm.rules()) {
    const options = optionsFor(rule.code);
    const reported =
      rule.invalid === "" || wasm.lint(rule.invalid, options).some((d) => d.code === rule.code);
    if (!reported) wrong.push(`${rule.code} invalid example not reported`);
    if (wasm.lint(rule.valid, options).some((d) => d.code === rule.code))
      wrong.push(`${rule.code} valid example reported`);
  }
  assert.deepEqual(wrong, []);
});
