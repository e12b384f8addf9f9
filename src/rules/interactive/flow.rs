//! Flow messages (§13, §16): the flow's identity, its CTA button and its first screen.

use crate::check::shape::{self, optional, required, Kind, Limit, Shape};
use crate::check::{Ctx, Ptr};
use crate::diagnostic::Severity::{Error, Info, Warning};
use crate::measure;
use crate::node::{Arena, Members, Node, Nulls};
use crate::parse::parse;
use crate::rule::Rule;

pub static FLOW_FLAT_LAYOUT: Rule = Rule {
    code: "WA1101",
    name: "flow-flat-layout",
    severity: Warning,
    applies_to: &["interactive.flow"],
    source: meta!("flows/guides/sendingaflow", "Interactive message parameters for Cloud API"),
    summary: "Flow fields belong under `action.parameters` with `action.name: \"flow\"` (the documented example); directly under `action` is the reference table's older layout.",
    help: "move the flow fields into \"action\": {\"name\": \"flow\", \"parameters\": {...}}",
    valid: example!("WA1101-flow-flat-layout", "valid"),
    invalid: example!("WA1101-flow-flat-layout", "invalid"),
};

pub static FLOW_CTA_LENGTH: Rule = Rule {
    code: "WA1102",
    name: "flow-cta-length",
    severity: Warning,
    applies_to: &["interactive.flow"],
    source: meta!("flows/guides/sendingaflow", "Interactive message parameters for Cloud API"),
    summary: "`flow_cta`, the flow's button label, should be at most 20 characters (the older reference's limit); Meta's current page advises at most 30, and its own requests send 23.",
    help: "shorten the button label",
    valid: example!("WA1102-flow-cta-length", "valid"),
    invalid: example!("WA1102-flow-cta-length", "invalid"),
};

pub static FLOW_CTA_EMOJI: Rule = Rule {
    code: "WA1103",
    name: "flow-cta-emoji",
    severity: Warning,
    applies_to: &["interactive.flow"],
    source: meta!("flows/guides/sendingaflow", "Interactive message parameters for Cloud API"),
    summary: "`flow_cta` should hold no emoji (the older reference forbids them; the API accepts them today).",
    help: "remove the emoji from the button label",
    valid: example!("WA1103-flow-cta-emoji", "valid"),
    invalid: example!("WA1103-flow-cta-emoji", "invalid"),
};

pub static FLOW_PAYLOAD_MISSING: Rule = Rule {
    code: "WA1104",
    name: "flow-payload-missing",
    severity: Info,
    applies_to: &["interactive.flow"],
    source: meta!("flows/guides/sendingaflow", "Interactive message parameters for Cloud API"),
    summary: "Without `flow_action_payload` a `navigate` flow opens its first entry screen; the older reference required the payload.",
    help: "add \"flow_action_payload\": {\"screen\": \"<FIRST_SCREEN_ID>\"}, or use \"flow_action\": \"data_exchange\"",
    valid: example!("WA1104-flow-payload-missing", "valid"),
    invalid: example!("WA1104-flow-payload-missing", "invalid"),
};

pub static FLOW_DATA_EMPTY: Rule = Rule {
    code: "WA1105",
    name: "flow-data-empty",
    severity: Error,
    applies_to: &["interactive.flow"],
    source: meta!("flows/guides/sendingaflow", "Interactive message parameters for Cloud API", "131009"),
    summary: "`flow_action_payload.data`, when present, is a non-empty object.",
    help: "remove `data`, or give the first screen its input",
    valid: example!("WA1105-flow-data-empty", "valid"),
    invalid: example!("WA1105-flow-data-empty", "invalid"),
};

pub static FLOW_ID_OR_NAME: Rule = Rule {
    code: "WA1106",
    name: "flow-id-or-name",
    severity: Error,
    applies_to: &["interactive.flow"],
    source: meta!("flows/guides/sendingaflow", "Interactive message parameters for Cloud API", "131009"),
    summary: "A flow is named by exactly one of `flow_id` and `flow_name`.",
    help: "give either `flow_id` or `flow_name`, not both",
    valid: example!("WA1106-flow-id-or-name", "valid"),
    invalid: example!("WA1106-flow-id-or-name", "invalid"),
};

pub static FLOW_TOKEN_MISSING: Rule = Rule {
    code: "WA1107",
    name: "flow-token-missing",
    severity: Info,
    applies_to: &["interactive.flow"],
    source: meta!("flows/guides/sendingaflow", "Interactive message parameters for Cloud API"),
    summary:
        "Without `flow_token` the API sends the flow the token \"unused\": your endpoint cannot tell sessions apart.",
    help: "send a token that identifies this flow session, e.g. an order id",
    valid: example!("WA1107-flow-token-missing", "valid"),
    invalid: example!("WA1107-flow-token-missing", "invalid"),
};

