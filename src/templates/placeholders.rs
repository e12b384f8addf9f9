//! `{{1}}` and `{{name}}` placeholders in template texts, found in one pass over the text.

/// What a placeholder's braces hold.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Variable<'t> {
    /// `{{1}}`: a positional parameter, 1-based.
    Positional(usize),
    /// `{{first_name}}`: a named parameter (lower-case letters, digits and `_`, starting with a letter).
    Named(&'t str),
    /// Anything else between double braces (`{{ 1 }}`, `{{First}}`, `{{}}`).
    Malformed(&'t str),
}

/// One placeholder and where it stands (byte offsets of `{{` and just after `}}`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Placeholder<'t> {
    pub variable: Variable<'t>,
    pub start: usize,
    pub end: usize,
}

/// Every placeholder of `text`, in order. Linear: each byte is looked at a bounded number of
/// times, whatever the braces (a text of only `{` has no closing `}}` and is scanned once).
pub(crate) fn scan(text: &str) -> Vec<Placeholder<'_>> {
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(open) = text[from..].find("{{").map(|offset| from + offset) {
        let Some(close) = text[open + 2..].find("}}").map(|offset| open + 2 + offset) else { break };
        // `{{a {{1}}`: the placeholder is the innermost opening before the closing.
        let start = text[open..close].rfind("{{").map_or(open, |offset| open + offset);
        let inner = &text[start + 2..close];
        found.push(Placeholder { variable: variable(inner), start, end: close + 2 });
        from = close + 2;
    }
    found
}

fn variable(inner: &str) -> Variable<'_> {
    if !inner.is_empty() && inner.bytes().all(|b| b.is_ascii_digit()) {
        return match inner.parse::<usize>() {
            Ok(number) if number > 0 && !inner.starts_with('0') => Variable::Positional(number),
            _ => Variable::Malformed(inner),
        };
    }
    if crate::rules::template::is_parameter_name(inner) {
        Variable::Named(inner)
    } else {
        Variable::Malformed(inner)
    }
}

/// The distinct positional numbers of `placeholders`, ascending.
pub(crate) fn positional_numbers(placeholders: &[Placeholder]) -> Vec<usize> {
    let mut numbers: Vec<usize> = placeholders
        .iter()
        .filter_map(|p| match p.variable {
            Variable::Positional(number) => Some(number),
            _ => None,
        })
        .collect();
    numbers.sort_unstable();
    numbers.dedup();
    numbers
}

/// The distinct names of `placeholders`, in order of first use.
pub(crate) fn names<'t>(placeholders: &[Placeholder<'t>]) -> Vec<&'t str> {
    let mut seen = std::collections::HashSet::new();
    placeholders
        .iter()
        .filter_map(|p| match p.variable {
            Variable::Named(name) => Some(name),
            _ => None,
        })
        .filter(|name| seen.insert(*name))
        .collect()
}

/// `{{1}}, {{2}}` or `{{first_name}}`: how messages list a definition's variables.
pub(crate) fn list<T: std::fmt::Display>(variables: &[T]) -> String {
    variables.iter().map(|v| format!("{{{{{v}}}}}")).collect::<Vec<_>>().join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_positional_named_and_malformed_placeholders() {
        let found = scan("Hi {{1}}, {{first_name}} {{ 2 }} {{{3}}} {{a {{4}} {{0}}");
        let variables: Vec<_> = found.iter().map(|p| p.variable.clone()).collect();
        assert_eq!(
            variables,
            [
                Variable::Positional(1),
                Variable::Named("first_name"),
                Variable::Malformed(" 2 "),
                Variable::Positional(3),
                Variable::Positional(4),
                Variable::Malformed("0"),
            ]
        );
        assert_eq!(&"Hi {{1}}"[found[0].start..found[0].end], "{{1}}");
        assert!(scan("{{{{{{{{ no closing").is_empty());
        assert_eq!(positional_numbers(&scan("{{2}} {{1}} {{2}}")), [1, 2]);
        assert_eq!(list(&[1, 2]), "{{1}}, {{2}}");
    }
}
