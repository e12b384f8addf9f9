//! Orders and payments (§18): `order_details` (review and pay, Brazil and India) with its amount
//! arithmetic, and `order_status` updates.

use crate::check::shape::{self, optional, required, Field, Kind, Limit, Shape};
use crate::check::{Ctx, Ptr};
use crate::diagnostic::Severity::Error;
use crate::node::{Members, Node};
use crate::rule::Rule;

pub static ORDER_REFERENCE_ID: Rule = Rule {
    code: "WA1801",
    name: "order-reference-id",
    severity: Error,
    applies_to: &["interactive.order_details", "interactive.order_status"],
    source: meta!("payments/payments-in/pg", "Step 1: Assemble the interactive object", "131009"),
    summary:
        "`reference_id` uses letters, digits, `_`, `-` and `.`, at most 60 characters (35 when the currency is INR).",
    help: "use your order number with letters, digits, `_`, `-` or `.`",
    valid: example!("WA1801-order-reference-id", "valid"),
    invalid: example!("WA1801-order-reference-id", "invalid"),
};

pub static ORDER_CURRENCY: Rule = Rule {
    code: "WA1802",
    name: "order-currency",
    severity: Error,
    applies_to: &["interactive.order_details"],
    source: meta!("payments/payments-br/orders", "Sending order details message", "131009"),
    summary: "An order's `currency` is BRL or INR, and matches its payment: `payment_type: \"br\"` needs BRL; UPI and payment gateways need INR.",
    help: "use BRL for payments in Brazil and INR for payments in India",
    valid: example!("WA1802-order-currency", "valid"),
    invalid: example!("WA1802-order-currency", "invalid"),
};

pub static ORDER_AMOUNT: Rule = Rule {
    code: "WA1803",
    name: "order-amount",
    severity: Error,
    applies_to: &["interactive.order_details"],
    source: meta!("payments/payments-in/pg", "Step 1: Assemble the interactive object", "131009"),
    summary: "Every amount is `{\"value\": <integer ≥ 0>, \"offset\": 100}` (value in hundredths); an item's `quantity` is an integer ≥ 1 and its `sale_amount` is below its `amount`.",
    help: "write 12.50 as {\"value\": 1250, \"offset\": 100}",
    valid: example!("WA1803-order-amount", "valid"),
    invalid: example!("WA1803-order-amount", "invalid"),
};

pub static ORDER_ARITHMETIC: Rule = Rule {
    code: "WA1804",
    name: "order-arithmetic",
    severity: Error,
    applies_to: &["interactive.order_details"],
    source: meta!("payments/payments-in/pg", "Step 1: Assemble the interactive object", "131009"),
    summary: "`subtotal` is the sum of each item's (sale) amount × quantity, and `total_amount` is subtotal + tax + shipping − discount.",
    help: "recompute the totals from the items",
    valid: example!("WA1804-order-arithmetic", "valid"),
    invalid: example!("WA1804-order-arithmetic", "invalid"),
};

pub static ORDER_TEXT_LENGTH: Rule = Rule {
    code: "WA1805",
    name: "order-text-length",
    severity: Error,
    applies_to: &["interactive.order_details", "interactive.order_status"],
    source: meta!("payments/payments-in/pg", "Order status updates", "131009"),
    summary:
        "Item names and amount descriptions are at most 60 characters; order and expiration descriptions at most 120.",
    help: "shorten the text",
    valid: example!("WA1805-order-text-length", "valid"),
    invalid: example!("WA1805-order-text-length", "invalid"),
};

const MAX_REFERENCE_ID: usize = 60;
const MAX_INR_REFERENCE_ID: usize = 35;
const OFFSET: u64 = 100;

static SHORT_TEXT: Limit = Limit { rule: &ORDER_TEXT_LENGTH, what: "order text", min: 0, max: 60 };
static LONG_TEXT: Limit = Limit { rule: &ORDER_TEXT_LENGTH, what: "order description", min: 0, max: 120 };

