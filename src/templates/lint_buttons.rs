//! §21 BUTTONS: counts by type, grouping of quick replies, each button's text, URL and phone
//! number, copy-code examples and one-time-password buttons.

use super::definition_rules::*;
use super::placeholders;
use super::shapes;
use crate::check::{shape, Ctx, Ptr};
use crate::measure;
use crate::node::{Members, Node};

const BUTTON_TYPES: &[&str] = &[
    "QUICK_REPLY",
    "URL",
    "PHONE_NUMBER",
    "COPY_CODE",
    "OTP",
    "FLOW",
    "CATALOG",
    "MPM",
    "SPM",
    "VOICE_CALL",
    "ORDER_DETAILS",
];
const OTP_TYPES: &[&str] = &["COPY_CODE", "ONE_TAP", "ZERO_TAP"];
const MAX_BUTTONS: usize = 10;
/// At most this many buttons of a type: (type, limit).
const MAX_OF_TYPE: &[(&str, usize)] = &[("URL", 2), ("PHONE_NUMBER", 1), ("COPY_CODE", 1)];
const MAX_TEXT: usize = 25;
const MAX_URL: usize = 2000;
const MAX_PHONE: usize = 20;
const MAX_COUPON_EXAMPLE: usize = 15;
const MAX_SUPPORTED_APPS: usize = 5;
const MAX_PACKAGE_NAME: usize = 224;
const SIGNATURE_HASH_LENGTH: usize = 11;

/// Checks a BUTTONS component of a definition of `category` (upper-cased, or empty); returns its
/// button types, upper-cased, in order.
pub(super) fn check(ctx: &mut Ctx, component: &Members, at: &Ptr, category: &str) -> Vec<String> {
    let buttons_at = at.key("buttons");
    let Some(buttons) = component.get("buttons") else {
        ctx.report_missing(&DEFINITION_BUTTONS, &buttons_at, "the BUTTONS component has no `buttons`".into());
        return Vec::new();
    };
    let Some(buttons) = shape::array(ctx, buttons, &buttons_at) else { return Vec::new() };
    let mut kinds = Vec::with_capacity(buttons.len());
    for (index, button) in buttons.iter().enumerate() {
        let button_at = buttons_at.index(index);
        let Some(members) = shape::object(ctx, button, &button_at, &shapes::BUTTON) else {
            kinds.push(String::new());
            continue;
        };
        let kind = members.get("type").and_then(Node::as_str).unwrap_or_default().to_ascii_uppercase();
        if members.contains_key("type") && shape::check_enum(ctx, &kind, &button_at.key("type"), BUTTON_TYPES) {
            check_button(ctx, members, &button_at, &kind, category);
        }
        kinds.push(kind);
    }
    check_counts(ctx, &kinds, &buttons_at);
    kinds
}

fn check_counts(ctx: &mut Ctx, kinds: &[String], at: &Ptr) {
    if kinds.len() > MAX_BUTTONS {
        ctx.report(
            &DEFINITION_BUTTONS,
            at,
            format!("there are {} buttons; a template takes at most {MAX_BUTTONS}", kinds.len()),
        );
    }
    for (kind, limit) in MAX_OF_TYPE {
        let count = kinds.iter().filter(|k| k == kind).count();
        if count > *limit {
            ctx.report(
                &DEFINITION_BUTTONS,
                at,
                format!("there are {count} {kind} buttons; a template takes at most {limit}"),
            );
        }
    }
    // Quick replies stand together: one run of them, before or after the others.
    let first = kinds.iter().position(|k| k == "QUICK_REPLY");
    let last = kinds.iter().rposition(|k| k == "QUICK_REPLY");
    if let (Some(first), Some(last)) = (first, last) {
        if let Some(other) = kinds[first..=last].iter().position(|k| k != "QUICK_REPLY") {
            let message = format!(
                "button {} ({}) stands between quick replies; quick replies are grouped together",
                first + other,
                kinds[first + other]
            );
            ctx.report(&DEFINITION_BUTTONS, &at.index(first + other), message);
        }
    }
}

fn check_button(ctx: &mut Ctx, button: &Members, at: &Ptr, kind: &str, category: &str) {
    let text_at = at.key("text");
    match button.get("text").and_then(Node::as_str) {
        Some(text) => {
            let count = measure::chars(text);
            if count == 0 || count > MAX_TEXT {
                let message = format!("the button text is {count} characters; it takes 1 to {MAX_TEXT}");
                ctx.report(&DEFINITION_BUTTON, &text_at, message);
            }
        }
        None if matches!(kind, "QUICK_REPLY" | "URL" | "PHONE_NUMBER" | "FLOW") => {
            ctx.report_missing(&DEFINITION_BUTTON, &text_at, format!("a {kind} button needs `text`"));
        }
        None => {}
    }
    match kind {
        "URL" => check_url(ctx, button, at, category),
        "PHONE_NUMBER" => check_phone(ctx, button, at),
        "COPY_CODE" => {
            let example = button
                .get("example")
                .and_then(Node::as_str)
                .or_else(|| button.get("example").and_then(Node::as_array).and_then(|items| items.first()?.as_str()));
            if let Some(example) = example {
                let count = measure::chars(example);
                if count > MAX_COUPON_EXAMPLE {
                    let message = format!(
                        "the copy-code example is {count} characters; codes sent with it are at most {MAX_COUPON_EXAMPLE}"
                    );
                    ctx.report(&DEFINITION_COPY_CODE_EXAMPLE, &at.key("example"), message);
                }
            }
        }
        "OTP" => check_otp(ctx, button, at),
        _ => {}
    }
}

