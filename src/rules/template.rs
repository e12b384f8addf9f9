//! Template messages (§14, §16): name, language, components and their parameters.

use crate::check::shape::{self, optional, required, Kind, Limit, Shape};
use crate::check::{Ctx, Ptr};
use crate::diagnostic::Severity::{Error, Info, Warning};
use crate::measure;
use crate::node::{Members, Node};
use crate::rule::Rule;
use crate::rules::{interactive, location, media};

pub static TEMPLATE_NAMESPACE: Rule = Rule {
    code: "WA1401",
    name: "template-namespace",
    severity: Info,
    applies_to: &["template"],
    source: meta!("templates/overview", "Template parameters"),
    summary:
        "`namespace` is needed by the On-Premises API only; the Cloud API finds the template by name and language.",
    help: "you can remove `namespace`",
    valid: example!("WA1401-template-namespace", "valid"),
    invalid: example!("WA1401-template-namespace", "invalid"),
};

pub static TEMPLATE_BUTTON_INDEX: Rule = Rule {
    code: "WA1402",
    name: "template-button-index",
    severity: Error,
    applies_to: &["template"],
    source: meta!("templates/components", "Buttons", "131009"),
    summary: "A button component's `index` is the button's 0-based position, 0 to 9.",
    help: "use the button's position in the template, starting at 0",
    valid: example!("WA1402-template-button-index", "valid"),
    invalid: example!("WA1402-template-button-index", "invalid"),
};

pub static TEMPLATE_BUTTON_PARAMETER: Rule = Rule {
    code: "WA1403",
    name: "template-button-parameter",
    severity: Error,
    applies_to: &["template"],
    source: meta!("templates/components", "Buttons", "131008"),
    summary: "A `quick_reply` button component needs a `payload` parameter; a `url` button component needs a `text` parameter (the URL suffix).",
    help: "add the parameter the button's sub_type needs",
    valid: example!("WA1403-template-button-parameter", "valid"),
    invalid: example!("WA1403-template-button-parameter", "invalid"),
};

pub static TEMPLATE_HEADER_TEXT_LENGTH: Rule = Rule {
    code: "WA1404",
    name: "template-header-text-length",
    severity: Error,
    applies_to: &["template"],
    source: meta!("templates/components", "Header", "132005"),
    summary: "A `text` parameter in a header component is at most 60 characters.",
    help: "shorten the header parameter",
    valid: example!("WA1404-template-header-text-length", "valid"),
    invalid: example!("WA1404-template-header-text-length", "invalid"),
};

pub static TEMPLATE_BODY_TEXT_LENGTH: Rule = Rule {
    code: "WA1405",
    name: "template-body-text-length",
    severity: Error,
    applies_to: &["template"],
    source: meta!("templates/components", "Body", "132005"),
    summary: "A `text` parameter in a body component is at most 1024 characters when other components are present, and at most 32768 when the body is the only component.",
    help: "shorten the parameter",
    valid: example!("WA1405-template-body-text-length", "valid"),
    invalid: example!("WA1405-template-body-text-length", "invalid"),
};

pub static TEMPLATE_CURRENCY_CODE: Rule = Rule {
    code: "WA1406",
    name: "template-currency-code",
    severity: Error,
    applies_to: &["template"],
    source: meta!("templates/overview", "Template parameters (currency)", "132012"),
    summary: "A currency parameter's `code` is an ISO 4217 code: three upper-case letters naming a known currency.",
    help: "use the ISO 4217 code, e.g. USD, EUR or BRL",
    valid: example!("WA1406-template-currency-code", "valid"),
    invalid: example!("WA1406-template-currency-code", "invalid"),
};

pub static TEMPLATE_MEDIA_CAPTION: Rule = Rule {
    code: "WA1407",
    name: "template-media-caption",
    severity: Warning,
    applies_to: &["template"],
    source: meta!("templates/components", "Header"),
    summary: "Media parameters of templates take no `caption`: it is not shown.",
    help: "remove the caption; put the text in the template's body",
    valid: example!("WA1407-template-media-caption", "valid"),
    invalid: example!("WA1407-template-media-caption", "invalid"),
};

