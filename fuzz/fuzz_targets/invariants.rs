//! Invariants every `wa_lint` report must satisfy, whatever the input.
//!
//! Shared by the fuzz targets (`#[path = "invariants.rs"] mod invariants;`) and by the test
//! suite in `tests/it/` (`#[path = "../../fuzz/fuzz_targets/invariants.rs"]`), so that a regression
//! fixture is checked exactly as the fuzzer checked it. Depends only on `wa_lint` and
//! `serde_json`. Every check panics with a description of what broke.

#![allow(dead_code)]

use serde_json::Value;
use wa_lint::{lint, lint_value, rules, Diagnostic, Options, Report};

/// `duplicate-key`: the one rule only [`lint`] can see (a `Value` keeps the last member).
pub const DUPLICATE_KEY: &str = "WA0003";
/// `payload-size`: measured on the text by [`lint`], on the compact serialization by
/// [`lint_value`], so the two may differ near the limit.
pub const PAYLOAD_SIZE: &str = "WA0022";
/// `invalid-json`.
pub const INVALID_JSON: &str = "WA0001";
/// `too-many-diagnostics`: counts what the report leaves out, duplicate keys (seen only in the
/// text) among them.
pub const TOO_MANY_DIAGNOSTICS: &str = "WA0031";

/// Lints `text` and checks every invariant; returns the report for further checks.
///
/// - no panic (the caller sees it), and the same report twice;
/// - every diagnostic names a registered rule, has a location whose span lies within the text,
///   on UTF-8 character boundaries, with `start <= end`, and whose 1-based line and column
///   (characters, not bytes) are those of the span's ends;
/// - diagnostics are sorted by span start;
/// - when the text is within the size limit and parses as JSON: no `invalid-json`, every pointer
///   resolves in the parsed value (or, for a missing member, its parent does), and [`lint_value`]
///   on the parsed value reports the same multiset of (code, pointer, severity) except `duplicate-key`
///   (unless a report is full: then each lists only its first findings);
/// - when it does not parse (or is too large): exactly one `invalid-json` at pointer `""`.
pub fn check_text(text: &str, options: &Options) -> Report {
    let report = lint(text, options);
    let again = lint(text, options);
    assert_eq!(report, again, "linting the same text twice gave different reports");
    report.diagnostics.iter().for_each(check_registered);
    check_locations(text, &report);
    let starts: Vec<usize> = report.diagnostics.iter().map(|d| d.location.map_or(0, |l| l.span.start)).collect();
    assert!(starts.windows(2).all(|pair| pair[0] <= pair[1]), "diagnostics are not sorted by span start: {starts:?}");

    let parsed = if text.len() > max_input_bytes(options) { None } else { serde_json::from_str::<Value>(text).ok() };
    match parsed {
        Some(value) => {
            assert!(
                report.diagnostics.iter().all(|d| d.code != INVALID_JSON),
                "serde_json parses the text but lint reports invalid-json: {:?}",
                report.diagnostics.iter().find(|d| d.code == INVALID_JSON)
            );
            for diagnostic in &report.diagnostics {
                check_pointer(&value, diagnostic);
            }
            let from_value = check_value(&value, options);
            // A full report lists the first findings only, and the text-only ones (payload-size
            // measures the text) take places in it: the two lists agree only when neither is full.
            let full = |report: &Report| report.diagnostics.iter().any(|d| d.code == TOO_MANY_DIAGNOSTICS);
            if !full(&report) && !full(&from_value) {
                let mut text_pairs = pairs(&report, true);
                let mut value_pairs = pairs(&from_value, true);
                text_pairs.sort();
                value_pairs.sort();
                assert_eq!(text_pairs, value_pairs, "lint and lint_value disagree (duplicate-key aside)");
            }
        }
        None => {
            // The size limit and syntax errors give one invalid-json (unless it is turned off).
            let codes: Vec<_> = report.diagnostics.iter().map(|d| (d.code, d.pointer.as_str())).collect();
            assert!(
                codes.is_empty() || codes == [(INVALID_JSON, "")],
                "text that serde_json rejects (or beyond the size limit) should give one invalid-json at \"\", got {codes:?}"
            );
        }
    }
    report
}

