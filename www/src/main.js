import { EditorView } from "@codemirror/view";
import { forceLinting } from "@codemirror/lint";
import { el } from "./dom.js";
import { baseExtensions, lintExtension, mountEditor, refreshLint, ruleLink } from "./editor.js";
import { examples, exampleText } from "./examples.js";
import { formatJson } from "./format.js";
import { renderPreview } from "./preview.js";
import { renderProblems } from "./problems.js";
import { decodeFragment, encodeFragment } from "./share.js";
import { loadLinter } from "./wasm.js";

const DEFAULT_EXAMPLE = "button";
const $ = (id) => document.getElementById(id);
const say = (message) => {
  $("status").textContent = message;
};

const settings = { serviceWindow: "unknown", off: new Set() };
const lintOptions = () => ({
  serviceWindow: settings.serviceWindow,
  rules: Object.fromEntries([...settings.off].map((code) => [code, "off"])),
});

async function main() {
  const linter = await loadLinter();
  $("version").textContent = `wa-lint ${linter.version()}`;
  const problems = $("problems");
  const markBusy = () => problems.setAttribute("aria-busy", "true");

  const shared = await sharedPayload();
  const view = mountEditor($("editor"), {
    doc: shared ?? exampleText(DEFAULT_EXAMPLE),
    extensions: [
      baseExtensions(),
      lintExtension(
        (text) => {
          try {
            return linter.lint(text, lintOptions());
          } catch (error) {
            say(`The linter failed: ${error.message}`);
            return [];
          }
        },
        (diagnostics, doc) => {
          renderProblems(problems, diagnostics, doc, reveal);
          renderPreview($("preview"), doc.toString());
        },
      ),
      EditorView.updateListener.of((update) => update.docChanged && markBusy()),
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

  const picker = $("example");
  picker.append(...Object.entries(examples).map(([key, { label }]) => el("option", { value: key }, label)));
  picker.value = shared === null ? DEFAULT_EXAMPLE : "";
  picker.addEventListener("change", () => picker.value && setText(exampleText(picker.value)));

  $("format").addEventListener("click", () => {
    const formatted = formatJson(view.state.doc.toString());
    if (formatted === null) say("Format needs valid JSON: fix the parse error first.");
    else setText(formatted);
  });

  $("copy-link").addEventListener("click", () => copyLink(view.state.doc.toString()));
  window.addEventListener("hashchange", async () => {
    const text = await sharedPayload();
    if (text !== null) setText(text);
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
    say(`The share link is damaged (${error.message}); showing an example instead.`);
    return null;
  }
}

async function copyLink(text) {
  const url = new URL(location.href);
  url.hash = await encodeFragment(text);
  history.replaceState(null, "", url);
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
