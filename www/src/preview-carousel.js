import { el } from "./dom.js";
import { icon } from "./icons.js";
import { action, bubble, header, list, media, obj, paragraph, text, urlAction } from "./preview-parts.js";

/*
 * Carousels: the message's body in a bubble, then its cards side by side in a row that scrolls
 * horizontally, as WhatsApp shows them. Each card has its header (a media placeholder or the
 * product), its body and its buttons.
 */

/** A row of cards; `cards` are [header node, body node, button <li>s]. */
export function carouselRow(cards) {
  return el(
    "div",
    { class: "carousel", role: "list", "aria-label": "Carousel cards" },
    ...cards.map(([head, body, buttons], n) =>
      el(
        "div",
        { class: "carousel-card", role: "listitem", "data-card": String(n) },
        head,
        body,
        buttons.length > 0 && el("ul", { class: "actions" }, ...buttons),
      ),
    ),
  );
}

/** A product shown by its retailer id (the preview cannot read the catalog). */
export function productCard(p) {
  return el(
    "div",
    { class: "media media-product" },
    icon("shop"),
    el("span", { class: "kind" }, "product"),
    el("span", { class: "file" }, text(p.product_retailer_id)),
    p.catalog_id !== undefined && el("span", { class: "url" }, "catalog ", text(p.catalog_id)),
  );
}

/** An interactive `carousel`: media cards (URL button or quick replies) or product cards. */
export function carouselMessage(quote, i) {
  const cards = list(obj(i.action).cards).map((c) => {
    const card = obj(c);
    const a = obj(card.action);
    if (card.type === "product") return [productCard(a), null, [action("View", "shop")]];
    const buttons = Array.isArray(a.buttons)
      ? a.buttons.map((b) => action(obj(obj(b).quick_reply).title, "reply"))
      : [urlAction(obj(a.parameters).display_text, obj(a.parameters).url)];
    return [header(card.header), paragraph(obj(card.body).text), buttons];
  });
  return [
    el(
      "div",
      { class: "message carousel-message" },
      bubble(quote, paragraph(obj(i.body).text)),
      carouselRow(cards),
    ),
  ];
}

/** A template send's `carousel` component without its definition: each card's parameters. */
export function templateCarouselRow(component) {
  const cards = list(obj(component).cards).map((c) => {
    const parts = list(obj(c).components).map(obj);
    const headerParameter = obj(list(parts.find((p) => p.type === "header")?.parameters)[0]);
    const kind = text(headerParameter.type);
    const head =
      kind === "product"
        ? productCard(obj(headerParameter.product))
        : media(kind || "image", obj(headerParameter[kind]));
    const body = parts.find((p) => p.type === "body");
    const buttons = parts
      .filter((p) => p.type === "button")
      .map((b) => {
        const value = text(
          Object.values(obj(list(b.parameters)[0])).find(
            (v) => typeof v === "string" && v !== obj(list(b.parameters)[0]).type,
          ),
        );
        return b.sub_type === "url"
          ? urlAction(`URL button ${text(b.index)}`, `…/${value}`)
          : action(`${text(b.sub_type)} button ${text(b.index)}: ${value}`, "reply");
      });
    return [
      head,
      body &&
        paragraph(
          list(body.parameters)
            .map((p) => text(obj(p).text))
            .join(" · "),
        ),
      buttons,
    ];
  });
  return carouselRow(cards);
}