pub static TEMPLATE_DOCUMENT_NOT_PDF: Rule = Rule {
    code: "WA1408",
    name: "template-document-not-pdf",
    severity: Warning,
    applies_to: &["template"],
    source: meta!("templates/components", "Header", "132012"),
    summary: "Document parameters of templates must be PDF files.",
    help: "convert the document to PDF",
    valid: example!("WA1408-template-document-not-pdf", "valid"),
    invalid: example!("WA1408-template-document-not-pdf", "invalid"),
};

pub static TEMPLATE_TEXT_WHITESPACE: Rule = Rule {
    code: "WA1409",
    name: "template-text-whitespace",
    severity: Error,
    applies_to: &["template"],
    source: meta!("templates/overview", "Template parameters", "132018"),
    summary: "Template `text` parameters contain no new-line or tab characters and no more than 4 consecutive spaces (API error 132018).",
    help: "replace new lines and tabs with spaces, and collapse runs of spaces",
    valid: example!("WA1409-template-text-whitespace", "valid"),
    invalid: example!("WA1409-template-text-whitespace", "invalid"),
};

pub static TEMPLATE_COUPON_CODE: Rule = Rule {
    code: "WA1410",
    name: "template-coupon-code",
    severity: Error,
    applies_to: &["template"],
    source: meta!("templates/marketing-templates/coupon-templates", "Sending coupon code templates", "131009"),
    summary: "A copy-code button's `coupon_code` is 1 to 15 letters and digits.",
    help: "use a code of at most 15 letters and digits",
    valid: example!("WA1410-template-coupon-code", "valid"),
    invalid: example!("WA1410-template-coupon-code", "invalid"),
};

pub static TEMPLATE_OFFER_EXPIRATION: Rule = Rule {
    code: "WA1411",
    name: "template-offer-expiration",
    severity: Warning,
    applies_to: &["template"],
    source: meta!("templates/marketing-templates/limited-time-offer-templates", "Sending limited-time offer templates"),
    summary: "A limited-time offer's `expiration_time_ms` is a moment in epoch milliseconds; a value below 10^12 looks like seconds or a duration.",
    help: "give the offer's end as milliseconds since 1970, e.g. 1767225600000",
    valid: example!("WA1411-template-offer-expiration", "valid"),
    invalid: example!("WA1411-template-offer-expiration", "invalid"),
};

pub static TEMPLATE_TAP_TARGET: Rule = Rule {
    code: "WA1412",
    name: "template-tap-target",
    severity: Warning,
    applies_to: &["template"],
    source: meta!("templates/tap-target-url-title-override", "Request syntax"),
    summary: "`tap_target_configuration` is an array of `{url, title}` with http(s) URLs; a single object is accepted but undocumented.",
    help: "send [{\"url\": \"https://…\", \"title\": \"…\"}]",
    valid: example!("WA1412-template-tap-target", "valid"),
    invalid: example!("WA1412-template-tap-target", "invalid"),
};

pub static TEMPLATE_PARAMETER_NAMES: Rule = Rule {
    code: "WA1413",
    name: "template-parameter-names",
    severity: Error,
    applies_to: &["template"],
    source: meta!("templates/overview", "Named parameters", "100 (Parameter name is missing or empty)"),
    summary: "In one component, every text parameter has a `parameter_name` or none does; names are lower-case letters, digits and `_`, start with a letter, and are not repeated.",
    help: "name every text parameter of the component after its {{placeholder}}",
    valid: example!("WA1413-template-parameter-names", "valid"),
    invalid: example!("WA1413-template-parameter-names", "invalid"),
};

const MAX_COUPON_CODE: usize = 15;
const MAX_TEMPLATE_NAME: usize = 512;
/// 10^12 ms is September 2001: an offer's end before that is a unit mistake.
const EPOCH_MILLISECONDS_FLOOR: u64 = 1_000_000_000_000;

named_enum! {
    /// A sent component's `type` (§19), compared ignoring case, as Meta's pages mix cases.
    enum ComponentType {
        Header = "header",
        Body = "body",
        Footer = "footer",
        Button = "button",
        Carousel = "carousel",
        LimitedTimeOffer = "limited_time_offer",
        TapTargetConfiguration = "tap_target_configuration",
    }
}

named_enum! {
    /// A button component's `sub_type` (compared ignoring case).
    enum ButtonSubType {
        QuickReply = "quick_reply",
        Url = "url",
        CopyCode = "copy_code",
        Flow = "flow",
        Catalog = "catalog",
        Mpm = "mpm",
        VoiceCall = "voice_call",
        OrderDetails = "order_details",
    }
}

