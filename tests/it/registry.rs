//! The registry is complete and matches the spec folders: every `static …: Rule` declared in
//! `src/` is listed by `rules()` (a rule left out of `rules::ALL` fails here), every rule has its
//! folder `tests/specs/<code>-<name>/` with its examples, and every folder names a rule.
//! Codes and names are unique and well-formed, the registry is ordered by code, and no rule keeps
//! a placeholder of `scripts/new-rule.sh`.

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;
use wa_lint::rules;

/// The codes of every `static NAME: Rule = Rule { code: "WA…", … }` in the sources.
fn declared_codes(dir: &Path, codes: &mut BTreeSet<String>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            declared_codes(&path, codes);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let source = fs::read_to_string(&path).unwrap();
            for (at, _) in source.match_indices(": Rule = Rule {") {
                let rest = &source[at..];
                let code = rest.split("code: \"").nth(1).and_then(|tail| tail.get(..6)).unwrap();
                assert!(codes.insert(code.to_owned()), "{code} is declared twice");
            }
        }
    }
}

#[test]
fn every_declared_rule_is_registered() {
    let mut declared = BTreeSet::new();
    declared_codes(Path::new("src"), &mut declared);
    let registered: BTreeSet<String> = rules().iter().map(|rule| rule.code.to_owned()).collect();
    let missing: Vec<_> = declared.difference(&registered).collect();
    assert!(missing.is_empty(), "declared in src/ but not in rules::ALL: {missing:?}");
    assert_eq!(declared.len(), rules().len(), "rules::ALL lists a rule twice or one not declared as `static`");
}

#[test]
fn every_rule_has_its_spec_folder_and_every_folder_a_rule() {
    let folders: BTreeSet<String> =
        fs::read_dir("tests/specs").unwrap().map(|entry| entry.unwrap().file_name().into_string().unwrap()).collect();
    let expected: BTreeSet<String> = rules().iter().map(|rule| format!("{}-{}", rule.code, rule.name)).collect();
    assert_eq!(folders, expected, "tests/specs/ has one folder per rule, named <code>-<name>");
    for rule in rules() {
        let folder = Path::new("tests/specs").join(format!("{}-{}", rule.code, rule.name));
        assert!(folder.join("valid/example.json").is_file(), "{} has no valid/example.json", rule.code);
        // Two invalid payloads are too large to print: payload-size is checked at its limit in
        // tests/it/boundaries.rs, too-many-diagnostics in tests/it/resources.rs.
        let unprintable = ["payload-size", "too-many-diagnostics"].contains(&rule.name);
        assert_eq!(folder.join("invalid/example.json").is_file(), !unprintable, "{} invalid/example.json", rule.code);
    }
}

#[test]
fn no_rule_keeps_a_scaffold_placeholder() {
    // scripts/new-rule.sh marks what is left to write with "FILL IN".
    for rule in rules() {
        for text in [rule.source, rule.summary, rule.help, rule.valid, rule.invalid] {
            assert!(!text.contains("FILL IN"), "{} ({}) still has a placeholder: {text}", rule.code, rule.name);
        }
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
