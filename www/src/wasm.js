import init, { lint, rules, version } from "../../pkg/web/wa_lint.js";

/** Loads the linter's WebAssembly module, copied next to the pages by build.mjs. */
export async function loadLinter() {
  await init({ module_or_path: new URL("wa_lint_bg.wasm", document.baseURI) });
  return { lint, rules, version };
}
