// Builds the playground into dist/: bundles the scripts with esbuild and copies the pages, the
// stylesheet and the linter's wasm (built beforehand into ../pkg/web/ by wasm-bindgen --target web).
import { access, copyFile, mkdir, rm } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";

const root = dirname(fileURLToPath(import.meta.url));
const dist = join(root, "dist");
const wasm = join(root, "..", "pkg", "web", "wa_lint_bg.wasm");

try {
  await access(wasm);
} catch {
  console.error(
    `missing ${wasm}: build the wasm package first (wasm-bindgen --target web --out-dir pkg/web)`,
  );
  process.exit(1);
}

await rm(dist, { recursive: true, force: true });
await mkdir(dist, { recursive: true });
await esbuild.build({
  entryPoints: {
    main: join(root, "src", "main.js"),
    rules: join(root, "src", "rules-page.js"),
    bench: join(root, "src", "bench.js"),
    // Started by src/lint-runner.js as a module worker; shares the wasm loader chunk with the pages.
    "lint-worker": join(root, "src", "lint-worker.js"),
  },
  outdir: dist,
  bundle: true,
  format: "esm",
  splitting: true,
  target: "es2022",
  minify: true,
  sourcemap: true,
  logLevel: "warning",
});
for (const file of ["index.html", "rules.html", "bench.html", "style.css", "editor.css"]) {
  await copyFile(join(root, file), join(dist, file));
}
await copyFile(wasm, join(dist, "wa_lint_bg.wasm"));
console.log(`built ${dist}`);
