//! §21 texts: placeholders (format, sequence, position) and their examples.

use super::definition_rules::*;
use super::placeholders::{self, Placeholder, Variable};
use crate::check::{Ctx, Ptr};
use crate::measure;
use crate::node::{Members, Node};

/// What a definition's texts are checked with.
#[derive(Clone, Copy)]
pub(super) struct Scope<'d> {
    /// Upper-cased category, empty when not given.
    pub category: &'d str,
    pub named: bool,
}

/// Which text of a definition this is.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Part {
    Header,
    Body,
    Footer,
}

impl Part {
    fn name(self) -> &'static str {
        match self {
            Part::Header => "header",
            Part::Body => "body",
            Part::Footer => "footer",
        }
    }
}

/// Checks a text's placeholders; returns them.
pub(super) fn check<'t>(ctx: &mut Ctx, text: &'t str, at: &Ptr, scope: Scope, part: Part) -> Vec<Placeholder<'t>> {
    let found = placeholders::scan(text);
    let what = part.name();
    for placeholder in &found {
        let written = &text[placeholder.start..placeholder.end];
        match placeholder.variable {
            Variable::Malformed(_) => {
                let message = format!(
                    "`{written}` in the {what} is not a placeholder: use {{{{1}}}}, {{{{2}}}}, … or lower-case names such as {{{{first_name}}}}"
                );
                ctx.report(&DEFINITION_PLACEHOLDERS, at, message);
            }
            Variable::Named(_) if !scope.named => {
                let message =
                    format!("the {what} has the named placeholder `{written}` but `parameter_format` is not NAMED");
                ctx.report(&DEFINITION_PARAMETER_FORMAT, at, message);
            }
            Variable::Positional(_) if scope.named => {
                let message =
                    format!("the {what} has the positional placeholder `{written}` but `parameter_format` is NAMED");
                ctx.report(&DEFINITION_PARAMETER_FORMAT, at, message);
            }
            _ => {}
        }
    }
    let numbers = placeholders::positional_numbers(&found);
    if let Some(gap) = (1..=numbers.len()).find(|n| numbers.get(n - 1) != Some(n)) {
        let message = format!(
            "the {what}'s placeholders are {}; {{{{{gap}}}}} is missing: numbers run from {{{{1}}}} without gaps",
            placeholders::list(&numbers)
        );
        ctx.report(&DEFINITION_PLACEHOLDERS, at, message);
    }
    if matches!(part, Part::Header | Part::Body) {
        check_edges(ctx, text, at, &found, what);
    }
    if part == Part::Footer && !found.is_empty() {
        let message = format!("the footer has {}; footers take none", plural(found.len(), "placeholder"));
        ctx.report(&DEFINITION_FOOTER_VARIABLE, at, message);
    }
    found
}

fn check_edges(ctx: &mut Ctx, text: &str, at: &Ptr, found: &[Placeholder], what: &str) {
    let leading = text.len() - text.trim_start().len();
    let trailing = text.trim_end().len();
    let first = found.first().filter(|p| p.start == leading);
    let last = found.last().filter(|p| p.end == trailing);
    for (placeholder, edge) in [(first, "starts"), (last, "ends")] {
        if let Some(placeholder) = placeholder {
            let written = &text[placeholder.start..placeholder.end];
            ctx.report(
                &DEFINITION_PLACEHOLDER_AT_EDGE,
                at,
                format!("the {what} {edge} with the placeholder `{written}`"),
            );
        }
    }
}

/// Reports a missing `example.<key>` where it belongs: below `example` when that is an object,
/// at `example` itself when the component has none or it is not an object.
fn missing_example(ctx: &mut Ctx, example: Option<&Node>, example_at: &Ptr, key: &str, message: String) {
    match example {
        Some(Node::Object(_)) => ctx.report_missing(&DEFINITION_EXAMPLES, &example_at.key(key), message),
        Some(_) => ctx.report(&DEFINITION_EXAMPLES, example_at, message),
        None => ctx.report_missing(&DEFINITION_EXAMPLES, example_at, message),
    }
}

