//! The machinery rules run on: pointers, the finding sink, and the declarative shape walker.

pub(crate) mod pointer;
pub(crate) mod shape;
#[cfg(test)]
pub(crate) mod shape_schema;
pub(crate) mod structure;

pub(crate) use pointer::Ptr;

use crate::context::{Endpoint, ServiceWindow};
use crate::diagnostic::Severity;
use crate::rule::Rule;

/// Which part of the source a finding's span covers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Anchor {
    /// The value at the pointer.
    Value,
    /// The member name at the pointer (unknown members).
    Key,
    /// Nothing: the pointer names a member that is missing; the span goes to its parent.
    Missing,
}

/// What a rule found, before source locations are attached.
#[derive(Debug)]
pub(crate) struct Finding {
    pub rule: &'static Rule,
    pub severity: Severity,
    pub pointer: String,
    pub anchor: Anchor,
    pub message: String,
    pub help: Option<String>,
}

/// Findings past the report's limit, counted by severity instead of kept.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Suppressed {
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
}

impl Suppressed {
    pub fn add(&mut self, severity: Severity) {
        self.add_many(severity, 1);
    }

    pub fn add_many(&mut self, severity: Severity, count: usize) {
        match severity {
            Severity::Error => self.errors += count,
            Severity::Warning => self.warnings += count,
            Severity::Info => self.infos += count,
        }
    }

    pub fn total(&self) -> usize {
        self.errors + self.warnings + self.infos
    }

    /// The most serious severity counted, if any.
    pub fn worst(&self) -> Option<Severity> {
        use Severity::{Error, Info, Warning};
        [(self.errors, Error), (self.warnings, Warning), (self.infos, Info)]
            .into_iter()
            .find(|&(count, _)| count > 0)
            .map(|(_, severity)| severity)
    }
}

/// What the envelope says that the rules of a message type depend on.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Envelope {
    /// `recipient_type` is `group`.
    pub group: bool,
    /// A `category` (Direct Send) is given.
    pub category: bool,
}

/// What the engine runs with, resolved from the caller's options once per run: the engine never
/// sees `Options`.
#[derive(Debug)]
pub(crate) struct Settings {
    /// The rules whose level the caller changed, by code: `None` is off.
    overrides: Vec<(&'static str, Option<Severity>)>,
    pub service_window: ServiceWindow,
    pub endpoint: Endpoint,
    /// How many findings a report lists.
    pub max_diagnostics: usize,
}

impl Settings {
    pub fn new(
        overrides: Vec<(&'static str, Option<Severity>)>,
        service_window: ServiceWindow,
        endpoint: Endpoint,
        max_diagnostics: usize,
    ) -> Self {
        Self { overrides, service_window, endpoint, max_diagnostics }
    }

    /// The severity `rule` reports at, or `None` when it is off.
    pub fn severity_of(&self, rule: &Rule) -> Option<Severity> {
        match self.overrides.iter().find(|(code, _)| *code == rule.code) {
            Some(&(_, severity)) => severity,
            None => Some(rule.severity),
        }
    }
}

/// The state of one lint run: settings in, findings out.
pub(crate) struct Ctx<'o> {
    settings: &'o Settings,
    pub findings: Vec<Finding>,
    /// Findings past `Settings::max_diagnostics`: counted, not kept (nor their pointers rendered).
    pub suppressed: Suppressed,
    /// Pointers of strings that hold the JSON of the object or array expected there (§1): the
    /// run lints them again decoded.
    pub encoded: Vec<String>,
    pub envelope: Envelope,
    /// Pointers of the objects whose `null` members (set aside by the parse, §1) the shape
    /// walker has reported, so an object walked twice reports them once.
    pub nulls_reported: Vec<String>,
}

impl<'o> Ctx<'o> {
    pub fn new(settings: &'o Settings) -> Self {
        Self {
            settings,
            findings: Vec::new(),
            suppressed: Suppressed::default(),
            encoded: Vec::new(),
            envelope: Envelope::default(),
            nulls_reported: Vec::new(),
        }
    }

    pub fn service_window(&self) -> ServiceWindow {
        self.settings.service_window
    }

    pub fn endpoint(&self) -> Endpoint {
        self.settings.endpoint
    }

    /// Reports `rule` at the value `at`, with the rule's own help.
    pub fn report(&mut self, rule: &'static Rule, at: &Ptr, message: String) {
        self.push(rule, at, Anchor::Value, message, None);
    }

    /// Reports `rule` at the value `at`, with help specific to this finding.
    pub fn report_with_help(&mut self, rule: &'static Rule, at: &Ptr, message: String, help: String) {
        self.push(rule, at, Anchor::Value, message, Some(help));
    }

    /// Reports a finding about a member name (the span covers the key).
    pub fn report_key(&mut self, rule: &'static Rule, at: &Ptr, message: String, help: Option<String>) {
        self.push(rule, at, Anchor::Key, message, help);
    }

    /// Reports a missing member `at` (the pointer names where it belongs).
    pub fn report_missing(&mut self, rule: &'static Rule, at: &Ptr, message: String) {
        self.push(rule, at, Anchor::Missing, message, None);
    }

    fn push(&mut self, rule: &'static Rule, at: &Ptr, anchor: Anchor, message: String, help: Option<String>) {
        if let Some(severity) = self.settings.severity_of(rule) {
            if self.is_full(severity) {
                return;
            }
            self.findings.push(Finding { rule, severity, pointer: at.render(), anchor, message, help });
        }
    }

    /// Whether a finding of `rule` would be listed: the rule is on and the report has room. When
    /// it is on but the report is full, the finding is counted here, so a caller that gets
    /// `false` skips the work of writing it.
    pub fn lists(&mut self, rule: &'static Rule) -> bool {
        match self.settings.severity_of(rule) {
            Some(severity) => !self.is_full(severity),
            None => false,
        }
    }

    /// Whether the report holds as many findings as it lists; if so, one of `severity` is counted.
    fn is_full(&mut self, severity: Severity) -> bool {
        let full = self.findings.len() >= self.settings.max_diagnostics;
        if full {
            self.suppressed.add(severity);
        }
        full
    }

    /// Reports a finding at a pointer already rendered.
    pub fn push_at(
        &mut self,
        rule: &'static Rule,
        pointer: String,
        anchor: Anchor,
        message: String,
        help: Option<String>,
    ) {
        if let Some(severity) = self.settings.severity_of(rule) {
            if !self.is_full(severity) {
                self.findings.push(Finding { rule, severity, pointer, anchor, message, help });
            }
        }
    }
}
