//! What a caller can tune: severities per rule, the customer service window, the input size limit.

use crate::check::Settings;
pub use crate::context::{Endpoint, Kind, ServiceWindow};
use crate::diagnostic::Severity;
use crate::registry;
use crate::templates::{Templates, TemplatesError};
use serde_json::Value;
use std::str::FromStr;

/// The default largest input [`lint`](crate::lint) reads: far above any real payload (the API
/// caps a body at a few hundred KB), small enough to bound time and memory.
pub const DEFAULT_MAX_INPUT_BYTES: usize = 16 * 1024 * 1024;

/// The default number of diagnostics a report lists: far more than anyone reads, few enough that
/// an input with a finding in each of millions of items is reported in bounded time and memory.
pub const DEFAULT_MAX_DIAGNOSTICS: usize = 10_000;

impl FromStr for ServiceWindow {
    type Err = OptionsError;
    fn from_str(text: &str) -> Result<Self, OptionsError> {
        match text {
            "unknown" => Ok(Self::Unknown),
            "open" => Ok(Self::Open),
            "closed" => Ok(Self::Closed),
            _ => Err(OptionsError::ServiceWindow(text.to_owned())),
        }
    }
}

impl FromStr for Endpoint {
    type Err = OptionsError;
    fn from_str(text: &str) -> Result<Self, OptionsError> {
        match text {
            "messages" => Ok(Self::Messages),
            "marketing_messages" | "marketing-messages" => Ok(Self::MarketingMessages),
            _ => Err(OptionsError::Endpoint(text.to_owned())),
        }
    }
}

impl FromStr for Kind {
    type Err = OptionsError;
    fn from_str(text: &str) -> Result<Self, OptionsError> {
        match text {
            "auto" => Ok(Self::Auto),
            "message" => Ok(Self::Message),
            "template" | "template-definition" | "template_definition" => Ok(Self::TemplateDefinition),
            _ => Err(OptionsError::Kind(text.to_owned())),
        }
    }
}

/// A rule's configured level: a severity, or off.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Level {
    /// The rule is not checked.
    Off,
    /// The rule reports with this severity.
    On(Severity),
}

impl FromStr for Level {
    type Err = OptionsError;
    fn from_str(text: &str) -> Result<Self, OptionsError> {
        match text {
            "off" => Ok(Self::Off),
            "info" => Ok(Self::On(Severity::Info)),
            "warning" | "warn" => Ok(Self::On(Severity::Warning)),
            "error" => Ok(Self::On(Severity::Error)),
            _ => Err(OptionsError::Level(text.to_owned())),
        }
    }
}

/// A bad option: the only `Err` the library returns (findings are never errors).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum OptionsError {
    #[error("unknown rule `{0}`: give a code such as WA0702 or a name such as button-title-length")]
    /// No rule has this code or name.
    UnknownRule(String),
    #[error("unknown level `{0}`: use off, info, warning or error")]
    /// A level other than off, info, warning or error.
    Level(String),
    #[error("unknown service window `{0}`: use open, closed or unknown")]
    /// A service window other than open, closed or unknown.
    ServiceWindow(String),
    #[error("unknown endpoint `{0}`: use messages or marketing_messages")]
    /// An endpoint other than messages or marketing_messages.
    Endpoint(String),
    #[error("unknown kind `{0}`: use auto, message or template")]
    /// A kind other than auto, message or template.
    Kind(String),
    #[error(transparent)]
    /// Template definitions that cannot be read.
    Templates(#[from] TemplatesError),
    #[error("a rule override must look like CODE=LEVEL (e.g. WA0702=off), got `{0}`")]
    /// A rule override not written `CODE=LEVEL`.
    Override(String),
    #[error("invalid options: {0}")]
    /// Options in JSON that are not an object of the known options.
    Malformed(String),
}