/// The examples a header or body's placeholders need (`component` holds `example`).
pub(super) fn check_examples(
    ctx: &mut Ctx,
    component: &Members,
    at: &Ptr,
    found: &[Placeholder],
    scope: Scope,
    part: Part,
) {
    // Authentication bodies are Meta's fixed text: GET returns them without examples.
    if found.is_empty() || part == Part::Footer || (scope.category == "AUTHENTICATION" && part == Part::Body) {
        return;
    }
    let what = part.name();
    let example_at = at.key("example");
    let example = component.get("example");
    if scope.named {
        let key = if part == Part::Body { "body_text_named_params" } else { "header_text_named_params" };
        let names = placeholders::names(found);
        let given: Vec<&str> = example
            .and_then(|e| e.get(key))
            .and_then(Node::as_array)
            .map(|items| items.iter().filter_map(|item| item.get("param_name")?.as_str()).collect())
            .unwrap_or_default();
        let missing: Vec<&str> = names.iter().copied().filter(|name| !given.contains(name)).collect();
        if !missing.is_empty() {
            let message = format!("the {what}'s {} have no example in `example.{key}`", placeholders::list(&missing));
            if example.and_then(|e| e.get(key)).is_some() {
                ctx.report(&DEFINITION_EXAMPLES, &example_at.key(key), message);
            } else {
                missing_example(ctx, example, &example_at, key, message);
            }
        }
        for extra in given.iter().filter(|name| !names.contains(name)) {
            let message = format!("`example.{key}` names `{extra}`, which the {what} does not use");
            ctx.report(&DEFINITION_EXAMPLES, &example_at.key(key), message);
        }
        return;
    }
    let count = placeholders::positional_numbers(found).len();
    if count == 0 {
        return;
    }
    let (key, values) = match part {
        Part::Body => ("body_text", example.and_then(|e| e.get("body_text")).map(body_text_values)),
        _ => ("header_text", example.and_then(|e| e.get("header_text")).map(strings)),
    };
    let key_at = example_at.key(key);
    match values {
        None => {
            let message = format!(
                "the {what} has {} ({}) but no `example.{key}`",
                plural(count, "placeholder"),
                placeholders::list(&placeholders::positional_numbers(found))
            );
            missing_example(ctx, example, &example_at, key, message);
        }
        Some(None) => {
            let shape =
                if part == Part::Body { "an array holding one array of strings" } else { "an array of strings" };
            ctx.report(&DEFINITION_EXAMPLES, &key_at, format!("`example.{key}` must be {shape}, one per placeholder"));
        }
        Some(Some(given)) if given != count => {
            let message = format!(
                "`example.{key}` gives {}; the {what} has {}",
                plural(given, "value"),
                plural(count, "placeholder")
            );
            ctx.report(&DEFINITION_EXAMPLES, &key_at, message);
        }
        Some(Some(_)) => {}
    }
}

/// How many strings `[["a", "b"]]` holds; `None` when it is not one array of strings.
fn body_text_values(value: &Node) -> Option<usize> {
    match value.as_array()? {
        [inner] => strings(inner),
        _ => None,
    }
}

fn strings(value: &Node) -> Option<usize> {
    let items = value.as_array()?;
    items.iter().all(Node::is_string).then_some(items.len())
}

/// A media header's `example.header_handle`: a non-empty array of strings.
pub(super) fn check_header_handle(ctx: &mut Ctx, component: &Members, at: &Ptr, format: &str) {
    let example = component.get("example");
    let handle = example.and_then(|e| e.get("header_handle"));
    if handle.and_then(strings).is_some_and(|count| count > 0) {
        return;
    }
    let example_at = at.key("example");
    let message = format!("a {format} header needs a sample in `example.header_handle`");
    match handle {
        Some(_) => ctx.report(&DEFINITION_EXAMPLES, &example_at.key("header_handle"), message),
        None => missing_example(ctx, example, &example_at, "header_handle", message),
    }
}

/// A text's length against its limit, reported by `rule`.
pub(super) fn check_length(
    ctx: &mut Ctx,
    text: &str,
    at: &Ptr,
    rule: &'static crate::rule::Rule,
    what: &str,
    limit: usize,
) {
    if text.len() <= limit {
        return;
    }
    let count = measure::chars(text);
    if count > limit {
        ctx.report(rule, at, format!("the {what} is {count} characters; the limit is {limit}"));
    }
}

/// "1 placeholder", "2 placeholders".
pub(super) fn plural(count: usize, word: &str) -> String {
    if count == 1 {
        format!("1 {word}")
    } else {
        format!("{count} {word}s")
    }
}
