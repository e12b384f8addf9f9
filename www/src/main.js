import { forceLinting } from "@codemirror/lint";
import { Prec } from "@codemirror/state";
import { EditorView, keymap } from "@codemirror/view";
import { el } from "./dom.js";
import { baseExtensions, lintExtension, mountEditor, refreshLint, ruleLink } from "./editor.js";
import { exampleMatching, examples, exampleText } from "./examples.js";
import { formatJson } from "./format.js";
import { helpWithLinks } from "./help-links.js";
import { createLintRunner, isLarge, WORKER_THRESHOLD } from "./lint-runner.js";
import { formatPastedPayload } from "./paste.js";
import { renderPreview } from "./preview.js";
import { createProblemsPanel } from "./problems.js";
import { decodeShareLink, encodeFragment, SHARED_TEMPLATES_LIMIT, templateBytes } from "./share.js";
import {
  persistEdits,
  STORAGE_LIMIT,
  savePayload,
  saveText,
  storedPayload,
  TEMPLATES_KEY,
} from "./storage.js";
import { createTemplatesTab } from "./templates-tab.js";
import { loadLinter } from "./wasm.js";

const DEFAULT_EXAMPLE = "button";
const $ = (id) => document.getElementById(id);
const say = (message) => {
  $("status").textContent = message;
};
const size = (units) => (units >= 1 << 20 ? `${units / (1 << 20)} MB` : `${units / 1024} KB`);

const settings = { serviceWindow: "unknown", off: new Set() };
/** The payload's lint options; `templates` is the Templates tab's text (omitted when empty). */
const lintOptions = (templates) => ({
  serviceWindow: settings.serviceWindow,
  rules: Object.fromEntries([...settings.off].map((code) => [code, "off"])),
  ...(templates.trim() ? { templates } : {}),
});

async function main() {
  const linter = await loadLinter();
  $("version").textContent = `wa-lint ${linter.version()}`;
  const problemsPanel = $("problems");
  const markBusy = () => problemsPanel.setAttribute("aria-busy", "true");
  const runner = createLintRunner(linter.lint);
  const help = (text) => helpWithLinks(text, (pointer) => templates.reveal(pointer));
  const problems = createProblemsPanel(problemsPanel, reveal, help);
  const picker = $("example");
  picker.append(...Object.entries(examples).map(([key, { label }]) => el("option", { value: key }, label)));

  // A share link wins over the text kept from the last visit, once: the fragment is then removed
  // from the address, so a reload shows the edits made since rather than the link's version.
  const shared = await sharedLink();
  if (shared !== null) forgetFragment(shared);
  // The Templates tab: its text goes into the payload's lint options, and a change lints the payload again.
  let view = null;
  const templates = createTemplatesTab({
    lint: linter.lint,
    say,
    initial: shared?.templates,
    onChange: () => relint(false),
    ruleHelp: help,
  });
  view = mountEditor($("editor"), {
    doc: shared?.payload ?? storedPayload() ?? exampleText(DEFAULT_EXAMPLE),
    extensions: [
      baseExtensions(),
      formatPastedPayload((text) =>
        text.length > WORKER_THRESHOLD ? runner.format(text).catch(() => null) : formatJson(text),
      ),
      runner.tracker,
      lintExtension(
        async (doc) => {
          const options = lintOptions(templates.text());
          try {
            const found = await runner.lint(doc, options);
            templates.optionsError(null);
            return found;
          } catch (error) {
            if (options.templates === undefined) {
              say(`The linter failed: ${error.message}`);
              return [];
            }
            // The definitions were refused (not JSON, no definitions, or a linter without the
            // option): lint without them, and say why in the Templates tab.
            templates.optionsError(error.message);
            try {
              return await runner.lint(doc, lintOptions(""));
            } catch (retryError) {
              say(`The linter failed: ${retryError.message}`);
              return [];
            }
          }
        },
        (diagnostics, doc) => {
          problems.render(diagnostics, doc);
          if (isLarge(doc))
            $("preview").replaceChildren(
              el("p", { class: "note" }, `No preview for payloads over ${size(WORKER_THRESHOLD)}.`),
            );
          else renderPreview($("preview"), doc.toString(), templates.findDefinition);
        },
        help,
      ),
      persistEdits(() =>
        say(
          `This payload is not kept in this browser (it is over ${size(STORAGE_LIMIT)}, or storage is full or off): a reload will not bring it back.`,
        ),
      ),
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
  /** Lints the payload again (the options or definitions changed): at once, or after the usual delay when `now` is false. */
  function relint(now = true) {
    if (!view) return; // a change of the definitions before the payload's editor exists
    markBusy();
    view.dispatch({ effects: refreshLint.of(null) });
    if (now) forceLinting(view);
  }

  picker.value = exampleMatching(view.state.doc) ?? "custom";
  picker.addEventListener("change", () => setText(exampleText(picker.value)));

  $("format").addEventListener("click", () => {
    const formatted = formatJson(view.state.doc.toString());
    if (formatted === null) say("Format needs valid JSON: fix the parse error first.");
    else setText(formatted);
  });

  $("copy-link").addEventListener("click", () => copyLink(view.state.doc.toString(), templates.text()));
  window.addEventListener("hashchange", async () => {
    const link = await sharedLink();
    if (link === null) return;
    forgetFragment(link);
    if (link.templates !== null) templates.setText(link.templates);
    setText(link.payload);
  });

  $("service-window").addEventListener("change", (event) => {
    settings.serviceWindow = event.target.value;
    relint();
  });
  renderRuleToggles(linter.rules(), () => relint());
}

/** The payload and definitions (or null) of a share link in the address, or null. */
async function sharedLink() {
  try {
    return await decodeShareLink(location.hash);
  } catch (error) {
    say(`The share link is damaged (${error.message}); it was not opened.`);
    return null;
  }
}

/**
 * Keeps a share link's payload (and definitions, when it has them) as the current texts, and
 * removes the link from the address. A link without definitions leaves the Templates tab as it is.
 */
function forgetFragment({ payload, templates }) {
  savePayload(payload);
  if (templates !== null) saveText(TEMPLATES_KEY, templates);
  history.replaceState(null, "", location.pathname + location.search);
}

/** Shows and copies a link to `text` and the definitions when they are small enough. The address bar keeps no fragment (see forgetFragment). */
async function copyLink(text, templates) {
  const url = new URL(location.href);
  const bytes = templates.trim() ? templateBytes(templates) : 0;
  const left = bytes > SHARED_TEMPLATES_LIMIT;
  url.hash = await encodeFragment(text, bytes && !left ? templates : null);
  const field = $("share-url");
  field.value = url.href;
  $("share").hidden = false;
  const what = bytes && !left ? "The payload and the template definitions are" : "The payload is";
  const omitted = left
    ? ` The template definitions (${(bytes / 1024).toFixed(1)} KB) are over ${SHARED_TEMPLATES_LIMIT / 1024} KB and were left out of the link.`
    : "";
  try {
    await navigator.clipboard.writeText(url.href);
    say(`Link copied. ${what} inside the link itself; nothing was uploaded.${omitted}`);
  } catch {
    field.focus();
    field.select();
    say(`Copy the selected link with Ctrl+C (or ⌘C).${omitted}`);
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
