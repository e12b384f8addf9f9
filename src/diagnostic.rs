//! What the linter reports: diagnostics with their severity, pointer and source location.

use serde::{Deserialize, Serialize};

/// How serious a finding is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Advice.
    Info,
    /// Accepted by the API, but almost certainly not what the sender meant, deprecated, or On-Premises only.
    Warning,
    /// The API rejects the message, or ignores a field in a way that breaks the intent.
    Error,
}

impl Severity {
    /// The lower-case name used in every output (`error`, `warning`, `info`).
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

impl std::fmt::Display for Severity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A byte range in the linted text: `text[start..end]`, always on UTF-8 character boundaries.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Span {
    /// Offset of the first byte.
    pub start: usize,
    /// Offset just after the last byte.
    pub end: usize,
}

/// Where a diagnostic lies in the source: its byte span and 1-based line and column of both ends.
/// Columns count Unicode scalar values (characters of the line), as rustc and ruff do.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Location {
    /// The byte range.
    pub span: Span,
    /// 1-based line of the start.
    pub line: usize,
    /// 1-based column of the start, in Unicode scalar values.
    pub column: usize,
    /// 1-based line of the end.
    pub end_line: usize,
    /// 1-based column just after the last character.
    pub end_column: usize,
}

/// One finding, in the JSON shape shared by the CLI, the wasm binding and the docs:
///
/// ```json
/// {"code": "WA0703", "name": "button-title-length", "severity": "error",
///  "message": "button title is 23 characters; the limit is 20",
///  "pointer": "/interactive/action/buttons/1/reply/title",
///  "span": {"start": 311, "end": 338}, "line": 14, "column": 22, "endLine": 14, "endColumn": 49,
///  "help": "shorten the title; emoji and accented letters count as one character each"}
/// ```
///
/// `span`, `line`, `column`, `endLine` and `endColumn` are absent when the diagnostic comes from
/// [`lint_value`](crate::lint_value), which has no source text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Diagnostic {
    /// Stable rule code, e.g. `WA0703`.
    pub code: &'static str,
    /// Kebab-case rule name, e.g. `button-title-length`.
    pub name: &'static str,
    /// How serious it is, after any override in [`crate::Options`].
    pub severity: Severity,
    /// What is wrong, with the measured value and the limit.
    pub message: String,
    /// RFC 6901 JSON Pointer to the offending value, or to where a missing member belongs.
    pub pointer: String,
    #[serde(flatten, skip_serializing_if = "Option::is_none")]
    /// Where it is in the source text; `None` from [`crate::lint_value`], which has no text.
    pub location: Option<Location>,
    /// How to fix it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub help: Option<String>,
}

/// The outcome of linting one payload.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Report {
    /// In source order (by position when located, else by pointer as found).
    pub diagnostics: Vec<Diagnostic>,
}

impl Report {
    /// Whether any diagnostic is an error: the API would reject the message.
    pub fn has_errors(&self) -> bool {
        self.count(Severity::Error) > 0
    }

    /// How many diagnostics have this severity.
    pub fn count(&self, severity: Severity) -> usize {
        self.diagnostics.iter().filter(|d| d.severity == severity).count()
    }

    /// Whether there is nothing to report.
    pub fn is_empty(&self) -> bool {
        self.diagnostics.is_empty()
    }
}
