// Shared by the tests (not a test file itself): where the native `wa-lint` command is, building it
// with `cargo build --features cli` when it is missing and WA_LINT_BIN does not name another one.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const pkgDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const repoDir = path.resolve(pkgDir, "..");

/** The native CLI's path, built first if needed. */
export function nativeCli() {
  const bin = process.env.WA_LINT_BIN || path.join(repoDir, "target", "debug", "wa-lint");
  if (!process.env.WA_LINT_BIN && !fs.existsSync(bin)) {
    execFileSync("cargo", ["build", "--features", "cli"], { cwd: repoDir, stdio: "inherit" });
  }
  if (!fs.existsSync(bin)) throw new Error(`native CLI not found at ${bin} (set WA_LINT_BIN)`);
  return bin;
}

/** Every `*.json` payload under the repository's tests/, skipping snapshots and the SARIF schema. */
export function repoFixtures(dir = path.join(repoDir, "tests")) {
  const found = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (["snapshots", "__snapshots__", "sarif"].includes(entry.name)) continue;
      found.push(...repoFixtures(full));
    } else if (entry.isFile() && entry.name.endsWith(".json") && !/\.snap(\.|$)/.test(entry.name)) {
      found.push(full);
    }
  }
  return found.sort();
}
