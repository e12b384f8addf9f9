//! Location messages (§4): coordinates in range, name and address.

use crate::check::shape::{self, optional, required, Kind, Shape};
use crate::check::{Ctx, Ptr};
use crate::diagnostic::Severity::{Error, Warning};
use crate::node::{Members, Node};
use crate::rule::Rule;

pub static COORDINATE_RANGE: Rule = Rule {
    code: "WA0301",
    name: "coordinate-range",
    severity: Error,
    applies_to: &["location"],
    source: meta!("messages/location-messages", "Request syntax", "131009"),
    summary: "`latitude` is within [-90, 90] and `longitude` within [-180, 180] degrees.",
    help: "check that latitude and longitude are not swapped",
    valid: example!("WA0301-coordinate-range", "valid"),
    invalid: example!("WA0301-coordinate-range", "invalid"),
};

pub static LOCATION_LABEL_MISSING: Rule = Rule {
    code: "WA0302",
    name: "location-label-missing",
    severity: Warning,
    applies_to: &["location"],
    source: meta!("messages/location-messages", "Request syntax"),
    summary: "A location without `name` or `address` is accepted today, but the pin then has no label; the older reference required both.",
    help: "add \"name\" and \"address\" so the customer sees what the pin is",
    valid: example!("WA0302-location-label-missing", "valid"),
    invalid: example!("WA0302-location-label-missing", "invalid"),
};

pub static COORDINATE_FORMAT: Rule = Rule {
    code: "WA0303",
    name: "coordinate-format",
    severity: Error,
    applies_to: &["location", "template"],
    source: meta!("messages/location-messages", "Request syntax", "131009"),
    summary: "A coordinate is a JSON number or a string holding a decimal number (`\"37.44\"`, no exponent, no `+`, no spaces).",
    help: "write the coordinate as a number, e.g. 37.4421, or as the string \"37.4421\"",
    valid: example!("WA0303-coordinate-format", "valid"),
    invalid: example!("WA0303-coordinate-format", "invalid"),
};

pub(super) static LOCATION: Shape = Shape {
    name: "location",
    fields: &[
        required("latitude", Kind::Deferred),
        required("longitude", Kind::Deferred),
        optional("name", Kind::String),
        optional("address", Kind::String),
    ],
};

pub(crate) fn check(ctx: &mut Ctx, value: &Node, at: &Ptr) {
    let Some(members) = shape::object(ctx, value, at, &LOCATION) else { return };
    check_coordinates(ctx, members, at);
    let missing: Vec<&str> = ["name", "address"].into_iter().filter(|name| !members.contains_key(name)).collect();
    if !missing.is_empty() {
        let what = missing.iter().map(|name| format!("`{name}`")).collect::<Vec<_>>().join(" and ");
        ctx.report_missing(
            &LOCATION_LABEL_MISSING,
            &at.key(missing[0]),
            format!("the location has no {what}: the pin is shown without a label"),
        );
    }
}

/// Checks `latitude` and `longitude` (numbers or decimal strings) and their ranges; shared with
/// template `location` parameters.
pub(crate) fn check_coordinates(ctx: &mut Ctx, members: &Members, at: &Ptr) {
    for (name, limit) in [("latitude", 90.0), ("longitude", 180.0)] {
        let Some(value) = members.get(name) else { continue };
        let coordinate_at = at.key(name);
        let degrees = match value {
            Node::Number(number) => number.as_f64(),
            Node::String(text) if is_decimal(text) => text.parse::<f64>().ok(),
            Node::String(text) => {
                ctx.report(
                    &COORDINATE_FORMAT,
                    &coordinate_at,
                    format!("{name} is \"{text}\"; expected a decimal number such as \"37.4421\""),
                );
                None
            }
            other => {
                shape::wrong_type(ctx, other, &coordinate_at, "a number or a string holding a decimal number");
                None
            }
        };
        if let Some(degrees) = degrees.filter(|degrees| !(-limit..=limit).contains(degrees)) {
            ctx.report(
                &COORDINATE_RANGE,
                &coordinate_at,
                format!("{name} is {degrees}; it must be within [-{limit}, {limit}]"),
            );
        }
    }
}

/// `-?[0-9]+(\.[0-9]+)?`: the decimal strings CONSTRAINTS §4 accepts.
fn is_decimal(text: &str) -> bool {
    let unsigned = text.strip_prefix('-').unwrap_or(text);
    let (whole, fraction) = unsigned.split_once('.').unwrap_or((unsigned, "1"));
    let digits = |part: &str| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit());
    digits(whole) && digits(fraction)
}
