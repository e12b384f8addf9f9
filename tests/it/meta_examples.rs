//! Every example request of Meta's current Cloud API pages (`tests/meta_examples/`, named
//! `<page>__<n>_<what>.json` after the page under
//! developers.facebook.com/documentation/business-messaging/whatsapp/, listed with their
//! sections in `INDEX.md`), plus earlier ones numbered `NN_*.json`, with placeholders filled in:
//! none may get an error or an unknown member (CONSTRAINTS preface). Kept apart from
//! `tests/spec_examples/`, whose payloads come from `spec/`.

use std::fs;
use wa_lint::{lint, Options, Severity};

#[test]
fn meta_examples_have_no_errors_and_no_unknown_members() {
    let mut paths: Vec<_> = fs::read_dir("tests/meta_examples")
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|extension| extension == "json"))
        .collect();
    paths.sort();
    for path in &paths {
        let text = fs::read_to_string(path).unwrap();
        let report = lint(&text, &Options::default());
        let problems: Vec<_> =
            report.diagnostics.iter().filter(|d| d.severity == Severity::Error || d.code == "WA0006").collect();
        assert!(problems.is_empty(), "{}: {problems:#?}", path.display());
    }
    assert!(paths.len() >= 110, "only {} examples", paths.len());
}

#[test]
fn every_meta_example_is_indexed_with_its_page() {
    let index = fs::read_to_string("tests/meta_examples/INDEX.md").unwrap();
    for entry in fs::read_dir("tests/meta_examples").unwrap() {
        let name = entry.unwrap().file_name().into_string().unwrap();
        if name.contains("__") {
            assert!(index.contains(&format!("`{name}`")), "{name} is not in INDEX.md");
        }
    }
}
