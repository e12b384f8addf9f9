import { el } from "./dom.js";
import { icon } from "./icons.js";
import { carouselRow, productCard, templateCarouselRow } from "./preview-carousel.js";
import {
  action,
  bubble,
  code,
  isObject,
  list,
  media,
  note,
  obj,
  paragraph,
  text,
  urlAction,
} from "./preview-parts.js";

/*
 * Template sends. With the approved definition (from the Templates tab) the preview shows the
 * message as the customer sees it: the definition's texts with the send's parameters in place of
 * {{1}} or {{name}}, its media header, footer and buttons. Without it, the send's parameters.
 */

const PLACEHOLDER = /\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g;
const upper = (v) => text(v).toUpperCase();

/** A parameter's value as text: currency and date-time parameters show their fallback value. */
function parameterText(p) {
  if (p.type === "currency" || p.type === "date_time") return text(obj(p[p.type]).fallback_value);
  return text(p[p.type]);
}

/**
 * `template` with its placeholders replaced by `parameters` (positional {{1}} by position,
 * {{name}} by `parameter_name`), as nodes: substituted values are marked, missing ones shown as
 * the placeholder.
 */
export function fill(template, parameters) {
  const source = text(template);
  const params = list(parameters).map(obj);
  const nodes = [];
  let last = 0;
  for (const match of source.matchAll(PLACEHOLDER)) {
    nodes.push(source.slice(last, match.index));
    const key = match[1];
    const p = /^\d+$/.test(key) ? params[Number(key) - 1] : params.find((q) => q.parameter_name === key);
    nodes.push(
      p ? el("span", { class: "param" }, parameterText(p)) : el("span", { class: "placeholder" }, match[0]),
    );
    last = match.index + match[0].length;
  }
  nodes.push(source.slice(last));
  return nodes.filter((n) => n !== "");
}

export function templateMessage(quote, t, findDefinition) {
  const lang = obj(t.language).code;
  const definition =
    typeof t.name === "string" && typeof lang === "string" ? findDefinition(t.name, lang) : null;
  return isObject(definition) ? filledTemplate(quote, t, definition) : sendOnly(quote, t);
}

/** The definition's components by type (upper-case), the send's by type (lower-case), buttons by index. */
function sendParts(components) {
  const parts = list(components).map(obj);
  const of = (type) => parts.find((c) => c.type === type);
  const buttons = new Map(parts.filter((c) => c.type === "button").map((c) => [Number(c.index ?? 0), c]));
  return { of, buttons };
}

function definitionParts(components) {
  const parts = list(components).map(obj);
  return (type) => parts.find((c) => upper(c.type) === type);
}

function definedHeader(h, sent) {
  if (!h) return null;
  const format = upper(h.format || "TEXT");
  const p = obj(list(obj(sent).parameters)[0]);
  if (format === "TEXT")
    return el("div", { class: "header" }, el("strong", {}, ...fill(h.text, obj(sent).parameters)));
  if (format === "PRODUCT") return productCard(obj(p.product));
  if (format === "LOCATION") {
    const l = obj(p.location);
    return el(
      "div",
      { class: "card" },
      icon("location"),
      el("strong", {}, text(l.name)),
      el("span", {}, text(l.address)),
    );
  }
  const kind = format.toLowerCase();
  return media(kind, obj(p[kind]));
}

/** A definition's button, with what the send gives it (URL suffix, coupon code). */
function definedButton(b, sent) {
  const p = obj(list(obj(sent).parameters)[0]);
  switch (upper(b.type)) {
    case "URL": {
      const url = text(b.url);
      return urlAction(
        b.text,
        url.replace(PLACEHOLDER, () => text(p.text)),
      );
    }
    case "PHONE_NUMBER":
      return el("li", {}, icon("call"), text(b.text), el("span", { class: "url" }, text(b.phone_number)));
    case "VOICE_CALL":
      return action(b.text ?? "Call on WhatsApp", "call");
    case "COPY_CODE":
      return el(
        "li",
        {},
        icon("copy"),
        "Copy offer code",
        el("span", { class: "url" }, text(p.coupon_code ?? b.example)),
      );
    case "OTP":
      return action(b.text ?? "Copy code", "copy");
    case "FLOW":
      return action(b.text, "flow");
    case "CATALOG":
    case "MPM":
    case "SPM":
      return action(b.text ?? "View", "shop");
    default:
      return action(b.text, "reply");
  }
}

function definedButtons(def, buttons) {
  return list(obj(def).buttons).map((b, n) => definedButton(obj(b), buttons.get(n)));
}

