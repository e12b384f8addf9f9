//! `render::human` must never panic, whatever report and source text it is given: reports that
//! come from another version, a hand-edited JSON file or a different source than the one linted.
//!
//! Input layout: the first byte picks how many diagnostics (up to 16); each takes 12 bytes for
//! its rule, severity and location (line, column, end line, end column, span start and end, some
//! of them past the text or zero), and the rest of the input is the source text (lossy UTF-8).

#![no_main]

use libfuzzer_sys::fuzz_target;
use wa_lint::{render, rules, Diagnostic, Location, Report, Severity, Span};

fuzz_target!(|data: &[u8]| {
    let Some((&count, rest)) = data.split_first() else { return };
    let count = usize::from(count % 17);
    let (fields, source) = rest.split_at((count * 12).min(rest.len()));
    let source = String::from_utf8_lossy(source);
    let diagnostics = fields.chunks_exact(12).map(|chunk| diagnostic(chunk, source.len())).collect();
    let report = Report { diagnostics };
    let text = render::human("fuzz.json", &source, &report);
    assert!(report.diagnostics.is_empty() || !text.is_empty());
});

/// A diagnostic whose positions come from the bytes: small values, values near the text's end
/// and far beyond it, and zero (which a real report never holds).
fn diagnostic(bytes: &[u8], text_len: usize) -> Diagnostic {
    let rule = rules()[usize::from(bytes[0]) % rules().len()];
    let severity = [Severity::Error, Severity::Warning, Severity::Info][usize::from(bytes[1]) % 3];
    let position = |byte: u8| match byte % 4 {
        0 => usize::from(byte),
        1 => text_len.saturating_sub(usize::from(byte)),
        2 => text_len + usize::from(byte),
        _ => usize::MAX - usize::from(byte),
    };
    let location = (bytes[2] % 5 != 0).then(|| Location {
        span: Span { start: position(bytes[3]), end: position(bytes[4]) },
        line: position(bytes[5]),
        column: position(bytes[6]),
        end_line: position(bytes[7]),
        end_column: position(bytes[8]),
    });
    Diagnostic {
        code: rule.code,
        name: rule.name,
        severity,
        message: "m".repeat(usize::from(bytes[9])),
        pointer: "/a".repeat(usize::from(bytes[10] % 8)),
        location,
        help: (bytes[11] % 2 == 0).then(|| rule.help.to_owned()),
    }
}
