import { el } from "./dom.js";
import { formatJson } from "./format.js";
import { loadLinter } from "./wasm.js";

/** rules.html: one section per rule, anchored by its code (rules.html#WA0703). */
async function main() {
  const { rules, version } = await loadLinter();
  document.getElementById("version").textContent = `wa-lint ${version()}`;
  const all = rules();
  document
    .getElementById("contents")
    .replaceChildren(...all.map((r) => el("li", {}, el("a", { href: `#${r.code}` }, r.code), ` ${r.name}`)));
  document.getElementById("rules").replaceChildren(...all.map(ruleSection));
  if (location.hash) document.getElementById(decodeURIComponent(location.hash.slice(1)))?.scrollIntoView();
}

function ruleSection(r) {
  const headingId = `${r.code}-heading`;
  return el(
    "section",
    { id: r.code, class: "rule", "aria-labelledby": headingId },
    el("h2", { id: headingId }, el("code", {}, r.code), " ", r.name),
    el(
      "dl",
      {},
      el("dt", {}, "Severity"),
      el("dd", { class: `severity sev-${r.severity}` }, r.severity),
      el("dt", {}, "Applies to"),
      el("dd", {}, r.appliesTo.join(", ")),
      el("dt", {}, "Source"),
      el("dd", {}, r.source),
    ),
    el("p", {}, r.summary),
    el("p", { class: "help" }, el("strong", {}, "How to fix: "), r.help),
    example("Valid", r.valid),
    r.invalid ? example("Invalid", r.invalid) : el("p", {}, "Invalid: none shown (it would be over 1 MB)."),
  );
}

function example(title, payload) {
  return el(
    "figure",
    {},
    el("figcaption", {}, title),
    el("pre", { tabindex: "0" }, formatJson(payload) ?? payload),
  );
}

main().catch((error) => {
  document.getElementById("status").textContent = `The rules could not be loaded: ${error.message}`;
  throw error;
});