const AMOUNT_FIELDS: &[Field] = &[
    required("value", Kind::Deferred),
    required("offset", Kind::Deferred),
    optional("description", Kind::Text(&SHORT_TEXT)),
    optional("discount_program_name", Kind::String),
];
pub(super) static AMOUNT: Shape = Shape { name: "amount", fields: AMOUNT_FIELDS };
static ITEM: Shape = Shape {
    name: "order item",
    fields: &[
        optional("retailer_id", Kind::NonEmpty),
        optional("product_id", Kind::NonEmpty),
        required("name", Kind::Text(&SHORT_TEXT)),
        required("amount", Kind::Object(&AMOUNT)),
        required("quantity", Kind::Deferred),
        optional("sale_amount", Kind::Object(&AMOUNT)),
        optional("country_of_origin", Kind::String),
        optional("importer_name", Kind::String),
        optional("importer_address", Kind::Deferred),
        optional("description", Kind::Text(&SHORT_TEXT)),
    ],
};
static EXPIRATION: Shape = Shape {
    name: "order expiration",
    fields: &[required("timestamp", Kind::IndexLike), optional("description", Kind::Text(&LONG_TEXT))],
};
static DETAILS_ORDER: Shape = Shape {
    name: "order",
    fields: &[
        required("status", Kind::Enum(&["pending"])),
        optional("catalog_id", Kind::NonEmpty),
        optional("type", Kind::String),
        required("items", Kind::Deferred),
        required("subtotal", Kind::Object(&AMOUNT)),
        required("tax", Kind::Object(&AMOUNT)),
        optional("shipping", Kind::Object(&AMOUNT)),
        optional("discount", Kind::Object(&AMOUNT)),
        optional("expiration", Kind::Object(&EXPIRATION)),
    ],
};
static PAYMENT_SETTING: Shape = Shape {
    name: "payment setting",
    fields: &[
        required(
            "type",
            Kind::Enum(&["pix_dynamic_code", "payment_link", "boleto", "offsite_card_pay", "payment_gateway"]),
        ),
        optional("pix_dynamic_code", Kind::Object(&PIX)),
        optional("payment_link", Kind::Object(&PAYMENT_LINK)),
        optional("boleto", Kind::Object(&BOLETO)),
        optional("offsite_card_pay", Kind::Object(&OFFSITE_CARD)),
        optional("payment_gateway", Kind::Object(&GATEWAY)),
    ],
};
static PIX: Shape = Shape {
    name: "pix dynamic code",
    fields: &[
        required("code", Kind::NonEmpty),
        required("merchant_name", Kind::NonEmpty),
        required("key", Kind::NonEmpty),
        required("key_type", Kind::Enum(&["CPF", "CNPJ", "EMAIL", "PHONE", "EVP"])),
    ],
};
static PAYMENT_LINK: Shape = Shape { name: "payment link", fields: &[required("uri", Kind::NonEmpty)] };
static BOLETO: Shape = Shape { name: "boleto", fields: &[required("digitable_line", Kind::NonEmpty)] };
static OFFSITE_CARD: Shape = Shape {
    name: "offsite card pay",
    fields: &[required("last_four_digits", Kind::NonEmpty), required("credential_id", Kind::NonEmpty)],
};
static GATEWAY_NAME: Limit = Limit { rule: &ORDER_TEXT_LENGTH, what: "configuration_name", min: 1, max: 60 };
static GATEWAY: Shape = Shape {
    name: "payment gateway",
    fields: &[
        required("type", Kind::Enum(&["billdesk", "razorpay", "payu", "zaakpay"])),
        required("configuration_name", Kind::Text(&GATEWAY_NAME)),
        optional("billdesk", Kind::Deferred),
        optional("razorpay", Kind::Deferred),
        optional("payu", Kind::Deferred),
        optional("zaakpay", Kind::Deferred),
    ],
};
static DETAILS_PARAMETERS: Shape = Shape {
    name: "order details parameters",
    fields: &[
        required("reference_id", Kind::String),
        required("type", Kind::Enum(&["digital-goods", "physical-goods"])),
        optional("payment_type", Kind::String),
        optional("payment_configuration", Kind::String),
        optional("payment_settings", Kind::ArrayOf(&PAYMENT_SETTING)),
        required("currency", Kind::Enum(&["BRL", "INR"])),
        required("total_amount", Kind::Object(&AMOUNT)),
        required("order", Kind::Object(&DETAILS_ORDER)),
        optional("shipping_info", Kind::Deferred),
        optional("beneficiaries", Kind::Deferred),
    ],
};
pub(super) static DETAILS_ACTION: Shape = Shape {
    name: "order details action",
    fields: &[required("name", Kind::Enum(&["review_and_pay"])), required("parameters", Kind::Deferred)],
};

