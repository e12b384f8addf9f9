import { el } from "./dom.js";
import { icon } from "./icons.js";

/*
 * A rough picture of how WhatsApp shows the message. Every payload value reaches the page as
 * text (el() appends strings as text nodes); no payload value is ever used as markup, href or src.
 */

const isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
const obj = (v) => (isObject(v) ? v : {});
const list = (v) => (Array.isArray(v) ? v : []);
const text = (v) => (typeof v === "string" ? v : v === undefined || v === null ? "" : JSON.stringify(v));

export function renderPreview(container, source) {
  let message;
  try {
    message = JSON.parse(source);
  } catch {
    container.replaceChildren(note("No preview: the payload is not valid JSON."));
    return;
  }
  if (!isObject(message)) {
    container.replaceChildren(note("No preview: the payload is not a JSON object."));
    return;
  }
  container.replaceChildren(...renderMessage(message));
}

function renderMessage(m) {
  if (m.status !== undefined) return [note(icon("read"), " Marks message ", code(m.message_id), " as read.")];
  const type = m.type ?? "text";
  const quote = isObject(m.context) && el("div", { class: "quote" }, "Replying to ", code(m.context.message_id));
  const content = m[type];
  switch (type) {
    case "text":
      return [bubble(quote, ...textMessage(obj(content)))];
    case "image":
    case "video":
    case "audio":
    case "document":
    case "sticker":
      return [bubble(quote, media(type, obj(content)), paragraph(obj(content).caption))];
    case "location":
      return [bubble(quote, locationCard(obj(content)))];
    case "contacts":
      return [bubble(quote, ...list(content).map((c) => contactCard(obj(c))))];
    case "reaction":
      return [reaction(obj(content))];
    case "interactive":
      return interactiveMessage(quote, obj(content));
    case "template":
      return templateMessage(quote, obj(content));
    default:
      return [note("No preview for message type ", code(type), ".")];
  }
}

function note(...children) {
  return el("p", { class: "note" }, ...children);
}

function code(value) {
  return el("code", {}, text(value));
}

function bubble(...children) {
  return el("div", { class: "bubble" }, ...children, el("span", { class: "ticks", "aria-hidden": "true" }, "12:00 ", icon("read")));
}

function paragraph(value, cls = "body") {
  return value !== undefined && value !== null && el("p", { class: cls }, text(value));
}

function textMessage(t) {
  const url = /https?:\/\/[^\s]+/.exec(text(t.body))?.[0];
  const card = t.preview_url === true && url && el("div", { class: "link-preview" }, el("strong", {}, hostOf(url)), el("span", { class: "url" }, url));
  return [card, paragraph(t.body)];
}

