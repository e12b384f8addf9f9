import { el } from "./dom.js";
import { icon } from "./icons.js";
import { carouselMessage } from "./preview-carousel.js";
import { addressMessage, contactInfoRequest, orderDetails, orderStatus } from "./preview-commerce.js";
import {
  action,
  bubble,
  code,
  header,
  isObject,
  list,
  media,
  message,
  note,
  obj,
  paragraph,
  text,
  urlAction,
} from "./preview-parts.js";
import { templateMessage } from "./preview-template.js";

/*
 * A rough picture of how WhatsApp shows the message. Every payload value reaches the page as
 * text (el() appends strings as text nodes); no payload value is ever used as markup, href or src.
 */

/**
 * Draws the message in `source` (the editor's text) into `container`. `findDefinition(name,
 * language)` returns the approved template definition a template send names, if the Templates
 * tab has it: the preview then shows the template filled in.
 */
export function renderPreview(container, source, findDefinition = () => null) {
  let m;
  try {
    m = JSON.parse(source);
  } catch {
    container.replaceChildren(note("No preview: the payload is not valid JSON."));
    return;
  }
  if (!isObject(m)) {
    container.replaceChildren(note("No preview: the payload is not a JSON object."));
    return;
  }
  container.replaceChildren(...renderMessage(m, findDefinition));
}

function renderMessage(m, findDefinition) {
  if (m.status !== undefined) return [note(icon("read"), " Marks message ", code(m.message_id), " as read.")];
  const type = m.type ?? "text";
  const quote =
    isObject(m.context) && el("div", { class: "quote" }, "Replying to ", code(m.context.message_id));
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
    case "pin":
      return [pin(obj(content))];
    case "interactive":
      return interactiveMessage(quote, obj(content));
    case "template":
      return templateMessage(quote, obj(content), findDefinition);
    default:
      return [note("No preview for message type ", code(type), ".")];
  }
}

function textMessage(t) {
  const url = /https?:\/\/[^\s]+/.exec(text(t.body))?.[0];
  const card =
    t.preview_url === true &&
    url &&
    el("div", { class: "link-preview" }, el("strong", {}, hostOf(url)), el("span", { class: "url" }, url));
  return [card, paragraph(t.body)];
}

function hostOf(url) {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
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
    (org.company || org.title) &&
      el("span", { class: "muted" }, [org.title, org.company].filter(Boolean).map(text).join(", ")),
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

function pin(p) {
  const days = p.expiration_days;
  return note(
    icon("pin"),
    p.type === "unpin" ? " Unpins message " : " Pins message ",
    code(p.message_id),
    p.type !== "unpin" && days !== undefined && ` for ${text(days)} days`,
    " in the group.",
  );
}

/** A button message's buttons: reply buttons, and CTA URL buttons (Direct Send). */
function buttonActions(buttons) {
  return list(buttons).map((b) => {
    const button = obj(b);
    if (button.type === "cta_url")
      return urlAction(obj(button.cta_url).display_text, obj(button.cta_url).url);
    return action(obj(button.reply).title, "reply");
  });
}

function interactiveMessage(quote, i) {
  const a = obj(i.action);
  const params = obj(a.parameters);
  const actions = [];
  let card = null; // inside the bubble, above the body
  let below = null; // after the bubble: a card, or the sheet that tapping the button opens
  switch (i.type) {
    case "button":
      actions.push(...buttonActions(a.buttons));
      break;
    case "list":
      actions.push(action(a.button, "list"));
      below = details("Rows", list(a.sections), (s) =>
        list(s.rows).map((r) =>
          el("li", {}, el("strong", {}, text(obj(r).title)), paragraph(obj(r).description, "muted")),
        ),
      );
      break;
    case "product":
      card = el(
        "div",
        { class: "card" },
        icon("shop"),
        el("strong", {}, text(a.product_retailer_id)),
        el("span", { class: "muted" }, "catalog ", text(a.catalog_id)),
      );
      actions.push(action("View", "shop"));
      break;
    case "product_list":
      actions.push(action("View items", "shop"));
      below = details("Products", list(a.sections), (s) =>
        list(s.product_items).map((p) => el("li", {}, text(obj(p).product_retailer_id))),
      );
      break;
    case "catalog_message":
      card = el(
        "div",
        { class: "card" },
        icon("shop"),
        el("strong", {}, "View our catalog"),
        params.thumbnail_product_retailer_id !== undefined &&
          el("span", { class: "muted" }, "thumbnail: ", text(params.thumbnail_product_retailer_id)),
      );
      actions.push(action("View catalog", "shop"));
      break;
    case "flow": {
      const flow = isObject(a.parameters) ? params : a;
      actions.push(action(flow.flow_cta, "flow"));
      break;
    }
    case "cta_url":
      actions.push(urlAction(params.display_text, params.url));
      break;
    case "location_request_message":
      actions.push(action("Send location", "location"));
      break;
    case "carousel":
      return carouselMessage(quote, i);
    case "voice_call":
      actions.push(
        el(
          "li",
          { class: "call-button" },
          icon("call"),
          params.display_text === undefined ? "Call on WhatsApp" : text(params.display_text),
        ),
      );
      break;
    case "call_permission_request":
      below = el(
        "div",
        { class: "prompt call-permission" },
        icon("call"),
        el("strong", {}, "Allow this business to call you?"),
        el("span", { class: "muted" }, "You can change this at any time in the chat's settings."),
        el("ul", { class: "actions" }, action("Allow", "call"), action("Don't allow", "reply")),
      );
      break;
    case "address_message":
      return addressMessage(quote, i);
    case "request_contact_info":
      return contactInfoRequest(quote, i);
    case "order_details":
      return orderDetails(quote, i);
    case "order_status":
      return orderStatus(quote, i);
    default:
      card = note("No preview for interactive type ", code(i.type), ".");
  }
  return [
    message(
      bubble(
        quote,
        header(i.header),
        card,
        paragraph(obj(i.body).text),
        paragraph(obj(i.footer).text, "footer"),
      ),
      actions,
      below,
    ),
  ];
}

/** A <details> element listing `sections` (titled groups of items rendered by `items`). */
function details(summary, sections, items) {
  return el(
    "details",
    { class: "rows" },
    el("summary", {}, summary),
    ...sections.map((s) =>
      el("section", {}, paragraph(obj(s).title, "section-title"), el("ul", {}, ...items(obj(s)))),
    ),
  );
}
