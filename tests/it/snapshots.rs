//! Snapshots of rendered output: the human and JSON renderings of every fixture in
//! `tests/fixtures/`, each next to its fixture. (Each rule's examples have theirs in
//! `tests/specs/`, checked by `tests/specs.rs`.)

use std::fs;
use wa_lint::render::{self, FileDiagnostic};
use wa_lint::{lint, Options};

fn json(file: &str, report: &wa_lint::Report) -> String {
    let all: Vec<_> = report.diagnostics.iter().map(|diagnostic| FileDiagnostic { file, diagnostic }).collect();
    serde_json::to_string_pretty(&all).unwrap()
}

#[test]
fn fixtures_render_as_recorded() {
    let mut paths: Vec<_> = fs::read_dir("tests/fixtures")
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|extension| extension == "json"))
        .collect();
    paths.sort();
    assert!(paths.len() >= 10);
    for path in paths {
        let name = path.file_stem().unwrap().to_str().unwrap().to_owned();
        let file = format!("tests/fixtures/{name}.json");
        let source = fs::read_to_string(&path).unwrap();
        let report = lint(&source, &Options::default());
        assert!(!report.is_empty(), "{file} should have findings");
        // Each snapshot sits next to its fixture.
        insta::with_settings!({ snapshot_path => "../fixtures", prepend_module_to_snapshot => false }, {
            insta::assert_snapshot!(format!("{name}.human"), render::human(&file, &source, &report));
            insta::assert_snapshot!(format!("{name}.json"), json(&file, &report));
        });
    }
}
