//! The rules' spec files, one test each: every `tests/specs/<code>-<name>/valid/*.json` must lint
//! with no error and no finding of its rule, every `invalid/*.json` must raise its rule, and the
//! human rendering of each (what was found, where: pointer, line and column) must match the
//! snapshot next to the file. `options.json`, when present, is the folder's options in their JSON
//! form (`Options::from_json`, as the npm package takes them).
//!
//! `cargo test WA0702` runs one rule's files; after an intended change,
//! `INSTA_UPDATE=always cargo test --test specs` rewrites the snapshots.

use libtest_mimic::{Arguments, Failed, Trial};
use std::fs;
use std::path::{Path, PathBuf};
use wa_lint::{lint, render, Options, Severity};

const SPECS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/specs");

fn main() {
    let arguments = Arguments::from_args();
    let mut trials = Vec::new();
    for folder in sorted_entries(Path::new(SPECS)) {
        let rule = folder.file_name().unwrap().to_str().unwrap().to_owned();
        for expectation in [Expectation::Valid, Expectation::Invalid] {
            let files = folder.join(expectation.folder());
            if !files.is_dir() {
                continue;
            }
            for file in sorted_entries(&files).into_iter().filter(|path| path.extension().is_some_and(|e| e == "json"))
            {
                let name = format!("{rule}/{}/{}", expectation.folder(), file.file_name().unwrap().to_str().unwrap());
                let (folder, rule) = (folder.clone(), rule.clone());
                trials.push(Trial::test(name, move || check(&folder, &rule, &file, expectation)));
            }
        }
    }
    libtest_mimic::run(&arguments, trials).exit();
}

#[derive(Clone, Copy)]
enum Expectation {
    Valid,
    Invalid,
}

impl Expectation {
    fn folder(self) -> &'static str {
        match self {
            Expectation::Valid => "valid",
            Expectation::Invalid => "invalid",
        }
    }
}

fn sorted_entries(dir: &Path) -> Vec<PathBuf> {
    let mut entries: Vec<PathBuf> = fs::read_dir(dir).unwrap().map(|entry| entry.unwrap().path()).collect();
    entries.sort();
    entries
}

fn check(folder: &Path, rule: &str, file: &Path, expectation: Expectation) -> Result<(), Failed> {
    let code = rule.split('-').next().unwrap();
    let options = match fs::read_to_string(folder.join("options.json")) {
        Ok(json) => Options::from_json(&json).map_err(|error| format!("{rule}/options.json: {error}"))?,
        Err(_) => Options::default(),
    };
    let source = fs::read_to_string(file)?;
    let report = lint(&source, &options);
    let shown = file.strip_prefix(env!("CARGO_MANIFEST_DIR")).unwrap().to_str().unwrap();
    match expectation {
        Expectation::Valid => {
            let unexpected: Vec<_> =
                report.diagnostics.iter().filter(|d| d.code == code || d.severity == Severity::Error).collect();
            if !unexpected.is_empty() {
                return Err(format!("{shown} should pass, but reports {unexpected:#?}").into());
            }
        }
        Expectation::Invalid => {
            if !report.diagnostics.iter().any(|d| d.code == code) {
                return Err(format!("{shown} should raise {code}, but reports {:#?}", report.diagnostics).into());
            }
        }
    }
    let snapshot_name = file.file_name().unwrap().to_str().unwrap();
    insta::with_settings!({ snapshot_path => file.parent().unwrap(), prepend_module_to_snapshot => false, input_file => file }, {
        insta::assert_snapshot!(snapshot_name, render::human(shown, &source, &report));
    });
    Ok(())
}
