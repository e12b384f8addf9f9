//! A template send as the §20 checks read it: its components by kind, with their pointers; the
//! definition it is checked against; and parameter values put in place of their placeholders.

use super::definition::Definition;
use super::placeholders::{self, Variable};
use crate::check::{Anchor, Ctx};
use crate::node::{Members, Node};
use crate::rule::Rule;

/// A carousel card's body limit, in characters.
pub(super) const MAX_CARD_BODY: usize = 160;

/// The send's components, by what they are, with their pointers.
pub(super) struct Sent<'v> {
    /// `/template/components`, and whether the member is there.
    pub list_at: &'static str,
    pub has_list: bool,
    pub header: Option<Component<'v>>,
    pub body: Option<Component<'v>>,
    pub buttons: Vec<Component<'v>>,
    pub carousel: Option<Component<'v>>,
    pub offer: Option<Component<'v>>,
}

#[derive(Clone, Copy)]
pub(super) struct Component<'v> {
    pub at_index: usize,
    pub members: &'v Members<'v>,
}

impl<'v> Component<'v> {
    pub fn at(&self, list_at: &str) -> String {
        format!("{list_at}/{}", self.at_index)
    }
    pub fn parameters(&self) -> &'v [Node<'v>] {
        self.members.get("parameters").and_then(Node::as_array).unwrap_or_default()
    }
}

/// What a diagnostic needs to name the definition and point into the send.
pub(super) struct Check<'c, 'o> {
    pub ctx: &'c mut Ctx<'o>,
    pub definition: &'c Definition,
    /// "template `order_update` (en_US)".
    pub label: String,
}

impl Check<'_, '_> {
    pub fn report(&mut self, rule: &'static Rule, at: String, message: String, help: String) {
        self.ctx.push_at(rule, at, Anchor::Value, message, Some(help));
    }
    /// A finding about something missing: at the component (or list) where it belongs.
    pub fn report_missing(
        &mut self,
        rule: &'static Rule,
        sent: &Sent,
        within: Option<String>,
        message: String,
        help: String,
    ) {
        match within {
            Some(at) => self.ctx.push_at(rule, at, Anchor::Value, message, Some(help)),
            None if sent.has_list => {
                self.ctx.push_at(rule, sent.list_at.to_owned(), Anchor::Value, message, Some(help))
            }
            None => self.ctx.push_at(rule, sent.list_at.to_owned(), Anchor::Missing, message, Some(help)),
        }
    }
}

/// The text a parameter puts in place of its placeholder.
pub(super) fn value_of<'a>(parameter: &'a Node<'a>) -> Option<&'a str> {
    match parameter.get("type").and_then(Node::as_str)? {
        "text" => parameter.get("text")?.as_str(),
        kind @ ("currency" | "date_time") => parameter.get(kind)?.get("fallback_value")?.as_str(),
        _ => None,
    }
}

/// `text` with each placeholder replaced by its value (kept as written when there is none).
pub(super) fn substitute(text: &str, found: &[placeholders::Placeholder], values: &[(String, &str)]) -> String {
    let lookup: std::collections::HashMap<&str, &str> =
        values.iter().map(|(key, value)| (key.as_str(), *value)).collect();
    let mut out = String::with_capacity(text.len());
    let mut from = 0;
    for placeholder in found {
        out.push_str(&text[from..placeholder.start]);
        let key = match &placeholder.variable {
            Variable::Positional(number) => number.to_string(),
            Variable::Named(name) => (*name).to_owned(),
            Variable::Malformed(inner) => (*inner).to_owned(),
        };
        out.push_str(lookup.get(key.as_str()).copied().unwrap_or(&text[placeholder.start..placeholder.end]));
        from = placeholder.end;
    }
    out.push_str(&text[from..]);
    out
}