/// How to lint. `Options::default()` checks every rule at its default severity.
///
/// ```
/// use wa_lint::{Level, Options, ServiceWindow, Severity};
/// let options = Options::default()
///     .with_service_window(ServiceWindow::Closed)
///     .with_rule("unknown-member", Level::Off)?
///     .with_rule("WA0102", Level::On(Severity::Error))?;
/// # Ok::<(), wa_lint::OptionsError>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Options {
    pub(crate) service_window: ServiceWindow,
    pub(crate) overrides: Vec<(&'static str, Level)>,
    pub(crate) max_input_bytes: usize,
    pub(crate) max_diagnostics: usize,
    pub(crate) endpoint: Endpoint,
    pub(crate) kind: Kind,
    pub(crate) templates: Option<Templates>,
}

impl Default for Options {
    fn default() -> Self {
        Self {
            service_window: ServiceWindow::Unknown,
            overrides: Vec::new(),
            max_input_bytes: DEFAULT_MAX_INPUT_BYTES,
            max_diagnostics: DEFAULT_MAX_DIAGNOSTICS,
            endpoint: Endpoint::Messages,
            kind: Kind::Auto,
            templates: None,
        }
    }
}

impl Options {
    /// Sets the customer service window state (§15).
    pub fn with_service_window(mut self, window: ServiceWindow) -> Self {
        self.service_window = window;
        self
    }

    /// Sets the endpoint the payload is sent to (§18): `/marketing_messages` takes only templates,
    /// and only it takes `product_policy` and `message_activity_sharing`.
    pub fn with_endpoint(mut self, endpoint: Endpoint) -> Self {
        self.endpoint = endpoint;
        self
    }

    /// Sets what the document is: a message, a template definition, or decided from it (§21).
    pub fn with_kind(mut self, kind: Kind) -> Self {
        self.kind = kind;
        self
    }

    /// Gives the approved template definitions: template sends are then checked against them
    /// (§20). Replaces definitions given before.
    pub fn with_templates(mut self, templates: Templates) -> Self {
        self.templates = Some(templates);
        self
    }

    /// Overrides one rule's severity, or turns it off. `rule` is a code (`WA0703`) or a name.
    pub fn with_rule(mut self, rule: &str, level: Level) -> Result<Self, OptionsError> {
        let found = registry::find(rule).ok_or_else(|| OptionsError::UnknownRule(rule.to_owned()))?;
        self.overrides.retain(|(code, _)| *code != found.code);
        self.overrides.push((found.code, level));
        Ok(self)
    }

    /// Applies a `CODE=LEVEL` override, as the CLI's `--rule` flag takes it.
    pub fn with_rule_spec(self, spec: &str) -> Result<Self, OptionsError> {
        let (rule, level) = spec.split_once('=').ok_or_else(|| OptionsError::Override(spec.to_owned()))?;
        self.with_rule(rule.trim(), level.trim().parse()?)
    }

    /// Sets how many diagnostics a report lists (default [`DEFAULT_MAX_DIAGNOSTICS`]); past it,
    /// one `too-many-diagnostics` finding counts the rest by severity.
    pub fn with_max_diagnostics(mut self, count: usize) -> Self {
        self.max_diagnostics = count;
        self
    }

    /// Sets the largest input [`lint`](crate::lint) accepts, in bytes; longer input gets one
    /// `invalid-json` error without being parsed.
    pub fn with_max_input_bytes(mut self, bytes: usize) -> Self {
        self.max_input_bytes = bytes;
        self
    }

