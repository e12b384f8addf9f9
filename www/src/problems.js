import { el } from "./dom.js";
import { ruleLink } from "./editor.js";

const SEVERITIES = ["error", "warning", "info"];
const plural = (n, word) => `${n} ${word}${n === 1 || word === "info" ? "" : "s"}`;

/**
 * The problems panel: counts by severity and one entry per diagnostic. Activating an entry
 * (click, Enter or Space: it is a button) calls `reveal(from)`.
 */
export function renderProblems(container, diagnostics, doc, reveal) {
  const counts = Object.fromEntries(SEVERITIES.map((s) => [s, 0]));
  for (const d of diagnostics) counts[d.severity]++;
  container.querySelector(".counts").replaceChildren(
    ...SEVERITIES.flatMap((s, n) => [n ? ", " : "", el("span", { class: `count sev-${s}` }, plural(counts[s], s))]),
  );
  const sorted = [...diagnostics].sort((a, b) => a.from - b.from || SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity));
  const items = sorted.map((d) => {
    const line = doc.lineAt(d.from);
    const column = d.from - line.from + 1;
    const go = el(
      "button",
      { type: "button", class: "goto", "aria-label": `${d.severity}, line ${line.number}, column ${column}: ${d.message}` },
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
      d.wa.help && el("p", { class: "help" }, d.wa.help),
    );
  });
  const list = container.querySelector(".problem-list");
  list.replaceChildren(...(items.length ? items : [el("li", { class: "none" }, "No problems found.")]));
  container.setAttribute("aria-busy", "false");
}
