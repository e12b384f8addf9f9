//! The human format: rustc-style code frames, and the closing totals.

use super::Totals;
use crate::diagnostic::{Diagnostic, Report};
use std::fmt::Write;

/// Lines longer than this are shown as a window around the diagnostic.
const MAX_FRAME_CHARS: usize = 120;
/// How much of a long line to show before the diagnostic's column.
const FRAME_LEAD_CHARS: usize = 40;

/// Renders one file's report for a terminal: each diagnostic with its position, a code frame
/// with carets under the span, the pointer and the help.
pub fn human(file: &str, source: &str, report: &Report) -> String {
    let mut out = String::new();
    for item in &report.diagnostics {
        write_diagnostic(&mut out, file, 1, source, item);
    }
    out
}

/// One diagnostic with its code frame. `source` is the text whose first line is line
/// `first_line` of `file` (a JSONL line, or the whole file), so that frames quote the right text
/// for file-wide line numbers.
pub(crate) fn write_diagnostic(out: &mut String, file: &str, first_line: usize, source: &str, diagnostic: &Diagnostic) {
    let _ = writeln!(out, "{}[{}] {}: {}", diagnostic.severity, diagnostic.code, diagnostic.name, diagnostic.message);
    let gutter = " ".repeat(diagnostic.location.map_or(1, |location| location.line.to_string().len()));
    match diagnostic.location {
        Some(location) => {
            let _ = writeln!(out, "{gutter}--> {file}:{}:{}", location.line, location.column);
            let text = location.line.checked_sub(first_line).and_then(|index| source.lines().nth(index));
            if let Some(text) = text {
                let end_column = (location.end_line == location.line).then_some(location.end_column);
                frame(out, text, &gutter, location.line, location.column, end_column);
            }
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

/// Quotes line `line` (`text`) with carets from `column` to `end_column` (exclusive; `None` when
/// the span ends on a later line, which underlines to the end of this one).
fn frame(out: &mut String, text: &str, gutter: &str, line: usize, column: usize, end_column: Option<usize>) {
    let chars: Vec<char> = text.chars().collect();
    // Clamped: a report from elsewhere (another version, an edited file) must not make this panic.
    let start = column.saturating_sub(1).min(chars.len());
    let end = end_column.map_or(chars.len(), |end_column| end_column.saturating_sub(1)).max(start + 1);
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
    format!(
        "{}, {}, {} in {}",
        plural(errors, "error"),
        plural(warnings, "warning"),
        plural(infos, "info"),
        plural(files, "file")
    )
}

/// The summary line of `totals`, ended by a newline.
pub(crate) fn summary_line(totals: &Totals) -> String {
    format!("{}\n", summary(totals.errors, totals.warnings, totals.infos, totals.files))
}

pub(crate) fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("{n} {word}")
    } else {
        format!("{n} {word}s")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Location, Severity, Span};

    #[test]
    fn locations_outside_the_text_render_without_panicking() {
        let source = format!("{{\"a\": \"{}\"}}\nsecond", "x".repeat(200));
        for (line, column, end_column) in [(0, 0, 0), (1, 0, 5), (1, 500, 2), (1, usize::MAX, usize::MAX), (9, 1, 1)] {
            let location = Location { span: Span { start: 0, end: 0 }, line, column, end_line: line, end_column };
            let diagnostic = Diagnostic {
                code: "WA0001",
                name: "invalid-json",
                severity: Severity::Error,
                message: String::new(),
                pointer: String::new(),
                location: Some(location),
                help: None,
            };
            let text = human("f.json", &source, &Report { diagnostics: vec![diagnostic] });
            assert!(text.starts_with("error[WA0001]"), "{text}");
        }
    }
}
