//! The machinery rules run on: pointers, the finding sink, and the declarative shape walker.

pub(crate) mod pointer;
pub(crate) mod shape;

pub(crate) use pointer::Ptr;

use crate::options::{Endpoint, Options, ServiceWindow};
use crate::rule::Rule;
use std::collections::HashMap;

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
    pub severity: crate::Severity,
    pub pointer: String,
    pub anchor: Anchor,
    pub message: String,
    pub help: Option<String>,
}

/// What the envelope says that the rules of a message type depend on.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Envelope {
    /// `recipient_type` is `group`.
    pub group: bool,
    /// A `category` (Direct Send) is given.
    pub category: bool,
}

/// The state of one lint run: options in, findings out.
pub(crate) struct Ctx<'o> {
    options: &'o Options,
    pub findings: Vec<Finding>,
    /// Pointers of strings that hold the JSON of the object or array expected there (§1): the
    /// run lints them again decoded.
    pub encoded: Vec<String>,
    pub envelope: Envelope,
    /// Members whose value is `null`, by the pointer of their object: the document the rules
    /// see has them removed (§1), and the shape walker reports them.
    pub nulls: HashMap<String, Vec<String>>,
}

impl<'o> Ctx<'o> {
    pub fn new(options: &'o Options) -> Self {
        Self {
            options,
            findings: Vec::new(),
            encoded: Vec::new(),
            envelope: Envelope::default(),
            nulls: HashMap::new(),
        }
    }

    pub fn service_window(&self) -> ServiceWindow {
        self.options.service_window
    }

    pub fn endpoint(&self) -> Endpoint {
        self.options.endpoint
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
        if self.options.severity_of(rule).is_some() {
            self.push_at(rule, at.render(), anchor, message, help);
        }
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
        if let Some(severity) = self.options.severity_of(rule) {
            self.findings.push(Finding { rule, severity, pointer, anchor, message, help });
        }
    }
}
