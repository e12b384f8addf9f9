//! JSONL input (one payload per line): reports moved to their line of the file, and the
//! closing count of payloads with errors by rule.

use super::human::plural;
use crate::diagnostic::{Report, Severity};
use std::fmt::Write;

/// Moves a report on one line's payload to that line of the file: `line` is the file's 1-based
/// line number and `offset` the byte offset where the line starts. A JSONL line holds no line
/// break, so columns stay as they are.
pub fn relocate(report: &mut Report, line: usize, offset: usize) {
    for location in report.diagnostics.iter_mut().filter_map(|diagnostic| diagnostic.location.as_mut()) {
        location.line = location.line.saturating_add(line.saturating_sub(1));
        location.end_line = location.end_line.saturating_add(line.saturating_sub(1));
        location.span.start = location.span.start.saturating_add(offset);
        location.span.end = location.span.end.saturating_add(offset);
    }
}

/// Payload counts for the closing summary. Bounded memory: one counter per rule that found an
/// error, however many payloads.
#[derive(Debug, Default)]
pub(crate) struct PayloadStats {
    payloads: usize,
    with_errors: usize,
    with_other_findings: usize,
    /// (code, name, payloads with an error of that rule), in the order first seen.
    errors_by_rule: Vec<(&'static str, &'static str, usize)>,
}

impl PayloadStats {
    pub(crate) fn add(&mut self, report: &Report) {
        self.payloads += 1;
        if report.is_empty() {
            return;
        }
        if !report.has_errors() {
            self.with_other_findings += 1;
            return;
        }
        self.with_errors += 1;
        let errors = report.diagnostics.iter().filter(|d| d.severity == Severity::Error);
        for (i, diagnostic) in errors.clone().enumerate() {
            // Each rule counts once per payload, however often it fired there.
            if errors.clone().take(i).any(|earlier| earlier.code == diagnostic.code) {
                continue;
            }
            match self.errors_by_rule.iter_mut().find(|(code, _, _)| *code == diagnostic.code) {
                Some((_, _, count)) => *count += 1,
                None => self.errors_by_rule.push((diagnostic.code, diagnostic.name, 1)),
            }
        }
    }

    /// `N payloads: E with errors, W with warnings or infos only, C clean`, then the rules that
    /// found errors, most payloads first.
    pub(crate) fn render(&self) -> String {
        let clean = self.payloads - self.with_errors - self.with_other_findings;
        let mut out = format!(
            "{}: {} with errors, {} with warnings or infos only, {clean} clean\n",
            plural(self.payloads, "payload"),
            self.with_errors,
            self.with_other_findings
        );
        if self.errors_by_rule.is_empty() {
            return out;
        }
        out.push_str("payloads with errors, by rule:\n");
        let mut rules = self.errors_by_rule.clone();
        rules.sort_by(|a, b| b.2.cmp(&a.2).then(a.0.cmp(b.0)));
        let width = rules[0].2.to_string().len();
        for (code, name, count) in rules {
            let _ = writeln!(out, "  {count:>width$}  {code} {name}");
        }
        out
    }
}