named_enum! {
    /// A parameter's `type`; each component type allows some of them.
    enum ParameterType {
        Text = "text",
        Image = "image",
        Video = "video",
        Document = "document",
        Location = "location",
        Product = "product",
        Currency = "currency",
        DateTime = "date_time",
        Payload = "payload",
        CouponCode = "coupon_code",
        Action = "action",
        TtlMinutes = "ttl_minutes",
        LimitedTimeOffer = "limited_time_offer",
        TapTargetConfiguration = "tap_target_configuration",
    }
}

const HEADER_PARAMETER_TYPES: &[&str] = &["text", "image", "video", "document", "location", "product"];
const BODY_PARAMETER_TYPES: &[&str] = &["text", "currency", "date_time"];
/// `payload` and `text` (§14), and the parameters of the copy-code, flow, catalog, multi-product,
/// order and call buttons of §19.
const BUTTON_PARAMETER_TYPES: &[&str] = &["payload", "text", "coupon_code", "action", "ttl_minutes"];
const MAX_BUTTON_INDEX: u64 = 9;
/// One space more than the API allows in a row (error 132018).
const TOO_MANY_SPACES: &str = "     ";
const MAX_CONSECUTIVE_SPACES: usize = TOO_MANY_SPACES.len() - 1;

static HEADER_TEXT: Limit = Limit { rule: &TEMPLATE_HEADER_TEXT_LENGTH, what: "header parameter", min: 1, max: 60 };
static BODY_TEXT: Limit = Limit { rule: &TEMPLATE_BODY_TEXT_LENGTH, what: "body parameter", min: 1, max: 1024 };
static BODY_ONLY_TEXT: Limit = Limit { rule: &TEMPLATE_BODY_TEXT_LENGTH, what: "body parameter", min: 1, max: 32768 };

pub(super) static LANGUAGE: Shape = Shape {
    name: "template language",
    fields: &[required("code", Kind::NonEmpty), optional("policy", Kind::Enum(&["deterministic"]))],
};
pub(super) static TEMPLATE: Shape = Shape {
    name: "template",
    fields: &[
        required("name", Kind::NonEmpty),
        required("language", Kind::Object(&LANGUAGE)),
        optional("namespace", Kind::String),
        optional("components", Kind::Deferred),
    ],
};
pub(super) static COMPONENT: Shape = Shape {
    name: "template component",
    fields: &[
        required("type", Kind::Deferred),
        optional("sub_type", Kind::Deferred),
        optional("index", Kind::IndexLike),
        optional("parameters", Kind::Deferred),
        optional("cards", Kind::Deferred),
    ],
};
pub(super) static CURRENCY: Shape = Shape {
    name: "currency",
    fields: &[
        required("fallback_value", Kind::String),
        required("code", Kind::String),
        required("amount_1000", Kind::Integer),
    ],
};
pub(super) static DATE_TIME: Shape = Shape {
    name: "date_time",
    fields: &[
        required("fallback_value", Kind::String),
        optional("timestamp", Kind::Integer),
        optional("calendar", Kind::String),
        optional("day_of_week", Kind::Deferred),
        optional("year", Kind::Integer),
        optional("month", Kind::Integer),
        optional("day_of_month", Kind::Integer),
        optional("hour", Kind::Integer),
        optional("minute", Kind::Integer),
    ],
};
static PRODUCT: Shape = Shape {
    name: "product parameter",
    fields: &[required("product_retailer_id", Kind::NonEmpty), required("catalog_id", Kind::NonEmpty)],
};
static LOCATION: Shape = Shape {
    name: "location parameter",
    fields: &[
        required("latitude", Kind::Deferred),
        required("longitude", Kind::Deferred),
        optional("name", Kind::String),
        optional("address", Kind::String),
    ],
};
static LIMITED_TIME_OFFER: Shape =
    Shape { name: "limited-time offer", fields: &[required("expiration_time_ms", Kind::Integer)] };
static TAP_TARGET: Shape =
    Shape { name: "tap target", fields: &[required("url", Kind::String), required("title", Kind::NonEmpty)] };
static MPM_SECTION_TITLE: Limit =
    Limit { rule: &crate::rules::interactive::SECTION_TITLE_LENGTH, what: "section title", min: 1, max: 24 };
