import { el } from "./dom.js";
import { icon } from "./icons.js";

/*
 * Pieces shared by the preview modules. Every payload value reaches the page as text (el()
 * appends strings as text nodes); no payload value is ever used as markup, href or src.
 */

export const isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
export const obj = (v) => (isObject(v) ? v : {});
export const list = (v) => (Array.isArray(v) ? v : []);
export const text = (v) =>
  typeof v === "string" ? v : v === undefined || v === null ? "" : JSON.stringify(v);

export function note(...children) {
  return el("p", { class: "note" }, ...children);
}

export function code(value) {
  return el("code", {}, text(value));
}

export function bubble(...children) {
  return el(
    "div",
    { class: "bubble" },
    ...children,
    el("span", { class: "ticks", "aria-hidden": "true" }, "12:00 ", icon("read")),
  );
}

export function paragraph(value, cls = "body") {
  return value !== undefined && value !== null && el("p", { class: cls }, text(value));
}

function fileName(m) {
  if (m.filename !== undefined) return text(m.filename);
  if (typeof m.link === "string") {
    const last = m.link.split(/[?#]/)[0].split("/").pop();
    try {
      return decodeURIComponent(last) || m.link;
    } catch {
      return last;
    }
  }
  return m.id !== undefined ? `media id ${text(m.id)}` : "no media";
}

/** A placeholder for a media attachment: its kind and file name (or media id), never the media itself. */
export function media(kind, m) {
  return el(
    "div",
    { class: `media media-${kind}` },
    icon(kind),
    el("span", { class: "kind" }, kind),
    el("span", { class: "file" }, fileName(m)),
    m.link !== undefined && el("span", { class: "url" }, text(m.link)),
  );
}

/** An interactive message's header: text (with sub-text) or a media placeholder. */
export function header(h) {
  if (!isObject(h)) return null;
  if (h.type === "text")
    return el("div", { class: "header" }, el("strong", {}, text(h.text)), paragraph(h.sub_text, "sub-text"));
  return media(text(h.type), obj(h[h.type]));
}

/** A button under the bubble. Not a real control: the preview only shows what the user would see. */
export function action(label, iconName) {
  return el("li", {}, icon(iconName), text(label));
}

/** A URL button: its label with the external-link icon, and the URL below it. */
export function urlAction(label, url) {
  return el(
    "li",
    { class: "url-button" },
    icon("external"),
    text(label),
    url !== undefined && el("span", { class: "url" }, text(url)),
  );
}

/** A message: the bubble, then its buttons (a list of <li>) and anything shown below them. */
export function message(bubbleNode, actions = [], ...after) {
  return el(
    "div",
    { class: "message" },
    bubbleNode,
    actions.length > 0 && el("ul", { class: "actions" }, ...actions),
    ...after,
  );
}
