// The published package as a user gets it: `npm pack`, install the tarball into an empty project,
// then use it through `require`, `import`, the explicit-init web entry and the `wa-lint` bin, whose
// output must be byte-identical to the native command's.

import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { after, before, test } from "node:test";
import { nativeCli, pkgDir, repoDir, repoFixtures } from "./native-cli.mjs";

const require = createRequire(import.meta.url);
const wasm = require(path.join(pkgDir, "node", "wa_lint.js"));
const pkg = JSON.parse(fs.readFileSync(path.join(pkgDir, "package.json"), "utf8"));
const npm = process.platform === "win32" ? "npm.cmd" : "npm";

let tmp, project, tarball, packed, bin, work;

const PAYLOADS = {
  valid: {
    messaging_product: "whatsapp",
    to: "+16505551234",
    type: "text",
    text: { body: "Your order has shipped 📦" },
  },
  invalid: {
    messaging_product: "whatsapp",
    to: "+16505551234",
    type: "interactive",
    interactive: {
      type: "button",
      body: { text: "Pick one" },
      action: { buttons: [{ type: "reply", reply: { id: "a", title: "This title is far too long" } }] },
    },
  },
};

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: "utf8", maxBuffer: 1 << 30, ...options });
  if (result.error) throw result.error;
  return result;
}

/** Runs a script in the consumer project and returns its parsed JSON stdout. */
function script(name, source, nodeArgs = []) {
  const file = path.join(project, name);
  fs.writeFileSync(file, source);
  const result = run(process.execPath, [...nodeArgs, file], { cwd: project });
  assert.equal(result.status, 0, `${name} failed:\n${result.stderr}`);
  return JSON.parse(result.stdout);
}

before(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "wa-lint-package-"));
  bin = nativeCli();
  const pack = run(npm, ["pack", "--json", "--pack-destination", tmp], { cwd: pkgDir });
  assert.equal(pack.status, 0, `npm pack failed:\n${pack.stderr}`);
  [packed] = JSON.parse(pack.stdout);
  tarball = path.join(tmp, packed.filename);

  project = path.join(tmp, "consumer");
  fs.mkdirSync(project);
  fs.writeFileSync(
    path.join(project, "package.json"),
    JSON.stringify({ name: "consumer", version: "1.0.0", private: true }),
  );
  const install = run(npm, ["install", "--no-audit", "--no-fund", "--offline", tarball], { cwd: project });
  assert.equal(install.status, 0, `npm install failed:\n${install.stderr}`);

  // Files to lint, by relative name so that both commands print the same paths.
  work = path.join(tmp, "work");
  fs.mkdirSync(path.join(work, "examples"), { recursive: true });
  for (const [name, payload] of Object.entries(PAYLOADS))
    fs.writeFileSync(path.join(work, `${name}.json`), JSON.stringify(payload, null, 2));
  for (const file of repoFixtures()) {
    const target = path.join(work, "fixtures", path.relative(path.join(repoDir, "tests"), file));
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.copyFileSync(file, target);
  }
  for (const rule of wasm.rules()) {
    fs.writeFileSync(path.join(work, "examples", `${rule.code}.valid.json`), rule.valid);
    fs.writeFileSync(path.join(work, "examples", `${rule.code}.invalid.json`), rule.invalid);
  }
});

