//! The SARIF 2.1.0 format (for code scanning and SARIF viewers): one log with one run, whose
//! driver lists every rule of the registry and whose results are the diagnostics.
//!
//! The log is written one line per result between a head and a tail, so that JSONL input of any
//! size streams out in bounded memory.

use crate::diagnostic::{Diagnostic, Severity};
use crate::rule::Rule;
use serde::Serialize;

const SCHEMA: &str = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
/// Where a rule's documentation is: `docs/rules.md` has one `## WA0702` heading per rule.
const RULES_DOC: &str = concat!(env!("CARGO_PKG_REPOSITORY"), "/blob/main/docs/rules.md");

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Driver {
    name: &'static str,
    version: &'static str,
    semantic_version: &'static str,
    information_uri: &'static str,
    rules: Vec<ReportingDescriptor>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ReportingDescriptor {
    id: &'static str,
    name: &'static str,
    short_description: Text<'static>,
    help: Text<'static>,
    help_uri: String,
    default_configuration: Configuration,
    properties: RuleProperties,
}

#[derive(Serialize)]
struct Text<'a> {
    text: &'a str,
}

#[derive(Serialize)]
struct Configuration {
    level: &'static str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct RuleProperties {
    applies_to: &'static [&'static str],
    source: &'static str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifResult<'a> {
    rule_id: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    rule_index: Option<usize>,
    level: &'static str,
    message: Text<'a>,
    locations: [ResultLocation<'a>; 1],
    properties: ResultProperties<'a>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ResultLocation<'a> {
    physical_location: PhysicalLocation,
    logical_locations: [LogicalLocation<'a>; 1],
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct PhysicalLocation {
    artifact_location: ArtifactLocation,
    #[serde(skip_serializing_if = "Option::is_none")]
    region: Option<Region>,
}

#[derive(Serialize)]
struct ArtifactLocation {
    uri: String,
}

/// Lines and columns are 1-based; `endColumn` is the column after the last character, as in the
/// diagnostics; columns count code points (the run's `columnKind`).
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Region {
    start_line: usize,
    start_column: usize,
    end_line: usize,
    end_column: usize,
    byte_offset: usize,
    byte_length: usize,
}

/// The JSON Pointer as a logical location: where in the payload, whatever its layout.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct LogicalLocation<'a> {
    fully_qualified_name: &'a str,
    kind: &'static str,
}

#[derive(Serialize)]
struct ResultProperties<'a> {
    pointer: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    help: Option<&'a str>,
}

/// The log up to the first result: the schema, the driver with every rule, and the run's
/// settings. `rules` is the registry (`crate::rules()`), indexed by the results' `ruleIndex`.
pub(crate) fn head(rules: &[&'static Rule]) -> String {
    let driver = Driver {
        name: "wa-lint",
        version: env!("CARGO_PKG_VERSION"),
        semantic_version: env!("CARGO_PKG_VERSION"),
        information_uri: env!("CARGO_PKG_REPOSITORY"),
        rules: rules.iter().map(|rule| descriptor(rule)).collect(),
    };
    let driver = serde_json::to_string(&driver).unwrap_or_default();
    format!(
        r#"{{"$schema":"{SCHEMA}","version":"2.1.0","runs":[{{"tool":{{"driver":{driver}}},"columnKind":"unicodeCodePoints","results":["#
    )
}

fn descriptor(rule: &'static Rule) -> ReportingDescriptor {
    ReportingDescriptor {
        id: rule.code,
        name: rule.name,
        short_description: Text { text: rule.summary },
        help: Text { text: rule.help },
        help_uri: format!("{RULES_DOC}#{}", rule.code.to_ascii_lowercase()),
        default_configuration: Configuration { level: level(rule.severity) },
        properties: RuleProperties { applies_to: rule.applies_to, source: rule.source },
    }
}

/// One result on a line of its own, preceded by the separator from the previous one.
pub(crate) fn result(rules: &[&'static Rule], file: &str, diagnostic: &Diagnostic, first: bool) -> String {
    let region = diagnostic.location.map(|location| Region {
        start_line: location.line,
        start_column: location.column,
        end_line: location.end_line,
        end_column: location.end_column,
        byte_offset: location.span.start,
        byte_length: location.span.end.saturating_sub(location.span.start),
    });
    let result = SarifResult {
        rule_id: diagnostic.code,
        rule_index: rules.iter().position(|rule| rule.code == diagnostic.code),
        level: level(diagnostic.severity),
        message: Text { text: &diagnostic.message },
        locations: [ResultLocation {
            physical_location: PhysicalLocation { artifact_location: ArtifactLocation { uri: uri(file) }, region },
            logical_locations: [LogicalLocation { fully_qualified_name: &diagnostic.pointer, kind: "member" }],
        }],
        properties: ResultProperties { pointer: &diagnostic.pointer, help: diagnostic.help.as_deref() },
    };
    let separator = if first { "\n" } else { ",\n" };
    format!("{separator}{}", serde_json::to_string(&result).unwrap_or_default())
}

/// The end of the log.
pub(crate) fn tail() -> &'static str {
    "\n]}]}\n"
}

fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// A file name as a relative URI reference: path separators kept, everything but unreserved
/// characters percent-encoded (`<stdin>` becomes `%3Cstdin%3E`).
fn uri(file: &str) -> String {
    let mut out = String::with_capacity(file.len());
    for byte in file.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'/' => out.push(char::from(byte)),
            b'\\' => out.push('/'),
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_become_uri_references() {
        assert_eq!(uri("tests/fixtures/a b.json"), "tests/fixtures/a%20b.json");
        assert_eq!(uri("<stdin>"), "%3Cstdin%3E");
        assert_eq!(uri("dir\\é.json"), "dir/%C3%A9.json");
    }
}
