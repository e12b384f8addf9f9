//! §20.3: the parameters of a NAMED definition's header and body, matched by `parameter_name`.

use super::placeholders::{self, Placeholder};
use super::send_rules::TEMPLATE_NAMED_PARAMETERS;
use super::sent::{value_of, Check, Sent};
use crate::measure;
use crate::node::Node;
use std::collections::HashSet;

/// Reports parameters without a name, names the definition lacks, and names it expects that are
/// not sent. Returns the values by name.
pub(super) fn check<'v>(
    check: &mut Check,
    sent: &Sent,
    component_at: Option<&str>,
    parameters: &'v [Node<'v>],
    found: &[Placeholder],
    part: &str,
    help: &str,
) -> Vec<(String, &'v str)> {
    let expected = placeholders::names(found);
    let expected_set: HashSet<&str> = expected.iter().copied().collect();
    let mut given = HashSet::new();
    let mut values = Vec::new();
    let mut unnamed = false;
    for (index, parameter) in parameters.iter().enumerate() {
        let at = format!("{}/parameters/{index}", component_at.unwrap_or_default());
        match parameter.get("parameter_name").and_then(Node::as_str).filter(|name| !name.is_empty()) {
            None => {
                unnamed = true;
                let message = format!(
                    "{} uses named parameters: this {part} parameter has no `parameter_name` ((#100) Parameter name is missing or empty)",
                    check.label
                );
                let help = format!("{help}; expected names: {}", placeholders::list(&expected));
                check.report(&TEMPLATE_NAMED_PARAMETERS, at, message, help);
            }
            Some(name) => {
                given.insert(name);
                if let Some(value) = value_of(parameter) {
                    values.push((name.to_owned(), value));
                }
                if !expected_set.contains(name) {
                    let message = format!("{} {part} has no {{{{{name}}}}} placeholder", check.label);
                    let help = match measure::closest(name, expected.iter().copied()) {
                        Some(close) => format!("did you mean `{close}`? {help}"),
                        None => help.to_owned(),
                    };
                    check.report(&TEMPLATE_NAMED_PARAMETERS, format!("{at}/parameter_name"), message, help);
                }
            }
        }
    }
    let missing: Vec<&str> = expected.iter().copied().filter(|name| !given.contains(name)).collect();
    if !missing.is_empty() && !unnamed {
        let message = format!("{} {part} expects {}; not given", check.label, placeholders::list(&missing));
        let within =
            component_at.map(|at| if parameters.is_empty() { at.to_owned() } else { format!("{at}/parameters") });
        check.report_missing(&TEMPLATE_NAMED_PARAMETERS, sent, within, message, help.to_owned());
    }
    values
}