static MPM_ITEM: Shape = Shape { name: "product item", fields: &[required("product_retailer_id", Kind::NonEmpty)] };
static MPM_SECTION: Shape = Shape {
    name: "multi-product section",
    fields: &[required("title", Kind::Text(&MPM_SECTION_TITLE)), required("product_items", Kind::ArrayOf(&MPM_ITEM))],
};
/// A button's `action` parameter: flow, catalog, multi-product and order buttons share it.
static ACTION: Shape = Shape {
    name: "button action",
    fields: &[
        optional("flow_token", Kind::String),
        optional("flow_action_data", Kind::Deferred),
        optional("thumbnail_product_retailer_id", Kind::String),
        optional("sections", Kind::ArrayOf(&MPM_SECTION)),
        optional("order_details", Kind::Deferred),
    ],
};
static CARD: Shape = Shape {
    name: "carousel card",
    fields: &[required("card_index", Kind::Integer), required("components", Kind::Deferred)],
};

pub(super) static PARAMETER: Shape = Shape {
    name: "template parameter",
    fields: &[
        required("type", Kind::Deferred),
        optional("text", Kind::String),
        optional("currency", Kind::Object(&CURRENCY)),
        optional("date_time", Kind::Object(&DATE_TIME)),
        optional("image", Kind::Deferred),
        optional("document", Kind::Deferred),
        optional("video", Kind::Deferred),
        optional("location", Kind::Deferred),
        optional("product", Kind::Object(&PRODUCT)),
        optional("payload", Kind::String),
        optional("coupon_code", Kind::String),
        optional("action", Kind::Object(&ACTION)),
        optional("ttl_minutes", Kind::Integer),
        optional("limited_time_offer", Kind::Object(&LIMITED_TIME_OFFER)),
        optional("tap_target_configuration", Kind::Deferred),
        // Enhanced payment links (Meta: payments/payments-in/enhanced-payment-links).
        optional("payment_link_preview", Kind::Bool),
        optional("parameter_name", Kind::NonEmpty),
    ],
};

pub(crate) fn check(ctx: &mut Ctx, value: &Node, at: &Ptr) {
    let Some(template) = shape::object(ctx, value, at, &TEMPLATE) else { return };
    if template.contains_key("namespace") {
        ctx.report_key(
            &TEMPLATE_NAMESPACE,
            &at.key("namespace"),
            "`namespace` is not needed by the Cloud API".into(),
            None,
        );
    }
    let Some(components) = template.get("components") else { return };
    let components_at = at.key("components");
    let Some(components) = shape::array(ctx, components, &components_at) else { return };
    check_components(ctx, components, &components_at, components.len() == 1);
}

fn check_components(ctx: &mut Ctx, components: &[Node], at: &Ptr, body_only: bool) {
    for (index, component) in components.iter().enumerate() {
        let component_at = at.index(index);
        if let Some(members) = shape::object(ctx, component, &component_at, &COMPONENT) {
            check_component(ctx, members, &component_at, body_only);
        }
    }
}

/// The component's type, when it is a known one (else reported).
fn component_type(ctx: &mut Ctx, component: &Members, at: &Ptr) -> Option<ComponentType> {
    let type_at = at.key("type");
    let Some(value) = component.get("type") else {
        shape::missing(ctx, at, "type", "template component");
        return None;
    };
    let lower = shape::expect_string(ctx, value, &type_at)?.to_ascii_lowercase();
    if !shape::check_enum(ctx, &lower, &type_at, ComponentType::NAMES) {
        return None;
    }
    ComponentType::from_name(&lower)
}

fn check_component(ctx: &mut Ctx, component: &Members, at: &Ptr, body_only: bool) {
    let Some(component_type) = component_type(ctx, component, at) else { return };
    let parameters_at = at.key("parameters");
    let parameters = match component.get("parameters") {
        Some(parameters) => shape::array(ctx, parameters, &parameters_at).unwrap_or_default(),
        None => &[],
    };
    let (allowed, text_limit) = match component_type {
        ComponentType::Button => {
            check_button(ctx, component, at, parameters);
            (BUTTON_PARAMETER_TYPES, None)
        }
        ComponentType::Header => (HEADER_PARAMETER_TYPES, Some(&HEADER_TEXT)),
        ComponentType::Body if body_only => (BODY_PARAMETER_TYPES, Some(&BODY_ONLY_TEXT)),
        ComponentType::Body => (BODY_PARAMETER_TYPES, Some(&BODY_TEXT)),
        ComponentType::Carousel => {
            check_carousel(ctx, component, at);
            (&[][..], None)
        }
        ComponentType::LimitedTimeOffer => (&["limited_time_offer"][..], None),
        ComponentType::TapTargetConfiguration => (&["tap_target_configuration"][..], None),
        ComponentType::Footer => (&["text"][..], None),
    };
    for (index, parameter) in parameters.iter().enumerate() {
        check_parameter(ctx, parameter, &parameters_at.index(index), allowed, text_limit);
    }
    check_parameter_names(ctx, parameters, &parameters_at);
}