function hostOf(url) {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
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

function media(kind, m) {
  return el(
    "div",
    { class: `media media-${kind}` },
    icon(kind),
    el("span", { class: "kind" }, kind),
    el("span", { class: "file" }, fileName(m)),
    m.link !== undefined && el("span", { class: "url" }, text(m.link)),
  );
}

function locationCard(l) {
  return el(
    "div",
    { class: "card" },
    icon("location"),
    el("strong", {}, text(l.name)),
    el("span", {}, text(l.address)),
    el("span", { class: "muted" }, `${text(l.latitude)}, ${text(l.longitude)}`),
  );
}

function contactCard(c) {
  const name = obj(c.name);
  const org = obj(c.org);
  return el(
    "div",
    { class: "card" },
    icon("contact"),
    el("strong", {}, text(name.formatted_name)),
    (org.company || org.title) && el("span", { class: "muted" }, [org.title, org.company].filter(Boolean).map(text).join(", ")),
    ...list(c.phones).map((p) => el("span", {}, icon("phone"), " ", text(obj(p).phone))),
    ...list(c.emails).map((e) => el("span", {}, icon("email"), " ", text(obj(e).email))),
  );
}

function reaction(r) {
  return el(
    "div",
    { class: "reaction" },
    el("span", { class: "emoji" }, r.emoji === "" ? "(reaction removed)" : text(r.emoji)),
    el("span", { class: "muted" }, " on ", code(r.message_id)),
  );
}

function header(h) {
  if (!isObject(h)) return null;
  if (h.type === "text") return el("div", { class: "header" }, el("strong", {}, text(h.text)), paragraph(h.sub_text, "sub-text"));
  return media(text(h.type), obj(h[h.type]));
}

/** A button under the bubble. Not a real control: the preview only shows what the user would see. */
function action(label, iconName) {
  return el("li", {}, icon(iconName), text(label));
}

function interactiveMessage(quote, i) {
  const a = obj(i.action);
  const params = obj(a.parameters);
  const actions = [];
  let card = null; // inside the bubble, above the body
  let sheet = null; // what tapping the button opens, below it
  switch (i.type) {
    case "button":
      actions.push(...list(a.buttons).map((b) => action(obj(obj(b).reply).title, "reply")));
      break;
    case "list":
      actions.push(action(a.button, "list"));
      sheet = details("Rows", list(a.sections), (s) => list(s.rows).map((r) => el("li", {}, el("strong", {}, text(obj(r).title)), paragraph(obj(r).description, "muted"))));
      break;
    case "product":
      card = el("div", { class: "card" }, icon("shop"), el("strong", {}, text(a.product_retailer_id)), el("span", { class: "muted" }, "catalog ", text(a.catalog_id)));
      actions.push(action("View", "shop"));
      break;
    case "product_list":
      actions.push(action("View items", "shop"));
      sheet = details("Products", list(a.sections), (s) => list(s.product_items).map((p) => el("li", {}, text(obj(p).product_retailer_id))));
      break;
    case "catalog_message":
      card = el("div", { class: "card" }, icon("shop"), el("strong", {}, "View our catalog"), params.thumbnail_product_retailer_id !== undefined && el("span", { class: "muted" }, "thumbnail: ", text(params.thumbnail_product_retailer_id)));
      actions.push(action("View catalog", "shop"));
      break;
    case "flow": {
      const flow = isObject(a.parameters) ? params : a;
      actions.push(action(flow.flow_cta, "flow"));
      break;
    }
    case "cta_url":
      actions.push(el("li", {}, icon("external"), text(params.display_text), el("span", { class: "url" }, text(params.url))));
      break;
    case "location_request_message":
      actions.push(action("Send location", "location"));
      break;
    default:
      card = note("No preview for interactive type ", code(i.type), ".");
  }
  const message = el(
    "div",
    { class: "message" },
    bubble(quote, header(i.header), card, paragraph(obj(i.body).text), paragraph(obj(i.footer).text, "footer")),
    actions.length > 0 && el("ul", { class: "actions" }, ...actions),
    sheet,
  );
  return [message];
}

/** A <details> element listing `sections` (titled groups of items rendered by `items`). */
function details(summary, sections, items) {
  return el(
    "details",
    { class: "rows" },
    el("summary", {}, summary),
    ...sections.map((s) => el("section", {}, paragraph(obj(s).title, "section-title"), el("ul", {}, ...items(obj(s))))),
  );
}

function parameterValue(p) {
  switch (p.type) {
    case "currency":
    case "date_time":
      return text(obj(p[p.type]).fallback_value);
    case "image":
    case "video":
    case "document":
      return media(p.type, obj(p[p.type]));
    default:
      return text(p[p.type]);
  }
}

function templateMessage(quote, t) {
  const components = list(t.components).map(obj);
  const lang = obj(t.language).code;
  const parts = [el("p", { class: "template-name" }, "Template ", code(t.name), lang !== undefined && " · ", lang !== undefined && code(lang))];
  const actions = [];
  for (const c of components) {
    const values = list(c.parameters).map(obj).map(parameterValue);
    if (c.type === "button") {
      const label = c.sub_type === "url" ? "URL suffix: " : c.sub_type === "quick_reply" ? "payload: " : "";
      actions.push(el("li", {}, el("span", { class: "muted" }, `${text(c.sub_type)} button ${text(c.index)} · ${label}`), ...values));
    } else {
      const filled = values.flatMap((v, n) => [el("span", { class: "placeholder" }, `{{${n + 1}}}`), " ", v, n + 1 < values.length ? " · " : ""]);
      parts.push(el("div", { class: c.type === "footer" ? "footer" : c.type === "header" ? "header" : "body" }, el("span", { class: "muted" }, `${text(c.type)}: `), ...filled));
    }
  }
  return [el("div", { class: "message" }, bubble(quote, ...parts), actions.length > 0 && el("ul", { class: "actions" }, ...actions))];
}