fn check_url(ctx: &mut Ctx, button: &Members, at: &Ptr, category: &str) {
    let url_at = at.key("url");
    let Some(url) = button.get("url").and_then(Node::as_str) else {
        return ctx.report_missing(&DEFINITION_BUTTON, &url_at, "a URL button needs `url`".into());
    };
    let count = measure::chars(url);
    if count > MAX_URL {
        ctx.report(
            &DEFINITION_BUTTON,
            &url_at,
            format!("the button URL is {count} characters; the limit is {MAX_URL}"),
        );
    }
    if measure::parse_http_url(url).is_none() {
        ctx.report(&DEFINITION_BUTTON, &url_at, format!("the button URL \"{url}\" is not an http:// or https:// URL"));
    }
    let found = placeholders::scan(url);
    if found.len() > 1 {
        ctx.report(
            &DEFINITION_BUTTON,
            &url_at,
            format!("the button URL has {} variables; it takes at most 1", found.len()),
        );
    }
    let Some(last) = found.last() else { return };
    if last.end != url.len() {
        let written = &url[last.start..last.end];
        ctx.report(
            &DEFINITION_BUTTON,
            &url_at,
            format!("the variable `{written}` is inside the URL; it may only end it"),
        );
    }
    // An AUTHENTICATION definition's URL button is its one-time-password button as GET returns
    // it: WhatsApp fills in the code, and the API gives no example.
    if category == "AUTHENTICATION" {
        return;
    }
    let has_example = match button.get("example") {
        Some(Node::String(example)) => !example.is_empty(),
        Some(Node::Array(items)) => items.first().and_then(Node::as_str).is_some_and(|e| !e.is_empty()),
        _ => false,
    };
    if !has_example {
        let message = "the URL has a variable but no `example` (a full URL with a sample value)".to_owned();
        if button.contains_key("example") {
            ctx.report(&DEFINITION_EXAMPLES, &at.key("example"), message);
        } else {
            ctx.report_missing(&DEFINITION_EXAMPLES, &at.key("example"), message);
        }
    }
}

fn check_phone(ctx: &mut Ctx, button: &Members, at: &Ptr) {
    let phone_at = at.key("phone_number");
    match button.get("phone_number").and_then(Node::as_str) {
        None => ctx.report_missing(&DEFINITION_BUTTON, &phone_at, "a PHONE_NUMBER button needs `phone_number`".into()),
        Some(phone) if phone.chars().count() > MAX_PHONE => {
            let message = format!("the phone number is {} characters; the limit is {MAX_PHONE}", phone.chars().count());
            ctx.report(&DEFINITION_BUTTON, &phone_at, message);
        }
        Some(_) => {}
    }
}

/// A one-time-password button (authentication templates).
fn check_otp(ctx: &mut Ctx, button: &Members, at: &Ptr) {
    let type_at = at.key("otp_type");
    let otp_type = match button.get("otp_type").and_then(Node::as_str) {
        Some(otp_type) => otp_type.to_ascii_uppercase(),
        None => {
            return ctx.report_missing(&DEFINITION_AUTHENTICATION, &type_at, "an OTP button needs `otp_type`".into())
        }
    };
    if !OTP_TYPES.contains(&otp_type.as_str()) {
        let message = format!("`otp_type` is \"{otp_type}\"; expected {}", OTP_TYPES.join(", "));
        return ctx.report(&DEFINITION_AUTHENTICATION, &type_at, message);
    }
    if otp_type == "ZERO_TAP" && button.get("zero_tap_terms_accepted").and_then(Node::as_bool) != Some(true) {
        let message = "a ZERO_TAP button needs `zero_tap_terms_accepted: true`".to_owned();
        ctx.report_missing(&DEFINITION_AUTHENTICATION, &at.key("zero_tap_terms_accepted"), message);
    }
    check_app(ctx, button, at);
    let apps_at = at.key("supported_apps");
    let apps = button.get("supported_apps").and_then(Node::as_array).unwrap_or_default();
    if apps.len() > MAX_SUPPORTED_APPS {
        let message = format!("there are {} supported apps; the limit is {MAX_SUPPORTED_APPS}", apps.len());
        ctx.report(&DEFINITION_AUTHENTICATION, &apps_at, message);
    }
    for (index, app) in apps.iter().enumerate() {
        if let Some(app) = app.as_object() {
            check_app(ctx, app, &apps_at.index(index));
        }
    }
}

/// `package_name` (≥ 2 dot-separated segments, ≤ 224) and `signature_hash` (11 of `[A-Za-z0-9+/=]`).
fn check_app(ctx: &mut Ctx, app: &Members, at: &Ptr) {
    if let Some(package) = app.get("package_name").and_then(Node::as_str) {
        let segments = package.split('.').filter(|segment| !segment.is_empty()).count();
        if package.len() > MAX_PACKAGE_NAME || segments < 2 || package.split('.').any(str::is_empty) {
            let message = format!(
                "`package_name` \"{package}\" must be at most {MAX_PACKAGE_NAME} characters in at least 2 dot-separated parts"
            );
            ctx.report(&DEFINITION_AUTHENTICATION, &at.key("package_name"), message);
        }
    }
    if let Some(hash) = app.get("signature_hash").and_then(Node::as_str) {
        let valid = |b: u8| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/' | b'=');
        if hash.len() != SIGNATURE_HASH_LENGTH || !hash.bytes().all(valid) {
            let message = format!(
                "`signature_hash` \"{hash}\" must be {SIGNATURE_HASH_LENGTH} characters of letters, digits, +, / and ="
            );
            ctx.report(&DEFINITION_AUTHENTICATION, &at.key("signature_hash"), message);
        }
    }
}
