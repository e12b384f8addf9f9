//! The acceptance set, in the speed issue's four classes: every payload the test suite holds
//! (Meta's example requests, the seed documents' examples, each rule's spec files, the fixtures
//! and regressions, the per-type benchmark inputs), split by size and by whether `lint` finds an
//! error; plus the generated long texts at their limits and the large inputs of `benches/inputs/`.

use std::path::{Path, PathBuf};
use wa_lint::{lint, Options};

/// Payloads of at most this many bytes are "small".
const SMALL: usize = 4096;

/// The classes, each with its payloads' texts, in a fixed order.
pub fn classes() -> Vec<(&'static str, Vec<String>)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut small = Vec::new();
    for dir in ["tests/meta_examples", "tests/spec_examples", "tests/fixtures", "tests/regressions"] {
        small.extend(json_files(&root.join(dir)));
    }
    for spec in sorted(root.join("tests/specs")) {
        small.extend(json_files(&spec.join("valid")));
        small.extend(json_files(&spec.join("invalid")));
    }
    let inputs = json_files(&root.join("benches/inputs"));
    let named = |prefix: &str| inputs.iter().filter(|p| stem(p).starts_with(prefix)).cloned().collect::<Vec<_>>();
    small.extend(named("valid-"));
    small.extend(named("invalid-"));
    let options = Options::default();
    let (mut valid, mut invalid) = (Vec::new(), Vec::new());
    for text in small.iter().map(read).filter(|text| text.len() <= SMALL) {
        if lint(&text, &options).has_errors() {
            invalid.push(text)
        } else {
            valid.push(text)
        }
    }
    vec![
        ("small-valid", valid),
        ("small-invalid", invalid),
        ("long-texts", named("long-").iter().map(read).collect()),
        ("large", named("large-").iter().map(read).collect()),
    ]
}

fn json_files(dir: &Path) -> Vec<PathBuf> {
    sorted(dir.to_path_buf()).into_iter().filter(|p| p.extension().is_some_and(|e| e == "json")).collect()
}

fn sorted(dir: PathBuf) -> Vec<PathBuf> {
    let mut paths: Vec<_> =
        std::fs::read_dir(&dir).map(|entries| entries.map(|e| e.unwrap().path()).collect()).unwrap_or_default();
    paths.sort();
    paths
}

fn stem(path: &Path) -> String {
    path.file_stem().unwrap().to_string_lossy().into_owned()
}

fn read(path: &PathBuf) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|_| panic!("{} is readable", path.display()))
}
