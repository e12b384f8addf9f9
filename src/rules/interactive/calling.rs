//! Calling (§18): the call-permission request and the "Call on WhatsApp" button message.

use crate::check::shape::{self, optional, required, Kind, Limit, Shape};
use crate::check::{Ctx, Ptr};
use crate::diagnostic::Severity::{Error, Warning};
use crate::node::Node;
use crate::rule::Rule;

pub static CALL_PERMISSION_BODY_MISSING: Rule = Rule {
    code: "WA1601",
    name: "call-permission-body-missing",
    severity: Warning,
    applies_to: &["interactive.call_permission_request"],
    source: meta!("calling/user-call-permissions", "Send call permission request"),
    summary:
        "A call-permission request without a `body` is accepted, but the customer is asked without being told why.",
    help: "add \"body\": {\"text\": \"...\"} saying why you want to call",
    valid: example!("WA1601-call-permission-body-missing", "valid"),
    invalid: example!("WA1601-call-permission-body-missing", "invalid"),
};

pub static VOICE_CALL_TTL: Rule = Rule {
    code: "WA1602",
    name: "voice-call-ttl",
    severity: Error,
    applies_to: &["interactive.voice_call", "template"],
    source: meta!(
        "calling/call-button-messages-deep-links",
        "Send interactive message with a WhatsApp call button",
        "131009"
    ),
    summary: "`ttl_minutes`, how long the call button stays valid, is an integer from 1 to 43200 (30 days).",
    help: "give the number of minutes, 1 to 43200",
    valid: example!("WA1602-voice-call-ttl", "valid"),
    invalid: example!("WA1602-voice-call-ttl", "invalid"),
};

pub static VOICE_CALL_PAYLOAD_LENGTH: Rule = Rule {
    code: "WA1603",
    name: "voice-call-payload-length",
    severity: Error,
    applies_to: &["interactive.voice_call", "template"],
    source: meta!(
        "calling/call-button-messages-deep-links",
        "Send interactive message with a WhatsApp call button",
        "131009"
    ),
    summary: "A call button's `payload`, returned in the call webhook, is at most 512 characters.",
    help: "send a short key and keep the data on your side",
    valid: example!("WA1603-voice-call-payload-length", "valid"),
    invalid: example!("WA1603-voice-call-payload-length", "invalid"),
};

/// The largest `ttl_minutes`: 30 days.
pub(crate) const MAX_TTL_MINUTES: u64 = 43_200;
pub(crate) static PAYLOAD: Limit = Limit { rule: &VOICE_CALL_PAYLOAD_LENGTH, what: "call payload", min: 0, max: 512 };

pub(super) static PERMISSION_ACTION: Shape =
    Shape { name: "call permission action", fields: &[required("name", Kind::Enum(&["call_permission_request"]))] };
static VOICE_CALL_PARAMETERS: Shape = Shape {
    name: "voice call parameters",
    fields: &[
        optional("display_text", Kind::Text(&super::cta_url::DISPLAY_TEXT)),
        optional("ttl_minutes", Kind::Integer),
        optional("payload", Kind::Text(&PAYLOAD)),
    ],
};
pub(super) static VOICE_CALL_ACTION: Shape = Shape {
    name: "voice call action",
    fields: &[
        required("name", Kind::Enum(&["voice_call"])),
        optional("parameters", Kind::Object(&VOICE_CALL_PARAMETERS)),
    ],
};

pub(super) fn check_permission_action(ctx: &mut Ctx, value: &Node, at: &Ptr) {
    shape::object(ctx, value, at, &PERMISSION_ACTION);
}

pub(super) fn check_voice_call_action(ctx: &mut Ctx, value: &Node, at: &Ptr) {
    let Some(action) = shape::object(ctx, value, at, &VOICE_CALL_ACTION) else { return };
    let parameters_at = at.key("parameters");
    if let Some(ttl) = action.get("parameters").and_then(|parameters| parameters.get("ttl_minutes")) {
        check_ttl(ctx, ttl, &parameters_at.key("ttl_minutes"));
    }
}

/// `ttl_minutes` in range: here and in template voice-call buttons. Other types are the shape's
/// to report.
pub(crate) fn check_ttl(ctx: &mut Ctx, ttl: &Node, at: &Ptr) {
    let is_integer = ttl.is_u64() || ttl.is_i64();
    if is_integer && !ttl.as_u64().is_some_and(|minutes| (1..=MAX_TTL_MINUTES).contains(&minutes)) {
        ctx.report(&VOICE_CALL_TTL, at, format!("`ttl_minutes` is {ttl}; it must be 1 to {MAX_TTL_MINUTES}"));
    }
}
