//! The JSON format: one pretty-printed array of diagnostics over all files, or, for JSONL input,
//! one compact diagnostic per output line.

use crate::diagnostic::Diagnostic;
use serde::Serialize;

/// A diagnostic with the file it was found in: the element of `--format json` output.
#[derive(Serialize)]
pub struct FileDiagnostic<'a> {
    /// The file name as given on the command line (`<stdin>` for standard input).
    pub file: &'a str,
    #[serde(flatten)]
    /// The finding.
    pub diagnostic: &'a Diagnostic,
}

/// One element of the pretty array, written as `serde_json::to_string_pretty` would write it
/// inside the whole array, so that the array can be streamed file by file.
pub(crate) fn array_element(file: &str, diagnostic: &Diagnostic, first: bool) -> String {
    let pretty = serde_json::to_string_pretty(&FileDiagnostic { file, diagnostic }).unwrap_or_default();
    let mut out = String::from(if first { "[\n" } else { ",\n" });
    // JSON strings hold no raw line breaks, so indenting every line indents exactly the structure.
    for (i, line) in pretty.lines().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        out.push_str("  ");
        out.push_str(line);
    }
    out
}

/// The end of the pretty array: `[]` when no element was written.
pub(crate) fn array_end(written: bool) -> &'static str {
    if written {
        "\n]\n"
    } else {
        "[]\n"
    }
}

/// One diagnostic as one line of JSON (JSONL input gives JSONL output).
pub(crate) fn line(file: &str, diagnostic: &Diagnostic) -> String {
    let mut out = serde_json::to_string(&FileDiagnostic { file, diagnostic }).unwrap_or_default();
    out.push('\n');
    out
}
