import { el } from "./dom.js";
import { ruleLink } from "./editor.js";

const SEVERITIES = ["error", "warning", "info"];
// A payload of megabytes can have thousands of findings; listing them all would stall the page.
const MAX_LISTED = 1000;
const plural = (n, word) => `${n} ${word}${n === 1 || word === "info" ? "" : "s"}`;

/**
 * The problems panel: counts by severity and one entry per diagnostic. Activating an entry
 * (click, Enter or Space: it is a button) calls `reveal(from)`; ↑ and ↓ move between entries.
 * `focusAt(pos)` moves focus to the entry at or after a document position (F8 in the editor).
 * `help(text)` gives the nodes of a diagnostic's help (default: the text).
 */
export function createProblemsPanel(container, reveal, help = (text) => text) {
  const list = container.querySelector(".problem-list");
  const entries = () => [...list.querySelectorAll("button.goto")];
  list.addEventListener("keydown", (event) => {
    const step = { ArrowDown: 1, ArrowUp: -1 }[event.key];
    const all = entries();
    const at = all.indexOf(event.target);
    if (!step || at < 0) return;
    event.preventDefault();
    all[Math.min(Math.max(at + step, 0), all.length - 1)].focus();
  });

  function render(diagnostics, doc) {
    const counts = Object.fromEntries(SEVERITIES.map((s) => [s, 0]));
    for (const d of diagnostics) counts[d.severity]++;
    container
      .querySelector(".counts")
      .replaceChildren(
        ...SEVERITIES.flatMap((s, n) => [
          n ? ", " : "",
          el("span", { class: `count sev-${s}` }, plural(counts[s], s)),
        ]),
      );
    const sorted = [...diagnostics].sort(
      (a, b) => a.from - b.from || SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity),
    );
    const items = sorted.slice(0, MAX_LISTED).map((d) => entry(d, doc));
    if (sorted.length > MAX_LISTED)
      items.push(el("li", { class: "none" }, `${sorted.length - MAX_LISTED} more not listed.`));
    list.replaceChildren(...(items.length ? items : [el("li", { class: "none" }, "No problems found.")]));
    container.setAttribute("aria-busy", "false");
  }

  function entry(d, doc) {
    const line = doc.lineAt(d.from);
    const column = d.from - line.from + 1;
    const go = el(
      "button",
      {
        type: "button",
        class: "goto",
        "data-from": String(d.from),
        "aria-label": `${d.severity}, line ${line.number}, column ${column}: ${d.message}`,
      },
      el("span", { class: "severity" }, d.severity),
      el("span", { class: "where" }, `${line.number}:${column}`),
      el("span", { class: "message" }, d.message),
    );
    go.addEventListener("click", () => reveal(d.from));
    return el(
      "li",
      { class: `problem sev-${d.severity}`, "data-severity": d.severity, "data-line": String(line.number) },
      go,
      ruleLink(d.wa.code, { class: "code", title: d.wa.name }),
      d.wa.help && el("p", { class: "help" }, help(d.wa.help)),
    );
  }

  function focusAt(pos) {
    const all = entries();
    const target = all.find((button) => Number(button.dataset.from) >= pos) ?? all[0];
    (target ?? container).focus();
  }

  return { render, focusAt };
}
