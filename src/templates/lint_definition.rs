//! §21: a template definition (or a list of them) checked on its own: name, language, category,
//! parameter format, components and their limits, time-to-live.

use super::definition_rules::*;
use super::lint_text::{self, Part, Scope};
use super::shapes;
use crate::check::structure::{ROOT_NOT_OBJECT, UNKNOWN_MEMBER};
use crate::check::{shape, Ctx, Ptr};
use crate::node::{Members, Node};
use crate::rules::template::is_template_name;

const CATEGORIES: &[&str] = &["AUTHENTICATION", "MARKETING", "UTILITY"];
const PARAMETER_FORMATS: &[&str] = &["NAMED", "POSITIONAL"];
const COMPONENT_TYPES: &[&str] = &["HEADER", "BODY", "FOOTER", "BUTTONS", "CAROUSEL", "LIMITED_TIME_OFFER"];
const HEADER_FORMATS: &[&str] = &["TEXT", "IMAGE", "VIDEO", "DOCUMENT", "LOCATION", "PRODUCT"];
const MAX_NAME: usize = 512;
const MAX_HEADER: usize = 60;
const MAX_BODY: usize = 1024;
const MAX_OFFER_BODY: usize = 600;
const MAX_CARD_BODY: usize = 160;
const MAX_FOOTER: usize = 60;
const MAX_OFFER_TEXT: usize = 16;
const MAX_CODE_EXPIRATION_MINUTES: u64 = 90;

/// Lints a definitions document: one definition, an array, or `{"data": […], "paging": …}`.
pub(crate) fn check(ctx: &mut Ctx, document: &Node) {
    let root = Ptr::ROOT;
    match document {
        Node::Array(items) => {
            items.iter().enumerate().for_each(|(index, item)| definition(ctx, item, &root.index(index)))
        }
        Node::Object(members) if members.get("data").is_some_and(Node::is_array) && !members.contains_key("name") => {
            let data_at = root.key("data");
            let items = members.get("data").and_then(Node::as_array).unwrap_or_default();
            for (index, item) in items.iter().enumerate() {
                definition(ctx, item, &data_at.index(index));
            }
            for key in members.keys().filter(|key| !matches!(*key, "data" | "paging")) {
                let message = format!("unknown member `{key}` in the template list");
                ctx.report_key(&UNKNOWN_MEMBER, &root.key(key), message, None);
            }
        }
        Node::Object(_) => definition(ctx, document, &root),
        other => {
            let message = format!("the document is {}; expected a template definition", shape::type_name(other));
            ctx.report(&ROOT_NOT_OBJECT, &root, message);
        }
    }
}

/// One definition's context, gathered before its components are checked.
struct Layout<'v> {
    headers: usize,
    body: bool,
    footer: Option<usize>,
    /// The LIMITED_TIME_OFFER component's position and members.
    offer: Option<(usize, &'v Members<'v>)>,
    buttons: Vec<String>,
}

fn definition(ctx: &mut Ctx, value: &Node, at: &Ptr) {
    let Some(members) = shape::object(ctx, value, at, &shapes::DEFINITION) else { return };
    check_name(ctx, members, at);
    check_language(ctx, members, at);
    let category = upper_enum(ctx, members, at, "category", CATEGORIES, &DEFINITION_CATEGORY, true);
    let format =
        upper_enum(ctx, members, at, "parameter_format", PARAMETER_FORMATS, &DEFINITION_PARAMETER_FORMAT, false);
    let scope = Scope { category: &category, named: format == "NAMED" };
    check_ttl(ctx, members, at, &category);
    let components_at = at.key("components");
    let Some(components) = members.get("components").and_then(|c| shape::array(ctx, c, &components_at)) else { return };
    let has_offer = components.iter().any(|c| is_type(c, "LIMITED_TIME_OFFER"));
    let body_limit = if has_offer { MAX_OFFER_BODY } else { MAX_BODY };
    let layout = check_components(ctx, components, &components_at, scope, body_limit);
    if !layout.body {
        ctx.report(&DEFINITION_BODY, &components_at, "the definition has no BODY component".into());
    }
    if category == "AUTHENTICATION" && layout.buttons.len() != 1 {
        let message = format!("an AUTHENTICATION template has one OTP button; it has {}", layout.buttons.len());
        ctx.report(&DEFINITION_AUTHENTICATION, &components_at, message);
    }
    if let Some((index, offer)) = layout.offer {
        check_offer(ctx, offer, &layout, &components_at, index, &category);
    }
}

