//! A rule's metadata: what the registry lists, the docs print and options refer to.

use crate::diagnostic::Severity;
use serde::Serialize;

/// One rule. Every diagnostic names the rule that produced it; [`rules()`](crate::rules) lists them all.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Rule {
    /// Stable code, `WA` and four digits; the first two digits name the family (see `docs/rules.md`).
    pub code: &'static str,
    /// Kebab-case name; options accept it in place of the code.
    pub name: &'static str,
    /// The severity it reports at unless [`Options`](crate::Options) say otherwise.
    pub severity: Severity,
    /// The message types it checks: `*` for every message, else e.g. `text`, `interactive.button`.
    pub applies_to: &'static [&'static str],
    /// Where the constraint comes from: the CONSTRAINTS.md section and the document behind it.
    pub source: &'static str,
    /// One line: what the rule checks.
    pub summary: &'static str,
    /// How to fix what it finds (the default `help` of its diagnostics).
    pub help: &'static str,
    /// A whole payload the rule accepts.
    pub valid: &'static str,
    /// A whole payload the rule reports.
    pub invalid: &'static str,
}

/// Finds a rule by code (`WA0703`) or name (`button-title-length`).
pub fn find(code_or_name: &str) -> Option<&'static Rule> {
    crate::rules::ALL.iter().copied().find(|rule| rule.code == code_or_name || rule.name == code_or_name)
}

/// Source notes shared by many rules.
pub(crate) mod source {
    pub const ENVELOPE: &str = "CONSTRAINTS §1; spec/001 (send-messages guide), spec/002 (Messages reference)";
    pub const TEXT: &str = "CONSTRAINTS §2; spec/002 (Text object)";
    pub const MEDIA: &str = "CONSTRAINTS §3; spec/002 (Media object)";
    pub const LOCATION: &str = "CONSTRAINTS §4; spec/002 (Location object)";
    pub const CONTACTS: &str = "CONSTRAINTS §5; spec/002 (Contacts object)";
    pub const REACTION: &str = "CONSTRAINTS §6; spec/002 (Reaction object)";
    pub const INTERACTIVE: &str = "CONSTRAINTS §7; spec/002 (Interactive object)";
    pub const BUTTON: &str = "CONSTRAINTS §8; spec/002 (Interactive object, reply buttons)";
    pub const LIST: &str = "CONSTRAINTS §9; spec/002 (Section object, row object)";
    pub const PRODUCT: &str = "CONSTRAINTS §10–§11; spec/003 (catalog and product messages)";
    pub const FLOW: &str = "CONSTRAINTS §13; spec/002 (Interactive object, flow)";
    pub const TEMPLATE: &str = "CONSTRAINTS §14; spec/002 (Template object)";
    pub const WINDOW: &str = "CONSTRAINTS §15; spec/001 (customer service windows), spec/003";
    pub const META: &str =
        "CONSTRAINTS §16; Meta's current Cloud API docs and API error texts (not in spec/; lower confidence)";
    pub const COUNTING: &str = "CONSTRAINTS §16 (On counting); decision: characters are grapheme clusters";
}
