import { EditorView } from "@codemirror/view";
import { el } from "./dom.js";
import { baseExtensions, lintExtension, mountEditor } from "./editor.js";
import { formatJson } from "./format.js";
import { locatePointer } from "./json-pointer.js";
import { formatPastedPayload } from "./paste.js";
import { createProblemsPanel } from "./problems.js";
import { persistEdits, storedText, TEMPLATES_KEY } from "./storage.js";
import { definitionFinder, exampleDefinitions, parseDefinitions } from "./template-definitions.js";

/*
 * The Templates tab: an editor for approved template definitions. Its text is linted as
 * definitions (`kind: "template"`, problems listed in the tab), kept in localStorage, and given to
 * the payload's lint as the `templates` option, so template sends are checked against them.
 */

const $ = (id) => document.getElementById(id);
const CHANGE_DELAY_MS = 200;

/**
 * Mounts the tab. `lint` is the wasm linter; `onChange()` runs shortly after the definitions
 * change (the payload is linted again); `initial` is a share link's definitions (else the kept
 * ones). Returns { text, setText, findDefinition, reveal, optionsError }.
 */
export function createTemplatesTab({ lint, say, initial, onChange, ruleHelp }) {
  const tabs = [$("tab-payload"), $("tab-templates")];
  const status = $("templates-status");
  let finder = null;
  let timer = 0;
  let view;

  const problems = createProblemsPanel($("templates-problems"), (from) => moveTo(from), ruleHelp);
  const setText = (text) => view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });

  view = mountEditor($("templates-editor"), {
    doc: initial ?? storedText(TEMPLATES_KEY) ?? "",
    extensions: [
      baseExtensions("Template definitions (JSON)"),
      formatPastedPayload(formatJson),
      lintExtension(
        async (doc) => {
          if (!doc.toString().trim()) return [];
          try {
            return lint(doc.toString(), { kind: "template" });
          } catch (error) {
            showStatus(`The definitions could not be checked: ${error.message}`);
            return [];
          }
        },
        (diagnostics, doc) => {
          problems.render(diagnostics, doc);
          if (!doc.toString().trim())
            $("templates-problems")
              .querySelector(".problem-list")
              .replaceChildren(el("li", { class: "none" }, "No definitions yet."));
        },
        ruleHelp,
      ),
      persistEdits(
        () =>
          showStatus(
            "These definitions are not kept in this browser (over 1 MB, or storage is full or off).",
          ),
        TEMPLATES_KEY,
      ),
      EditorView.updateListener.of((update) => {
        if (!update.docChanged) return;
        finder = null;
        updateCount();
        clearTimeout(timer);
        timer = setTimeout(onChange, CHANGE_DELAY_MS);
      }),
    ],
  });

  function showStatus(message) {
    status.textContent = message;
  }

  function updateCount() {
    const count = parseDefinitions(view.state.doc.toString()).length;
    $("templates-count").textContent = count ? `(${count})` : "";
  }

  function select(tab) {
    for (const t of tabs) {
      const selected = t === tab;
      t.setAttribute("aria-selected", String(selected));
      t.tabIndex = selected ? 0 : -1;
      $(t.getAttribute("aria-controls")).hidden = !selected;
    }
    if (tab === tabs[1]) view.requestMeasure();
  }

  for (const tab of tabs) {
    tab.addEventListener("click", () => select(tab));
    tab.addEventListener("keydown", (event) => {
      const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
      if (!step) return;
      event.preventDefault();
      const next = tabs[(tabs.indexOf(tab) + step + tabs.length) % tabs.length];
      select(next);
      next.focus();
    });
  }

  function moveTo(from) {
    select(tabs[1]);
    view.dispatch({ selection: { anchor: Math.min(from, view.state.doc.length) }, scrollIntoView: true });
    view.focus();
  }

  $("templates-example").addEventListener("click", () =>
    setText(JSON.stringify(exampleDefinitions, null, 2) + "\n"),
  );
  $("templates-clear").addEventListener("click", () => setText(""));
  updateCount();

  return {
    text: () => view.state.doc.toString(),
    setText,
    /** The definition a send names (exact name and language code), or null. */
    findDefinition(name, language) {
      finder ??= definitionFinder(view.state.doc.toString());
      return finder(name, language);
    },
    /** Shows the tab with the cursor on the member `pointer` names in the definitions. */
    reveal(pointer) {
      const found = locatePointer(view.state.doc.toString(), pointer);
      if (found) moveTo(found.keyFrom);
      else say(`${pointer} is not in the Templates tab's definitions (were they edited?).`);
    },
    /** The linter's message when it refused the definitions, or null when it took them. */
    optionsError(message) {
      const text = message === null ? "" : `The payload is linted without these definitions: ${message}`;
      if (status.textContent !== text) showStatus(text);
    },
  };
}
