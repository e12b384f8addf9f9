//! Payloads from Meta's current Cloud API pages (beyond the seed documents), with placeholders
//! filled in: no errors and no unknown members. Kept apart from `tests/spec_examples/`, whose
//! payloads come from `spec/`. Left out on purpose (and listed in the README): message and
//! template types CONSTRAINTS.md does not cover (carousels, limited-time offers, call permission,
//! location template headers) and examples that contradict it (string coordinates).

use std::fs;
use wa_lint::{lint, Options, Severity};

#[test]
fn meta_examples_have_no_errors_and_no_unknown_members() {
    let mut checked = 0;
    for entry in fs::read_dir("tests/meta_examples").unwrap() {
        let path = entry.unwrap().path();
        let text = fs::read_to_string(&path).unwrap();
        let report = lint(&text, &Options::default());
        let problems: Vec<_> =
            report.diagnostics.iter().filter(|d| d.severity == Severity::Error || d.code == "WA0006").collect();
        assert!(problems.is_empty(), "{}: {problems:#?}", path.display());
        checked += 1;
    }
    assert!(checked >= 40, "only {checked} examples");
}
