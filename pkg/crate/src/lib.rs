//! The WebAssembly binding: the same linter for JavaScript, with positions as UTF-16 offsets.
//! Results cross the boundary as JSON parsed by the engine (`JSON.parse`), which is smaller and
//! faster than building objects field by field; a clean payload returns an empty array without
//! serializing anything.

#![warn(missing_docs)]

use serde::Serialize;
use wa_lint::render::{self, FileDiagnostic};
use wa_lint::{Diagnostic, Options};
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &'static str = r#"
/** The payload's own types (WhatsAppMessage, InteractiveMessage, TemplateComponent, …), generated from the schema. */
export * from "../payload.js";
/** How serious a finding is. */
export type Severity = "error" | "warning" | "info";
/** A rule's configured level. */
export type RuleLevel = "off" | Severity;
/** A byte range in the UTF-8 encoding of the input. */
export interface Span { start: number; end: number; }
/** One finding. `from`/`to` are UTF-16 offsets into the linted string (`json.slice(from, to)`). */
export interface Diagnostic {
  /** Stable rule code, e.g. "WA0702". */
  code: string;
  /** Kebab-case rule name, e.g. "button-title-length". */
  name: string;
  severity: Severity;
  /** What is wrong, with the measured value and the limit. */
  message: string;
  /** RFC 6901 JSON Pointer to the value, or to where a missing member belongs. */
  pointer: string;
  /** How to fix it. */
  help?: string;
  span: Span;
  /** 1-based line of the start. */
  line: number;
  /** 1-based column of the start, in Unicode code points. */
  column: number;
  endLine: number;
  endColumn: number;
  /** UTF-16 code-unit offset of the start. */
  from: number;
  /** UTF-16 code-unit offset of the end. */
  to: number;
}
/** How to lint. */
export interface Options {
  /** Customer service window: "closed" allows only templates. Default "unknown". */
  serviceWindow?: "open" | "closed" | "unknown";
  /** Severity overrides by rule code or name. */
  rules?: Record<string, RuleLevel>;
  /** Largest input accepted, in UTF-8 bytes. */
  maxInputBytes?: number;
  /** Most diagnostics listed (default 10000); one "too-many-diagnostics" finding counts the rest. */
  maxDiagnostics?: number;
  /** The endpoint the payload is POSTed to: "marketing_messages" takes only templates. Default "messages". */
  endpoint?: "messages" | "marketing_messages";
  /**
   * What the document is: a message payload, a template definition (or a list of them), or
   * decided from the document (default "auto").
   */
  kind?: "auto" | "message" | "template";
  /**
   * Approved template definitions that template sends are checked against: what
   * `GET /<WABA_ID>/message_templates` returns, an array of definitions or one, as an object or
   * as its JSON text. Definitions that cannot be read make `lint` throw.
   */
  templates?: TemplateDefinitions | string;
}
/** A template's category. The API returns upper case; creation bodies may use lower case. */
export type TemplateCategory = "AUTHENTICATION" | "MARKETING" | "UTILITY" | "authentication" | "marketing" | "utility";
/** A button of a template definition's BUTTONS component. */
export interface TemplateButtonDefinition {
  type: "QUICK_REPLY" | "URL" | "PHONE_NUMBER" | "COPY_CODE" | "OTP" | "FLOW" | "CATALOG" | "MPM" | "SPM" | "VOICE_CALL" | "ORDER_DETAILS" | Lowercase<"QUICK_REPLY" | "URL" | "PHONE_NUMBER" | "COPY_CODE" | "OTP" | "FLOW" | "CATALOG" | "MPM" | "SPM" | "VOICE_CALL" | "ORDER_DETAILS">;
  text?: string;
  /** URL buttons: at most one variable, `{{1}}`, at the end. */
  url?: string;
  phone_number?: string;
  /** URL buttons: the full example URL; COPY_CODE buttons: the example code. */
  example?: string | string[];
  otp_type?: "COPY_CODE" | "ONE_TAP" | "ZERO_TAP" | "copy_code" | "one_tap" | "zero_tap";
  supported_apps?: { package_name: string; signature_hash: string }[];
  zero_tap_terms_accepted?: boolean;
  [member: string]: unknown;
}
/** One component of a template definition. */
export interface TemplateComponentDefinition {
  type: "HEADER" | "BODY" | "FOOTER" | "BUTTONS" | "CAROUSEL" | "LIMITED_TIME_OFFER" | Lowercase<"HEADER" | "BODY" | "FOOTER" | "BUTTONS" | "CAROUSEL" | "LIMITED_TIME_OFFER">;
  /** HEADER: TEXT, IMAGE, VIDEO, DOCUMENT, LOCATION or PRODUCT. */
  format?: string;
  /** HEADER, BODY and FOOTER text, with `{{1}}` or `{{name}}` placeholders. */
  text?: string;
  example?: {
    header_text?: string[];
    header_handle?: string[];
    body_text?: string[][];
    header_text_named_params?: { param_name: string; example: string }[];
    body_text_named_params?: { param_name: string; example: string }[];
  };
  buttons?: TemplateButtonDefinition[];
  /** CAROUSEL: each card's components. */
  cards?: { components: TemplateComponentDefinition[] }[];
  /** LIMITED_TIME_OFFER. */
  limited_time_offer?: { text: string; has_expiration?: boolean };
  /** AUTHENTICATION BODY (creation bodies). */
  add_security_recommendation?: boolean;
  /** AUTHENTICATION FOOTER: 1–90. */
  code_expiration_minutes?: number;
  [member: string]: unknown;
}
/** One template definition, as created or as `GET /<WABA_ID>/message_templates` returns it. */
export interface TemplateDefinition {
  name: string;
  /** A language code such as "en_US". */
  language: string;
  status?: "APPROVED" | "PENDING" | "REJECTED" | "PAUSED" | "DISABLED" | string;
  category?: TemplateCategory;
  parameter_format?: "NAMED" | "POSITIONAL" | "named" | "positional";
  components: TemplateComponentDefinition[];
  id?: string;
  message_send_ttl_seconds?: number;
  [member: string]: unknown;
}
/** What `Options.templates` takes: a `GET /message_templates` response, a list, or one definition. */
export type TemplateDefinitions = { data: TemplateDefinition[]; paging?: unknown } | TemplateDefinition[] | TemplateDefinition;
/** A rule's metadata and docs. */
export interface RuleMeta {
  code: string;
  name: string;
  severity: Severity;
  /** Message types checked: "*" or e.g. "text", "interactive.button". */
  appliesTo: string[];
  source: string;
  summary: string;
  help: string;
  /** A whole payload the rule accepts. */
  valid: string;
  /** A whole payload the rule reports. */
  invalid: string;
}
/** One file rendered as the `wa-lint` command prints it. */
export interface Rendered { output: string; errors: number; warnings: number; infos: number; }
"#;

