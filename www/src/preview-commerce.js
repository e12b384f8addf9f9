import { el } from "./dom.js";
import { icon } from "./icons.js";
import {
  action,
  bubble,
  code,
  header,
  isObject,
  list,
  message,
  obj,
  paragraph,
  text,
} from "./preview-parts.js";

/*
 * Orders, payments and the requests for an address or a phone number (interactive types
 * order_details, order_status, address_message and request_contact_info).
 */

/** `{value, offset}` as money in `currency` (12.50 for {1250, 100}), or null when it is not an amount. */
export function formatAmount(amount, currency) {
  const { value, offset } = obj(amount);
  if (typeof value !== "number" || typeof offset !== "number" || offset <= 0) return null;
  const decimals = Math.max(0, Math.round(Math.log10(offset)));
  try {
    return new Intl.NumberFormat("en-US", {
      style: "currency",
      currency: text(currency),
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    }).format(value / offset);
  } catch {
    return `${(value / offset).toFixed(decimals)} ${text(currency)}`.trim();
  }
}

function row(cls, label, value) {
  return el(
    "div",
    { class: `order-row ${cls}` },
    el("span", {}, label),
    el("span", { class: "amount" }, value ?? "—"),
  );
}

/** The order summary WhatsApp shows for `order_details`, and the "Review and pay" button. */
export function orderDetails(quote, i) {
  const parameters = obj(obj(i.action).parameters);
  const order = obj(parameters.order);
  const currency = parameters.currency;
  const money = (amount) => formatAmount(amount, currency);
  const items = list(order.items).map((it) => {
    const item = obj(it);
    const price = item.sale_amount !== undefined ? item.sale_amount : item.amount;
    return el(
      "li",
      { class: "order-item" },
      el("span", { class: "name" }, text(item.name)),
      el("span", { class: "quantity" }, `× ${text(item.quantity)}`),
      el("span", { class: "amount" }, money(price) ?? "—"),
    );
  });
  const discount = isObject(order.discount) && money(order.discount);
  const summary = el(
    "div",
    { class: "order-summary" },
    el(
      "div",
      { class: "order-head" },
      icon("shop"),
      el("strong", {}, "Order "),
      code(parameters.reference_id),
      el("span", { class: "order-status" }, text(order.status)),
    ),
    el("ul", { class: "order-items" }, ...items),
    row("subtotal", "Subtotal", money(order.subtotal)),
    row(
      "tax",
      obj(order.tax).description === undefined ? "Tax" : `Tax (${text(order.tax.description)})`,
      money(order.tax),
    ),
    isObject(order.shipping) && row("shipping", "Shipping", money(order.shipping)),
    discount &&
      row(
        "discount",
        obj(order.discount).description === undefined
          ? "Discount"
          : `Discount (${text(order.discount.description)})`,
        `−${discount}`,
      ),
    row("total", "Total", money(parameters.total_amount)),
  );
  return [
    message(
      bubble(
        quote,
        header(i.header),
        summary,
        paragraph(obj(i.body).text),
        paragraph(obj(i.footer).text, "footer"),
      ),
      [action("Review and pay", "shop")],
    ),
  ];
}

/** An order status update: the order's reference, its new status and description. */
export function orderStatus(quote, i) {
  const parameters = obj(obj(i.action).parameters);
  const order = obj(parameters.order);
  const payment = obj(parameters.payment);
  const card = el(
    "div",
    { class: "order-summary" },
    el(
      "div",
      { class: "order-head" },
      icon("shop"),
      el("strong", {}, "Order "),
      code(parameters.reference_id),
    ),
    row("status", "Status", el("span", { class: "order-status" }, text(order.status))),
    order.description !== undefined && paragraph(order.description, "muted"),
    payment.status !== undefined && row("payment", "Payment", text(payment.status)),
  );
  return [
    message(
      bubble(
        quote,
        header(i.header),
        card,
        paragraph(obj(i.body).text),
        paragraph(obj(i.footer).text, "footer"),
      ),
      [action("Review order", "shop")],
    ),
  ];
}

function countryName(country) {
  try {
    return new Intl.DisplayNames(["en"], { type: "region" }).of(country);
  } catch {
    return country;
  }
}

/** An address request: the body, the form's country and pre-filled values, and the "Provide address" button. */
export function addressMessage(quote, i) {
  const parameters = obj(obj(i.action).parameters);
  const values = obj(parameters.values);
  const country = text(parameters.country);
  const prompt = el(
    "div",
    { class: "prompt address-form" },
    icon("location"),
    el("strong", {}, "Delivery address"),
    el("span", { class: "country" }, "Country: ", country && `${countryName(country)} (${country})`),
    ...Object.entries(values).map(([key, value]) =>
      el("span", { class: "muted" }, `${key.replace(/_/g, " ")}: `, text(value)),
    ),
    list(parameters.saved_addresses).length > 0 &&
      el("span", { class: "muted" }, `${parameters.saved_addresses.length} saved addresses to choose from`),
  );
  return [
    message(
      bubble(
        quote,
        header(i.header),
        paragraph(obj(i.body).text),
        prompt,
        paragraph(obj(i.footer).text, "footer"),
      ),
      [action("Provide address", "location")],
    ),
  ];
}

/** A request for the customer's phone number: the body and the "Share phone number" button. */
export function contactInfoRequest(quote, i) {
  const prompt = el(
    "div",
    { class: "prompt contact-request" },
    icon("contact"),
    el("span", {}, "The business asks for your phone number."),
  );
  return [
    message(
      bubble(
        quote,
        header(i.header),
        paragraph(obj(i.body).text),
        prompt,
        paragraph(obj(i.footer).text, "footer"),
      ),
      [el("li", { class: "share-phone" }, icon("call"), "Share phone number")],
    ),
  ];
}