after(() => {
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

test("the tarball holds the builds, bin, docs and schemas, and nothing else", () => {
  const files = packed.files.map((f) => f.path);
  for (const dir of ["node/", "web/", "bin/"])
    assert.ok(
      files.some((f) => f.startsWith(dir)),
      `no ${dir} in the tarball`,
    );
  if (fs.existsSync(path.join(pkgDir, "schemas")))
    assert.ok(
      files.some((f) => f.startsWith("schemas/")),
      "no schemas/ in the tarball",
    );
  for (const file of [
    "package.json",
    "README.md",
    "rules.md",
    "payload.d.ts",
    "node/wa_lint.js",
    "node/wa_lint_bg.wasm",
    "web/index.js",
    "web/wa_lint.js",
    "web/wa_lint_bg.wasm",
    "bin/wa-lint.cjs",
  ]) {
    assert.ok(files.includes(file), `${file} is missing from the tarball`);
  }
  for (const prefix of ["tests/", "bench/", "node_modules/", "web-entry/"]) {
    assert.deepEqual(
      files.filter((f) => f.startsWith(prefix)),
      [],
      `${prefix} must not be packed`,
    );
  }
  assert.ok(
    files.every((f) => !f.endsWith(".tgz")),
    "a tarball inside the tarball",
  );
  const binMode = packed.files.find((f) => f.path === "bin/wa-lint.cjs").mode;
  assert.ok(binMode & 0o111, "bin/wa-lint.cjs is not executable");
});

test("every file named in package.json exists in the tarball", () => {
  const files = new Set(packed.files.map((f) => f.path));
  const targets = [pkg.main, pkg.types, pkg.browser, ...Object.values(pkg.bin)];
  const walk = (value) => {
    if (typeof value === "string") targets.push(value);
    else for (const v of Object.values(value)) walk(v);
  };
  walk(pkg.exports);
  for (const target of targets.filter((t) => !t.includes("*"))) {
    assert.ok(files.has(target.replace(/^\.\//, "")), `${target} is named in package.json but not packed`);
  }
});

test("rules.md documents every rule", () => {
  const doc = fs.readFileSync(path.join(project, "node_modules", "wa-lint", "rules.md"), "utf8");
  const missing = wasm
    .rules()
    .filter((r) => !doc.includes(r.code))
    .map((r) => r.code);
  assert.deepEqual(missing, []);
});

const EXPECTED = Object.fromEntries(
  Object.entries(PAYLOADS).map(([name, p]) => [name, wasm.lint(JSON.stringify(p))]),
);
const PROBE = `const payloads = ${JSON.stringify(Object.fromEntries(Object.entries(PAYLOADS).map(([n, p]) => [n, JSON.stringify(p)])))};`;

test("require('wa-lint') works from CommonJS", () => {
  const out = script(
    "probe.cjs",
    `${PROBE}
const wa = require("wa-lint");
const result = Object.fromEntries(Object.entries(payloads).map(([n, p]) => [n, wa.lint(p)]));
console.log(JSON.stringify({ result, version: wa.version(), rules: wa.rules().length, resolved: require.resolve("wa-lint") }));
`,
  );
  assert.deepEqual(out.result, EXPECTED);
  assert.equal(out.version, pkg.version);
  assert.equal(out.rules, wasm.rules().length);
  assert.match(out.resolved, /node_modules[\\/]wa-lint[\\/]node[\\/]wa_lint\.js$/);
});

test("import { lint } from 'wa-lint' works from an ES module (the node condition)", () => {
  const out = script(
    "probe.mjs",
    `${PROBE}
import { lint, rules, version, explain } from "wa-lint";
import * as all from "wa-lint";
const result = Object.fromEntries(Object.entries(payloads).map(([n, p]) => [n, lint(p)]));
console.log(JSON.stringify({ result, version: version(), rules: rules().length, explain: explain("WA0702").length > 0, resolved: import.meta.resolve("wa-lint") }));
`,
  );
  assert.deepEqual(out.result, EXPECTED);
  assert.equal(out.version, pkg.version);
  assert.equal(out.rules, wasm.rules().length);
  assert.ok(out.explain);
  assert.match(out.resolved, /node_modules\/wa-lint\/node\/wa_lint\.js$/);
});

test("the web entry works in Node with explicit init from the wasm bytes", () => {
  const out = script(
    "probe-web.mjs",
    `${PROBE}
import fs from "node:fs";
import { createRequire } from "node:module";
import init, { lint, version } from "wa-lint/web";
const wasmFile = createRequire(import.meta.url).resolve("wa-lint/web/wa_lint_bg.wasm");
await init({ module_or_path: fs.readFileSync(wasmFile) });
const result = Object.fromEntries(Object.entries(payloads).map(([n, p]) => [n, lint(p)]));
console.log(JSON.stringify({ result, version: version() }));
`,
  );
  assert.deepEqual(out.result, EXPECTED);
  assert.equal(out.version, pkg.version);
});

test("the default browser entry initialises itself with top-level await", () => {
  // Node's fetch has no file: URLs, so the probe serves the wasm the way a browser would.
  const out = script(
    "probe-browser.mjs",
    `${PROBE}
import fs from "node:fs";
const realFetch = globalThis.fetch;
globalThis.fetch = async (url, init) => String(url).startsWith("file:")
  ? new Response(fs.readFileSync(new URL(String(url))), { headers: { "Content-Type": "application/wasm" } })
  : realFetch(url, init);
const { lint, version } = await import("./node_modules/wa-lint/web/index.js");
const result = Object.fromEntries(Object.entries(payloads).map(([n, p]) => [n, lint(p)]));
console.log(JSON.stringify({ result, version: version() }));
`,
  );
  assert.deepEqual(out.result, EXPECTED);
  assert.equal(out.version, pkg.version);
});

test("the installed bin exits 0 on a valid file, 1 on an invalid one, 2 on a missing one", () => {
  const installed = path.join(project, "node_modules", ".bin", "wa-lint");
  assert.ok(fs.existsSync(installed), "node_modules/.bin/wa-lint is missing");
  const status = (...args) => run(installed, args, { cwd: work });
  assert.equal(status("valid.json").status, 0);
  assert.equal(status("invalid.json").status, 1);
  const missing = status("missing.json");
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /^wa-lint: missing\.json: No such file or directory/);
  assert.equal(status("valid.json", "missing.json").status, 2);
  assert.equal(status("--format", "xml", "valid.json").status, 2);
  assert.equal(status("--rule", "WA9999=off", "valid.json").status, 2);
});

test("the installed bin prints byte-identical output to the native command", () => {
  const installed = path.join(project, "node_modules", ".bin", "wa-lint");
  const files = ["valid.json", "invalid.json", "missing.json"];
  for (const dir of ["fixtures", "examples"]) {
    const walk = (d) =>
      fs
        .readdirSync(path.join(work, d), { withFileTypes: true })
        .flatMap((e) => (e.isDirectory() ? walk(path.join(d, e.name)) : [path.join(d, e.name)]));
    files.push(...walk(dir).sort());
  }
  const stdin = fs.readFileSync(path.join(work, "invalid.json"), "utf8");
  const cases = [
    { args: files },
    { args: ["--format", "json", ...files] },
    { args: ["--format", "human", "--service-window", "closed", ...files] },
    {
      args: [
        "--format",
        "json",
        "--service-window",
        "open",
        "--rule",
        "WA0702=off",
        "--rule",
        "unknown-member=error",
        ...files,
      ],
    },
    { args: ["--max-input-bytes", "100", ...files] },
    { args: ["-"], input: stdin },
    { args: ["--format", "json"], input: stdin },
    { args: ["--explain", "WA0702"] },
    { args: ["--explain", "button-title-length"] },
    { args: ["--version"] },
  ];
  let compared = 0;
  for (const { args, input } of cases) {
    const native = run(bin, args, { cwd: work, input });
    const node = run(installed, args, { cwd: work, input });
    const label = `wa-lint ${args.slice(0, 8).join(" ")}${args.length > 8 ? " …" : ""}`;
    assert.equal(node.status, native.status, `${label}: exit code`);
    if (node.stdout !== native.stdout) {
      const a = native.stdout.split("\n");
      const b = node.stdout.split("\n");
      const at = a.findIndex((line, i) => line !== b[i]);
      assert.fail(
        `${label}: stdout differs at line ${at + 1}:\n  native: ${JSON.stringify(a[at])}\n  node:   ${JSON.stringify(b[at])}`,
      );
    }
    compared += 1;
  }
  assert.equal(compared, cases.length);
});
