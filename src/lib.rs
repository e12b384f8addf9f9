//! # wa-lint
//!
//! Checks WhatsApp Cloud API message payloads (the JSON body POSTed to
//! `/<PHONE_NUMBER_ID>/messages`) against every documented constraint before they are sent, and
//! says where (JSON Pointer, line and column) and why (the measured value and the limit).
//!
//! ```
//! let payload = r#"{
//!   "messaging_product": "whatsapp",
//!   "to": "+16505551234",
//!   "type": "interactive",
//!   "interactive": {
//!     "type": "button",
//!     "body": {"text": "Confirm your booking?"},
//!     "action": {"buttons": [
//!       {"type": "reply", "reply": {"id": "yes", "title": "Yes, confirm my booking"}}
//!     ]}
//!   }
//! }"#;
//! let report = wa_lint::lint(payload, &wa_lint::Options::default());
//! assert!(report.has_errors());
//! let diagnostic = &report.diagnostics[0];
//! assert_eq!(diagnostic.name, "button-title-length");
//! assert_eq!(diagnostic.message, "button title is 23 characters; the limit is 20");
//! assert_eq!(diagnostic.pointer, "/interactive/action/buttons/0/reply/title");
//! assert_eq!(diagnostic.location.map(|l| l.line), Some(9));
//! ```
//!
//! Characters are counted as user-perceived characters (extended grapheme clusters): "👨‍👩‍👧‍👦"
//! is one character. The core is pure: no I/O, no global state, and no input makes it panic.

#![warn(missing_docs)]

// First: the macros every rule family uses (`meta!`, `decision!`, `example!`, `named_enum!`).
#[macro_use]
mod rule;
#[macro_use]
mod named;

mod check;
mod context;
mod diagnostic;
mod document;
mod locate;
mod measure;
mod node;
mod options;
mod parse;
mod registry;
pub mod render;
mod rules;
mod templates;
mod words;

pub use diagnostic::{Diagnostic, Location, Report, Severity, Span};
pub use locate::utf16_offsets;
pub use options::{
    Endpoint, Kind, Level, Options, OptionsError, ServiceWindow, DEFAULT_MAX_DIAGNOSTICS, DEFAULT_MAX_INPUT_BYTES,
};
pub use parse::MAX_DEPTH;
pub use rule::Rule;
pub use templates::{Templates, TemplatesError};

use check::structure::{DUPLICATE_KEY, INVALID_JSON, JSON_ENCODED_STRING, TOO_MANY_DIAGNOSTICS};
use check::{Anchor, Ctx, Finding, Settings, Suppressed};
use locate::{Positions, SourceMap};
use node::{Arena, Node, Nulls};
use serde_json::Value;

