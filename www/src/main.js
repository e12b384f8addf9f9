import { EditorView, keymap } from "@codemirror/view";
import { Prec } from "@codemirror/state";
import { forceLinting } from "@codemirror/lint";
import { el } from "./dom.js";
import { baseExtensions, lintExtension, mountEditor, refreshLint, ruleLink } from "./editor.js";
import { exampleMatching, examples, exampleText } from "./examples.js";
import { formatJson } from "./format.js";
import { createLintRunner, isLarge, WORKER_THRESHOLD } from "./lint-runner.js";
import { formatPastedPayload } from "./paste.js";
import { renderPreview } from "./preview.js";
import { createProblemsPanel } from "./problems.js";
import { decodeFragment, encodeFragment } from "./share.js";
import { persistEdits, savePayload, storedPayload, STORAGE_LIMIT } from "./storage.js";
import { loadLinter } from "./wasm.js";

const DEFAULT_EXAMPLE = "button";
const $ = (id) => document.getElementById(id);
const say = (message) => {
  $("status").textContent = message;
};
const size = (units) => (units >= 1 << 20 ? `${units / (1 << 20)} MB` : `${units / 1024} KB`);

const settings = { serviceWindow: "unknown", off: new Set() };
const lintOptions = () => ({
  serviceWindow: settings.serviceWindow,
  rules: Object.fromEntries([...settings.off].map((code) => [code, "off"])),
});

async function main() {
  const linter = await loadLinter();
  $("version").textContent = `wa-lint ${linter.version()}`;
  const problemsPanel = $("problems");
  const markBusy = () => problemsPanel.setAttribute("aria-busy", "true");
  const runner = createLintRunner(linter.lint);
  const problems = createProblemsPanel(problemsPanel, reveal);
  const picker = $("example");
  picker.append(...Object.entries(examples).map(([key, { label }]) => el("option", { value: key }, label)));

  // A share link wins over the text kept from the last visit, once: the fragment is then removed
  // from the address, so a reload shows the edits made since rather than the link's version.
  const shared = await sharedPayload();
  if (shared !== null) forgetFragment(shared);
  const view = mountEditor($("editor"), {
    doc: shared ?? storedPayload() ?? exampleText(DEFAULT_EXAMPLE),
    extensions: [
      baseExtensions(),
      formatPastedPayload((text) => (text.length > WORKER_THRESHOLD ? runner.format(text).catch(() => null) : formatJson(text))),
      runner.tracker,
      lintExtension(
        async (doc) => {
          try {
            return await runner.lint(doc, lintOptions());
          } catch (error) {
            say(`The linter failed: ${error.message}`);
            return [];
          }
        },
        (diagnostics, doc) => {
          problems.render(diagnostics, doc);
          if (isLarge(doc)) $("preview").replaceChildren(el("p", { class: "note" }, `No preview for payloads over ${size(WORKER_THRESHOLD)}.`));
          else renderPreview($("preview"), doc.toString());
        },
      ),
      persistEdits(() => say(`This payload is not kept in this browser (it is over ${size(STORAGE_LIMIT)}, or storage is full or off): a reload will not bring it back.`)),
      Prec.high(
        keymap.of([
          {
            key: "F8",
            run: (editor) => {
              problems.focusAt(editor.state.selection.main.head);
              return true;
            },
          },
        ]),
      ),
      EditorView.updateListener.of((update) => {
        if (!update.docChanged) return;
        markBusy();
        picker.value = exampleMatching(update.state.doc) ?? "custom";
      }),
    ],
  });

  function reveal(from) {
    view.dispatch({ selection: { anchor: Math.min(from, view.state.doc.length) }, scrollIntoView: true });
    view.focus();
  }
  const setText = (text) => view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
  const relint = () => {
    markBusy();
    view.dispatch({ effects: refreshLint.of(null) });
    forceLinting(view);
  };

  picker.value = exampleMatching(view.state.doc) ?? "custom";
  picker.addEventListener("change", () => setText(exampleText(picker.value)));

  $("format").addEventListener("click", () => {
    const formatted = formatJson(view.state.doc.toString());
    if (formatted === null) say("Format needs valid JSON: fix the parse error first.");
    else setText(formatted);
  });

  $("copy-link").addEventListener("click", () => copyLink(view.state.doc.toString()));
  window.addEventListener("hashchange", async () => {
    const text = await sharedPayload();
    if (text === null) return;
    forgetFragment(text);
    setText(text);
  });

  $("service-window").addEventListener("change", (event) => {
    settings.serviceWindow = event.target.value;
    relint();
  });
  renderRuleToggles(linter.rules(), relint);
}

/** The payload of a share link in the address, or null. */
async function sharedPayload() {
  try {
    return await decodeFragment(location.hash);
  } catch (error) {
    say(`The share link is damaged (${error.message}); it was not opened.`);
    return null;
  }
}

/** Keeps a share link's payload as the current text, and removes the link from the address. */
function forgetFragment(text) {
  savePayload(text);
  history.replaceState(null, "", location.pathname + location.search);
}

/** Shows and copies a link to `text`. The address bar keeps no fragment (see forgetFragment). */
async function copyLink(text) {
  const url = new URL(location.href);
  url.hash = await encodeFragment(text);
  const field = $("share-url");
  field.value = url.href;
  $("share").hidden = false;
  try {
    await navigator.clipboard.writeText(url.href);
    say("Link copied. The payload is inside the link itself; nothing was uploaded.");
  } catch {
    field.focus();
    field.select();
    say("Copy the selected link with Ctrl+C (or ⌘C).");
  }
}

function renderRuleToggles(rules, onChange) {
  const summaryCount = $("rules-off");
  const update = () => {
    summaryCount.textContent = settings.off.size ? `(${settings.off.size} off)` : "(all on)";
  };
  $("rule-list").replaceChildren(
    ...rules.map((rule) => {
      const box = el("input", { type: "checkbox", id: `rule-${rule.code}` });
      box.checked = true;
      box.addEventListener("change", () => {
        if (box.checked) settings.off.delete(rule.code);
        else settings.off.add(rule.code);
        update();
        onChange();
      });
      return el(
        "li",
        {},
        box,
        el("label", { for: box.id }, rule.name),
        ruleLink(rule.code),
        el("span", { class: `severity sev-${rule.severity}` }, rule.severity),
      );
    }),
  );
  update();
}

main().catch((error) => {
  say(`The linter could not start: ${error.message}`);
  throw error;
});
