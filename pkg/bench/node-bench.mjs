#!/usr/bin/env node
// Node benchmark of the wasm package: per input, `JSON.parse(text)`, `lint(text)` and ajv
// (draft 2020-12, the package's JSON Schema) doing `validate(JSON.parse(text))`, measured
// interleaved in one process. Prints a Markdown table of medians (ns/op) and ratios.
//
//   node pkg/bench/node-bench.mjs [--rounds N] [--batch-ms MS] [--filter SUBSTRING]
//
// Inputs: benches/inputs/*.json, the Rust benchmark's (made by benches/make_inputs.py, run here
// if they are missing). Not part of `npm test`.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const here = path.dirname(fileURLToPath(import.meta.url));
const pkgDir = path.resolve(here, "..");
const repoDir = path.resolve(pkgDir, "..");
const require = createRequire(import.meta.url);
const { lint, version } = require(path.join(pkgDir, "node", "wa_lint.js"));
const Ajv2020 = require("ajv/dist/2020").default;

const { values: args } = parseArgs({
  options: {
    rounds: { type: "string", default: "31" },
    "batch-ms": { type: "string", default: "8" },
    filter: { type: "string", default: "" },
  },
});
const ROUNDS = Number(args.rounds);
const BATCH_NS = Number(args["batch-ms"]) * 1e6;

// ---------------------------------------------------------------------------------------------
// Inputs

function loadInputs() {
  // The same inputs as the Rust benchmarks, made by benches/make_inputs.py.
  const dir = path.join(repoDir, "benches", "inputs");
  if (!fs.existsSync(dir))
    execFileSync("python3", [path.join(repoDir, "benches", "make_inputs.py")], { stdio: "inherit" });
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort();
  return {
    source: "benches/inputs/",
    inputs: files.map((f) => [f.slice(0, -5), fs.readFileSync(path.join(dir, f), "utf8")]),
  };
}

// ---------------------------------------------------------------------------------------------
// Measures

const schemaFile = [
  path.join(repoDir, "schemas", "message.schema.json"),
  path.join(pkgDir, "schemas", "message.schema.json"),
].find((f) => fs.existsSync(f));
const ajv = new Ajv2020({ strict: false, allErrors: true, logger: false });
const validate = ajv.compile(JSON.parse(fs.readFileSync(schemaFile, "utf8")));

let sink = 0;
const MEASURES = {
  parse: (text) => {
    sink ^= JSON.parse(text) === null ? 1 : 0;
  },
  lint: (text) => {
    sink ^= lint(text).length;
  },
  ajv: (text) => {
    sink ^= validate(JSON.parse(text)) ? 1 : 0;
  },
};
const NAMES = Object.keys(MEASURES);

/** ns per call of `fn(text)` over `n` calls. */
function time(fn, text, n) {
  const start = process.hrtime.bigint();
  for (let i = 0; i < n; i++) fn(text);
  return Number(process.hrtime.bigint() - start) / n;
}

/** Calls per batch so that one batch takes about BATCH_NS. */
function calibrate(fn, text) {
  let n = 1;
  for (;;) {
    const ns = time(fn, text, n) * n;
    if (ns >= BATCH_NS / 4 || n >= 1 << 20) return Math.max(1, Math.round((n * BATCH_NS) / Math.max(ns, 1)));
    n *= 4;
  }
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

function bench(text) {
  const batch = {};
  for (const name of NAMES) {
    for (let i = 0; i < 3; i++) time(MEASURES[name], text, 8); // warm up (JIT, wasm tier-up)
    batch[name] = calibrate(MEASURES[name], text);
  }
  const samples = Object.fromEntries(NAMES.map((n) => [n, []]));
  for (let round = 0; round < ROUNDS; round++) {
    // Rotate the order every round so no measurement always follows the same one.
    for (let k = 0; k < NAMES.length; k++) {
      const name = NAMES[(round + k) % NAMES.length];
      samples[name].push(time(MEASURES[name], text, batch[name]));
    }
  }
  return Object.fromEntries(NAMES.map((n) => [n, median(samples[n])]));
}

function formatNs(ns) {
  if (ns >= 1e6) return `${(ns / 1e6).toFixed(2)} ms`;
  if (ns >= 1e3) return `${(ns / 1e3).toFixed(1)} µs`;
  return `${ns.toFixed(0)} ns`;
}

function formatBytes(n) {
  return n >= 1 << 20
    ? `${(n / (1 << 20)).toFixed(2)} MiB`
    : n >= 1024
      ? `${(n / 1024).toFixed(1)} KiB`
      : `${n} B`;
}

// ---------------------------------------------------------------------------------------------

const { source, inputs } = loadInputs();
const selected = inputs.filter(([name]) => name.includes(args.filter));
const started = Date.now();
const rows = [];
for (const [name, text] of selected) {
  const result = bench(text);
  const diagnostics = lint(text);
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  const schemaOk = validate(JSON.parse(text));
  rows.push({
    name,
    bytes: Buffer.byteLength(text),
    findings: `${errors}/${diagnostics.length}`,
    schemaOk,
    ...result,
  });
  process.stderr.write(`  ${name}: lint ${formatNs(result.lint)}\n`);
}

console.log(`### wa-lint ${version()} (wasm) on Node ${process.version}, ${process.arch}\n`);
console.log(
  `Inputs: ${source}. Median of ${ROUNDS} interleaved rounds (batches of ~${args["batch-ms"]} ms per measurement).`,
);
console.log(
  "`ajv` is `validate(JSON.parse(text))` with message.schema.json (Ajv2020, allErrors). Findings: lint errors/all; schema: ajv's verdict.\n",
);
console.log(
  "| input | size | findings | schema | JSON.parse | lint | ajv | lint / JSON.parse | lint / ajv |",
);
console.log("|---|--:|--:|:-:|--:|--:|--:|--:|--:|");
for (const r of rows) {
  console.log(
    `| ${r.name} | ${formatBytes(r.bytes)} | ${r.findings} | ${r.schemaOk ? "valid" : "invalid"} | ${formatNs(r.parse)} | ${formatNs(r.lint)} | ${formatNs(r.ajv)} | ${(r.lint / r.parse).toFixed(1)}× | ${(r.lint / r.ajv).toFixed(2)}× |`,
  );
}
const geo = (key) => Math.exp(rows.reduce((s, r) => s + Math.log(r.lint / r[key]), 0) / rows.length);
console.log(
  `\nGeometric mean: lint / JSON.parse ${geo("parse").toFixed(1)}×, lint / ajv ${geo("ajv").toFixed(2)}×. ` +
    `Total time ${((Date.now() - started) / 1000).toFixed(0)} s.`,
);
process.stderr.write(`(checksum ${sink})\n`);