static CTA: Limit = Limit { rule: &FLOW_CTA_LENGTH, what: "flow_cta", min: 1, max: 20 };

pub(super) static PAYLOAD: Shape = Shape {
    name: "flow action payload",
    fields: &[required("screen", Kind::NonEmpty), optional("data", Kind::Deferred)],
};

/// The flow's fields, wherever they are (`action.parameters`, or `action` in the flat layout).
const FLOW_FIELDS: &[crate::check::shape::Field] = &[
    required("flow_message_version", Kind::Enum(&["3"])),
    optional("flow_token", Kind::NonEmpty),
    optional("flow_id", Kind::NonEmpty),
    optional("flow_name", Kind::NonEmpty),
    required("flow_cta", Kind::Text(&CTA)),
    optional("mode", Kind::Enum(&["draft", "published"])),
    optional("flow_action", Kind::Enum(&["navigate", "data_exchange"])),
    optional("flow_action_payload", Kind::Object(&PAYLOAD)),
];
pub(super) static PARAMETERS: Shape = Shape { name: "flow parameters", fields: FLOW_FIELDS };
pub(super) static NESTED_ACTION: Shape = Shape {
    name: "flow action",
    fields: &[required("name", Kind::Enum(&["flow"])), required("parameters", Kind::Deferred)],
};
static FLAT_ACTION: Shape = Shape { name: "flow action", fields: FLOW_FIELDS };

pub(super) fn check_action(ctx: &mut Ctx, value: &Node, at: &Ptr) {
    let flat = value.get("flow_message_version").is_some() || value.get("flow_cta").is_some();
    if flat && value.get("parameters").is_none() {
        ctx.report(&FLOW_FLAT_LAYOUT, at, "the flow fields are directly under `action`".into());
        if let Some(fields) = shape::object(ctx, value, at, &FLAT_ACTION) {
            check_fields(ctx, fields, at);
        }
        return;
    }
    let Some(action) = shape::object(ctx, value, at, &NESTED_ACTION) else { return };
    let Some(parameters) = action.get("parameters") else { return };
    let parameters_at = at.key("parameters");
    if let Some(fields) = shape::object(ctx, parameters, &parameters_at, &PARAMETERS) {
        check_fields(ctx, fields, &parameters_at);
    }
}

fn check_fields(ctx: &mut Ctx, fields: &Members, at: &Ptr) {
    if !fields.contains_key("flow_token") {
        let message = "there is no `flow_token`: the flow receives \"unused\"".into();
        ctx.report_missing(&FLOW_TOKEN_MISSING, &at.key("flow_token"), message);
    }
    if fields.contains_key("flow_id") == fields.contains_key("flow_name") {
        let message = if fields.contains_key("flow_id") {
            "both `flow_id` and `flow_name` are given"
        } else {
            "neither `flow_id` nor `flow_name` is given"
        };
        ctx.report(&FLOW_ID_OR_NAME, at, message.into());
    }
    if let Some(cta) = fields.get("flow_cta").and_then(Node::as_str) {
        if measure::contains_emoji(cta) {
            ctx.report(&FLOW_CTA_EMOJI, &at.key("flow_cta"), format!("flow_cta \"{cta}\" contains an emoji"));
        }
        super::shared::check_markdown(ctx, cta, &at.key("flow_cta"), "flow_cta");
    }
    let navigate = fields.get("flow_action").and_then(Node::as_str).is_none_or(|action| action == "navigate");
    match fields.get("flow_action_payload") {
        None if navigate => ctx.report_missing(
            &FLOW_PAYLOAD_MISSING,
            &at.key("flow_action_payload"),
            "`flow_action` is navigate (the default) but there is no `flow_action_payload`".into(),
        ),
        Some(payload) => {
            if let Some(data) = payload.get("data") {
                let data_at = at.key("flow_action_payload");
                let data_at = data_at.key("data");
                // Meta's current page sends `data` serialized: a string holding the object.
                let arena = Arena::new();
                let decoded =
                    data.as_str().and_then(|text| parse(text, &arena, Nulls::Keep).ok()).map(|parsed| parsed.value);
                match decoded.as_ref().filter(|value| value.is_object()).unwrap_or(data) {
                    Node::Object(members) if members.is_empty() => {
                        ctx.report(&FLOW_DATA_EMPTY, &data_at, "`data` is an empty object".into())
                    }
                    Node::Object(_) => {}
                    other => shape::wrong_type(ctx, other, &data_at, "an object or a string holding one"),
                }
            }
        }
        None => {}
    }
}
