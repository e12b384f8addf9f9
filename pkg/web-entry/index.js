// Browser and bundler entry: instantiates the wasm module once (top-level await), so `lint`
// can be called right away, as in Node. For explicit control, import "wa-lint/web" and call its
// default export (init) yourself.
import init, { explain, lint, renderFile, rules, summary, version } from "./wa_lint.js";

await init({ module_or_path: new URL("./wa_lint_bg.wasm", import.meta.url) });

export { explain, lint, renderFile, rules, summary, version };
