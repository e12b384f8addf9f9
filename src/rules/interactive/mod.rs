//! Interactive messages (§7): the parts every interactive type shares (header, body, footer) and
//! the table of what each type allows; each type's `action` is checked in its own module.

mod address;
mod button;
mod calling;
mod carousel;
mod catalog;
mod contact_info;
mod cta_url;
mod flow;
mod list;
mod location_request;
mod order;
mod product;
#[cfg(test)]
pub(super) mod schema;
mod shared;

use crate::check::shape::{self, optional, required, Kind, Limit, Shape};
use crate::check::{Ctx, Ptr};
use crate::diagnostic::Severity::{Error, Info};
use crate::measure;
use crate::node::{Members, Node};
use crate::rule::Rule;
use crate::rules::media;
use shared::check_markdown;

pub(crate) use address::{ADDRESS_COUNTRY, ADDRESS_PIN_CODE};
pub(crate) use button::{
    BUTTONS_COUNT, BUTTON_CTA_DIRECT_SEND, BUTTON_CTA_LAYOUT, BUTTON_ID_DUPLICATE, BUTTON_ID_LENGTH,
    BUTTON_ID_WHITESPACE, BUTTON_TITLE_DUPLICATE, BUTTON_TITLE_LENGTH,
};
pub(crate) use calling::{check_ttl, CALL_PERMISSION_BODY_MISSING, VOICE_CALL_PAYLOAD_LENGTH, VOICE_CALL_TTL};
pub(crate) use carousel::{check_card_index, CARD_BODY_TEXT, MAX_CARDS, MIN_CARDS};
pub(crate) use carousel::{
    CAROUSEL_CARDS_CONSISTENT, CAROUSEL_CARDS_COUNT, CAROUSEL_CARD_BODY, CAROUSEL_CARD_BUTTONS, CAROUSEL_CARD_INDEX,
    CAROUSEL_QUICK_REPLY_DUPLICATE,
};
pub(crate) use catalog::CATALOG_HEADER_NOT_ALLOWED;
pub(crate) use cta_url::{CTA_DISPLAY_TEXT_LENGTH, CTA_URL_NOT_HTTP};
pub(crate) use flow::{
    FLOW_CTA_EMOJI, FLOW_CTA_LENGTH, FLOW_DATA_EMPTY, FLOW_FLAT_LAYOUT, FLOW_ID_OR_NAME, FLOW_PAYLOAD_MISSING,
    FLOW_TOKEN_MISSING,
};
pub(crate) use list::{
    LIST_BUTTON_LENGTH, LIST_ROWS_TOTAL, ROW_DESCRIPTION_LENGTH, ROW_ID_DUPLICATE, ROW_ID_LENGTH, ROW_TITLE_LENGTH,
    SECTIONS_COUNT, SECTION_EMPTY, SECTION_TITLE_LENGTH, SECTION_TITLE_MISSING,
};
pub(crate) use order::{ORDER_AMOUNT, ORDER_ARITHMETIC, ORDER_CURRENCY, ORDER_REFERENCE_ID, ORDER_TEXT_LENGTH};
pub(crate) use product::PRODUCT_ITEMS_TOTAL;
pub(crate) use shared::{MARKDOWN_NOT_RENDERED, PART_NOT_ALLOWED};

pub static BODY_MISSING: Rule = Rule {
    code: "WA0601",
    name: "interactive-body-missing",
    severity: Error,
    applies_to: &["interactive"],
    source: meta!("messages/interactive-reply-buttons-messages", "Request parameters", "131009"),
    summary: "Every interactive type but `product` needs a `body`.",
    help: "add \"body\": {\"text\": \"...\"}",
    valid: example!("WA0601-interactive-body-missing", "valid"),
    invalid: example!("WA0601-interactive-body-missing", "invalid"),
};

