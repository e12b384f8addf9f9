import { el } from "./dom.js";

/*
 * Diagnostics about a template send name the part of the approved definition they compare with
 * ("the definition's body is at /data/3/components/1/text: …"). Such a pointer becomes a link
 * that shows the Templates tab with the cursor on that member.
 */

const POINTER = /(\bat )(\/[A-Za-z0-9_~.\-/]*[A-Za-z0-9_~-])/g;

/** `help` as nodes: text, and a link for each definition pointer; `open(pointer)` follows one. */
export function helpWithLinks(help, open) {
  const nodes = [];
  let last = 0;
  for (const match of help.matchAll(POINTER)) {
    const start = match.index + match[1].length;
    nodes.push(help.slice(last, start));
    const pointer = match[2];
    const link = el(
      "a",
      {
        class: "pointer-link",
        href: "#templates",
        "data-pointer": pointer,
        title: "Show this part of the definition in the Templates tab",
      },
      pointer,
    );
    link.addEventListener("click", (event) => {
      event.preventDefault();
      open(pointer);
    });
    nodes.push(link);
    last = start + pointer.length;
  }
  nodes.push(help.slice(last));
  return nodes.filter((n) => n !== "");
}