fn check_button(ctx: &mut Ctx, component: &Members, at: &Ptr, parameters: &[Node]) {
    // Meta's own examples write some sub_types in capitals ("CATALOG"): compared ignoring case.
    let sub_type_at = at.key("sub_type");
    let sub_type = match component.get("sub_type") {
        Some(value) => shape::expect_string(ctx, value, &sub_type_at).unwrap_or_default().to_ascii_lowercase(),
        None => {
            shape::missing(ctx, at, "sub_type", "button component");
            String::new()
        }
    };
    // A call button has no position: it is the template's only call button.
    if sub_type != "voice_call" && !component.contains_key("index") {
        shape::missing(ctx, at, "index", "button component");
    }
    let index = component.get("index");
    // A string of digits too long for u64 is out of range too.
    let digits =
        |s: &str| (!s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.parse().unwrap_or(u64::MAX));
    let position = index.and_then(|i| i.as_u64().or_else(|| i.as_str().and_then(digits)));
    if let (Some(position), Some(index)) = (position, index) {
        if position > MAX_BUTTON_INDEX {
            ctx.report(
                &TEMPLATE_BUTTON_INDEX,
                &at.key("index"),
                format!("`index` is {index}; a button index is 0 to {MAX_BUTTON_INDEX}"),
            );
        }
    }
    let known = ButtonSubType::from_name(&sub_type);
    if component.contains_key("sub_type") && known.is_none() {
        shape::check_enum(ctx, &sub_type, &sub_type_at, ButtonSubType::NAMES);
    }
    let Some(known) = known else { return };
    let needed = match known {
        ButtonSubType::QuickReply => "payload",
        ButtonSubType::Url => "text",
        ButtonSubType::CopyCode
        | ButtonSubType::Flow
        | ButtonSubType::Catalog
        | ButtonSubType::Mpm
        | ButtonSubType::VoiceCall
        | ButtonSubType::OrderDetails => return,
    };
    let has_needed =
        parameters.iter().any(|p| p.get("type").and_then(Node::as_str) == Some(needed) && p.get(needed).is_some());
    if !has_needed {
        ctx.report(
            &TEMPLATE_BUTTON_PARAMETER,
            at,
            format!("a {sub_type} button component needs a `{needed}` parameter"),
        );
    }
}

fn check_parameter(ctx: &mut Ctx, value: &Node, at: &Ptr, allowed: &[&str], text_limit: Option<&Limit>) {
    let Some(parameter) = shape::object(ctx, value, at, &PARAMETER) else { return };
    let Some(kind) = parameter.get("type") else { return };
    let type_at = at.key("type");
    let Some(kind) = shape::expect_string(ctx, kind, &type_at) else { return };
    if !shape::check_enum(ctx, kind, &type_at, allowed) {
        return;
    }
    // Every allowed name is a parameter type.
    let Some(parameter_type) = ParameterType::from_name(kind) else { return };
    let Some(content) = parameter.get(kind) else {
        shape::missing(ctx, at, kind, &format!("a {kind} parameter"));
        return;
    };
    let content_at = at.key(kind);
    match parameter_type {
        ParameterType::Text => {
            if let (Some(text), Some(limit)) = (content.as_str(), text_limit) {
                shape::check_limit(ctx, text, &content_at, limit);
            }
            if let Some(text) = content.as_str() {
                check_whitespace(ctx, text, &content_at);
            }
        }
        ParameterType::Currency => check_currency_code(ctx, content, &content_at),
        ParameterType::Image | ParameterType::Video | ParameterType::Document => {
            check_media(ctx, kind, content, &content_at)
        }
        ParameterType::Location => {
            if let Some(location) = shape::object(ctx, content, &content_at, &LOCATION) {
                location::check_coordinates(ctx, location, &content_at);
            }
        }
        ParameterType::TtlMinutes => calling_ttl(ctx, content, &content_at),
        ParameterType::CouponCode => check_coupon_code(ctx, content, &content_at),
        ParameterType::LimitedTimeOffer => check_offer(ctx, content, &content_at),
        ParameterType::TapTargetConfiguration => check_tap_targets(ctx, content, &content_at),
        // Their shapes say all there is (`PARAMETER`'s members).
        ParameterType::Product | ParameterType::DateTime | ParameterType::Payload | ParameterType::Action => {}
    }
}