/// Lints a payload given as JSON text: parses it, checks every rule, and attaches source
/// locations. Malformed JSON gives one `invalid-json` diagnostic at pointer `""`.
pub fn lint(json: &str, options: &Options) -> Report {
    let settings = options.settings();
    if json.len() > options.max_input_bytes {
        let message = format!("the input is {} bytes; the limit is {} bytes", json.len(), options.max_input_bytes);
        let location = Location { span: Span { start: 0, end: 0 }, line: 1, column: 1, end_line: 1, end_column: 1 };
        return single(&settings, &INVALID_JSON, message, location);
    }
    // Sized from the text, so that a small payload's tree needs one allocation (BENCHMARKS.md).
    let arena = Arena::with_capacity(json.len() * 2);
    let parsed = match parse::parse(json, &arena, Nulls::SetAside) {
        Ok(parsed) => parsed,
        Err(error) => {
            let source = SourceMap::new(json);
            let location = source.locations(&[source.error_span(error.line, error.column)])[0];
            return single(&settings, &INVALID_JSON, error.message, location);
        }
    };
    let root = parsed.value.clone();
    let (findings, mut suppressed) = run(&arena, parsed.value, options, &settings, json.len());
    if findings.is_empty() && !parsed.has_duplicate_keys {
        return Report::default();
    }
    // Strings and names borrowed from the text know their spans; the walk or the index places
    // the rest.
    let borrowed: Vec<Option<Span>> =
        findings.iter().map(|finding| locate::borrowed_span(json, &root, &finding.pointer, finding.anchor)).collect();
    let unplaced = borrowed.iter().filter(|span| span.is_none()).count();
    let source = Positions::new(json, unplaced, parsed.has_duplicate_keys);
    let mut duplicates = source.duplicate_keys();
    let room = settings.max_diagnostics.saturating_sub(findings.len());
    if duplicates.len() > room {
        if let Some(severity) = settings.severity_of(&DUPLICATE_KEY) {
            suppressed.add_many(severity, duplicates.len() - room);
        }
        duplicates.truncate(room);
    }
    let requests = findings.iter().zip(&borrowed).filter(|(_, span)| span.is_none());
    let mut placed = source.spans(requests.map(|(finding, _)| (finding.pointer.as_str(), finding.anchor))).into_iter();
    let mut spans: Vec<Span> =
        borrowed.iter().map(|span| span.or_else(|| placed.next()).unwrap_or(Span { start: 0, end: 0 })).collect();
    spans.extend(duplicates.iter().flat_map(|duplicate| [duplicate.ignored, duplicate.kept]));
    let mut locations = source.locations(&spans).into_iter();
    let mut diagnostics: Vec<Diagnostic> = findings
        .into_iter()
        .zip(locations.by_ref())
        .map(|(finding, location)| diagnostic(finding, Some(location)))
        .collect();
    if let Some(severity) = settings.severity_of(&DUPLICATE_KEY) {
        for (duplicate, (ignored, kept)) in duplicates.into_iter().zip(pairs(locations)) {
            let message =
                format!("`{}` is given again at line {}; this earlier value is ignored", duplicate.name, kept.line);
            let pointer = duplicate.pointer;
            let finding = Finding { rule: &DUPLICATE_KEY, severity, pointer, anchor: Anchor::Key, message, help: None };
            diagnostics.push(diagnostic(finding, Some(ignored)));
        }
    }
    diagnostics.sort_by_key(|d| d.location.map(|l| (l.span.start, l.span.end)));
    // The count of what is not listed comes last, at the end of the text.
    let end = source.locations(&[Span { start: json.len(), end: json.len() }])[0];
    diagnostics.extend(summary(&settings, suppressed).map(|finding| diagnostic(finding, Some(end))));
    Report { diagnostics }
}

/// Lints a payload a service already holds as a `serde_json::Value`: the same rules as [`lint`],
/// without source locations (and without duplicate keys, which a `Value` cannot hold).
///
/// ```
/// let message = serde_json::json!({
///     "messaging_product": "whatsapp",
///     "to": "+16505551234",
///     "text": {"body": "Hello!"}
/// });
/// assert!(wa_lint::lint_value(&message, &wa_lint::Options::default()).is_empty());
/// ```
pub fn lint_value(value: &Value, options: &Options) -> Report {
    let settings = options.settings();
    let arena = Arena::new();
    let document = Node::from_value(value, &arena, Nulls::SetAside);
    let (findings, suppressed) = run(&arena, document, options, &settings, compact_size(value));
    let listed = findings.into_iter().chain(summary(&settings, suppressed));
    Report { diagnostics: listed.map(|finding| diagnostic(finding, None)).collect() }
}

/// The one finding that counts what the report does not list, if it left any out.
fn summary(settings: &Settings, suppressed: Suppressed) -> Option<Finding> {
    let severity = suppressed.worst()?;
    settings.severity_of(&TOO_MANY_DIAGNOSTICS)?;
    let message = format!(
        "{} more findings are not listed ({} errors, {} warnings, {} infos); a report lists at most {}",
        suppressed.total(),
        suppressed.errors,
        suppressed.warnings,
        suppressed.infos,
        settings.max_diagnostics
    );
    Some(Finding {
        rule: &TOO_MANY_DIAGNOSTICS,
        severity,
        pointer: String::new(),
        anchor: Anchor::Value,
        message,
        help: None,
    })
}

/// Every rule: code, name, default severity, the message types it applies to, its source, and
/// docs with a valid and an invalid example.
///
/// ```
/// let rule = wa_lint::rules().iter().find(|rule| rule.code == "WA0702").unwrap();
/// assert_eq!(rule.name, "button-title-length");
/// ```
pub fn rules() -> &'static [&'static Rule] {
    registry::ALL
}

