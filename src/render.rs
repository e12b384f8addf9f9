//! Renders reports for people (rustc-style code frames) and for machines (JSON), shared by the
//! `wa-lint` command and the npm package's command so that both print the same thing.

use crate::diagnostic::{Diagnostic, Report, Severity};
use crate::rule::Rule;
use serde::Serialize;
use std::fmt::Write;

/// Lines longer than this are shown as a window around the diagnostic.
const MAX_FRAME_CHARS: usize = 120;
/// How much of a long line to show before the diagnostic's column.
const FRAME_LEAD_CHARS: usize = 40;

/// A diagnostic with the file it was found in: the element of `--format json` output.
#[derive(Serialize)]
pub struct FileDiagnostic<'a> {
    pub file: &'a str,
    #[serde(flatten)]
    pub diagnostic: &'a Diagnostic,
}

/// Renders one file's report for a terminal: each diagnostic with its position, a code frame
/// with carets under the span, the pointer and the help.
pub fn human(file: &str, source: &str, report: &Report) -> String {
    let mut out = String::new();
    for diagnostic in &report.diagnostics {
        let _ =
            writeln!(out, "{}[{}] {}: {}", diagnostic.severity, diagnostic.code, diagnostic.name, diagnostic.message);
        let gutter = " ".repeat(diagnostic.location.map_or(1, |location| location.line.to_string().len()));
        match diagnostic.location {
            Some(location) => {
                let _ = writeln!(out, "{gutter}--> {file}:{}:{}", location.line, location.column);
                frame(
                    &mut out,
                    source,
                    &gutter,
                    location.line,
                    location.column,
                    location.end_line,
                    location.end_column,
                );
            }
            None => {
                let _ = writeln!(out, "{gutter}--> {file}");
            }
        }
        let pointer = if diagnostic.pointer.is_empty() { "(document root)" } else { &diagnostic.pointer };
        let _ = writeln!(out, "{gutter} = at: {pointer}");
        if let Some(help) = &diagnostic.help {
            let _ = writeln!(out, "{gutter} = help: {help}");
        }
        out.push('\n');
    }
    out
}

fn frame(out: &mut String, source: &str, gutter: &str, line: usize, column: usize, end_line: usize, end_column: usize) {
    let Some(text) = source.lines().nth(line - 1) else { return };
    let chars: Vec<char> = text.chars().collect();
    let start = column - 1;
    let end = if end_line == line { (end_column - 1).max(column) } else { chars.len().max(column) };
    let (from, to) = if chars.len() > MAX_FRAME_CHARS {
        let from = start.saturating_sub(FRAME_LEAD_CHARS);
        (from, (from + MAX_FRAME_CHARS).min(chars.len()))
    } else {
        (0, chars.len())
    };
    let lead = if from > 0 { "…" } else { "" };
    let trail = if to < chars.len() { "…" } else { "" };
    let shown: String = chars[from..to].iter().map(|&c| if c == '\t' { ' ' } else { c }).collect();
    let caret_start = start - from + lead.chars().count();
    let caret_len = end.min(to).saturating_sub(start).max(1);
    let _ = writeln!(out, "{gutter} |");
    let _ = writeln!(out, "{line} | {lead}{shown}{trail}");
    let _ = writeln!(out, "{gutter} | {}{}", " ".repeat(caret_start), "^".repeat(caret_len));
}

/// The closing line: totals by severity over all files.
pub fn summary(errors: usize, warnings: usize, infos: usize, files: usize) -> String {
    let plural = |n: usize, word: &str| if n == 1 { format!("{n} {word}") } else { format!("{n} {word}s") };
    format!(
        "{}, {}, {} in {}",
        plural(errors, "error"),
        plural(warnings, "warning"),
        plural(infos, "info"),
        plural(files, "file")
    )
}

/// Counts a report's diagnostics by severity: (errors, warnings, infos).
pub fn counts(report: &Report) -> (usize, usize, usize) {
    (report.count(Severity::Error), report.count(Severity::Warning), report.count(Severity::Info))
}

/// A rule's documentation as `wa-lint --explain` prints it.
pub fn explain(rule: &Rule) -> String {
    format!(
        "{} {} ({})\n\n{}\n\napplies to: {}\nsource: {}\nhelp: {}\n\nvalid:\n{}\n\ninvalid:\n{}",
        rule.code,
        rule.name,
        rule.severity,
        rule.summary,
        rule.applies_to.join(", "),
        rule.source,
        rule.help,
        rule.valid,
        rule.invalid
    )
}
