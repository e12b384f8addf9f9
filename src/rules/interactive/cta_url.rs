//! Call-to-action URL messages (§16): one button that opens a URL.

use crate::check::shape::{self, optional, required, Kind, Limit, Shape};
use crate::check::{Ctx, Ptr};
use crate::diagnostic::Severity::Error;
use crate::measure;
use crate::node::Node;
use crate::rule::Rule;

pub static CTA_DISPLAY_TEXT_LENGTH: Rule = Rule {
    code: "WA1201",
    name: "cta-display-text-length",
    severity: Error,
    applies_to: &["interactive.cta_url"],
    source: meta!("messages/interactive-cta-url-messages", "Request syntax", "131009"),
    summary: "A CTA URL button's `display_text` is 1 to 20 characters.",
    help: "shorten the button label",
    valid: example!("WA1201-cta-display-text-length", "valid"),
    invalid: example!("WA1201-cta-display-text-length", "invalid"),
};

pub static CTA_URL_NOT_HTTP: Rule = Rule {
    code: "WA1202",
    name: "cta-url-not-http",
    severity: Error,
    applies_to: &["interactive.cta_url"],
    source: meta!("messages/interactive-cta-url-messages", "Request syntax", "131009"),
    summary: "A CTA URL button's `url` is an absolute http:// or https:// URL.",
    help: "give the full URL, e.g. https://example.com/page",
    valid: example!("WA1202-cta-url-not-http", "valid"),
    invalid: example!("WA1202-cta-url-not-http", "invalid"),
};

pub(super) static DISPLAY_TEXT: Limit =
    Limit { rule: &CTA_DISPLAY_TEXT_LENGTH, what: "CTA display_text", min: 1, max: 20 };

pub(super) static PARAMETERS: Shape = Shape {
    name: "CTA URL parameters",
    fields: &[
        required("display_text", Kind::Text(&DISPLAY_TEXT)),
        required("url", Kind::String),
        // Enhanced payment links (Meta: payments/payments-in/enhanced-payment-links).
        optional("payment_link_preview", Kind::Bool),
    ],
};
pub(super) static ACTION: Shape = Shape {
    name: "CTA URL action",
    fields: &[required("name", Kind::Enum(&["cta_url"])), required("parameters", Kind::Deferred)],
};

pub(super) fn check_action(ctx: &mut Ctx, value: &Node, at: &Ptr) {
    let Some(action) = shape::object(ctx, value, at, &ACTION) else { return };
    if let Some(parameters) = action.get("parameters") {
        check_parameters(ctx, parameters, &at.key("parameters"));
    }
}

/// A URL button's `display_text` and `url`: in CTA URL messages and in carousel cards.
pub(super) fn check_parameters(ctx: &mut Ctx, value: &Node, at: &Ptr) {
    let Some(parameters) = shape::object(ctx, value, at, &PARAMETERS) else { return };
    if let Some(label) = parameters.get("display_text").and_then(Node::as_str) {
        super::shared::check_markdown(ctx, label, &at.key("display_text"), "button label");
    }
    if let Some(url) = parameters.get("url").and_then(Node::as_str) {
        check_url(ctx, url, &at.key("url"));
    }
}

/// An absolute http(s) URL, as every URL button needs.
pub(super) fn check_url(ctx: &mut Ctx, url: &str, at: &Ptr) {
    if measure::parse_http_url(url).is_none() {
        ctx.report(&CTA_URL_NOT_HTTP, at, format!("`url` is \"{url}\"; expected an absolute http:// or https:// URL"));
    }
}
