#!/usr/bin/env node
// Node benchmark of the wasm package: per input, `JSON.parse(text)`, `lint(text)` and ajv
// (draft 2020-12, the package's JSON Schema) doing `validate(JSON.parse(text))`, measured
// interleaved in one process. Prints a Markdown table of medians (ns/op) and ratios.
//
//   node pkg/bench/node-bench.mjs [--rounds N] [--batch-ms MS] [--filter SUBSTRING]
//
// Inputs: benches/inputs/*.json (the Rust benchmark's, made by benches/make_inputs.py) when that
// directory exists, otherwise equivalent payloads built here. Not part of `npm test`.
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
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
  const dir = path.join(repoDir, "benches", "inputs");
  if (fs.existsSync(dir)) {
    const files = fs.readdirSync(dir).filter((f) => f.endsWith(".json")).sort();
    if (files.length > 0) {
      return { source: "benches/inputs/", inputs: files.map((f) => [f.slice(0, -5), fs.readFileSync(path.join(dir, f), "utf8")]) };
    }
  }
  return { source: "built in node-bench.mjs (benches/inputs/ is missing)", inputs: builtInputs() };
}

/** The same kinds of payload as benches/make_inputs.py, for when its output is not there. */
function builtInputs() {
  const TO = "+16505551234";
  const WAMID = "wamid.HBgLMTY1MDM4Nzk0MzkVAgARGBI3NDk4NjJBMDVGRjQyNjRFRjYA";
  const message = (kind, content) => ({ messaging_product: "whatsapp", recipient_type: "individual", to: TO, type: kind, [kind]: content });
  const interactive = (body) => message("interactive", body);
  const rows = (n, start = 0, row = (i) => ({ id: `row-${i}`, title: `Option ${i}`, description: "A short description of this option" })) =>
    Array.from({ length: n }, (_, i) => row(start + i));
  const contact = (i) => ({
    name: { formatted_name: `Ana Lima ${i}`, first_name: "Ana", last_name: "Lima" },
    phones: [{ phone: "+55 81 99999 0000", type: "CELL", wa_id: "5581999990000" }],
    emails: [{ email: "ana@example.com", type: "WORK" }],
    birthday: "1990-07-14",
  });
  const valid = {
    text: message("text", { preview_url: true, body: "Your order #4521 has shipped! Track it at https://track.example.com/4521 🚚" }),
    image: message("image", { link: "https://cdn.example.com/products/shoe.jpg", caption: "Our new running shoe 👟" }),
    location: message("location", { latitude: -23.5505, longitude: -46.6333, name: "Loja Paulista", address: "Av. Paulista, 1578 - São Paulo" }),
    contacts: message("contacts", [contact(0)]),
    reaction: message("reaction", { message_id: WAMID, emoji: "👍🏽" }),
    button: interactive({
      type: "button",
      header: { type: "text", text: "Order #4521" },
      body: { text: "Confirm your delivery slot?" },
      footer: { text: "Reply within 24 hours" },
      action: { buttons: [["slot-am", "Morning ☀️"], ["slot-pm", "Afternoon"], ["later", "Ask me later"]].map(([id, title]) => ({ type: "reply", reply: { id, title } })) },
    }),
    list: interactive({
      type: "list",
      header: { type: "text", text: "Menu" },
      body: { text: "Pick a dish" },
      footer: { text: "Delivery in 30 min" },
      action: { button: "See menu", sections: [{ title: "Mains", rows: rows(3) }, { title: "Desserts", rows: rows(2, 3) }] },
    }),
    product_list: interactive({
      type: "product_list",
      header: { type: "text", text: "Summer picks" },
      body: { text: "Chosen for you" },
      action: {
        catalog_id: "367025965434465",
        sections: [
          { title: "Shoes", product_items: Array.from({ length: 4 }, (_, i) => ({ product_retailer_id: `SKU-${i}` })) },
          { title: "Bags", product_items: Array.from({ length: 3 }, (_, i) => ({ product_retailer_id: `BAG-${i}` })) },
        ],
      },
    }),
    flow: interactive({
      type: "flow",
      header: { type: "text", text: "Book a table" },
      body: { text: "Reserve in two taps" },
      action: {
        name: "flow",
        parameters: {
          flow_message_version: "3",
          flow_token: "AQAAAAACS5FpgQ_cAAAAAD0QI3s",
          flow_id: "1234567890123456",
          flow_cta: "Book!",
          flow_action: "navigate",
          flow_action_payload: { screen: "BOOKING", data: { party_size: 2 } },
        },
      },
    }),
    template: message("template", {
      name: "order_update",
      language: { code: "pt_BR", policy: "deterministic" },
      components: [
        { type: "header", parameters: [{ type: "image", image: { link: "https://cdn.example.com/banner.png" } }] },
        {
          type: "body",
          parameters: [
            { type: "text", text: "Ana" },
            { type: "currency", currency: { fallback_value: "R$ 100,99", code: "BRL", amount_1000: 100990 } },
            { type: "date_time", date_time: { fallback_value: "14 de julho" } },
          ],
        },
        { type: "button", sub_type: "url", index: "0", parameters: [{ type: "text", text: "4521" }] },
      ],
    }),
  };
  const breakIt = {
    text: (m) => { m.text.body = ""; },
    image: (m) => { m.image.link = "ftp://cdn.example.com/shoe.gif"; m.image.id = "123"; },
    location: (m) => { m.location.latitude = 123.4; m.location.longitude = "-46.6"; },
    contacts: (m) => { m.contacts[0].birthday = "1990-02-30"; delete m.contacts[0].name.first_name; delete m.contacts[0].name.last_name; },
    reaction: (m) => { m.reaction.emoji = "👍👍"; },
    button: (m) => { m.interactive.action.buttons[0].reply.title = "Morning, before noon please"; m.interactive.action.buttons[1].reply.id = "slot-am"; },
    list: (m) => { m.interactive.action.button = "See the whole menu of the day"; m.interactive.action.sections[1].rows = rows(9, 3); },
    product_list: (m) => { delete m.interactive.header; m.interactive.action.sections[0].product_items.push({ product_retailer_id: "SKU-0" }); },
    flow: (m) => { m.interactive.action.parameters.flow_cta = "Book a table now, please!"; m.interactive.action.parameters.flow_name = "booking"; },
    template: (m) => { m.template.components[1].parameters[0].text = "Ana\n\tLima"; m.template.components[1].parameters[1].currency.code = "BRX"; },
  };
  const inputs = [];
  for (const [kind, payload] of Object.entries(valid)) {
    const bad = structuredClone(payload);
    breakIt[kind](bad);
    inputs.push([`invalid-${kind}`, JSON.stringify(bad, null, 2)], [`valid-${kind}`, JSON.stringify(payload, null, 2)]);
  }
  const longRow = (i) => ({ id: `r${i}-`.padEnd(200, "x"), title: `Row ${i} `.padEnd(24, "t"), description: "d".repeat(72) });
  inputs.push(
    ["large-257-contacts", JSON.stringify(message("contacts", Array.from({ length: 257 }, (_, i) => contact(i))), null, 2)],
    ["large-list-at-limits", JSON.stringify(interactive({
      type: "list",
      header: { type: "text", text: "h".repeat(60) },
      body: { text: "b".repeat(1024) },
      footer: { text: "f".repeat(60) },
      action: { button: "B".repeat(20), sections: Array.from({ length: 10 }, (_, s) => ({ title: `Section ${s} `.padEnd(24, "s"), rows: [longRow(s)] })) },
    }), null, 2)],
    ["large-template-body-32768", JSON.stringify(message("template", {
      name: "long_body",
      language: { code: "en_US" },
      components: [{ type: "body", parameters: [{ type: "text", text: "Lorem ipsum dolor sit amet, é 😀 ".repeat(1024).slice(0, 32768) }] }],
    }), null, 2)],
    ["large-text-1mb", JSON.stringify(message("text", { body: "All work and no play makes Jack a dull boy. ".repeat(24 * 1024) }), null, 2)],
  );
  return inputs.sort((a, b) => a[0].localeCompare(b[0]));
}

