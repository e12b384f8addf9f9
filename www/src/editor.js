import { basicSetup } from "codemirror";
import { EditorView } from "@codemirror/view";
import { StateEffect } from "@codemirror/state";
import { json } from "@codemirror/lang-json";
import { linter, lintGutter } from "@codemirror/lint";
import { el } from "./dom.js";

const LINT_DELAY_MS = 150;

/**
 * Creates the editor inside a shadow root of `host`. There CodeMirror's style-mod installs its
 * styles as constructed stylesheets (adoptedStyleSheets) instead of <style> elements, which the
 * Content-Security-Policy (style-src 'self', no 'unsafe-inline') would block.
 */
export function mountEditor(host, config) {
  const root = host.attachShadow({ mode: "open" });
  root.append(el("link", { rel: "stylesheet", href: "editor.css" }));
  return new EditorView({ ...config, root, parent: root });
}

/** The editor without linting: the bench adds diagnostics itself, the playground through `linter`. */
export function baseExtensions() {
  return [
    basicSetup,
    json(),
    lintGutter(),
    EditorView.contentAttributes.of({ "aria-label": "Message payload (JSON)" }),
  ];
}

/** Dispatch this effect to lint again although the text did not change (the options did). */
export const refreshLint = StateEffect.define();

/**
 * Linting through @codemirror/lint: `source(text)` returns the wasm diagnostics, `onResults`
 * gets them converted to editor positions (for the problems panel).
 */
export function lintExtension(source, onResults) {
  return linter(
    (view) => {
      const diagnostics = toEditorDiagnostics(source(view.state.doc.toString()), view.state.doc);
      onResults(diagnostics, view.state.doc);
      return diagnostics;
    },
    {
      delay: LINT_DELAY_MS,
      needsRefresh: (update) => update.transactions.some((tr) => tr.effects.some((e) => e.is(refreshLint))),
    },
  );
}

/** Maps wasm diagnostics (UTF-16 `from`/`to`) to CodeMirror ones; an empty range covers one character or its line. */
export function toEditorDiagnostics(diagnostics, doc) {
  return diagnostics.map((d) => {
    let from = Math.min(d.from ?? 0, doc.length);
    let to = Math.min(Math.max(d.to ?? from, from), doc.length);
    if (from === to) {
      const line = doc.lineAt(from);
      if (from < line.to) to = from + 1;
      else if (line.from < line.to) from = line.from;
    }
    return {
      from,
      to,
      severity: d.severity,
      message: d.message,
      renderMessage: () => describe(d),
      wa: d,
    };
  });
}

/** Tooltip content: message, linked rule code and name, help. */
function describe(d) {
  return el(
    "div",
    { class: "diagnostic" },
    el("p", {}, d.message),
    el("p", { class: "rule-ref" }, ruleLink(d.code), " ", d.name),
    d.help && el("p", { class: "help" }, d.help),
  );
}

/** A link to the rule's entry in the reference, in a new tab so the payload being edited stays. */
export function ruleLink(code, attrs = {}) {
  return el("a", { ...attrs, href: `rules.html#${encodeURIComponent(code)}`, target: "_blank", rel: "noopener" }, code);
}