function offer(def, sent) {
  if (!def) return null;
  const lto = obj(def.limited_time_offer);
  const ms = obj(obj(list(obj(sent).parameters)[0]).limited_time_offer).expiration_time_ms;
  const ends =
    typeof ms === "number" && Number.isFinite(new Date(ms).getTime())
      ? new Date(ms).toISOString().slice(0, 16).replace("T", " ") + " UTC"
      : null;
  return el(
    "div",
    { class: "card offer" },
    icon("clock"),
    el("strong", {}, text(lto.text)),
    lto.has_expiration !== false && ends && el("span", { class: "muted" }, `Offer ends ${ends}`),
  );
}

function definedCarousel(def, sent) {
  if (!def) return null;
  const sentCards = list(obj(sent).cards).map(obj);
  const cards = list(def.cards).map((c, n) => {
    const of = definitionParts(obj(c).components);
    const send = sendParts(obj(sentCards.find((s) => Number(s.card_index) === n) ?? sentCards[n]).components);
    return [
      definedHeader(of("HEADER"), send.of("header")),
      of("BODY") && el("p", { class: "body" }, ...fill(of("BODY").text, obj(send.of("body")).parameters)),
      definedButtons(of("BUTTONS"), send.buttons),
    ];
  });
  return carouselRow(cards);
}

function filledTemplate(quote, t, definition) {
  const def = definitionParts(definition.components);
  const send = sendParts(t.components);
  const body = def("BODY");
  const footer = def("FOOTER");
  const carousel = definedCarousel(def("CAROUSEL"), send.of("carousel"));
  const bubbleNode = bubble(
    quote,
    definedHeader(def("HEADER"), send.of("header")),
    offer(def("LIMITED_TIME_OFFER"), send.of("limited_time_offer")),
    body && el("p", { class: "body" }, ...fill(body.text, obj(send.of("body")).parameters)),
    footer && paragraph(footer.text, "footer"),
  );
  return [
    el(
      "p",
      { class: "template-name note" },
      "Template ",
      code(t.name),
      " · ",
      code(obj(t.language).code),
      " filled in from its definition",
    ),
    el(
      "div",
      { class: `message template-filled${carousel ? " carousel-message" : ""}` },
      bubbleNode,
      !carousel &&
        definedButtons(def("BUTTONS"), send.buttons).length > 0 &&
        el("ul", { class: "actions" }, ...definedButtons(def("BUTTONS"), send.buttons)),
      carousel,
    ),
  ];
}

function parameterValue(p) {
  switch (p.type) {
    case "image":
    case "video":
    case "document":
      return media(p.type, obj(p[p.type]));
    case "limited_time_offer":
      return text(obj(p.limited_time_offer).expiration_time_ms);
    default:
      return parameterText(p);
  }
}

/** A send without its definition: each component's parameters, numbered. */
function sendOnly(quote, t) {
  const components = list(t.components).map(obj);
  const lang = obj(t.language).code;
  const parts = [
    el(
      "p",
      { class: "template-name" },
      "Template ",
      code(t.name),
      lang !== undefined && " · ",
      lang !== undefined && code(lang),
    ),
  ];
  const actions = [];
  let carousel = null;
  for (const c of components) {
    const values = list(c.parameters).map(obj).map(parameterValue);
    if (c.type === "button") {
      const label = c.sub_type === "url" ? "URL suffix: " : c.sub_type === "quick_reply" ? "payload: " : "";
      actions.push(
        el(
          "li",
          {},
          el("span", { class: "muted" }, `${text(c.sub_type)} button ${text(c.index)} · ${label}`),
          ...values,
        ),
      );
    } else if (c.type === "carousel") {
      carousel = templateCarouselRow(c);
    } else {
      const filled = values.flatMap((v, n) => [
        el("span", { class: "placeholder" }, `{{${n + 1}}}`),
        " ",
        v,
        n + 1 < values.length ? " · " : "",
      ]);
      const cls = c.type === "footer" ? "footer" : c.type === "header" ? "header" : "body";
      parts.push(el("div", { class: cls }, el("span", { class: "muted" }, `${text(c.type)}: `), ...filled));
    }
  }
  const hint = note("Paste its definition in the Templates tab to see the template filled in.");
  return [
    el(
      "div",
      { class: `message${carousel ? " carousel-message" : ""}` },
      bubble(quote, ...parts),
      actions.length > 0 && el("ul", { class: "actions" }, ...actions),
      carousel,
    ),
    hint,
  ];
}
