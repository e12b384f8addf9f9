//! Renders reports for people (rustc-style code frames), for machines (JSON, SARIF) and for CI
//! (GitHub Actions annotations). Shared by the `wa-lint` command, the npm package's command and
//! the Python package's command, so that all of them print the same bytes.
//!
//! A [`Renderer`] streams: the commands print what each call returns as soon as it returns, so
//! output never waits for (or holds) all the input.

mod github;
mod human;
mod json;
pub mod jsonl;
mod sarif;
mod totals;

pub use human::{human, summary};
pub use json::FileDiagnostic;
pub use totals::{counts, Totals};

use crate::diagnostic::Report;
use crate::rule::Rule;
use jsonl::PayloadStats;
use std::str::FromStr;

/// An output format of the commands (`--format`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Code frames and a closing summary.
    Human,
    /// A JSON array of diagnostics, each with `file` (one diagnostic per line for JSONL input).
    Json,
    /// A SARIF 2.1.0 log.
    Sarif,
    /// GitHub Actions workflow commands, one annotation per diagnostic.
    Github,
}

impl FromStr for Format {
    type Err = String;
    fn from_str(text: &str) -> Result<Self, String> {
        match text {
            "human" => Ok(Self::Human),
            "json" => Ok(Self::Json),
            "sarif" => Ok(Self::Sarif),
            "github" => Ok(Self::Github),
            _ => Err(format!("unknown format `{text}`: use human, json, sarif or github")),
        }
    }
}

/// Renders a run of the command piece by piece: [`begin`](Self::begin), then one
/// [`file`](Self::file) per file (or, for JSONL input, one [`payload`](Self::payload) per line),
/// then [`end`](Self::end). Concatenated, the pieces are the whole output.
#[derive(Debug)]
pub struct Renderer {
    format: Format,
    totals: Totals,
    /// Whether an element of a JSON array or SARIF log has been written (for separators).
    written: bool,
    /// Set for JSONL input.
    payloads: Option<PayloadStats>,
    rules: &'static [&'static Rule],
}

impl Renderer {
    /// A renderer for whole files, one payload each.
    pub fn new(format: Format) -> Self {
        Self { format, totals: Totals::default(), written: false, payloads: None, rules: crate::rules() }
    }

    /// A renderer for JSONL input: one payload per line, located by its line in the file, and a
    /// closing count of payloads with errors by rule (human format). JSON output is then one
    /// diagnostic per line.
    pub fn jsonl(format: Format) -> Self {
        Self { payloads: Some(PayloadStats::default()), ..Self::new(format) }
    }

    /// What comes before the first file.
    pub fn begin(&mut self) -> String {
        match self.format {
            Format::Sarif => sarif::head(self.rules),
            Format::Human | Format::Json | Format::Github => String::new(),
        }
    }

    /// One file's report; `source` is the text that was linted.
    pub fn file(&mut self, file: &str, source: &str, report: &Report) -> String {
        self.start_file();
        self.totals.add(report);
        self.diagnostics(file, &human::Source::new(source, 1, 0), report)
    }

    /// Counts a file whose payloads follow, for JSONL input.
    pub fn start_file(&mut self) {
        self.totals.files += 1;
    }

    /// One JSONL line's report: `text` is the payload on line `line` (1-based) of `file`, which
    /// starts at byte `offset` of the file. The report is moved to that line
    /// ([`jsonl::relocate`]).
    pub fn payload(&mut self, file: &str, line: usize, offset: usize, text: &str, mut report: Report) -> String {
        jsonl::relocate(&mut report, line, offset);
        self.totals.add(&report);
        if let Some(payloads) = &mut self.payloads {
            payloads.add(&report);
        }
        self.diagnostics(file, &human::Source::new(text, line, offset), &report)
    }

    /// What comes after the last file: the summary, or the end of the array or log.
    pub fn end(&mut self) -> String {
        match self.format {
            Format::Human | Format::Github => {
                let by_rule = self.payloads.as_ref().map(PayloadStats::render).unwrap_or_default();
                by_rule + &human::summary_line(&self.totals)
            }
            Format::Json if self.payloads.is_some() => String::new(),
            Format::Json => json::array_end(self.written).to_owned(),
            Format::Sarif => sarif::tail().to_owned(),
        }
    }

    /// The totals so far.
    pub fn totals(&self) -> Totals {
        self.totals
    }

    fn diagnostics(&mut self, file: &str, source: &human::Source, report: &Report) -> String {
        let mut out = String::new();
        for diagnostic in &report.diagnostics {
            let first = !self.written;
            self.written = true;
            match self.format {
                Format::Human => human::write_diagnostic(&mut out, file, source, diagnostic),
                Format::Json if self.payloads.is_some() => out.push_str(&json::line(file, diagnostic)),
                Format::Json => out.push_str(&json::array_element(file, diagnostic, first)),
                Format::Sarif => out.push_str(&sarif::result(self.rules, file, diagnostic, first)),
                Format::Github => out.push_str(&github::command(file, diagnostic)),
            }
        }
        out
    }
}

/// What the docs show for a rule whose invalid example is too large to print (`payload-size`,
/// `too-many-diagnostics`).
pub const NO_INVALID_EXAMPLE: &str = "(none shown: it would be too large to print)";

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
        rule.valid.trim_end(),
        if rule.invalid.is_empty() { NO_INVALID_EXAMPLE } else { rule.invalid.trim_end() }
    )
}
