//! The Python binding (`wa_lint._native`): the core's lint, rules and renderers for the `wa_lint`
//! package, whose Python layer turns payloads and options into what these functions take.

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyString, PyTuple};
use std::hash::{Hash, Hasher};
use wa_lint::render::{Format, Renderer};
use wa_lint::{Endpoint, Kind, Location, Options, ServiceWindow, Span, Templates};

/// The options of `lint` and of a command run, from their Python values. Bad values raise
/// `ValueError` with the message the CLI prints.
struct Settings<'a> {
    service_window: Option<&'a str>,
    rules: &'a [String],
    endpoint: Option<&'a str>,
    kind: Option<&'a str>,
    /// Template definition documents as (file name, JSON text); errors about a named one start
    /// with its name, as the Rust command's do.
    templates: &'a [(String, String)],
}

impl Settings<'_> {
    fn options(&self) -> PyResult<Options> {
        let value_error = |error: wa_lint::OptionsError| PyValueError::new_err(error.to_string());
        let window: ServiceWindow = self.service_window.unwrap_or("unknown").parse().map_err(value_error)?;
        let endpoint: Endpoint = self.endpoint.unwrap_or("messages").parse().map_err(value_error)?;
        let kind: Kind = self.kind.unwrap_or("auto").parse().map_err(value_error)?;
        let mut options = Options::default().with_service_window(window).with_endpoint(endpoint).with_kind(kind);
        for spec in self.rules {
            options = options.with_rule_spec(spec).map_err(value_error)?;
        }
        let mut merged: Option<Templates> = None;
        for (name, text) in self.templates {
            let templates = Templates::from_json(text).map_err(|error| match name.as_str() {
                "" => PyValueError::new_err(error.to_string()),
                name => PyValueError::new_err(format!("{name}: {error}")),
            })?;
            merged = Some(match merged {
                Some(earlier) => earlier.merge(&templates),
                None => templates,
            });
        }
        Ok(match merged {
            Some(templates) => options.with_templates(templates),
            None => options,
        })
    }
}

/// One finding. Positions are those of the linted text: 1-based lines, columns in code points,
/// `end_column` just after the last character, `span` in UTF-8 bytes.
#[pyclass(frozen, eq, module = "wa_lint")]
#[derive(PartialEq)]
struct Diagnostic(wa_lint::Diagnostic);

impl Diagnostic {
    /// `lint` always locates its diagnostics; an unlocated one would be at the start.
    fn location(&self) -> Location {
        let start = Location { span: Span { start: 0, end: 0 }, line: 1, column: 1, end_line: 1, end_column: 1 };
        self.0.location.unwrap_or(start)
    }
}