pub static BODY_LENGTH: Rule = Rule {
    code: "WA0602",
    name: "interactive-body-length",
    severity: Error,
    applies_to: &["interactive"],
    source: meta!("messages/interactive-reply-buttons-messages", "Request parameters", "131009"),
    summary: "`body.text` of an interactive message is 1 to 1024 characters.",
    help: "shorten the body; send details in a separate text message",
    valid: example!("WA0602-interactive-body-length", "valid"),
    invalid: example!("WA0602-interactive-body-length", "invalid"),
};

pub static FOOTER_LENGTH: Rule = Rule {
    code: "WA0603",
    name: "interactive-footer-length",
    severity: Error,
    applies_to: &["interactive"],
    source: meta!("messages/interactive-reply-buttons-messages", "Request parameters", "131009"),
    summary: "`footer.text` is 1 to 60 characters.",
    help: "shorten the footer",
    valid: example!("WA0603-interactive-footer-length", "valid"),
    invalid: example!("WA0603-interactive-footer-length", "invalid"),
};

pub static HEADER_MISSING: Rule = Rule {
    code: "WA0604",
    name: "interactive-header-missing",
    severity: Error,
    applies_to: &["interactive.product_list"],
    source: meta!("catalogs/multi-product-messages", "Step 1: Assemble the interactive object", "131009"),
    summary: "A multi-product (`product_list`) message needs a text `header`.",
    help: "add \"header\": {\"type\": \"text\", \"text\": \"...\"}",
    valid: example!("WA0604-interactive-header-missing", "valid"),
    invalid: example!("WA0604-interactive-header-missing", "invalid"),
};

pub static HEADER_NOT_ALLOWED: Rule = Rule {
    code: "WA0605",
    name: "interactive-header-not-allowed",
    severity: Error,
    applies_to: &["interactive.product", "interactive.location_request_message"],
    source: meta!("catalogs/single-product-messages", "Step 1: Assemble the interactive object", "131009"),
    summary: "Single-product (`product`) and location-request messages take no `header`.",
    help: "remove the header; the product's image and name are shown instead",
    valid: example!("WA0605-interactive-header-not-allowed", "valid"),
    invalid: example!("WA0605-interactive-header-not-allowed", "invalid"),
};

pub static HEADER_TYPE_NOT_ALLOWED: Rule = Rule {
    code: "WA0606",
    name: "interactive-header-type",
    severity: Error,
    applies_to: &["interactive"],
    source: meta!("messages/interactive-list-messages", "Request syntax", "131009"),
    summary: "Media headers (image, video, document) are for reply-button and CTA URL messages; list, product-list and flow headers are text.",
    help: "use a text header, or send the media as its own message first",
    valid: example!("WA0606-interactive-header-type", "valid"),
    invalid: example!("WA0606-interactive-header-type", "invalid"),
};

pub static HEADER_TEXT_LENGTH: Rule = Rule {
    code: "WA0607",
    name: "interactive-header-text-length",
    severity: Error,
    applies_to: &["interactive"],
    source: meta!("messages/interactive-reply-buttons-messages", "Request parameters", "131009"),
    summary: "A text header's `text` is 1 to 60 characters, and its `sub_text` at most 60.",
    help: "shorten the header",
    valid: example!("WA0607-interactive-header-text-length", "valid"),
    invalid: example!("WA0607-interactive-header-text-length", "invalid"),
};

pub static LIST_BODY_OLDER_LIMIT: Rule = Rule {
    code: "WA0611",
    name: "list-body-older-limit",
    severity: Info,
    applies_to: &["interactive.list"],
    source: meta!("messages/interactive-list-messages", "Request syntax"),
    summary: "A list's body may be 4096 characters today; over 1024 it exceeds the older reference's limit, which older SDKs still enforce.",
    help: "nothing to fix for the Cloud API today; shorten it to 1024 characters if an SDK or BSP rejects it",
    valid: example!("WA0611-list-body-older-limit", "valid"),
    invalid: example!("WA0611-list-body-older-limit", "invalid"),
};

