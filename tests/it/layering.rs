//! One-way layering: the modules of `src/` form no cycle. An edge runs from a file to every
//! module file it names (`crate::…`, `super::…`, and in a `mod.rs` or `lib.rs` its own child
//! modules outside re-exports), so a cycle through a parent module counts too. The flow is parse → model walk and
//! rules → findings → locate → surfaces; a cycle fails with the files on it.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// Every `.rs` file under `dir`, with its module path (`["rules", "interactive", "button"]`).
fn modules(dir: &Path, prefix: &[String], out: &mut BTreeMap<Vec<String>, PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let stem = path.file_stem().unwrap().to_str().unwrap().to_owned();
        let mut module = prefix.to_vec();
        if path.is_dir() {
            if stem != "bin" {
                module.push(stem);
                modules(&path, &module, out);
            }
        } else if path.extension().is_some_and(|e| e == "rs") {
            if stem != "mod" && stem != "lib" {
                module.push(stem);
            }
            out.insert(module, path);
        }
    }
}

/// The module paths a source names, as written: `crate::a::b::{c, d::e}` gives `a::b::c` and
/// `a::b::d::e`; `super::x` is resolved against `module`.
fn named_paths(source: &str, module: &[String], is_parent: bool, children: &BTreeSet<String>) -> Vec<Vec<String>> {
    // Comments name no module; a re-export (`pub use child::Item`) is the parent's face, not a
    // use of the child, so a child may name the item through its parent.
    let is_code = |line: &&str| {
        let line = line.trim_start();
        !(line.starts_with("//") || line.starts_with("pub use ") || line.starts_with("pub(crate) use "))
    };
    let code: String = source.lines().filter(is_code).collect::<Vec<_>>().join("\n");
    let mut paths = Vec::new();
    let bytes = code.as_bytes();
    let mut at = 0;
    while at < code.len() {
        let rest = &code[at..];
        let word_start = at == 0 || !(bytes[at - 1].is_ascii_alphanumeric() || bytes[at - 1] == b'_');
        let (base, skip) = if word_start && rest.starts_with("crate::") {
            (Vec::new(), "crate::".len())
        } else if word_start && rest.starts_with("super::") {
            (module[..module.len().saturating_sub(1)].to_vec(), "super::".len())
        } else if word_start && is_parent && children.iter().any(|child| rest.starts_with(&format!("{child}::"))) {
            (module.to_vec(), 0)
        } else {
            at += rest.chars().next().unwrap().len_utf8();
            continue;
        };
        let (expanded, used) = expand(&rest[skip..]);
        for tail in expanded {
            let mut path = base.clone();
            path.extend(tail);
            paths.push(path);
        }
        at += skip + used.max(1);
    }
    paths
}

/// Expands one path (`a::b::{c, d::e}`) into its leaves; returns them and the bytes read.
fn expand(text: &str) -> (Vec<Vec<String>>, usize) {
    let mut segments = Vec::new();
    let mut at = 0;
    loop {
        let ident: String = text[at..].chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect();
        if ident.is_empty() {
            if text[at..].starts_with('{') {
                let mut leaves = Vec::new();
                at += 1;
                loop {
                    let trimmed = text[at..].len() - text[at..].trim_start().len();
                    at += trimmed;
                    if text[at..].starts_with('}') || at >= text.len() {
                        at += 1;
                        break;
                    }
                    let (inner, used) = expand(&text[at..]);
                    for tail in inner {
                        let mut path = segments.clone();
                        path.extend(tail);
                        leaves.push(path);
                    }
                    at += used.max(1);
                    let trimmed = text[at..].len() - text[at..].trim_start().len();
                    at += trimmed;
                    if text[at..].starts_with(',') {
                        at += 1;
                    }
                }
                return (leaves, at);
            }
            return (vec![segments], at);
        }
        at += ident.len();
        segments.push(ident);
        if text[at..].starts_with("::") {
            at += 2;
        } else {
            // `x as y` and the like end the path.
            return (vec![segments], at);
        }
    }
}

#[test]
fn modules_form_no_cycle() {
    let mut files = BTreeMap::new();
    modules(Path::new("src"), &[], &mut files);
    let mut edges: BTreeMap<Vec<String>, BTreeSet<Vec<String>>> = BTreeMap::new();
    for (module, path) in &files {
        let source = fs::read_to_string(path).unwrap();
        // Unit tests (`mod tests { use super::*; }`) sit inside their file.
        let source = source.split("#[cfg(test)]\nmod tests").next().unwrap();
        let is_parent = path.ends_with("mod.rs") || path.ends_with("lib.rs");
        let children: BTreeSet<String> = files
            .keys()
            .filter(|other| other.len() == module.len() + 1 && other.starts_with(module))
            .map(|other| other.last().unwrap().clone())
            .collect();
        let targets = edges.entry(module.clone()).or_default();
        for named in named_paths(source, module, is_parent, &children) {
            // The deepest module file that the path names.
            let target =
                (0..=named.len()).rev().map(|len| named[..len].to_vec()).find(|prefix| files.contains_key(prefix));
            if let Some(target) = target.filter(|target| target != module) {
                targets.insert(target);
            }
        }
    }
    // Depth-first search for a back edge.
    fn visit(
        node: &Vec<String>,
        edges: &BTreeMap<Vec<String>, BTreeSet<Vec<String>>>,
        state: &mut BTreeMap<Vec<String>, u8>,
        stack: &mut Vec<Vec<String>>,
        cycles: &mut Vec<String>,
    ) {
        state.insert(node.clone(), 1);
        stack.push(node.clone());
        for next in edges.get(node).into_iter().flatten() {
            match state.get(next).copied().unwrap_or(0) {
                0 => visit(next, edges, state, stack, cycles),
                1 => {
                    let from = stack.iter().position(|n| n == next).unwrap();
                    let names: Vec<String> =
                        stack[from..].iter().chain([next]).map(|n| format!("crate::{}", n.join("::"))).collect();
                    cycles.push(names.join(" → "));
                }
                _ => {}
            }
        }
        stack.pop();
        state.insert(node.clone(), 2);
    }
    let (mut state, mut cycles) = (BTreeMap::new(), Vec::new());
    for node in edges.keys() {
        if !state.contains_key(node) {
            visit(node, &edges, &mut state, &mut Vec::new(), &mut cycles);
        }
    }
    assert!(cycles.is_empty(), "module cycles:\n{}", cycles.join("\n"));
}