#[pymethods]
impl Diagnostic {
    #[getter]
    fn code(&self) -> &'static str {
        self.0.code
    }
    #[getter]
    fn name(&self) -> &'static str {
        self.0.name
    }
    #[getter]
    fn severity(&self) -> &'static str {
        self.0.severity.as_str()
    }
    #[getter]
    fn message(&self) -> &str {
        &self.0.message
    }
    #[getter]
    fn pointer(&self) -> &str {
        &self.0.pointer
    }
    #[getter]
    fn line(&self) -> usize {
        self.location().line
    }
    #[getter]
    fn column(&self) -> usize {
        self.location().column
    }
    #[getter]
    fn end_line(&self) -> usize {
        self.location().end_line
    }
    #[getter]
    fn end_column(&self) -> usize {
        self.location().end_column
    }
    #[getter]
    fn span(&self) -> (usize, usize) {
        let span = self.location().span;
        (span.start, span.end)
    }
    #[getter]
    fn help(&self) -> Option<&str> {
        self.0.help.as_deref()
    }

    /// The diagnostic in the JSON shape the CLI (`--format json`, without `file`), the npm
    /// package and the Rust crate share: camelCase keys, `span` as `{start, end}`.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let location = self.location();
        let dict = PyDict::new(py);
        dict.set_item("code", self.0.code)?;
        dict.set_item("name", self.0.name)?;
        dict.set_item("severity", self.0.severity.as_str())?;
        dict.set_item("message", &self.0.message)?;
        dict.set_item("pointer", &self.0.pointer)?;
        let span = PyDict::new(py);
        span.set_item("start", location.span.start)?;
        span.set_item("end", location.span.end)?;
        dict.set_item("span", span)?;
        dict.set_item("line", location.line)?;
        dict.set_item("column", location.column)?;
        dict.set_item("endLine", location.end_line)?;
        dict.set_item("endColumn", location.end_column)?;
        if let Some(help) = &self.0.help {
            dict.set_item("help", help)?;
        }
        Ok(dict)
    }

    fn __hash__(&self) -> u64 {
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        (self.0.code, &self.0.pointer, &self.0.message, self.location().span.start).hash(&mut hasher);
        hasher.finish()
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        Ok(format!(
            "Diagnostic(code={}, name={}, severity={}, line={}, column={}, pointer={}, message={})",
            repr(py, self.0.code)?,
            repr(py, self.0.name)?,
            repr(py, self.0.severity.as_str())?,
            self.line(),
            self.column(),
            repr(py, &self.0.pointer)?,
            repr(py, &self.0.message)?
        ))
    }
}

/// A rule of the registry: its metadata and docs.
#[pyclass(frozen, module = "wa_lint")]
struct Rule(&'static wa_lint::Rule);

#[pymethods]
impl Rule {
    #[getter]
    fn code(&self) -> &'static str {
        self.0.code
    }
    #[getter]
    fn name(&self) -> &'static str {
        self.0.name
    }
    /// The default severity.
    #[getter]
    fn severity(&self) -> &'static str {
        self.0.severity.as_str()
    }
    #[getter]
    fn applies_to<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        PyTuple::new(py, self.0.applies_to)
    }
    #[getter]
    fn source(&self) -> &'static str {
        self.0.source
    }
    #[getter]
    fn summary(&self) -> &'static str {
        self.0.summary
    }
    #[getter]
    fn help(&self) -> &'static str {
        self.0.help
    }
    #[getter]
    fn valid(&self) -> &'static str {
        self.0.valid
    }
    #[getter]
    fn invalid(&self) -> &'static str {
        self.0.invalid
    }

    /// The rule in the JSON shape of the npm package's `rules()` (camelCase `appliesTo`).
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let dict = PyDict::new(py);
        dict.set_item("code", self.0.code)?;
        dict.set_item("name", self.0.name)?;
        dict.set_item("severity", self.0.severity.as_str())?;
        dict.set_item("appliesTo", self.applies_to(py)?)?;
        dict.set_item("source", self.0.source)?;
        dict.set_item("summary", self.0.summary)?;
        dict.set_item("help", self.0.help)?;
        dict.set_item("valid", self.0.valid)?;
        dict.set_item("invalid", self.0.invalid)?;
        Ok(dict)
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other.cast::<Rule>().is_ok_and(|other| other.get().0.code == self.0.code)
    }

    fn __hash__(&self) -> u64 {
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        self.0.code.hash(&mut hasher);
        hasher.finish()
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        Ok(format!(
            "Rule(code={}, name={}, severity={})",
            repr(py, self.0.code)?,
            repr(py, self.0.name)?,
            repr(py, self.0.severity.as_str())?
        ))
    }
}

/// A Python `repr` of a string, quotes and escapes as Python writes them.
fn repr(py: Python<'_>, text: &str) -> PyResult<String> {
    Ok(PyString::new(py, text).repr()?.to_string())
}