/// Finds a rule by code (`WA0702`) or name (`button-title-length`).
pub fn find_rule(code_or_name: &str) -> Option<&'static Rule> {
    registry::find(code_or_name)
}

/// The JSON Schema (draft 2020-12) of a message payload, as shipped in `schemas/`: for editors
/// and first structural checks. What a schema cannot say (characters as graphemes, totals across
/// sections, uniqueness) only [`lint`] checks.
pub fn schema() -> &'static str {
    include_str!("../schemas/message.schema.json")
}

#[cfg(feature = "schema-validation")]
pub mod schema_validation;

/// Passes over a payload whose strings hold JSON that itself holds JSON strings: a bound on how
/// deep such nesting is decoded.
const MAX_DECODING_PASSES: usize = 4;

/// Runs the rules on `value`. `payload_bytes` is the size of the text as sent (for `lint_value`,
/// its compact serialization).
/// Returns the findings and what was counted past the report's limit.
fn run<'a>(
    arena: &'a Arena,
    mut current: Node<'a>,
    options: &Options,
    settings: &Settings,
    payload_bytes: usize,
) -> (Vec<Finding>, Suppressed) {
    let mut decoded = Vec::new();
    let mut earlier_notes = Vec::new();
    let mut pass = 1;
    let (mut findings, suppressed) = loop {
        let mut ctx = Ctx::new(settings);
        check_document(&mut ctx, &current, options, payload_bytes);
        if ctx.encoded.is_empty() || pass == MAX_DECODING_PASSES {
            break (ctx.findings, ctx.suppressed);
        }
        // The next pass sees the decoded values; what it cannot see again is the warning that
        // they were strings.
        earlier_notes
            .extend(ctx.findings.into_iter().filter(|finding| std::ptr::eq(finding.rule, &JSON_ENCODED_STRING)));
        for pointer in ctx.encoded {
            if let Some(next) = document::decode_at(arena, &current, &pointer) {
                current = next;
            }
            decoded.push(pointer);
        }
        pass += 1;
    };
    findings.extend(earlier_notes);
    if !decoded.is_empty() {
        document::repoint(&mut findings, &decoded);
    }
    (findings, suppressed)
}

/// Routes the document: template definitions to §21, messages to the message rules and, when
/// definitions are given, a template send to §20.
fn check_document(ctx: &mut Ctx, document: &Node, options: &Options, payload_bytes: usize) {
    let definitions = match options.kind {
        Kind::Auto => templates::is_definitions_document(document),
        Kind::Message => false,
        Kind::TemplateDefinition => true,
    };
    if definitions {
        return templates::check_definitions(ctx, document);
    }
    rules::check(ctx, document, payload_bytes);
    if let Some(templates) = &options.templates {
        templates::check_send(ctx, document, templates);
    }
}

fn diagnostic(finding: Finding, location: Option<Location>) -> Diagnostic {
    Diagnostic {
        code: finding.rule.code,
        name: finding.rule.name,
        severity: finding.severity,
        message: finding.message,
        pointer: finding.pointer,
        location,
        help: Some(finding.help.unwrap_or_else(|| finding.rule.help.to_owned())),
    }
}

/// The size of `value` written as compact JSON, counted without building the text.
fn compact_size(value: &Value) -> usize {
    struct Counter(usize);
    impl std::io::Write for Counter {
        fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
            self.0 += bytes.len();
            Ok(bytes.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let mut counter = Counter(0);
    // Writing a `Value` into memory cannot fail.
    let _ = serde_json::to_writer(&mut counter, value);
    counter.0
}

fn single(settings: &Settings, rule: &'static Rule, message: String, location: Location) -> Report {
    let Some(severity) = settings.severity_of(rule) else { return Report::default() };
    let finding = Finding { rule, severity, pointer: String::new(), anchor: Anchor::Value, message, help: None };
    Report { diagnostics: vec![diagnostic(finding, Some(location))] }
}

fn pairs<T>(mut items: impl Iterator<Item = T>) -> impl Iterator<Item = (T, T)> {
    std::iter::from_fn(move || Some((items.next()?, items.next()?)))
}
