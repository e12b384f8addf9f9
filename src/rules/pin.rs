//! Pinned messages in groups (§18): `type: "pin"` pins or unpins a message of the group.

use crate::check::shape::{self, optional, required, Kind, Shape};
use crate::check::{Ctx, Ptr};
use crate::diagnostic::Severity::Error;
use crate::node::Node;
use crate::rule::Rule;
use crate::rules::envelope::WAMID;

pub static PIN_MESSAGE: Rule = Rule {
    code: "WA0030",
    name: "pin-message",
    severity: Error,
    applies_to: &["pin"],
    source: meta!("groups/groups-messaging", "Pin and unpin messages", "131009"),
    summary: "A pin is sent to a group (`recipient_type: \"group\"`); `expiration_days` (1 to 30) is required to pin and absent to unpin.",
    help: "send pins to a group, with \"expiration_days\" from 1 to 30 when pinning",
    valid: example!("WA0030-pin-message", "valid"),
    invalid: example!("WA0030-pin-message", "invalid"),
};

const MAX_EXPIRATION_DAYS: u64 = 30;

pub(super) static PIN: Shape = Shape {
    name: "pin",
    fields: &[
        required("type", Kind::Enum(&["pin", "unpin"])),
        required("message_id", Kind::Text(&WAMID)),
        // Meta's own example sends "7": a digit string is taken too.
        optional("expiration_days", Kind::IndexLike),
    ],
};

pub(crate) fn check(ctx: &mut Ctx, value: &Node, at: &Ptr) {
    if !ctx.envelope.group {
        ctx.report(&PIN_MESSAGE, at, "a pin is sent to a group: set \"recipient_type\": \"group\"".into());
    }
    let Some(pin) = shape::object(ctx, value, at, &PIN) else { return };
    let days_at = at.key("expiration_days");
    let days = pin.get("expiration_days");
    match (pin.get("type").and_then(Node::as_str), days) {
        (Some("pin"), None) => {
            ctx.report_missing(&PIN_MESSAGE, &days_at, "pinning needs `expiration_days` (1 to 30)".into())
        }
        (Some("unpin"), Some(_)) => {
            ctx.report_key(&PIN_MESSAGE, &days_at, "unpinning takes no `expiration_days`".into(), None)
        }
        (Some("pin"), Some(days)) => {
            let number = days.as_u64().or_else(|| days.as_str().and_then(|text| text.parse().ok()));
            if number.is_some_and(|days| !(1..=MAX_EXPIRATION_DAYS).contains(&days)) {
                let message = format!("`expiration_days` is {days}; a pin lasts 1 to {MAX_EXPIRATION_DAYS} days");
                ctx.report(&PIN_MESSAGE, &days_at, message);
            }
        }
        _ => {}
    }
}
