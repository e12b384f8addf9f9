//! The GitHub Actions format: one workflow command per diagnostic
//! (`::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`), which GitHub shows as
//! an annotation on the file in the pull request.

use crate::diagnostic::{Diagnostic, Severity};
use std::fmt::Write;

/// One diagnostic as a workflow command line. The message carries the pointer and the help on
/// lines of their own, as the annotation shows them.
pub(crate) fn command(file: &str, diagnostic: &Diagnostic) -> String {
    let command = match diagnostic.severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "notice",
    };
    let mut properties = format!("file={}", property(file));
    if let Some(location) = diagnostic.location {
        let _ = write!(
            properties,
            ",line={},col={},endLine={},endColumn={}",
            location.line, location.column, location.end_line, location.end_column
        );
    }
    let title = format!("{} {}", diagnostic.code, diagnostic.name);
    let pointer = if diagnostic.pointer.is_empty() { "(document root)" } else { &diagnostic.pointer };
    let mut message = format!("{}\nat: {pointer}", diagnostic.message);
    if let Some(help) = &diagnostic.help {
        let _ = write!(message, "\nhelp: {help}");
    }
    format!("::{command} {properties},title={}::{}\n", property(&title), data(&message))
}

/// Escapes a command's message as GitHub's toolkit does (`escapeData`).
fn data(text: &str) -> String {
    text.replace('%', "%25").replace('\r', "%0D").replace('\n', "%0A")
}

/// Escapes a property value (`escapeProperty`): also `:` and `,`, which delimit properties.
fn property(text: &str) -> String {
    data(text).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_as_the_actions_toolkit_does() {
        assert_eq!(data("50% done\r\nnext"), "50%25 done%0D%0Anext");
        assert_eq!(property("a:b,c%\n"), "a%3Ab%2Cc%25%0A");
    }
}