fn calling_ttl(ctx: &mut Ctx, value: &Node, at: &Ptr) {
    crate::rules::interactive::check_ttl(ctx, value, at);
}

fn check_coupon_code(ctx: &mut Ctx, value: &Node, at: &Ptr) {
    let Some(code) = value.as_str() else { return };
    let count = measure::chars(code);
    if count == 0 || count > MAX_COUPON_CODE || !code.chars().all(char::is_alphanumeric) {
        let message = format!(
            "`coupon_code` \"{code}\" is {count} characters; a code is 1 to {MAX_COUPON_CODE} letters and digits"
        );
        ctx.report(&TEMPLATE_COUPON_CODE, at, message);
    }
}

fn check_offer(ctx: &mut Ctx, value: &Node, at: &Ptr) {
    let Some(expiration) = value.get("expiration_time_ms").and_then(Node::as_u64) else { return };
    if expiration < EPOCH_MILLISECONDS_FLOOR {
        let message = format!(
            "`expiration_time_ms` is {expiration}: that looks like seconds or a duration, not epoch milliseconds"
        );
        ctx.report(&TEMPLATE_OFFER_EXPIRATION, &at.key("expiration_time_ms"), message);
    }
}

fn check_tap_targets(ctx: &mut Ctx, value: &Node, at: &Ptr) {
    let targets = match value {
        Node::Array(targets) => targets,
        Node::Object(_) => {
            let message = "`tap_target_configuration` is an object; the API documents an array of them".into();
            ctx.report(&TEMPLATE_TAP_TARGET, at, message);
            std::slice::from_ref(value)
        }
        other => return shape::wrong_type(ctx, other, at, "an array"),
    };
    for (index, target) in targets.iter().enumerate() {
        let element_at = at.index(index);
        let target_at = if value.is_object() { at } else { &element_at };
        let Some(target) = shape::object(ctx, target, target_at, &TAP_TARGET) else { continue };
        if let Some(url) = target.get("url").and_then(Node::as_str) {
            if measure::parse_http_url(url).is_none() {
                let message = format!("`url` is \"{url}\"; expected an absolute http:// or https:// URL");
                ctx.report(&TEMPLATE_TAP_TARGET, &target_at.key("url"), message);
            }
        }
    }
}

/// Named parameters (§19): in one component, every text parameter has a name or none does;
/// names are lower-case letters, digits and `_`, start with a letter, and are not repeated.
fn check_parameter_names(ctx: &mut Ctx, parameters: &[Node], at: &Ptr) {
    let texts: Vec<(usize, Option<&Node>)> = parameters
        .iter()
        .enumerate()
        .filter(|(_, p)| p.get("type").and_then(Node::as_str) == Some("text"))
        .map(|(index, p)| (index, p.get("parameter_name")))
        .collect();
    let named = texts.iter().filter(|(_, name)| name.is_some()).count();
    if named > 0 && named < texts.len() {
        if let Some(&(index, _)) = texts.iter().find(|(_, name)| name.is_none()) {
            let message = format!(
                "{named} of {} text parameters have a `parameter_name`; give every one a name or none",
                texts.len()
            );
            ctx.report_missing(&TEMPLATE_PARAMETER_NAMES, &at.index(index).key("parameter_name"), message);
        }
    }
    let mut seen = std::collections::HashMap::new();
    for &(index, name) in &texts {
        let Some(name) = name.and_then(Node::as_str).filter(|name| !name.is_empty()) else { continue };
        let name_at = at.index(index);
        let name_at = name_at.key("parameter_name");
        if !is_parameter_name(name) {
            let message = format!(
                "`parameter_name` \"{name}\" must be lower-case letters, digits and `_`, starting with a letter"
            );
            ctx.report(&TEMPLATE_PARAMETER_NAMES, &name_at, message);
        }
        if let Some(first) = seen.insert(name, index) {
            let message = format!(
                "`parameter_name` \"{name}\" is used twice in this component; first at {}",
                at.index(first).render()
            );
            ctx.report(&TEMPLATE_PARAMETER_NAMES, &name_at, message);
        }
    }
}

