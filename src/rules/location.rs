//! Location messages (§4): coordinates in range, name and address.

use crate::check::shape::{self, required, Kind, Shape};
use crate::check::{Ctx, Ptr};
use crate::diagnostic::Severity::Error;
use crate::rule::{source, Rule};
use serde_json::Value;

pub static COORDINATE_RANGE: Rule = Rule {
    code: "WA0301",
    name: "coordinate-range",
    severity: Error,
    applies_to: &["location"],
    source: source::LOCATION,
    summary: "`latitude` is within [-90, 90] and `longitude` within [-180, 180] degrees.",
    help: "check that latitude and longitude are not swapped",
    valid: r#"{"messaging_product":"whatsapp","to":"+16505551234","type":"location","location":{"latitude":-23.5505,"longitude":-46.6333,"name":"Praça da Sé","address":"São Paulo, SP"}}"#,
    invalid: r#"{"messaging_product":"whatsapp","to":"+16505551234","type":"location","location":{"latitude":-146.6333,"longitude":-23.5505,"name":"Praça da Sé","address":"São Paulo, SP"}}"#,
};

static LOCATION: Shape = Shape {
    name: "location",
    fields: &[
        required("latitude", Kind::Number),
        required("longitude", Kind::Number),
        required("name", Kind::String),
        required("address", Kind::String),
    ],
};

pub(crate) fn check(ctx: &mut Ctx, value: &Value, at: &Ptr) {
    let Some(members) = shape::object(ctx, value, at, &LOCATION) else { return };
    for (name, limit) in [("latitude", 90.0), ("longitude", 180.0)] {
        if let Some(degrees) = members.get(name).and_then(Value::as_f64) {
            if !(-limit..=limit).contains(&degrees) {
                ctx.report(
                    &COORDINATE_RANGE,
                    &at.key(name),
                    format!("{name} is {degrees}; it must be within [-{limit}, {limit}]"),
                );
            }
        }
    }
}