named_enum! {
    /// An interactive message's `type`: the documented six, the two of §16 and the seven of §18.
    pub(crate) enum InteractiveType {
        Button = "button",
        List = "list",
        Product = "product",
        ProductList = "product_list",
        CatalogMessage = "catalog_message",
        Flow = "flow",
        CtaUrl = "cta_url",
        LocationRequestMessage = "location_request_message",
        Carousel = "carousel",
        CallPermissionRequest = "call_permission_request",
        VoiceCall = "voice_call",
        AddressMessage = "address_message",
        RequestContactInfo = "request_contact_info",
        OrderDetails = "order_details",
        OrderStatus = "order_status",
    }
}

/// What a type allows in its header.
enum HeaderRule {
    Required(&'static [&'static str]),
    Optional(&'static [&'static str]),
    Forbidden,
    Ignored,
}

const TEXT_ONLY: &[&str] = &["text"];
const IMAGE_ONLY: &[&str] = &["image"];
const ANY_HEADER: &[&str] = &["text", "image", "video", "document"];

/// Whether a type needs, allows or forbids a `body` or a `footer`.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Part {
    Required,
    Optional,
    Forbidden,
}

struct TypeRules {
    header: HeaderRule,
    body: Part,
    footer: Part,
    check_action: ActionCheck,
}

/// Checks an interactive type's `action`.
type ActionCheck = fn(&mut Ctx, &Node, &Ptr);

/// What each type allows and how its `action` is checked: exhaustive, so a new type cannot be
/// left out.
fn type_rules(interactive_type: InteractiveType) -> TypeRules {
    use InteractiveType as T;
    use Part::{Forbidden, Optional, Required};
    let (header, body, footer, check_action): (HeaderRule, Part, Part, ActionCheck) = match interactive_type {
        T::Button => (HeaderRule::Optional(ANY_HEADER), Required, Optional, button::check_action),
        T::List => (HeaderRule::Optional(TEXT_ONLY), Required, Optional, list::check_action),
        T::Product => (HeaderRule::Forbidden, Optional, Optional, product::check_single_action),
        T::ProductList => (HeaderRule::Required(TEXT_ONLY), Required, Optional, product::check_list_action),
        T::CatalogMessage => (HeaderRule::Ignored, Required, Optional, catalog::check_action),
        T::Flow => (HeaderRule::Optional(TEXT_ONLY), Required, Optional, flow::check_action),
        T::CtaUrl => (HeaderRule::Optional(ANY_HEADER), Required, Optional, cta_url::check_action),
        T::LocationRequestMessage => (HeaderRule::Forbidden, Required, Optional, location_request::check_action),
        T::Carousel => (HeaderRule::Forbidden, Required, Forbidden, carousel::check_action),
        T::CallPermissionRequest => (HeaderRule::Forbidden, Optional, Forbidden, calling::check_permission_action),
        T::VoiceCall => (HeaderRule::Optional(ANY_HEADER), Required, Forbidden, calling::check_voice_call_action),
        T::AddressMessage => (HeaderRule::Optional(ANY_HEADER), Required, Optional, address::check_action),
        T::RequestContactInfo => (HeaderRule::Optional(ANY_HEADER), Required, Optional, contact_info::check_action),
        T::OrderDetails => (HeaderRule::Optional(IMAGE_ONLY), Required, Optional, order::check_details_action),
        T::OrderStatus => (HeaderRule::Optional(ANY_HEADER), Required, Optional, order::check_status_action),
    };
    TypeRules { header, body, footer, check_action }
}

