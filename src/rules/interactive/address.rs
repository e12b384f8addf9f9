//! Address messages (§18, India): a form the customer fills in, optionally pre-filled.

use crate::check::shape::{self, optional, required, Kind, Shape};
use crate::check::{Ctx, Ptr};
use crate::diagnostic::Severity::Error;
use crate::node::{Members, Node};
use crate::rule::Rule;

pub static ADDRESS_COUNTRY: Rule = Rule {
    code: "WA1701",
    name: "address-country",
    severity: Error,
    applies_to: &["interactive.address_message"],
    source: meta!("messages/address-messages", "Send Address Message to a User", "131009"),
    summary: "`action.parameters.country` is an ISO 3166 alpha-2 country code (`IN`).",
    help: "give the two-letter country code, e.g. \"IN\"",
    valid: example!("WA1701-address-country", "valid"),
    invalid: example!("WA1701-address-country", "invalid"),
};

pub static ADDRESS_PIN_CODE: Rule = Rule {
    code: "WA1702",
    name: "address-pin-code",
    severity: Error,
    applies_to: &["interactive.address_message"],
    source: meta!("messages/address-messages", "Send Address Message to a User", "131009"),
    summary: "A pre-filled `in_pin_code` is at most 6 digits.",
    help: "give the 6-digit PIN code",
    valid: example!("WA1702-address-pin-code", "valid"),
    invalid: example!("WA1702-address-pin-code", "invalid"),
};

const MAX_PIN_DIGITS: usize = 6;

/// The form's fields: pre-filled values, saved addresses and validation errors all use them.
const ADDRESS_FIELDS: &[shape::Field] = &[
    optional("name", Kind::String),
    optional("phone_number", Kind::String),
    optional("in_pin_code", Kind::String),
    optional("house_number", Kind::String),
    optional("floor_number", Kind::String),
    optional("tower_number", Kind::String),
    optional("building_name", Kind::String),
    optional("address", Kind::String),
    optional("landmark_area", Kind::String),
    optional("city", Kind::String),
    optional("state", Kind::String),
];
static VALUES: Shape = Shape { name: "address values", fields: ADDRESS_FIELDS };
static VALIDATION_ERRORS: Shape = Shape { name: "address validation errors", fields: ADDRESS_FIELDS };
static SAVED_ADDRESS: Shape = Shape {
    name: "saved address",
    fields: &[required("id", Kind::NonEmpty), required("value", Kind::Object(&VALUES))],
};
static PARAMETERS: Shape = Shape {
    name: "address parameters",
    fields: &[
        required("country", Kind::String),
        optional("values", Kind::Object(&VALUES)),
        optional("saved_addresses", Kind::ArrayOf(&SAVED_ADDRESS)),
        optional("validation_errors", Kind::Object(&VALIDATION_ERRORS)),
    ],
};
pub(super) static ACTION: Shape = Shape {
    name: "address action",
    fields: &[required("name", Kind::Enum(&["address_message"])), required("parameters", Kind::Object(&PARAMETERS))],
};

pub(super) fn check_action(ctx: &mut Ctx, value: &Node, at: &Ptr) {
    let Some(action) = shape::object(ctx, value, at, &ACTION) else { return };
    let Some(parameters) = action.get("parameters").and_then(Node::as_object) else { return };
    let parameters_at = at.key("parameters");
    if let Some(country) = parameters.get("country").and_then(Node::as_str) {
        if !(country.len() == 2 && country.bytes().all(|b| b.is_ascii_alphabetic())) {
            let message = format!("`country` is \"{country}\"; expected a two-letter ISO 3166 code such as \"IN\"");
            ctx.report(&ADDRESS_COUNTRY, &parameters_at.key("country"), message);
        }
    }
    if let Some(values) = parameters.get("values").and_then(Node::as_object) {
        check_pin_code(ctx, values, &parameters_at.key("values"));
    }
    let saved = parameters.get("saved_addresses").and_then(Node::as_array).unwrap_or_default();
    let saved_at = parameters_at.key("saved_addresses");
    for (index, address) in saved.iter().enumerate() {
        if let Some(values) = address.get("value").and_then(Node::as_object) {
            check_pin_code(ctx, values, &saved_at.index(index).key("value"));
        }
    }
}

fn check_pin_code(ctx: &mut Ctx, values: &Members, at: &Ptr) {
    let Some(pin) = values.get("in_pin_code").and_then(Node::as_str) else { return };
    if pin.is_empty() || pin.len() > MAX_PIN_DIGITS || !pin.bytes().all(|b| b.is_ascii_digit()) {
        let message = format!("`in_pin_code` is \"{pin}\"; expected at most {MAX_PIN_DIGITS} digits");
        ctx.report(&ADDRESS_PIN_CODE, &at.key("in_pin_code"), message);
    }
}
