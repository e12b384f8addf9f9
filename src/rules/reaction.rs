//! Reaction messages (§6): the message reacted to and one emoji.

use crate::check::shape::{self, required, Kind, Shape};
use crate::check::{Ctx, Ptr};
use crate::diagnostic::Severity::Error;
use crate::measure;
use crate::node::Node;
use crate::rule::Rule;
use crate::rules::envelope::WAMID;

pub static REACTION_EMOJI: Rule = Rule {
    code: "WA0501",
    name: "reaction-emoji",
    severity: Error,
    applies_to: &["reaction"],
    source: meta!("messages/reaction-messages", "Request syntax", "131009"),
    summary:
        "`emoji` is exactly one emoji (skin tones, flags and ZWJ sequences count as one), or \"\" to remove a reaction.",
    help: "send a single emoji such as \"👍\", or \"\" to remove the reaction",
    valid: example!("WA0501-reaction-emoji", "valid"),
    invalid: example!("WA0501-reaction-emoji", "invalid"),
};

pub(super) static REACTION: Shape =
    Shape { name: "reaction", fields: &[required("message_id", Kind::Text(&WAMID)), required("emoji", Kind::String)] };

pub(crate) fn check(ctx: &mut Ctx, value: &Node, at: &Ptr) {
    let Some(members) = shape::object(ctx, value, at, &REACTION) else { return };
    let Some(emoji) = members.get("emoji").and_then(Node::as_str) else { return };
    if !emoji.is_empty() && !measure::is_single_emoji(emoji) {
        let count = measure::chars(emoji);
        ctx.report(
            &REACTION_EMOJI,
            &at.key("emoji"),
            format!(
                "`emoji` is \"{emoji}\" ({count} character{}); expected exactly one emoji or \"\"",
                if count == 1 { "" } else { "s" }
            ),
        );
    }
}