/// The shape of each type's `action`, for the generated schema (`schema.rs`); exhaustive like
/// `type_rules`, so a new type cannot be left out of the schema.
#[cfg(test)]
fn action_shape(interactive_type: InteractiveType) -> &'static Shape {
    use InteractiveType as T;
    match interactive_type {
        T::Button => &button::ACTION,
        T::List => &list::ACTION,
        T::Product => &product::SINGLE_ACTION,
        T::ProductList => &product::LIST_ACTION,
        T::CatalogMessage => &catalog::ACTION,
        T::Flow => &flow::NESTED_ACTION,
        T::CtaUrl => &cta_url::ACTION,
        T::LocationRequestMessage => &location_request::ACTION,
        T::Carousel => &carousel::ACTION,
        T::CallPermissionRequest => &calling::PERMISSION_ACTION,
        T::VoiceCall => &calling::VOICE_CALL_ACTION,
        T::AddressMessage => &address::ACTION,
        T::RequestContactInfo => &contact_info::ACTION,
        T::OrderDetails => &order::DETAILS_ACTION,
        T::OrderStatus => &order::STATUS_ACTION,
    }
}

static BODY_TEXT: Limit = Limit { rule: &BODY_LENGTH, what: "body text", min: 1, max: 1024 };
/// A list's body: 4096 on Meta's current page (§7 revised); past 1024 an info names the older limit.
static LIST_BODY_TEXT: Limit = Limit { rule: &BODY_LENGTH, what: "body text", min: 1, max: LIST_BODY_MAX };
const LIST_BODY_MAX: usize = 4096;
const OLDER_BODY_MAX: usize = 1024;
static FOOTER_TEXT: Limit = Limit { rule: &FOOTER_LENGTH, what: "footer text", min: 1, max: 60 };
static HEADER_TEXT: Limit = Limit { rule: &HEADER_TEXT_LENGTH, what: "header text", min: 1, max: 60 };
static HEADER_SUB_TEXT: Limit = Limit { rule: &HEADER_TEXT_LENGTH, what: "header sub_text", min: 0, max: 60 };

pub(super) static BODY: Shape = Shape { name: "interactive body", fields: &[required("text", Kind::Text(&BODY_TEXT))] };
static LIST_BODY: Shape = Shape { name: "interactive body", fields: &[required("text", Kind::Text(&LIST_BODY_TEXT))] };
pub(super) static FOOTER: Shape =
    Shape { name: "interactive footer", fields: &[required("text", Kind::Text(&FOOTER_TEXT))] };
pub(super) static HEADER: Shape = Shape {
    name: "interactive header",
    fields: &[
        required("type", Kind::Enum(ANY_HEADER)),
        optional("text", Kind::Text(&HEADER_TEXT)),
        optional("sub_text", Kind::Text(&HEADER_SUB_TEXT)),
        optional("image", Kind::Deferred),
        optional("video", Kind::Deferred),
        optional("document", Kind::Deferred),
    ],
};
pub(super) static INTERACTIVE: Shape = Shape {
    name: "interactive object",
    fields: &[
        required("type", Kind::Enum(InteractiveType::NAMES)),
        optional("header", Kind::Deferred),
        optional("body", Kind::Deferred),
        optional("footer", Kind::Object(&FOOTER)),
        required("action", Kind::Deferred),
    ],
};

pub(crate) fn check(ctx: &mut Ctx, value: &Node, at: &Ptr) {
    let Some(members) = shape::object(ctx, value, at, &INTERACTIVE) else { return };
    let kind = members.get("type").and_then(Node::as_str).and_then(InteractiveType::from_name);
    let body = members.get("body");
    let Some(kind) = kind else {
        // An unknown type is one diagnostic (its `type`); only what every type shares is checked.
        if let Some(body) = body {
            shape::object(ctx, body, &at.key("body"), &BODY);
        }
        return;
    };
    let rules = type_rules(kind);
    let interactive_type = kind.name();
    match (rules.body, body) {
        (Part::Required, None) => {
            ctx.report_missing(&BODY_MISSING, &at.key("body"), format!("a {interactive_type} message needs a `body`"));
        }
        (Part::Optional, None) if kind == InteractiveType::CallPermissionRequest => {
            let message = "the permission request has no `body`: tell the customer why you want to call".into();
            ctx.report_missing(&calling::CALL_PERMISSION_BODY_MISSING, &at.key("body"), message);
        }
        (Part::Forbidden, Some(_)) => ctx.report_key(
            &PART_NOT_ALLOWED,
            &at.key("body"),
            format!("a {interactive_type} message takes no `body`"),
            None,
        ),
        (_, Some(body)) => check_body(ctx, body, &at.key("body"), kind),
        _ => {}
    }
    if rules.footer == Part::Forbidden && members.contains_key("footer") {
        let message = format!("a {interactive_type} message takes no `footer`");
        ctx.report_key(&PART_NOT_ALLOWED, &at.key("footer"), message, None);
    }
    check_header_rule(ctx, members, at, &rules.header, interactive_type);
    if let Some(action) = members.get("action") {
        (rules.check_action)(ctx, action, &at.key("action"));
    }
}