const ORDER_STATUSES: &[&str] =
    &["pending", "processing", "partially-shipped", "shipped", "completed", "canceled", "captured", "failed"];
static STATUS_ORDER: Shape = Shape {
    name: "order",
    fields: &[required("status", Kind::Enum(ORDER_STATUSES)), optional("description", Kind::Text(&LONG_TEXT))],
};
static PAYMENT: Shape = Shape {
    name: "payment",
    fields: &[required("status", Kind::Enum(&["pending", "captured", "failed"])), optional("timestamp", Kind::Integer)],
};
static STATUS_PARAMETERS: Shape = Shape {
    name: "order status parameters",
    fields: &[
        required("reference_id", Kind::String),
        required("order", Kind::Object(&STATUS_ORDER)),
        optional("payment", Kind::Object(&PAYMENT)),
    ],
};
pub(super) static STATUS_ACTION: Shape = Shape {
    name: "order status action",
    fields: &[required("name", Kind::Enum(&["review_order"])), required("parameters", Kind::Deferred)],
};

pub(super) fn check_status_action(ctx: &mut Ctx, value: &Node, at: &Ptr) {
    let Some(action) = shape::object(ctx, value, at, &STATUS_ACTION) else { return };
    let Some(parameters) = action.get("parameters") else { return };
    let parameters_at = at.key("parameters");
    if let Some(parameters) = shape::object(ctx, parameters, &parameters_at, &STATUS_PARAMETERS) {
        check_reference_id(ctx, parameters, &parameters_at, MAX_REFERENCE_ID);
    }
}

pub(super) fn check_details_action(ctx: &mut Ctx, value: &Node, at: &Ptr) {
    let Some(action) = shape::object(ctx, value, at, &DETAILS_ACTION) else { return };
    let Some(parameters) = action.get("parameters") else { return };
    let at = at.key("parameters");
    let Some(parameters) = shape::object(ctx, parameters, &at, &DETAILS_PARAMETERS) else { return };
    let currency = parameters.get("currency").and_then(Node::as_str);
    let limit = if currency == Some("INR") { MAX_INR_REFERENCE_ID } else { MAX_REFERENCE_ID };
    check_reference_id(ctx, parameters, &at, limit);
    check_currency(ctx, parameters, currency, &at);
    let total = amount(ctx, parameters.get("total_amount"), &at.key("total_amount"));
    let mut amounts = Amounts { total, ..Amounts::default() };
    let Some(order) = parameters.get("order").and_then(Node::as_object) else { return };
    let order_at = at.key("order");
    for (name, slot) in [
        ("subtotal", &mut amounts.subtotal),
        ("tax", &mut amounts.tax),
        ("shipping", &mut amounts.shipping),
        ("discount", &mut amounts.discount),
    ] {
        *slot = amount(ctx, order.get(name), &order_at.key(name));
    }
    let items_at = order_at.key("items");
    let Some(items) = order.get("items").and_then(|items| shape::array(ctx, items, &items_at)) else { return };
    if items.is_empty() {
        ctx.report(&ORDER_AMOUNT, &items_at, "`items` is empty; an order has at least one item".into());
    }
    let mut items_sum = Some(0u64);
    for (index, item) in items.iter().enumerate() {
        let item_at = items_at.index(index);
        let Some(item) = shape::object(ctx, item, &item_at, &ITEM) else {
            items_sum = None;
            continue;
        };
        if currency == Some("BRL") && !item.contains_key("retailer_id") {
            shape::missing(ctx, &item_at, "retailer_id", "an order item in BRL");
        }
        let line = item_total(ctx, item, &item_at);
        items_sum = items_sum.zip(line).and_then(|(sum, line)| sum.checked_add(line));
    }
    check_arithmetic(ctx, &amounts, items_sum, &at);
}

fn check_reference_id(ctx: &mut Ctx, parameters: &Members, at: &Ptr, limit: usize) {
    let Some(id) = parameters.get("reference_id").and_then(Node::as_str) else { return };
    let allowed = |b: u8| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.');
    let problem = if id.is_empty() || !id.bytes().all(allowed) {
        "may only hold letters, digits, `_`, `-` and `.`".to_owned()
    } else if id.len() > limit {
        format!("is {} characters; the limit is {limit}", id.len())
    } else {
        return;
    };
    ctx.report(&ORDER_REFERENCE_ID, &at.key("reference_id"), format!("`reference_id` \"{id}\" {problem}"));
}

