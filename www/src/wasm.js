import init, { lint, rules, version } from "../../pkg/web/wa_lint.js";

/**
 * Loads the linter's WebAssembly module, which build.mjs copies next to the bundled scripts.
 * Resolved from this module's URL rather than the page's, so the lint worker loads the same file.
 */
export async function loadLinter() {
  await init({ module_or_path: new URL("wa_lint_bg.wasm", import.meta.url) });
  return { lint, rules, version };
}