// ---------------------------------------------------------------------------------------------
// Measurement

const schemaFile = [path.join(repoDir, "schemas", "message.schema.json"), path.join(pkgDir, "schemas", "message.schema.json")].find((f) => fs.existsSync(f));
const ajv = new Ajv2020({ strict: false, allErrors: true, logger: false });
const validate = ajv.compile(JSON.parse(fs.readFileSync(schemaFile, "utf8")));

let sink = 0;
const MEASURES = {
  parse: (text) => { sink ^= JSON.parse(text) === null ? 1 : 0; },
  lint: (text) => { sink ^= lint(text).length; },
  ajv: (text) => { sink ^= validate(JSON.parse(text)) ? 1 : 0; },
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
  return n >= 1 << 20 ? `${(n / (1 << 20)).toFixed(2)} MiB` : n >= 1024 ? `${(n / 1024).toFixed(1)} KiB` : `${n} B`;
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
  rows.push({ name, bytes: Buffer.byteLength(text), findings: `${errors}/${diagnostics.length}`, schemaOk, ...result });
  process.stderr.write(`  ${name}: lint ${formatNs(result.lint)}\n`);
}

console.log(`### wa-lint ${version()} (wasm) on Node ${process.version}, ${process.arch}\n`);
console.log(`Inputs: ${source}. Median of ${ROUNDS} interleaved rounds (batches of ~${args["batch-ms"]} ms per measurement).`);
console.log("`ajv` is `validate(JSON.parse(text))` with message.schema.json (Ajv2020, allErrors). Findings: lint errors/all; schema: ajv's verdict.\n");
console.log("| input | size | findings | schema | JSON.parse | lint | ajv | lint / JSON.parse | lint / ajv |");
console.log("|---|--:|--:|:-:|--:|--:|--:|--:|--:|");
for (const r of rows) {
  console.log(`| ${r.name} | ${formatBytes(r.bytes)} | ${r.findings} | ${r.schemaOk ? "valid" : "invalid"} | ${formatNs(r.parse)} | ${formatNs(r.lint)} | ${formatNs(r.ajv)} | ${(r.lint / r.parse).toFixed(1)}× | ${(r.lint / r.ajv).toFixed(2)}× |`);
}
const geo = (key) => Math.exp(rows.reduce((s, r) => s + Math.log(r.lint / r[key]), 0) / rows.length);
console.log(`\nGeometric mean: lint / JSON.parse ${geo("parse").toFixed(1)}×, lint / ajv ${geo("ajv").toFixed(2)}×. ` +
  `Total time ${((Date.now() - started) / 1000).toFixed(0)} s.`);
process.stderr.write(`(checksum ${sink})\n`);