fn check_currency(ctx: &mut Ctx, parameters: &Members, currency: Option<&str>, at: &Ptr) {
    let Some(currency) = currency.filter(|currency| ["BRL", "INR"].contains(currency)) else { return };
    let brazil = parameters.get("payment_type").and_then(Node::as_str) == Some("br");
    let india = parameters.get("payment_type").and_then(Node::as_str).is_some_and(|t| t.starts_with("upi"))
        || parameters.get("payment_settings").and_then(Node::as_array).is_some_and(|settings| {
            settings.iter().any(|s| s.get("type").and_then(Node::as_str) == Some("payment_gateway"))
        });
    let expected = match (brazil, india) {
        (true, false) => "BRL",
        (false, true) => "INR",
        _ => return,
    };
    if currency != expected {
        let message = format!("`currency` is {currency}, but the payment method needs {expected}");
        ctx.report(&ORDER_CURRENCY, &at.key("currency"), message);
    }
}

/// The totals an order states, as values in hundredths.
#[derive(Default)]
struct Amounts {
    total: Option<u64>,
    subtotal: Option<u64>,
    tax: Option<u64>,
    shipping: Option<u64>,
    discount: Option<u64>,
}

/// An amount's value when it is well formed (`value` an integer ≥ 0, `offset` 100).
fn amount(ctx: &mut Ctx, value: Option<&Node>, at: &Ptr) -> Option<u64> {
    let members = value?.as_object()?;
    let offset = members.get("offset");
    if let Some(offset) = offset.filter(|offset| offset.as_u64() != Some(OFFSET)) {
        ctx.report(&ORDER_AMOUNT, &at.key("offset"), format!("`offset` is {offset}; it must be {OFFSET}"));
    }
    let raw = members.get("value")?;
    match raw.as_u64() {
        Some(value) => Some(value).filter(|_| offset.and_then(Node::as_u64) == Some(OFFSET)),
        None => {
            let message = format!("`value` is {raw}; it must be an integer ≥ 0 (hundredths of the currency)");
            ctx.report(&ORDER_AMOUNT, &at.key("value"), message);
            None
        }
    }
}

/// An item's (sale) amount × quantity, checking the quantity and the sale price.
fn item_total(ctx: &mut Ctx, item: &Members, at: &Ptr) -> Option<u64> {
    let price = amount(ctx, item.get("amount"), &at.key("amount"));
    let sale = amount(ctx, item.get("sale_amount"), &at.key("sale_amount"));
    if let (Some(price), Some(sale)) = (price, sale) {
        if sale >= price {
            let message = format!("`sale_amount` is {sale}, not below `amount` {price}");
            ctx.report(&ORDER_AMOUNT, &at.key("sale_amount").key("value"), message);
        }
    }
    let quantity = item.get("quantity")?;
    let Some(quantity) = quantity.as_u64().filter(|&quantity| quantity >= 1) else {
        let message = format!("`quantity` is {quantity}; it must be an integer ≥ 1");
        ctx.report(&ORDER_AMOUNT, &at.key("quantity"), message);
        return None;
    };
    sale.or(price)?.checked_mul(quantity)
}

fn check_arithmetic(ctx: &mut Ctx, amounts: &Amounts, items_sum: Option<u64>, at: &Ptr) {
    let order_at = at.key("order");
    if let (Some(sum), Some(subtotal)) = (items_sum, amounts.subtotal) {
        if sum != subtotal {
            let message = format!("`subtotal` is {subtotal}; the items add up to {sum}");
            ctx.report(&ORDER_ARITHMETIC, &order_at.key("subtotal").key("value"), message);
        }
    }
    let (Some(total), Some(subtotal), Some(tax)) = (amounts.total, amounts.subtotal, amounts.tax) else { return };
    let expected = i128::from(subtotal) + i128::from(tax) + i128::from(amounts.shipping.unwrap_or(0))
        - i128::from(amounts.discount.unwrap_or(0));
    if i128::from(total) != expected {
        let message = format!("`total_amount` is {total}; subtotal + tax + shipping − discount is {expected}");
        ctx.report(&ORDER_ARITHMETIC, &at.key("total_amount").key("value"), message);
    }
}