fn check_body(ctx: &mut Ctx, body: &Node, at: &Ptr, kind: InteractiveType) {
    if kind != InteractiveType::List {
        shape::object(ctx, body, at, &BODY);
        return;
    }
    let Some(text) = shape::object(ctx, body, at, &LIST_BODY).and_then(|body| body.get("text")?.as_str()) else {
        return;
    };
    if text.len() > OLDER_BODY_MAX {
        let count = measure::chars(text);
        if (OLDER_BODY_MAX + 1..=LIST_BODY_MAX).contains(&count) {
            ctx.report(
                &LIST_BODY_OLDER_LIMIT,
                &at.key("text"),
                format!("list body text is {count} characters: within today's {LIST_BODY_MAX}, over the older limit of {OLDER_BODY_MAX}"),
            );
        }
    }
}

fn check_header_rule(ctx: &mut Ctx, members: &Members, at: &Ptr, rule: &HeaderRule, interactive_type: &str) {
    let header_at = at.key("header");
    match (rule, members.get("header")) {
        (HeaderRule::Required(_), None) => {
            ctx.report_missing(
                &HEADER_MISSING,
                &header_at,
                format!("a {interactive_type} message needs a text `header`"),
            );
        }
        (HeaderRule::Required(allowed) | HeaderRule::Optional(allowed), Some(header)) => {
            check_header(ctx, header, &header_at, allowed, interactive_type);
        }
        (HeaderRule::Forbidden, Some(_)) => {
            ctx.report_key(
                &HEADER_NOT_ALLOWED,
                &header_at,
                format!("a {interactive_type} message takes no `header`"),
                None,
            );
        }
        (HeaderRule::Ignored, Some(_)) => {
            let message =
                format!("a {interactive_type} message has a fixed header; the API rejects a `header` (131009)");
            ctx.report_key(&CATALOG_HEADER_NOT_ALLOWED, &header_at, message, None);
        }
        _ => {}
    }
}

fn check_header(ctx: &mut Ctx, header: &Node, at: &Ptr, allowed: &[&str], interactive_type: &str) {
    let Some(members) = shape::object(ctx, header, at, &HEADER) else { return };
    let Some(header_type) = members.get("type").and_then(Node::as_str).filter(|t| ANY_HEADER.contains(t)) else {
        return;
    };
    if !allowed.contains(&header_type) {
        let message =
            format!("a {interactive_type} message cannot have a {header_type} header; allowed: {}", allowed.join(", "));
        ctx.report(&HEADER_TYPE_NOT_ALLOWED, &at.key("type"), message);
    }
    match members.get(header_type) {
        None => shape::missing(ctx, at, header_type, &format!("a {header_type} header")),
        Some(content) if header_type == "text" => {
            if let Some(text) = content.as_str() {
                check_markdown(ctx, text, &at.key("text"), "header text");
            }
            if let Some(sub_text) = members.get("sub_text").and_then(Node::as_str) {
                check_markdown(ctx, sub_text, &at.key("sub_text"), "header sub_text");
            }
        }
        Some(content) => drop(media::check_object(ctx, header_type, content, &at.key(header_type))),
    }
}