/// Checks a list of components (the template's or a card's) and says what it holds.
fn check_components<'v>(
    ctx: &mut Ctx,
    components: &'v [Node<'v>],
    at: &Ptr,
    scope: Scope,
    body_limit: usize,
) -> Layout<'v> {
    let mut layout = Layout { headers: 0, body: false, footer: None, offer: None, buttons: Vec::new() };
    for (index, component) in components.iter().enumerate() {
        let component_at = at.index(index);
        let Some(members) = shape::object(ctx, component, &component_at, &shapes::COMPONENT) else { continue };
        let Some(kind) = members.get("type").and_then(|t| shape::expect_string(ctx, t, &component_at.key("type")))
        else {
            continue;
        };
        let kind = kind.to_ascii_uppercase();
        if !shape::check_enum(ctx, &kind, &component_at.key("type"), COMPONENT_TYPES) {
            continue;
        }
        match kind.as_str() {
            "HEADER" => {
                layout.headers += 1;
                if layout.headers > 1 {
                    ctx.report(
                        &DEFINITION_HEADER,
                        &component_at,
                        "a template has at most one HEADER; this is the second".into(),
                    );
                }
                check_header(ctx, members, &component_at, scope);
            }
            "BODY" => {
                layout.body = true;
                check_body(ctx, members, &component_at, scope, body_limit);
            }
            "FOOTER" => {
                layout.footer = Some(index);
                check_footer(ctx, members, &component_at, scope);
            }
            "BUTTONS" => layout.buttons.extend(super::lint_buttons::check(ctx, members, &component_at, scope.category)),
            "LIMITED_TIME_OFFER" => layout.offer = Some((index, members)),
            _ => super::lint_carousel::check(ctx, members, &component_at, scope, card_components),
        }
    }
    layout
}

/// A carousel card's components, checked as a definition's are (with the card's body limit):
/// returns how many buttons the card has.
fn card_components(ctx: &mut Ctx, components: &[Node], at: &Ptr, scope: Scope) -> usize {
    check_components(ctx, components, at, scope, MAX_CARD_BODY).buttons.len()
}

fn is_type(component: &Node, kind: &str) -> bool {
    component.get("type").and_then(Node::as_str).is_some_and(|t| t.eq_ignore_ascii_case(kind))
}

fn check_name(ctx: &mut Ctx, members: &Members, at: &Ptr) {
    let name_at = at.key("name");
    let Some(value) = members.get("name") else {
        return ctx.report_missing(&DEFINITION_NAME, &name_at, "the definition has no `name`".into());
    };
    let Some(name) = shape::expect_string(ctx, value, &name_at) else { return };
    if name.len() > MAX_NAME {
        ctx.report(
            &DEFINITION_NAME,
            &name_at,
            format!("the template name is {} characters; the limit is {MAX_NAME}", name.chars().count()),
        );
    } else if !is_template_name(name) {
        let message = format!("the template name \"{name}\" must be lower-case letters, digits and `_`");
        ctx.report(&DEFINITION_NAME, &name_at, message);
    }
}

fn check_language(ctx: &mut Ctx, members: &Members, at: &Ptr) {
    let language_at = at.key("language");
    let Some(value) = members.get("language") else {
        return ctx.report_missing(&DEFINITION_LANGUAGE, &language_at, "the definition has no `language`".into());
    };
    let Some(code) = shape::expect_string(ctx, value, &language_at) else { return };
    if !is_language_code(code) {
        let message = format!("`language` is \"{code}\"; expected a code such as en, en_US or pt_BR");
        ctx.report(&DEFINITION_LANGUAGE, &language_at, message);
    }
}

