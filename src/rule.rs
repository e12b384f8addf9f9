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
    /// Where the constraint comes from: the Meta page and section (with the API error it
    /// prevents), or a wa-lint decision.
    pub source: &'static str,
    /// One line: what the rule checks.
    pub summary: &'static str,
    /// How to fix what it finds (the default `help` of its diagnostics).
    pub help: &'static str,
    /// A whole payload the rule accepts (pretty-printed, from its spec folder).
    pub valid: &'static str,
    /// A whole payload the rule reports (pretty-printed, from its spec folder); empty when it
    /// would be too large to print.
    pub invalid: &'static str,
}

/// A rule's source on Meta's current pages: the page (a path under
/// developers.facebook.com/documentation/business-messaging/whatsapp/), the section that states
/// the constraint, and the API error it prevents when one is known.
macro_rules! meta {
    ($path:literal, $section:literal) => {
        concat!(
            "Meta, \"",
            $section,
            "\": https://developers.facebook.com/documentation/business-messaging/whatsapp/",
            $path
        )
    };
    ($path:literal, $section:literal, $error:literal) => {
        concat!(meta!($path, $section), " (prevents API error ", $error, ")")
    };
}

/// A rule's example payload, read from its spec folder
/// (`tests/specs/<code>-<name>/<valid|invalid>/example.json`), where the spec runner checks it.
macro_rules! example {
    ($folder:literal, $kind:literal) => {
        include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/specs/", $folder, "/", $kind, "/example.json"))
    };
}

/// A rule that is a project decision rather than a documented constraint: README's decisions
/// section says why.
macro_rules! decision {
    ($what:literal) => {
        concat!("wa-lint decision: ", $what, " (README.md#decisions)")
    };
}