/// Lints a payload's JSON text. `templates` is the JSON text of template definitions. The GIL is
/// released while the core runs.
#[pyfunction]
#[pyo3(signature = (text, service_window=None, rules=Vec::new(), endpoint=None, kind=None, templates=None))]
fn lint(
    py: Python<'_>,
    text: String,
    service_window: Option<&str>,
    rules: Vec<String>,
    endpoint: Option<&str>,
    kind: Option<&str>,
    templates: Option<String>,
) -> PyResult<Vec<Diagnostic>> {
    let templates: Vec<(String, String)> = templates.into_iter().map(|text| (String::new(), text)).collect();
    let settings = Settings { service_window, rules: &rules, endpoint, kind, templates: &templates };
    let options = settings.options()?;
    let report = py.detach(|| wa_lint::lint(&text, &options));
    Ok(report.diagnostics.into_iter().map(Diagnostic).collect())
}

/// Every rule of the registry, in code order.
#[pyfunction]
fn rules() -> Vec<Rule> {
    wa_lint::rules().iter().map(|rule| Rule(rule)).collect()
}

/// A rule's documentation as `wa-lint --explain` prints it.
#[pyfunction]
fn explain(code_or_name: &str) -> PyResult<String> {
    wa_lint::find_rule(code_or_name)
        .map(wa_lint::render::explain)
        .ok_or_else(|| PyValueError::new_err(format!("unknown rule `{code_or_name}`")))
}

/// One run of the `wa-lint` command: lints what the Python layer reads and renders it with the
/// core's renderers, so the output is the Rust command's, byte for byte.
#[pyclass(module = "wa_lint._native")]
struct Run {
    renderer: Renderer,
    options: Options,
}

#[pymethods]
impl Run {
    /// `templates` holds each `--templates` file as (name, JSON text).
    #[new]
    #[pyo3(signature = (format, jsonl, service_window, rules, max_input_bytes, endpoint="messages", kind="auto", templates=Vec::new()))]
    #[allow(clippy::too_many_arguments)] // the command's flags, one each
    fn new(
        format: &str,
        jsonl: bool,
        service_window: &str,
        rules: Vec<String>,
        max_input_bytes: usize,
        endpoint: &str,
        kind: &str,
        templates: Vec<(String, String)>,
    ) -> PyResult<Self> {
        let format: Format = format.parse().map_err(PyValueError::new_err)?;
        let renderer = if jsonl { Renderer::jsonl(format) } else { Renderer::new(format) };
        let settings = Settings {
            service_window: Some(service_window),
            rules: &rules,
            endpoint: Some(endpoint),
            kind: Some(kind),
            templates: &templates,
        };
        Ok(Self { renderer, options: settings.options()?.with_max_input_bytes(max_input_bytes) })
    }

    fn begin(&mut self) -> String {
        self.renderer.begin()
    }

    /// Lints and renders one file's text.
    fn file(&mut self, name: &str, source: String) -> String {
        let report = wa_lint::lint(&source, &self.options);
        self.renderer.file(name, &source, &report)
    }

    /// Counts a JSONL file whose payloads follow.
    fn start_file(&mut self) {
        self.renderer.start_file();
    }

    /// Lints and renders the payload on line `line` of a JSONL file, which starts at byte `offset`.
    fn payload(&mut self, name: &str, line: usize, offset: usize, text: String) -> String {
        let report = wa_lint::lint(&text, &self.options);
        self.renderer.payload(name, line, offset, &text, report)
    }

    fn end(&mut self) -> String {
        self.renderer.end()
    }

    fn exit_code(&self, io_failed: bool) -> u8 {
        self.renderer.totals().exit_code(io_failed)
    }
}

#[pymodule]
mod _native {
    use pyo3::prelude::*;

    #[pymodule_export]
    use super::{explain, lint, rules, Diagnostic, Rule, Run};

    #[pymodule_export]
    const DEFAULT_MAX_INPUT_BYTES: usize = wa_lint::DEFAULT_MAX_INPUT_BYTES;

    #[pymodule_init]
    fn init(module: &Bound<'_, PyModule>) -> PyResult<()> {
        module.add("__version__", env!("CARGO_PKG_VERSION"))
    }
}
