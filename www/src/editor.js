import { json } from "@codemirror/lang-json";
import { linter, lintGutter } from "@codemirror/lint";
import { Compartment, EditorState, StateEffect } from "@codemirror/state";
import { EditorView } from "@codemirror/view";
import { basicSetup } from "codemirror";
import { el } from "./dom.js";

const LINT_DELAY_MS = 150;
/**
 * Above this size (UTF-16 units) the editor has no JSON syntax tree, so no highlighting or
 * folding: CodeMirror would parse megabytes in idle time, in slices of 100 ms that delay frames.
 */
const HIGHLIGHT_LIMIT = 1024 * 1024;
const language = new Compartment();
const languageFor = (doc) => (doc.length > HIGHLIGHT_LIMIT ? [] : json());

/**
 * Creates the editor inside a shadow root of `host`. There CodeMirror's style-mod installs its
 * styles as constructed stylesheets (adoptedStyleSheets) instead of <style> elements, which the
 * Content-Security-Policy (style-src 'self', no 'unsafe-inline') would block.
 */
export function mountEditor(host, config) {
  const root = host.attachShadow({ mode: "open" });
  root.append(el("link", { rel: "stylesheet", href: "editor.css" }));
  const view = new EditorView({ ...config, root, parent: root });
  if (view.state.doc.length > HIGHLIGHT_LIMIT) view.dispatch({ effects: language.reconfigure([]) });
  return view;
}

/** The editor without linting: the bench adds diagnostics itself, the playground through `linter`. */
export function baseExtensions(label = "Message payload (JSON)") {
  return [
    basicSetup,
    language.of(json()),
    EditorState.transactionExtender.of((tr) => {
      const crosses =
        tr.docChanged && tr.newDoc.length > HIGHLIGHT_LIMIT !== tr.startState.doc.length > HIGHLIGHT_LIMIT;
      return crosses ? { effects: language.reconfigure(languageFor(tr.newDoc)) } : null;
    }),
    lintGutter(),
    EditorView.contentAttributes.of({ "aria-label": label }),
  ];
}

/** Dispatch this effect to lint again although the text did not change (the options did). */
export const refreshLint = StateEffect.define();

/**
 * Linting through @codemirror/lint: `source(doc)` resolves to the wasm diagnostics of `doc`, or
 * to null when the document changed meanwhile. `onResults` gets them converted to editor
 * positions (for the problems panel), and only while they still describe the editor's document.
 * `help(text)` gives the nodes of a diagnostic's help in its tooltip (default: the text).
 */
export function lintExtension(source, onResults, help = (text) => text) {
  return linter(
    async (view) => {
      const doc = view.state.doc;
      const found = await source(doc);
      if (found === null || view.state.doc !== doc) return []; // stale: @codemirror/lint drops it too
      const diagnostics = toEditorDiagnostics(found, doc, help);
      onResults(diagnostics, doc);
      return diagnostics;
    },
    {
      delay: LINT_DELAY_MS,
      needsRefresh: (update) => update.transactions.some((tr) => tr.effects.some((e) => e.is(refreshLint))),
    },
  );
}

/**
 * Maps wasm diagnostics (UTF-16 `from`/`to`) to CodeMirror ones. An empty range covers one
 * character or its line; a range over a whole object or array is narrowed (see containerMark).
 */
export function toEditorDiagnostics(diagnostics, doc, help = (text) => text) {
  return diagnostics.map((d) => {
    let from = Math.min(d.from ?? 0, doc.length);
    let to = Math.min(Math.max(d.to ?? from, from), doc.length);
    ({ from, to } = containerMark(doc, from, to, d.pointer) ?? { from, to });
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
      renderMessage: () => describe(d, help),
      wa: d,
    };
  });
}

/**
 * A diagnostic about an object or array as a whole (its range starts at `{` or `[` and spans
 * lines or the entire container) underlines only the member's key, or the opening bracket when
 * the container is not a member's value: otherwise its squiggle would hide those of the problems
 * inside. The key must spell the pointer's last segment.
 */
function containerMark(doc, from, to, pointer) {
  const open = doc.sliceString(from, from + 1);
  if (open !== "{" && open !== "[") return null;
  const wholeContainer = doc.sliceString(to - 1, to) === (open === "{" ? "}" : "]");
  if (!wholeContainer && doc.lineAt(from).number === doc.lineAt(to).number) return null;
  const name = (pointer ?? "").split("/").pop().replace(/~1/g, "/").replace(/~0/g, "~");
  const before = doc.sliceString(Math.max(0, from - 6 * name.length - 64), from);
  const key = /"((?:[^"\\]|\\.)*)"\s*:\s*$/.exec(before);
  if (pointer && key && decodeKey(key[1]) === name) {
    const keyFrom = from - key[0].length;
    return { from: keyFrom, to: keyFrom + key[1].length + 2 };
  }
  return { from, to: from + 1 };
}

function decodeKey(raw) {
  try {
    return JSON.parse(`"${raw}"`);
  } catch {
    return null;
  }
}

/** Tooltip content: message, linked rule code and name, help. */
function describe(d, help) {
  return el(
    "div",
    { class: "diagnostic" },
    el("p", {}, d.message),
    el("p", { class: "rule-ref" }, ruleLink(d.code), " ", d.name),
    d.help && el("p", { class: "help" }, help(d.help)),
  );
}

/** A link to the rule's entry in the reference, in a new tab so the payload being edited stays. */
export function ruleLink(code, attrs = {}) {
  return el(
    "a",
    { ...attrs, href: `rules.html#${encodeURIComponent(code)}`, target: "_blank", rel: "noopener" },
    code,
  );
}
