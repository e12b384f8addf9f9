//! Diagnostics counted by severity: what the summary line and the exit code are made of.

use crate::diagnostic::{Report, Severity};

/// Diagnostics counted by severity, and the files read.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Totals {
    /// Findings of severity error.
    pub errors: usize,
    /// Findings of severity warning.
    pub warnings: usize,
    /// Findings of severity info.
    pub infos: usize,
    /// Files (or JSONL payloads) rendered.
    pub files: usize,
}

impl Totals {
    /// The commands' exit code: 2 when a file could not be read (or output not written), else 1
    /// when there were errors, else 0.
    pub fn exit_code(&self, io_failed: bool) -> u8 {
        if io_failed {
            2
        } else if self.errors > 0 {
            1
        } else {
            0
        }
    }

    pub(super) fn add(&mut self, report: &Report) {
        let (errors, warnings, infos) = counts(report);
        self.errors += errors;
        self.warnings += warnings;
        self.infos += infos;
    }
}

/// Counts a report's diagnostics by severity: (errors, warnings, infos).
pub fn counts(report: &Report) -> (usize, usize, usize) {
    (report.count(Severity::Error), report.count(Severity::Warning), report.count(Severity::Info))
}