/// A template's name: lower-case letters, digits and `_`, at most 512 characters.
pub(crate) fn is_template_name(name: &str) -> bool {
    (1..=MAX_TEMPLATE_NAME).contains(&name.len())
        && name.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
}

/// Lower-case letters, digits and `_`, starting with a letter.
pub(crate) fn is_parameter_name(name: &str) -> bool {
    name.bytes().next().is_some_and(|b| b.is_ascii_lowercase())
        && name.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
}

/// A carousel component (§19): 2 to 10 cards in order, each with its own components, all cards
/// with the same kind of header, and each card's body parameters within 160 characters.
fn check_carousel(ctx: &mut Ctx, component: &Members, at: &Ptr) {
    let cards_at = at.key("cards");
    let Some(cards) = component.get("cards") else {
        shape::missing(ctx, at, "cards", "carousel component");
        return;
    };
    let Some(cards) = shape::array(ctx, cards, &cards_at) else { return };
    if !(interactive::MIN_CARDS..=interactive::MAX_CARDS).contains(&cards.len()) {
        let message = format!(
            "there are {} cards; a carousel takes {} to {}",
            cards.len(),
            interactive::MIN_CARDS,
            interactive::MAX_CARDS
        );
        ctx.report(&interactive::CAROUSEL_CARDS_COUNT, &cards_at, message);
    }
    let mut first_header: Option<&str> = None;
    for (index, card) in cards.iter().enumerate() {
        let card_at = cards_at.index(index);
        let Some(card) = shape::object(ctx, card, &card_at, &CARD) else { continue };
        interactive::check_card_index(ctx, card.get("card_index"), index, &card_at.key("card_index"));
        let components_at = card_at.key("components");
        let Some(components) = card.get("components").and_then(|c| shape::array(ctx, c, &components_at)) else {
            continue;
        };
        check_components(ctx, components, &components_at, false);
        let header = card_header_kind(components);
        match first_header {
            None => first_header = header,
            Some(first) if header.is_some_and(|header| header != first) => {
                let message =
                    format!("card {index} has a {} header; card 0 has a {first} header", header.unwrap_or(""));
                ctx.report(&interactive::CAROUSEL_CARDS_CONSISTENT, &card_at, message);
            }
            Some(_) => {}
        }
        check_card_body(ctx, components, &components_at);
    }
}

