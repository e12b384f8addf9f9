//! Every example payload of the source documents (`../shared/spec/`, extracted with realistic
//! values into `tests/spec_examples/`) lints with zero errors.

use std::fs;
use wa_lint::{lint, Options, Severity};

#[test]
fn spec_examples_have_no_errors() {
    let mut checked = 0;
    for entry in fs::read_dir("tests/spec_examples").unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "json") {
            continue;
        }
        let text = fs::read_to_string(&path).unwrap();
        let report = lint(&text, &Options::default());
        let errors: Vec<_> = report.diagnostics.iter().filter(|d| d.severity == Severity::Error).collect();
        assert!(errors.is_empty(), "{}: {errors:#?}", path.display());
        checked += 1;
    }
    assert!(checked >= 18, "only {checked} examples found");
}
