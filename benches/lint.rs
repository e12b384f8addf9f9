//! `lint` beside `serde_json::from_str::<Value>` (the parse alone), in one run: on every input of
//! `benches/inputs/` (made by `benches/make_inputs.py`), and on each class of the acceptance set
//! (`benches/support/sets.rs`), a class's payloads one after the other. `benches/report.py` turns the
//! results into the ratio tables of BENCHMARKS.md.

use criterion::{black_box, criterion_group, criterion_main, Criterion};
use std::time::Duration;
use wa_lint::{lint, Options};

#[path = "support/sets.rs"]
mod sets;

fn inputs() -> Vec<(String, String)> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("benches/inputs");
    let entries = std::fs::read_dir(&dir)
        .unwrap_or_else(|_| panic!("run `python3 benches/make_inputs.py` first ({} is missing)", dir.display()));
    let mut inputs: Vec<_> = entries
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|e| e == "json"))
        .map(|path| (path.file_stem().unwrap().to_string_lossy().into_owned(), std::fs::read_to_string(&path).unwrap()))
        .collect();
    inputs.sort();
    inputs
}

fn bench(c: &mut Criterion) {
    let options = Options::default();
    for (name, text) in inputs() {
        let mut group = c.benchmark_group(name);
        group.bench_function("parse", |b| b.iter(|| serde_json::from_str::<serde_json::Value>(black_box(&text))));
        group.bench_function("lint", |b| b.iter(|| lint(black_box(&text), &options)));
        group.finish();
    }
    for (name, texts) in sets::classes() {
        let mut group = c.benchmark_group(format!("class-{name}"));
        group.bench_function("parse", |b| {
            b.iter(|| texts.iter().for_each(|text| drop(serde_json::from_str::<serde_json::Value>(black_box(text)))))
        });
        group
            .bench_function("lint", |b| b.iter(|| texts.iter().for_each(|text| drop(lint(black_box(text), &options)))));
        group.finish();
    }
}

criterion_group! {
    name = benches;
    config = Criterion::default().warm_up_time(Duration::from_millis(300)).measurement_time(Duration::from_secs(1)).sample_size(20);
    targets = bench
}
criterion_main!(benches);