/// Lints a value and checks what can be checked without text: determinism, registered rules,
/// no location, no `duplicate-key`, and pointers that resolve (or whose parent does).
pub fn check_value(value: &Value, options: &Options) -> Report {
    let report = lint_value(value, options);
    assert_eq!(report, lint_value(value, options), "linting the same value twice gave different reports");
    for diagnostic in &report.diagnostics {
        check_registered(diagnostic);
        assert!(diagnostic.location.is_none(), "lint_value gave a location: {diagnostic:?}");
        assert_ne!(diagnostic.code, DUPLICATE_KEY, "lint_value cannot see duplicate keys: {diagnostic:?}");
        check_pointer(value, diagnostic);
    }
    report
}

/// The multiset of (code, pointer, severity), optionally without the findings that depend on
/// the text rather than the value (`duplicate-key`, `payload-size`, `too-many-diagnostics`).
pub fn pairs(report: &Report, skip_duplicate_key: bool) -> Vec<(&'static str, String, &'static str)> {
    report
        .diagnostics
        .iter()
        .filter(|d| !(skip_duplicate_key && [DUPLICATE_KEY, PAYLOAD_SIZE, TOO_MANY_DIAGNOSTICS].contains(&d.code)))
        .map(|d| (d.code, d.pointer.clone(), d.severity.as_str()))
        .collect()
}

fn max_input_bytes(options: &Options) -> usize {
    // `Options` keeps the limit private; its Debug form is the only public view of it.
    let debug = format!("{options:?}");
    debug
        .split("max_input_bytes: ")
        .nth(1)
        .and_then(|rest| rest.split(|c: char| !c.is_ascii_digit()).next())
        .and_then(|digits| digits.parse().ok())
        .unwrap_or(wa_lint::DEFAULT_MAX_INPUT_BYTES)
}

fn check_registered(diagnostic: &Diagnostic) {
    let rule = rules().iter().find(|rule| rule.code == diagnostic.code);
    let rule = rule.unwrap_or_else(|| panic!("diagnostic with an unregistered code: {diagnostic:?}"));
    assert_eq!(rule.name, diagnostic.name, "code and name do not match the registry: {diagnostic:?}");
    assert!(!diagnostic.message.is_empty(), "empty message: {diagnostic:?}");
    assert!(diagnostic.pointer.is_empty() || diagnostic.pointer.starts_with('/'), "malformed pointer: {diagnostic:?}");
}

/// The pointer names a value, or (for a missing member) a member of a value that exists.
pub fn check_pointer(value: &Value, diagnostic: &Diagnostic) {
    let pointer = diagnostic.pointer.as_str();
    if value.pointer(pointer).is_some() {
        return;
    }
    let parent = &pointer[..pointer.rfind('/').unwrap_or(0)];
    assert!(
        value.pointer(parent).is_some_and(|p| p.is_object() || p.is_array()),
        "neither the pointer nor its parent resolves in the parsed value: {diagnostic:?}"
    );
}

/// The 1-based line and column (in characters) of each byte offset, in one pass over the text.
fn line_columns(text: &str, offsets: &[usize]) -> Vec<(usize, usize)> {
    let mut order: Vec<usize> = (0..offsets.len()).collect();
    order.sort_by_key(|&i| offsets[i]);
    let mut result = vec![(0, 0); offsets.len()];
    let (mut byte, mut line, mut column) = (0, 1, 1);
    let mut chars = text.chars();
    for i in order {
        while byte < offsets[i] {
            let Some(c) = chars.next() else { break };
            byte += c.len_utf8();
            if c == '\n' {
                (line, column) = (line + 1, 1);
            } else {
                column += 1;
            }
        }
        result[i] = (line, column);
    }
    result
}

fn check_locations(text: &str, report: &Report) {
    let mut offsets = Vec::new();
    for diagnostic in &report.diagnostics {
        let location = diagnostic.location.unwrap_or_else(|| panic!("lint gave no location: {diagnostic:?}"));
        let span = location.span;
        assert!(
            span.start <= span.end && span.end <= text.len(),
            "span out of the text ({} bytes): {diagnostic:?}",
            text.len()
        );
        assert!(
            text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
            "span not on character boundaries: {diagnostic:?}"
        );
        assert!(
            location.line >= 1 && location.column >= 1 && location.end_line >= 1 && location.end_column >= 1,
            "{diagnostic:?}"
        );
        offsets.extend([span.start, span.end]);
    }
    let expected = line_columns(text, &offsets);
    for (i, diagnostic) in report.diagnostics.iter().enumerate() {
        let location = diagnostic.location.unwrap();
        assert_eq!((location.line, location.column), expected[2 * i], "line/column of the span start: {diagnostic:?}");
        assert_eq!(
            (location.end_line, location.end_column),
            expected[2 * i + 1],
            "line/column of the span end: {diagnostic:?}"
        );
    }
}
