//! What several interactive types share: the rule for parts a type does not take, labels shown
//! without formatting, and uniqueness within a message.

use crate::check::{Ctx, Ptr};
use crate::diagnostic::Severity::{Error, Warning};
use crate::measure;
use crate::rule::Rule;
use std::collections::hash_map::{Entry, HashMap};

pub static MARKDOWN_NOT_RENDERED: Rule = Rule {
    code: "WA0609",
    name: "markdown-not-rendered",
    severity: Warning,
    applies_to: &["interactive"],
    source: meta!("messages/interactive-reply-buttons-messages", "Request parameters"),
    summary: "Button labels and header text show Markdown markers (`*bold*`, `_italic_`, `~strike~`, ```` ``` ````) as typed: they are not formatted there.",
    help: "remove the formatting markers; only the body and footer are formatted",
    valid: example!("WA0609-markdown-not-rendered", "valid"),
    invalid: example!("WA0609-markdown-not-rendered", "invalid"),
};

pub static PART_NOT_ALLOWED: Rule = Rule {
    code: "WA0610",
    name: "interactive-part-not-allowed",
    severity: Error,
    applies_to: &["interactive.carousel", "interactive.call_permission_request", "interactive.voice_call"],
    source: meta!("messages/interactive-media-carousel-messages", "Components", "131009"),
    summary: "Carousel, call-permission and voice-call messages take no `footer` (and carousels no card-level header outside the cards).",
    help: "remove the member; a carousel's cards carry their own headers and bodies",
    valid: example!("WA0610-interactive-part-not-allowed", "valid"),
    invalid: example!("WA0610-interactive-part-not-allowed", "invalid"),
};

/// Warns when a label that is shown unformatted contains formatting markers.
pub(crate) fn check_markdown(ctx: &mut Ctx, text: &str, at: &Ptr, what: &str) {
    if let Some(marker) = measure::markdown_marker(text) {
        ctx.report(
            &MARKDOWN_NOT_RENDERED,
            at,
            format!("{what} \"{text}\" contains {marker} markers, which are shown as typed"),
        );
    }
}

/// Values that must be unique within a message, with where each was first seen: the first
/// occurrence's pointer is rendered only when a duplicate is found. A hash map keeps each check
/// expected constant time, so thousands of buttons or rows cost linear time.
pub(crate) struct Uniques<'v> {
    rule: &'static Rule,
    what: &'static str,
    seen: HashMap<&'v str, (usize, usize)>,
}

impl<'v> Uniques<'v> {
    /// Uniqueness of `what` ("button title"), reported by `rule`.
    pub fn new(rule: &'static Rule, what: &'static str) -> Self {
        Self { rule, what, seen: HashMap::new() }
    }

    /// Records `value` found at position (`outer`, `inner`); when it was seen before, reports it,
    /// naming the first occurrence's pointer as `first_at` renders it.
    pub fn check(
        &mut self,
        ctx: &mut Ctx,
        value: &'v str,
        (outer, inner): (usize, usize),
        at: &Ptr,
        first_at: impl Fn(usize, usize) -> String,
    ) {
        match self.seen.entry(value) {
            Entry::Occupied(first) if ctx.lists(self.rule) => {
                let &(first_outer, first_inner) = first.get();
                let first = first_at(first_outer, first_inner);
                ctx.report(self.rule, at, format!("{} \"{value}\" is used twice; first at {first}", self.what));
            }
            Entry::Occupied(_) => {}
            Entry::Vacant(slot) => drop(slot.insert((outer, inner))),
        }
    }
}
