// The payload types (pkg/payload.d.ts): generated from the schema and fresh, exported by the
// package, accepting every valid message payload the repository holds, and rejecting the faults
// the usage file expects (tsc --noEmit --strict).

import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { test } from "node:test";
import { generate, typesFile } from "../../scripts/payload-types.mjs";
import { pkgDir, repoDir } from "./native-cli.mjs";

const require = createRequire(import.meta.url);
const wa = require("../node/wa_lint.js");
const tsc = path.join(pkgDir, "node_modules", "typescript", "bin", "tsc");
const TSC_OPTIONS = [
  "--noEmit",
  "--strict",
  "--target",
  "es2020",
  "--module",
  "node16",
  "--moduleResolution",
  "node16",
];

function typecheck(files) {
  const run = spawnSync(process.execPath, [tsc, ...TSC_OPTIONS, ...files], { encoding: "utf8" });
  return { ok: run.status === 0, output: run.stdout + run.stderr };
}

/** The message payloads that lint without an error: Meta's examples, the seed documents' and every rule's valid files. */
function validMessages() {
  const dirs = [path.join(repoDir, "tests", "meta_examples"), path.join(repoDir, "tests", "spec_examples")];
  const specs = path.join(repoDir, "tests", "specs");
  for (const rule of fs.readdirSync(specs)) dirs.push(path.join(specs, rule, "valid"));
  const found = [];
  for (const dir of dirs.filter((d) => fs.existsSync(d))) {
    for (const name of fs
      .readdirSync(dir)
      .filter((n) => n.endsWith(".json"))
      .sort()) {
      const file = path.join(dir, name);
      const text = fs.readFileSync(file, "utf8");
      let payload;
      try {
        payload = JSON.parse(text);
      } catch {
        continue;
      }
      const isMessage = payload && typeof payload === "object" && "messaging_product" in payload;
      if (isMessage && !wa.lint(text).some((d) => d.severity === "error")) found.push({ file, payload });
    }
  }
  return found;
}

test("pkg/payload.d.ts is what scripts/payload-types.mjs generates from the schema", () => {
  assert.equal(fs.readFileSync(typesFile, "utf8"), generate(), "stale: run node scripts/payload-types.mjs");
});

test("the package's typings export the payload types, and the usage file checks", () => {
  for (const typings of ["node/wa_lint.d.ts", "web/wa_lint.d.ts", "web/index.d.ts"]) {
    assert.match(
      fs.readFileSync(path.join(pkgDir, typings), "utf8"),
      /export \* from "\.\.\/payload\.js"/,
      typings,
    );
  }
  const { ok, output } = typecheck([path.join(pkgDir, "tests", "types", "usage.ts")]);
  assert.ok(ok, output);
});

test("every valid message payload has the type WhatsAppPayload", () => {
  const payloads = validMessages();
  assert.ok(payloads.length > 200, `only ${payloads.length} payloads`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "wa-lint-types-"));
  try {
    const lines = [
      `import type { WhatsAppPayload } from ${JSON.stringify(path.join(pkgDir, "payload.js"))};`,
    ];
    payloads.forEach(({ file, payload }, index) => {
      lines.push(
        `// ${path.relative(repoDir, file)}`,
        `export const p${index}: WhatsAppPayload = ${JSON.stringify(payload)};`,
      );
    });
    const file = path.join(dir, "payloads.ts");
    fs.writeFileSync(file, `${lines.join("\n")}\n`);
    const { ok, output } = typecheck([file]);
    assert.ok(ok, output);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
