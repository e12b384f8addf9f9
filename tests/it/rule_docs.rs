//! Every rule's documented examples do what its docs say: the valid one passes with no error,
//! the invalid one is reported by that rule.

use crate::common::options_for;
use wa_lint::{lint, rules, Severity};

#[test]
fn valid_examples_have_no_errors_and_no_finding_of_their_rule() {
    for rule in rules() {
        let report = lint(rule.valid, &options_for(rule.code));
        let unexpected: Vec<_> =
            report.diagnostics.iter().filter(|d| d.code == rule.code || d.severity == Severity::Error).collect();
        assert!(unexpected.is_empty(), "{} ({}) valid example reports {unexpected:#?}", rule.code, rule.name);
    }
}

#[test]
fn invalid_examples_are_reported_by_their_rule() {
    for rule in rules() {
        if rule.invalid.is_empty() {
            // Its invalid payload would be too large to print: payload-size is checked at its limit
            // in tests/it/boundaries.rs, too-many-diagnostics in tests/it/resources.rs.
            let too_large = ["payload-size", "too-many-diagnostics"];
            assert!(too_large.contains(&rule.name), "{} may not go without an invalid example", rule.name);
            continue;
        }
        let report = lint(rule.invalid, &options_for(rule.code));
        assert!(
            report.diagnostics.iter().any(|d| d.code == rule.code),
            "{} ({}) invalid example is not reported; got {:#?}",
            rule.code,
            rule.name,
            report.diagnostics
        );
    }
}

#[test]
fn codes_and_names_are_unique_and_well_formed() {
    let all = rules();
    for (index, rule) in all.iter().enumerate() {
        assert!(rule.code.len() == 6 && rule.code.starts_with("WA"), "{}", rule.code);
        assert!(rule.name.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'), "{}", rule.name);
        for other in &all[index + 1..] {
            assert_ne!(rule.code, other.code);
            assert_ne!(rule.name, other.name);
        }
    }
    let mut codes: Vec<_> = all.iter().map(|rule| rule.code).collect();
    codes.sort_unstable();
    assert_eq!(codes, all.iter().map(|rule| rule.code).collect::<Vec<_>>(), "the registry is ordered by code");
}