/// `en`, `fil`, `en_US`, `zh_HANS`: a lower-case language and an optional region or script.
fn is_language_code(code: &str) -> bool {
    let (language, region) = code.split_once('_').unwrap_or((code, "AA"));
    (2..=3).contains(&language.len())
        && language.bytes().all(|b| b.is_ascii_lowercase())
        && (2..=4).contains(&region.len())
        && region.bytes().all(|b| b.is_ascii_alphabetic())
}

/// An enum member compared ignoring case; returns it upper-cased, or empty when absent or unknown.
fn upper_enum(
    ctx: &mut Ctx,
    members: &Members,
    at: &Ptr,
    key: &str,
    allowed: &[&str],
    rule: &'static crate::rule::Rule,
    required: bool,
) -> String {
    let key_at = at.key(key);
    let Some(value) = members.get(key) else {
        if required {
            ctx.report_missing(rule, &key_at, format!("the definition has no `{key}`"));
        }
        return String::new();
    };
    let Some(text) = shape::expect_string(ctx, value, &key_at) else { return String::new() };
    let upper = text.to_ascii_uppercase();
    if allowed.contains(&upper.as_str()) {
        return upper;
    }
    let message = format!("`{key}` is \"{text}\"; expected {}", allowed.join(", "));
    match crate::measure::closest(&upper, allowed.iter().copied()) {
        Some(close) => ctx.report_with_help(rule, &key_at, message, format!("did you mean \"{close}\"?")),
        None => ctx.report(rule, &key_at, message),
    }
    String::new()
}

fn check_header(ctx: &mut Ctx, members: &Members, at: &Ptr, scope: Scope) {
    let format_at = at.key("format");
    let format = match members.get("format") {
        None => return ctx.report_missing(&DEFINITION_HEADER, &format_at, "the HEADER has no `format`".into()),
        Some(value) => match shape::expect_string(ctx, value, &format_at) {
            Some(format) => format.to_ascii_uppercase(),
            None => return,
        },
    };
    if !HEADER_FORMATS.contains(&format.as_str()) {
        let message = format!("the header `format` is \"{format}\"; expected {}", HEADER_FORMATS.join(", "));
        return ctx.report(&DEFINITION_HEADER, &format_at, message);
    }
    if format != "TEXT" {
        if format != "LOCATION" && format != "PRODUCT" {
            lint_text::check_header_handle(ctx, members, at, &format);
        }
        return;
    }
    let text_at = at.key("text");
    let Some(text) = members.get("text").and_then(Node::as_str) else {
        return ctx.report_missing(&DEFINITION_HEADER, &text_at, "a TEXT header needs `text`".into());
    };
    lint_text::check_length(ctx, text, &text_at, &DEFINITION_HEADER, "header", MAX_HEADER);
    let found = lint_text::check(ctx, text, &text_at, scope, Part::Header);
    let variables = super::placeholders::positional_numbers(&found).len() + super::placeholders::names(&found).len();
    if variables > 1 {
        ctx.report(
            &DEFINITION_HEADER,
            &text_at,
            format!("the header has {variables} variables; a header takes at most 1"),
        );
    }
    lint_text::check_examples(ctx, members, at, &found, scope, Part::Header);
}

fn check_body(ctx: &mut Ctx, members: &Members, at: &Ptr, scope: Scope, limit: usize) {
    let text_at = at.key("text");
    let Some(text) = members.get("text").and_then(Node::as_str) else {
        // An authentication body is Meta's text: creation bodies give `add_security_recommendation`.
        if scope.category != "AUTHENTICATION" {
            ctx.report_missing(&DEFINITION_BODY, &text_at, "the BODY has no `text`".into());
        }
        return;
    };
    lint_text::check_length(ctx, text, &text_at, &DEFINITION_BODY, "body", limit);
    let found = lint_text::check(ctx, text, &text_at, scope, Part::Body);
    lint_text::check_examples(ctx, members, at, &found, scope, Part::Body);
}