    /// Reads options from their JSON form, as the npm package takes them:
    /// `{"serviceWindow": "closed", "rules": {"WA0702": "off"}, "maxInputBytes": 1000000,
    /// "endpoint": "marketing_messages", "kind": "auto", "templates": {"data": […]}}`.
    /// `templates` is the definitions themselves or a string holding their JSON.
    pub fn from_json(json: &str) -> Result<Self, OptionsError> {
        let malformed = |message: &str| OptionsError::Malformed(message.to_owned());
        let value: Value = serde_json::from_str(json).map_err(|_| malformed("not valid JSON"))?;
        let Value::Object(members) = value else { return Err(malformed("expected an object")) };
        let mut options = Options::default();
        for (name, value) in &members {
            match name.as_str() {
                "serviceWindow" => {
                    let window = value.as_str().ok_or_else(|| malformed("`serviceWindow` must be a string"))?;
                    options = options.with_service_window(window.parse()?);
                }
                "rules" => {
                    let rules =
                        value.as_object().ok_or_else(|| malformed("`rules` must be an object of rule → level"))?;
                    for (rule, level) in rules {
                        let level = level.as_str().ok_or_else(|| OptionsError::Level(level.to_string()))?;
                        options = options.with_rule(rule, level.parse()?)?;
                    }
                }
                "maxDiagnostics" => {
                    let count =
                        value.as_u64().ok_or_else(|| malformed("`maxDiagnostics` must be a non-negative integer"))?;
                    options = options.with_max_diagnostics(usize::try_from(count).unwrap_or(usize::MAX));
                }
                "maxInputBytes" => {
                    let bytes =
                        value.as_u64().ok_or_else(|| malformed("`maxInputBytes` must be a non-negative integer"))?;
                    options = options.with_max_input_bytes(usize::try_from(bytes).unwrap_or(usize::MAX));
                }
                "endpoint" => {
                    let endpoint = value.as_str().ok_or_else(|| malformed("`endpoint` must be a string"))?;
                    options = options.with_endpoint(endpoint.parse()?);
                }
                "kind" => {
                    let kind = value.as_str().ok_or_else(|| malformed("`kind` must be a string"))?;
                    options = options.with_kind(kind.parse()?);
                }
                "templates" => {
                    let templates = match value {
                        Value::String(json) => Templates::from_json(json)?,
                        other => Templates::from_value(other)?,
                    };
                    options = options.with_templates(templates);
                }
                other => {
                    return Err(OptionsError::Malformed(format!(
                        "unknown option `{other}`: expected serviceWindow, rules, maxInputBytes, maxDiagnostics, endpoint, kind or templates"
                    )))
                }
            }
        }
        Ok(options)
    }

    /// What the engine runs with: each changed rule's severity resolved (`None` for off), and
    /// the facts about the send that rules read.
    pub(crate) fn settings(&self) -> Settings {
        let overrides = self
            .overrides
            .iter()
            .map(|&(code, level)| match level {
                Level::Off => (code, None),
                Level::On(severity) => (code, Some(severity)),
            })
            .collect();
        Settings::new(overrides, self.service_window, self.endpoint, self.max_diagnostics)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_json_options_with_clear_errors() {
        let options =
            Options::from_json(r#"{"serviceWindow":"closed","rules":{"WA0702":"off"},"maxInputBytes":10}"#).unwrap();
        assert_eq!(options.service_window, ServiceWindow::Closed);
        assert_eq!(options.overrides, vec![("WA0702", Level::Off)]);
        assert_eq!(options.max_input_bytes, 10);
        let error = |json: &str| Options::from_json(json).unwrap_err().to_string();
        assert_eq!(error("[]"), "invalid options: expected an object");
        assert_eq!(
            error(r#"{"bogus":1}"#),
            "invalid options: unknown option `bogus`: expected serviceWindow, rules, maxInputBytes, maxDiagnostics, endpoint, kind or templates"
        );
        assert!(error(r#"{"serviceWindow":"maybe"}"#).starts_with("unknown service window `maybe`"));
        assert!(error(r#"{"rules":{"WA0702":"loud"}}"#).starts_with("unknown level `loud`"));
        assert!(error(r#"{"rules":{"nope":"off"}}"#).starts_with("unknown rule `nope`"));
        assert!(error(r#"{"kind":"letter"}"#).starts_with("unknown kind `letter`"));
        assert!(error(r#"{"templates":"{"}"#).starts_with("invalid templates: not valid JSON"));
        assert!(error(r#"{"templates":[{"name":"x"}]}"#).starts_with("invalid templates: the item at /0"));
        let definitions = r#"[{"name":"hello","language":"en_US","components":[]}]"#;
        let as_value = Options::from_json(&format!(r#"{{"templates":{definitions},"kind":"message"}}"#)).unwrap();
        let as_string =
            Options::from_json(&serde_json::json!({"templates": definitions, "kind": "message"}).to_string());
        assert_eq!(as_value, as_string.unwrap());
        assert_eq!(as_value.kind, Kind::Message);
    }
}