/// The type of a card's header parameter (`image`, `video` or `product`).
fn card_header_kind<'a>(components: &'a [Node<'a>]) -> Option<&'a str> {
    let header = components
        .iter()
        .find(|c| c.get("type").and_then(Node::as_str).is_some_and(|t| t.eq_ignore_ascii_case("header")))?;
    header.get("parameters")?.as_array()?.first()?.get("type")?.as_str()
}

/// Without a definition, a card's body text parameters may add up to 160 characters at most.
fn check_card_body(ctx: &mut Ctx, components: &[Node], at: &Ptr) {
    for (index, component) in components.iter().enumerate() {
        let is_body = component.get("type").and_then(Node::as_str).is_some_and(|t| t.eq_ignore_ascii_case("body"));
        let Some(parameters) = component.get("parameters").and_then(Node::as_array).filter(|_| is_body) else {
            continue;
        };
        let total: usize = parameters.iter().filter_map(|p| p.get("text")?.as_str()).map(measure::chars).sum();
        let limit = interactive::CARD_BODY_TEXT.max;
        if total > limit {
            let message =
                format!("the card's body parameters are {total} characters in all; a card body holds {limit}");
            ctx.report(&interactive::CAROUSEL_CARD_BODY, &at.index(index).key("parameters"), message);
        }
    }
}

fn check_whitespace(ctx: &mut Ctx, text: &str, at: &Ptr) {
    // Searches for single characters and a fixed run use memchr-like scans: long texts are cheap.
    let problem = if text.contains('\n') || text.contains('\r') {
        "a new line".to_owned()
    } else if text.contains('\t') {
        "a tab".to_owned()
    } else if text.contains(TOO_MANY_SPACES) {
        let longest = text.split(|c| c != ' ').map(str::len).max().unwrap_or(0);
        format!("{longest} consecutive spaces (at most {MAX_CONSECUTIVE_SPACES})")
    } else {
        return;
    };
    ctx.report(&TEMPLATE_TEXT_WHITESPACE, at, format!("the text parameter contains {problem}"));
}

fn check_currency_code(ctx: &mut Ctx, currency: &Node, at: &Ptr) {
    let Some(code) = currency.get("code").and_then(Node::as_str) else { return };
    if !ISO_4217.contains(&code) {
        let message = format!("currency `code` is \"{code}\"; expected an ISO 4217 code such as USD, EUR or BRL");
        let upper = code.to_ascii_uppercase();
        match ISO_4217.iter().find(|known| **known == upper) {
            Some(known) => ctx.report_with_help(
                &TEMPLATE_CURRENCY_CODE,
                &at.key("code"),
                message,
                format!("did you mean \"{known}\"?"),
            ),
            None => ctx.report(&TEMPLATE_CURRENCY_CODE, &at.key("code"), message),
        }
    }
}

fn check_media(ctx: &mut Ctx, kind: &str, content: &Node, at: &Ptr) {
    let Some(media) = media::check_object(ctx, kind, content, at) else { return };
    if media.contains_key("caption") {
        ctx.report_key(
            &TEMPLATE_MEDIA_CAPTION,
            &at.key("caption"),
            format!("captions are not shown on template {kind}s"),
            None,
        );
    }
    if kind != "document" {
        return;
    }
    for member in ["filename", "link"] {
        let Some(name) = media.get(member).and_then(Node::as_str) else { continue };
        let path = measure::parse_http_url(name).map_or(name, |url| url.path);
        match measure::path_extension(path) {
            Some(extension) if !extension.eq_ignore_ascii_case("pdf") => {
                ctx.report(
                    &TEMPLATE_DOCUMENT_NOT_PDF,
                    &at.key(member),
                    format!("`{member}` names a .{extension} file; template documents must be PDF"),
                );
                return;
            }
            _ => {}
        }
    }
}

/// Active ISO 4217 currency codes.
const ISO_4217: &[&str] = &[
    "AED", "AFN", "ALL", "AMD", "ANG", "AOA", "ARS", "AUD", "AWG", "AZN", "BAM", "BBD", "BDT", "BGN", "BHD", "BIF",
    "BMD", "BND", "BOB", "BOV", "BRL", "BSD", "BTN", "BWP", "BYN", "BZD", "CAD", "CDF", "CHE", "CHF", "CHW", "CLF",
    "CLP", "CNY", "COP", "COU", "CRC", "CUC", "CUP", "CVE", "CZK", "DJF", "DKK", "DOP", "DZD", "EGP", "ERN", "ETB",
    "EUR", "FJD", "FKP", "GBP", "GEL", "GHS", "GIP", "GMD", "GNF", "GTQ", "GYD", "HKD", "HNL", "HTG", "HUF", "IDR",
    "ILS", "INR", "IQD", "IRR", "ISK", "JMD", "JOD", "JPY", "KES", "KGS", "KHR", "KMF", "KPW", "KRW", "KWD", "KYD",
    "KZT", "LAK", "LBP", "LKR", "LRD", "LSL", "LYD", "MAD", "MDL", "MGA", "MKD", "MMK", "MNT", "MOP", "MRU", "MUR",
    "MVR", "MWK", "MXN", "MXV", "MYR", "MZN", "NAD", "NGN", "NIO", "NOK", "NPR", "NZD", "OMR", "PAB", "PEN", "PGK",
    "PHP", "PKR", "PLN", "PYG", "QAR", "RON", "RSD", "RUB", "RWF", "SAR", "SBD", "SCR", "SDG", "SEK", "SGD", "SHP",
    "SLE", "SLL", "SOS", "SRD", "SSP", "STN", "SVC", "SYP", "SZL", "THB", "TJS", "TMT", "TND", "TOP", "TRY", "TTD",
    "TWD", "TZS", "UAH", "UGX", "USD", "USN", "UYI", "UYU", "UYW", "UZS", "VED", "VES", "VND", "VUV", "WST", "XAF",
    "XAG", "XAU", "XCD", "XCG", "XDR", "XOF", "XPD", "XPF", "XPT", "XSU", "XUA", "YER", "ZAR", "ZMW", "ZWG", "ZWL",
];
