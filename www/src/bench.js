import { setDiagnostics } from "@codemirror/lint";
import { baseExtensions, mountEditor, toEditorDiagnostics } from "./editor.js";
import { loadLinter } from "./wasm.js";

const CHANGES = 100;
const TARGET_BYTES = 100_000;

/** A valid contacts message of about TARGET_BYTES (at most 257 contacts, the API's limit). */
function bigPayload() {
  const contacts = [];
  let text = "";
  for (let n = 0; n < 257 && text.length < TARGET_BYTES; n++) {
    contacts.push({
      name: { formatted_name: `Contact ${n} Example`, first_name: `Contact ${n}`, last_name: "Example" },
      birthday: "1990-04-23",
      phones: [{ phone: `+1 650 555 ${String(n).padStart(4, "0")}`, type: "CELL" }],
      emails: [{ email: `contact${n}@example.com`, type: "WORK" }],
      addresses: [
        {
          street: `${n} Hacker Way`,
          city: "Menlo Park",
          state: "CA",
          zip: "94025",
          country: "United States",
          country_code: "US",
          type: "WORK",
        },
      ],
    });
    text = JSON.stringify(
      { messaging_product: "whatsapp", to: "+16505551234", type: "contacts", contacts },
      null,
      2,
    );
  }
  return text;
}

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
};
const summary = (values) => ({ median: percentile(values, 0.5), p95: percentile(values, 0.95) });
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

async function main() {
  const { lint } = await loadLinter();
  const doc = bigPayload();
  const view = mountEditor(document.getElementById("editor"), { doc, extensions: baseExtensions() });
  // Each change flips one birthday between a real date and 30 February, so diagnostics come and go.
  const at = doc.indexOf("1990-04-23", doc.length / 2) + 5;
  const lintMs = [];
  const totalMs = [];
  for (let i = 0; i < CHANGES; i++) {
    const start = performance.now();
    view.dispatch({ changes: { from: at, to: at + 5, insert: i % 2 ? "04-23" : "02-30" } });
    const text = view.state.doc.toString();
    const lintStart = performance.now();
    const diagnostics = lint(text);
    lintMs.push(performance.now() - lintStart);
    view.dispatch(setDiagnostics(view.state, toEditorDiagnostics(diagnostics, view.state.doc)));
    view.dom.getBoundingClientRect(); // forces style recalculation and layout
    totalMs.push(performance.now() - start);
    await nextFrame();
  }
  const result = {
    bytes: new TextEncoder().encode(doc).length,
    changes: CHANGES,
    lintMs: summary(lintMs),
    changeLintRedrawMs: summary(totalMs),
  };
  const out = document.getElementById("result");
  out.textContent = JSON.stringify(result, null, 2);
  out.dataset.done = "true";
}

main().catch((error) => {
  document.getElementById("result").textContent = `failed: ${error.message}`;
  throw error;
});