#[derive(Serialize)]
struct JsDiagnostic<'a> {
    #[serde(flatten)]
    diagnostic: &'a Diagnostic,
    from: usize,
    to: usize,
}

#[derive(Serialize)]
struct Rendered {
    output: String,
    errors: usize,
    warnings: usize,
    infos: usize,
}

fn options(value: &JsValue) -> Result<Options, JsError> {
    if value.is_undefined() || value.is_null() {
        return Ok(Options::default());
    }
    if !value.is_object() || js_sys::Array::is_array(value) {
        return Err(JsError::new("invalid options: expected an object"));
    }
    let json: String =
        js_sys::JSON::stringify(value).map_err(|_| JsError::new("invalid options: not serializable"))?.into();
    Options::from_json(&json).map_err(|error| JsError::new(&error.to_string()))
}

fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    let json = serde_json::to_string(value).map_err(|error| JsError::new(&error.to_string()))?;
    js_sys::JSON::parse(&json).map_err(|_| JsError::new("could not build the result"))
}

/// Lints a payload. Throws only for bad options; any input string gives diagnostics.
#[wasm_bindgen(unchecked_return_type = "Diagnostic[]")]
pub fn lint(
    json: &str,
    #[wasm_bindgen(unchecked_param_type = "Options | undefined")] options: JsValue,
) -> Result<JsValue, JsError> {
    let report = wa_lint::lint(json, &self::options(&options)?);
    // A clean payload (the common case) builds no text to parse: one empty array.
    if report.is_empty() {
        return Ok(js_sys::Array::new().into());
    }
    let offsets: Vec<usize> =
        report.diagnostics.iter().flat_map(|d| d.location.map_or([0, 0], |l| [l.span.start, l.span.end])).collect();
    let units = wa_lint::utf16_offsets(json, &offsets);
    let diagnostics: Vec<JsDiagnostic> = report
        .diagnostics
        .iter()
        .zip(units.chunks(2))
        .map(|(diagnostic, range)| JsDiagnostic { diagnostic, from: range[0], to: range[1] })
        .collect();
    to_js(&diagnostics)
}

/// Every rule with its metadata and docs.
#[wasm_bindgen(unchecked_return_type = "RuleMeta[]")]
pub fn rules() -> Result<JsValue, JsError> {
    to_js(&wa_lint::rules())
}

/// The package version.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_owned()
}

/// Lints one file and renders it as the `wa-lint` command does (`format`: "human" or "json").
#[wasm_bindgen(js_name = renderFile, unchecked_return_type = "Rendered")]
pub fn render_file(
    file: &str,
    source: &str,
    #[wasm_bindgen(unchecked_param_type = "Options | undefined")] options: JsValue,
    #[wasm_bindgen(unchecked_param_type = "\"human\" | \"json\"")] format: &str,
) -> Result<JsValue, JsError> {
    let report = wa_lint::lint(source, &self::options(&options)?);
    let (errors, warnings, infos) = render::counts(&report);
    let output = match format {
        "human" => render::human(file, source, &report),
        "json" => {
            let all: Vec<FileDiagnostic> =
                report.diagnostics.iter().map(|diagnostic| FileDiagnostic { file, diagnostic }).collect();
            serde_json::to_string(&all).map_err(|error| JsError::new(&error.to_string()))?
        }
        other => return Err(JsError::new(&format!("unknown format `{other}`: use human or json"))),
    };
    to_js(&Rendered { output, errors, warnings, infos })
}

/// The closing line of the command's human output.
#[wasm_bindgen]
pub fn summary(errors: usize, warnings: usize, infos: usize, files: usize) -> String {
    render::summary(errors, warnings, infos, files)
}

/// A rule's documentation as `wa-lint --explain` prints it; throws for an unknown rule.
#[wasm_bindgen]
pub fn explain(rule: &str) -> Result<String, JsError> {
    wa_lint::find_rule(rule).map(render::explain).ok_or_else(|| JsError::new(&format!("unknown rule `{rule}`")))
}
