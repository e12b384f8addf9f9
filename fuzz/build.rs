//! Embeds every `tests/spec_examples/*.json` into the structured fuzz target as seeds
//! (`include_str!` of each file, listed at build time so that new examples join automatically).

use std::fmt::Write;
use std::path::Path;

fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/spec_examples");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/spec_examples")
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "json"))
        .collect();
    files.sort();
    let mut out =
        String::from("/// The spec examples, embedded at build time.\npub const SPEC_EXAMPLES: &[&str] = &[\n");
    for file in files {
        let path = file.canonicalize().expect("canonical path");
        writeln!(out, "    include_str!({:?}),", path.display().to_string()).unwrap();
    }
    out.push_str("];\n");
    let target = Path::new(&std::env::var("OUT_DIR").unwrap()).join("spec_examples.rs");
    std::fs::write(target, out).unwrap();
}