fn check_footer(ctx: &mut Ctx, members: &Members, at: &Ptr, scope: Scope) {
    if let Some(minutes) = members.get("code_expiration_minutes") {
        let minutes_at = at.key("code_expiration_minutes");
        if !minutes.as_u64().is_some_and(|m| (1..=MAX_CODE_EXPIRATION_MINUTES).contains(&m)) {
            let message = format!("`code_expiration_minutes` is {minutes}; it is 1 to {MAX_CODE_EXPIRATION_MINUTES}");
            ctx.report(&DEFINITION_AUTHENTICATION, &minutes_at, message);
        }
    }
    let text_at = at.key("text");
    let Some(text) = members.get("text").and_then(Node::as_str) else {
        if scope.category != "AUTHENTICATION" {
            ctx.report_missing(&DEFINITION_FOOTER, &text_at, "the FOOTER has no `text`".into());
        }
        return;
    };
    lint_text::check_length(ctx, text, &text_at, &DEFINITION_FOOTER, "footer", MAX_FOOTER);
    lint_text::check(ctx, text, &text_at, scope, Part::Footer);
}

fn check_offer(ctx: &mut Ctx, offer: &Members, layout: &Layout, at: &Ptr, index: usize, category: &str) {
    let offer_at = at.index(index);
    if !category.is_empty() && category != "MARKETING" {
        let message = format!("a LIMITED_TIME_OFFER template is MARKETING; this one is {category}");
        ctx.report(&DEFINITION_LIMITED_TIME_OFFER, &offer_at, message);
    }
    if let Some(footer) = layout.footer {
        ctx.report(&DEFINITION_LIMITED_TIME_OFFER, &at.index(footer), "a limited-time offer has no FOOTER".into());
    }
    let offer_value = offer.get("limited_time_offer");
    if let Some(text) = offer_value.and_then(|o| o.get("text")).and_then(Node::as_str) {
        let count = crate::measure::chars(text);
        if count > MAX_OFFER_TEXT {
            let message = format!("the offer text is {count} characters; the limit is {MAX_OFFER_TEXT}");
            let value_at = offer_at.key("limited_time_offer");
            ctx.report(&DEFINITION_LIMITED_TIME_OFFER, &value_at.key("text"), message);
        }
    }
    let expires = offer_value.and_then(|o| o.get("has_expiration")).and_then(Node::as_bool) == Some(true);
    if expires && layout.buttons.first().map(String::as_str) != Some("COPY_CODE") {
        let first = layout.buttons.first().map_or("no button", String::as_str);
        let message =
            format!("an offer with `has_expiration: true` has a COPY_CODE button first; the first is {first}");
        ctx.report(&DEFINITION_LIMITED_TIME_OFFER, at, message);
    }
}

/// `message_send_ttl_seconds` by category (§21).
fn check_ttl(ctx: &mut Ctx, members: &Members, at: &Ptr, category: &str) {
    let Some(value) = members.get("message_send_ttl_seconds") else { return };
    let ttl_at = at.key("message_send_ttl_seconds");
    let Some(ttl) = value.as_i64() else {
        return shape::wrong_type(ctx, value, &ttl_at, "an integer");
    };
    let (min, max, unlimited) = match category {
        "AUTHENTICATION" => (30, 900, true),
        "UTILITY" => (30, 43_200, true),
        "MARKETING" => (43_200, 2_592_000, false),
        _ => return,
    };
    if !((min..=max).contains(&ttl) || (unlimited && ttl == -1)) {
        let minus_one = if unlimited { " (or -1)" } else { "" };
        let message =
            format!("`message_send_ttl_seconds` is {ttl}; a {category} template takes {min} to {max}{minus_one}");
        ctx.report(&DEFINITION_SEND_TTL, &ttl_at, message);
    }
}
