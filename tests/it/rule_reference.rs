//! `docs/rules.md` is generated from the registry; this test keeps it in step.
//! After changing a rule, regenerate it with `UPDATE_DOCS=1 cargo test --test it rule_reference`.

use crate::common::spec_options;
use std::fmt::Write;
use wa_lint::{lint, render, rules};

fn reference() -> String {
    let mut out = String::from(
        "# wa-lint rules\n\n\
         Generated from `wa_lint::rules()` by `tests/it/rule_reference.rs`; do not edit by hand.\n\
         Characters are user-perceived characters (grapheme clusters). Every rule can be set to\n\
         `off`, `info`, `warning` or `error` by code or name (`--rule WA0702=off`, `{\"rules\": {\"WA0702\": \"off\"}}`).\n\n\
         | Code | Name | Severity | Applies to | Checks |\n|---|---|---|---|---|\n",
    );
    for rule in rules() {
        let _ = writeln!(
            out,
            "| [{code}](#{anchor}) | `{}` | {} | {} | {} |",
            rule.name,
            rule.severity,
            rule.applies_to.join(", "),
            rule.summary.replace('|', "\\|"),
            code = rule.code,
            anchor = rule.code.to_lowercase(),
        );
    }
    for rule in rules() {
        let report = lint(rule.invalid, &spec_options(rule));
        let said =
            report.diagnostics.iter().find(|d| d.code == rule.code).map(|d| d.message.clone()).unwrap_or_default();
        let _ = write!(
            out,
            "\n## {code}\n\n`{name}` · **{severity}** · applies to {applies}\n\n{summary}\n\n\
             **Fix:** {help}\n\n**Source:** {source}\n\n\
             {options}Valid:\n\n```json\n{valid}\n```\n\nInvalid:\n\n{invalid}\n\nwa-lint says: {said}\n",
            code = rule.code,
            name = rule.name,
            severity = rule.severity,
            applies = rule.applies_to.join(", "),
            summary = rule.summary,
            help = rule.help,
            source = rule.source,
            options = match std::fs::read_to_string(format!("tests/specs/{}-{}/options.json", rule.code, rule.name)) {
                Ok(options) =>
                    format!("Linted with the options (npm form):\n\n```json\n{}\n```\n\n", options.trim_end()),
                Err(_) => String::new(),
            },
            valid = rule.valid.trim_end(),
            invalid = if rule.invalid.is_empty() {
                render::NO_INVALID_EXAMPLE.to_owned()
            } else {
                format!("```json\n{}\n```", rule.invalid.trim_end())
            },
        );
    }
    out
}

#[test]
fn docs_rules_md_matches_the_registry() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/rules.md");
    let expected = reference();
    if std::env::var_os("UPDATE_DOCS").is_some() {
        std::fs::write(path, &expected).unwrap();
    }
    let actual = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        actual == expected,
        "docs/rules.md is out of date: run `UPDATE_DOCS=1 cargo test --test it rule_reference`"
    );
}
