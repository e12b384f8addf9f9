// What scripts/package.sh puts in dist/, used as the READMEs say: the npm tarball installed into an
// empty project (`npm install ./dist/wa-lint-<version>.tgz`, offline: it has no dependencies), then
// `npx wa-lint file.json` and `require('wa-lint').lint(...)`; its command prints what the release
// binary in dist/ prints. Skipped when dist/ has not been built.

import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, before, test } from "node:test";
import { pkgDir, repoDir } from "./native-cli.mjs";

const { version } = JSON.parse(fs.readFileSync(path.join(pkgDir, "package.json"), "utf8"));
const dist = path.join(repoDir, "dist");
const tarball = path.join(dist, `wa-lint-${version}.tgz`);
const built = fs.existsSync(tarball);
const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const npx = process.platform === "win32" ? "npx.cmd" : "npx";

const INVALID = {
  messaging_product: "whatsapp",
  to: "+16505551234",
  type: "interactive",
  interactive: {
    type: "button",
    body: { text: "Pick one" },
    action: { buttons: [{ type: "reply", reply: { id: "a", title: "This title is far too long" } }] },
  },
};

let project;

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: project, encoding: "utf8", ...options });
  if (result.error) throw result.error;
  return result;
}

before(() => {
  if (!built) return;
  project = fs.mkdtempSync(path.join(os.tmpdir(), "wa-lint-dist-"));
  fs.writeFileSync(
    path.join(project, "package.json"),
    JSON.stringify({ name: "consumer", version: "1.0.0", private: true }),
  );
  fs.writeFileSync(path.join(project, "file.json"), JSON.stringify(INVALID, null, 2));
  const install = run(npm, ["install", "--offline", "--no-audit", "--no-fund", tarball]);
  assert.equal(install.status, 0, `npm install failed:\n${install.stderr}`);
});

after(() => {
  if (project) fs.rmSync(project, { recursive: true, force: true });
});

test("npx wa-lint file.json reports the error and exits 1, as the release binary does", {
  skip: !built && "run scripts/package.sh first",
}, () => {
  const node = run(npx, ["--offline", "wa-lint", "file.json"]);
  assert.equal(node.status, 1, node.stderr);
  assert.match(
    node.stdout,
    /^error\[WA0702\] button-title-length: button title is 26 characters; the limit is 20\n {2}--> file.json:16:22\n/,
  );
  const native = run(path.join(dist, "wa-lint"), ["file.json"]);
  assert.equal(native.status, 1);
  assert.equal(node.stdout, native.stdout);
});

test("require('wa-lint').lint(...) works in the installed project", {
  skip: !built && "run scripts/package.sh first",
}, () => {
  const probe = `const { lint } = require("wa-lint");
console.log(JSON.stringify(lint(require("fs").readFileSync("file.json", "utf8")).map((d) => [d.code, d.line, d.column])));`;
  const result = run(process.execPath, ["-e", probe]);
  assert.equal(result.status, 0, result.stderr);
  assert.deepEqual(JSON.parse(result.stdout), [["WA0702", 16, 22]]);
});
