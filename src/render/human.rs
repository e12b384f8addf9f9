//! The human format: rustc-style code frames, and the closing totals.

use super::totals::Totals;
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
    let source = Source::new(source, 1, 0);
    for item in &report.diagnostics {
        write_diagnostic(&mut out, file, &source, item);
    }
    out
}

/// The text diagnostics are quoted from, indexed once so that each code frame costs the same
/// however many lines come before it: `text` is line `first_line` of its file onwards (a JSONL
/// line, or the whole file), starting at byte `first_byte` of the file.
pub(crate) struct Source<'t> {
    text: &'t str,
    first_line: usize,
    first_byte: usize,
    line_starts: Vec<usize>,
}

impl<'t> Source<'t> {
    pub(crate) fn new(text: &'t str, first_line: usize, first_byte: usize) -> Self {
        let newlines = text.bytes().enumerate().filter(|&(_, byte)| byte == b'\n').map(|(i, _)| i + 1);
        let line_starts = std::iter::once(0).chain(newlines).collect();
        Self { text, first_line, first_byte, line_starts }
    }

    /// Line `line` of the file, without its line break, and where it starts in `text`.
    fn line(&self, line: usize) -> Option<(&'t str, usize)> {
        let index = line.checked_sub(self.first_line)?;
        let start = *self.line_starts.get(index)?;
        let end = self.line_starts.get(index + 1).map_or(self.text.len(), |next| next - 1);
        let text = &self.text[start..end];
        let text = if end < self.text.len() { text.strip_suffix('\r').unwrap_or(text) } else { text };
        Some((text, start))
    }
}

/// One diagnostic with its code frame.
pub(crate) fn write_diagnostic(out: &mut String, file: &str, source: &Source, diagnostic: &Diagnostic) {
    let _ = writeln!(out, "{}[{}] {}: {}", diagnostic.severity, diagnostic.code, diagnostic.name, diagnostic.message);
    let gutter = " ".repeat(diagnostic.location.map_or(1, |location| location.line.to_string().len()));
    match diagnostic.location {
        Some(location) => {
            let _ = writeln!(out, "{gutter}--> {file}:{}:{}", location.line, location.column);
            if let Some((text, start)) = source.line(location.line) {
                // The span's start, when it lies on this line, finds the column without counting
                // the characters before it: a long line with many diagnostics stays linear.
                let anchor = location
                    .span
                    .start
                    .checked_sub(source.first_byte + start)
                    .filter(|&byte| byte <= text.len() && text.is_char_boundary(byte));
                let end_column = (location.end_line == location.line).then_some(location.end_column);
                let frame = Frame { text, anchor, column: location.column, end_column };
                frame.write(out, &gutter, location.line);
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

/// A quoted line with carets from `column` to `end_column` (exclusive; `None` when the span ends
/// on a later line, which underlines to the end of the window). Positions come from a report that
/// may not match the text (another version, an edited file), so every one is clamped.
struct Frame<'t> {
    text: &'t str,
    /// The byte where the carets start, when the span says so consistently.
    anchor: Option<usize>,
    column: usize,
    end_column: Option<usize>,
}

impl Frame<'_> {
    fn write(&self, out: &mut String, gutter: &str, line: usize) {
        let text = self.text;
        let anchor = self.anchor.unwrap_or_else(|| {
            text.char_indices().nth(self.column.saturating_sub(1)).map_or(text.len(), |(byte, _)| byte)
        });
        let long = text.chars().take(MAX_FRAME_CHARS + 1).count() > MAX_FRAME_CHARS;
        // The window: the whole line when it is short, else from up to FRAME_LEAD_CHARS before the
        // anchor, MAX_FRAME_CHARS characters in all.
        let from = if long {
            text[..anchor].char_indices().rev().take(FRAME_LEAD_CHARS).last().map_or(anchor, |(byte, _)| byte)
        } else {
            0
        };
        let to = text[from..].char_indices().nth(MAX_FRAME_CHARS).map_or(text.len(), |(byte, _)| from + byte);
        let lead = if from > 0 { "…" } else { "" };
        let trail = if to < text.len() { "…" } else { "" };
        let shown: String = text[from..to].chars().map(|c| if c == '\t' { ' ' } else { c }).collect();
        let anchor = anchor.min(to);
        let caret_start = text[from..anchor].chars().count() + lead.chars().count();
        let after = text[anchor..to].chars().count();
        let wanted = self.end_column.map_or(usize::MAX, |end| end.saturating_sub(self.column.max(1)));
        let caret_len = wanted.min(after).max(1);
        let _ = writeln!(out, "{gutter} |");
        let _ = writeln!(out, "{line} | {lead}{shown}{trail}");
        let _ = writeln!(out, "{gutter} | {}{}", " ".repeat(caret_start), "^".repeat(caret_len));
    }
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
